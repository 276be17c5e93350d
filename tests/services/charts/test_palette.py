"""The stage palette stays readable: ordered, apart for colour-blind readers, text legible."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.charts import palette
from ingenierie.services.charts.grid import QUADRANTS

sys.path.insert(0, str(Path(__file__).parent))
from colour_science import contrast, delta_e_2000, lab, rgb, simulate

MINIMUM_DIFFERENCE = 15.0  # ΔE2000 between any two stages
VISIONS = ("normal", "deuteranopia", "protanopia")


def seen(hex_colour: str, vision: str) -> tuple[float, float, float]:
    colour = rgb(hex_colour)
    return lab(colour if vision == "normal" else simulate(colour, vision))


@pytest.mark.parametrize(("first", "second", "expected"), [
    # Sharma, Wu & Dalal (2005), test pairs 1, 7, 17 and 25.
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
])
def test_the_colour_difference_is_ciede2000(first, second, expected):
    assert delta_e_2000(first, second) == pytest.approx(expected, abs=1e-4)


def test_the_simulation_confuses_what_deuteranopes_confuse():
    red, green = rgb("#d62728"), rgb("#2ca02c")
    assert delta_e_2000(lab(red), lab(green)) > 60
    for vision in ("deuteranopia", "protanopia"):
        assert delta_e_2000(lab(simulate(red, vision)), lab(simulate(green, vision))) < 25


def test_every_stage_has_a_colour_and_deeper_cooperation_is_darker():
    assert list(palette.STAGE_COLOURS) == list(CooperationStage)
    lightness = [lab(rgb(palette.stage_colour(stage)))[0] for stage in CooperationStage]
    assert lightness == sorted(lightness, reverse=True)
    assert min(a - b for a, b in itertools.pairwise(lightness)) > 10


@pytest.mark.parametrize("vision", VISIONS)
def test_any_two_stages_stay_apart(vision):
    colours = {stage: seen(palette.stage_colour(stage), vision) for stage in CooperationStage}
    closest = min((delta_e_2000(colours[a], colours[b]), a.label, b.label)
                  for a, b in itertools.combinations(CooperationStage, 2))
    assert closest[0] >= MINIMUM_DIFFERENCE, closest


def test_the_former_ramp_would_have_failed():
    """ColorBrewer YlGnBu, used before: its two darkest blues are the complaint of issue 10."""
    former = ("#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84")
    closest = min(delta_e_2000(seen(a, vision), seen(b, vision))
                  for vision in VISIONS for a, b in itertools.combinations(former, 2))
    assert closest < MINIMUM_DIFFERENCE


def test_text_on_the_grid_reads_on_every_quadrant_tint():
    for area in QUADRANTS:
        assert contrast(rgb(area.ink), rgb(area.tint)) >= 4.5, area.label
        assert contrast(rgb(palette.TEXT), rgb(area.tint)) >= 4.5, area.label

