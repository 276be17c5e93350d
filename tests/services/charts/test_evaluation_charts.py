"""The evaluation charts as plain data: scales, radar geometry, indicator charts, bars."""

from __future__ import annotations

import itertools
import sys
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ingenierie.models.evaluation_vocabulary import Direction, ProgressStatus
from ingenierie.services.charts import palette
from ingenierie.services.charts.bars import Series, bar_chart
from ingenierie.services.charts.indicator import indicator_chart
from ingenierie.services.charts.radar import radar_chart
from ingenierie.services.charts.scales import date_scale, number_label, value_scale
from ingenierie.services.evaluation.indicators import IndicatorInput, create_indicator
from ingenierie.services.evaluation.maturity import LevelRow
from ingenierie.services.evaluation.measurements import MeasurementInput, add_measurement
from ingenierie.services.evaluation.radar import RadarAxis, RadarData, RadarSeries
from ingenierie.services.evaluation.series import indicator_series

sys.path.insert(0, str(Path(__file__).parent))
from colour_science import delta_e_2000, lab, rgb, simulate


@pytest.mark.parametrize(("values", "whole", "ticks"), [
    ([3, 57], False, (0, 20, 40, 60)),
    ([0.1, 0.37], False, (0, 0.1, 0.2, 0.3, 0.4)),
    ([-5, 3], False, (-6, -4, -2, 0, 2, 4)),
    ([0, 1], True, (0, 1)),
    ([0, 13], True, (0, 5, 10, 15)),
])
def test_value_scales_take_round_steps(values, whole, ticks):
    scale = value_scale(values, ticks=4 if whole else 5, whole=whole)
    assert scale.ticks == pytest.approx(ticks)
    assert scale.fraction(scale.low) == 0 and scale.fraction(scale.high) == 1


def test_labels_are_french_numbers_and_months():
    assert value_scale([0, 2_345_000], ticks=4).labels()[1] == "1\u202f000\u202f000"
    assert number_label(0.25) == "0,25"
    ticks = date_scale([date(2024, 1, 1), date(2025, 6, 1)]).ticks
    assert [label for _, label in ticks][:3] == ["janv. 2024", "avr. 2024", "juil. 2024"]
    years = date_scale([date(2015, 1, 1), date(2026, 6, 1)]).ticks
    assert [label for _, label in years] == ["2016", "2018", "2020", "2022", "2024", "2026"]


def test_the_radar_puts_each_value_on_its_spoke_and_leaves_gaps():
    axes = tuple(RadarAxis(f"p{i}", f"Principe {i}") for i in range(4))
    levels = tuple(LevelRow(v, f"niveau {v}", None) for v in range(5))
    data = RadarData(uuid.uuid4(), "Grille", 0, 4, levels, axes, (
        RadarSeries(uuid.uuid4(), "Avant", (4, 2, None, 0)),
        RadarSeries(uuid.uuid4(), "Après", (4, 4, 4, 4))))
    chart = radar_chart(data)
    assert [(round(s.x, 6), round(s.y, 6)) for s in chart.spokes] == [
        (0, 1), (1, 0), (0, -1), (-1, 0)]  # up first, then clockwise
    assert [ring.fraction for ring in chart.rings] == [0.25, 0.5, 0.75, 1]
    before, after = chart.outlines
    assert before.positions[0] == pytest.approx((0, 1))
    assert before.positions[1] == pytest.approx((0.5, 0))
    assert before.positions[2] is None
    assert before.runs() == [[before.positions[0], before.positions[1]], [before.positions[3]]]
    assert len(after.runs()[0]) == 5  # closed round
    assert (before.colour, before.dashed, after.colour, after.dashed) == (
        palette.BLUE, False, palette.VERMILLION, True)


def test_an_indicator_chart_places_its_values_baseline_and_target(db, project):
    row = create_indicator(db, project.id, IndicatorInput(
        "Emplois", "emplois", date(2024, 1, 1), baseline_value=0, target_value=40,
        target_on=date(2026, 1, 1), direction=Direction.HAUSSE)).value
    add_measurement(db, row.id, MeasurementInput(date(2025, 1, 1), 5, "lent"))
    chart = indicator_chart(indicator_series(db, row.id, date(2025, 6, 1)))
    assert chart.status is ProgressStatus.EN_RETARD
    assert chart.colour == palette.progress_colour(ProgressStatus.EN_RETARD)
    [point] = chart.points
    assert (point.value, point.comment, point.label) == (Decimal(5), "lent",
                                                         "5\u00a0emplois le 01/01/2025")
    assert chart.baseline.y == 0 and chart.target.y == chart.y_scale.fraction(40)
    assert chart.target_path == (chart.baseline, chart.target)
    assert 0 < chart.baseline.x < point.x < chart.today < chart.target.x < 1
    assert chart.band is None


def test_a_steady_indicator_has_a_band_of_tolerance(db, project):
    row = create_indicator(db, project.id, IndicatorInput(
        "Heures d'ouverture", "heures", date(2024, 1, 1), baseline_value=40,
        target_value=40, direction=Direction.STABILITE, tolerance=3)).value
    chart = indicator_chart(indicator_series(db, row.id, date(2025, 6, 1)))
    low, high = chart.band
    assert (low, high) == (chart.y_scale.fraction(37), chart.y_scale.fraction(43))
    assert chart.target_path is None


def test_bars_keep_their_payloads_and_a_stacked_scale_covers_the_piles():
    chart = bar_chart("Changements", ["T1", "T2"], [
        Series("Information", "#111111", (3, 1), ("a", "b")),
        Series("Concertation", "#222222", (4, 0), ("c", None))], stacked=True)
    assert chart.totals() == (7, 1) and chart.scale.high >= 7
    assert chart.series[1].payloads == ("c", None) and not chart.empty


@pytest.mark.parametrize("vision", ("normal", "deuteranopia", "protanopia"))
def test_the_judgements_and_the_two_campaigns_stay_apart(vision):
    def seen(colour: str) -> tuple[float, float, float]:
        value = rgb(colour)
        return lab(value if vision == "normal" else simulate(value, vision))

    judged = [palette.progress_colour(s) for s in (
        ProgressStatus.EN_AVANCE, ProgressStatus.EN_LIGNE, ProgressStatus.EN_RETARD)]
    for first, second in itertools.chain(itertools.combinations(judged, 2),
                                         [palette.CAMPAIGN_SERIES, palette.PERIOD_SERIES]):
        assert delta_e_2000(seen(first), seen(second)) >= 15, (first, second)
