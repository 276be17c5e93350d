"""A maturity radar as geometry: spokes, rings and one polygon per campaign, in a unit disc.

The first spoke points up and the others follow clockwise; a value sits on its
spoke at the fraction of the scale it reaches (the lowest level at the centre).
Coordinates are in the unit disc with y pointing *up*: a drawing multiplies by
its radius and flips y if its own axis points down (Qt does, reportlab does not).
An item not answered, or *non évalué*, leaves a gap in its campaign's outline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ingenierie.services.charts.palette import CAMPAIGN_SERIES
from ingenierie.services.evaluation.radar import RadarData

Position = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Spoke:
    """One item of the grid: its label and the unit vector of its spoke."""

    code: str
    label: str
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Ring:
    """A level of the scale, drawn as a ring at ``fraction`` of the radius."""

    value: int
    label: str
    fraction: float


@dataclass(frozen=True, slots=True)
class Outline:
    """One campaign: a position per spoke (None where it gave no score), its colour, and
    whether it is drawn dashed (the second campaign, so that hue is not the only cue)."""

    label: str
    colour: str
    dashed: bool
    values: tuple[int | None, ...]
    positions: tuple[Position | None, ...]

    def runs(self) -> list[list[Position]]:
        """The outline as stretches of consecutive answered spokes (closed round when
        every spoke is answered: then the first position ends the last run too)."""
        answered = [p for p in self.positions if p is not None]
        if len(answered) == len(self.positions):
            return [answered + answered[:1]]
        runs: list[list[Position]] = [[]]
        for position in self.positions:
            if position is None:
                runs.append([])
            else:
                runs[-1].append(position)
        return [run for run in runs if run]


@dataclass(frozen=True, slots=True)
class RadarChart:
    title: str
    spokes: tuple[Spoke, ...]
    rings: tuple[Ring, ...]
    outlines: tuple[Outline, ...]


def radar_chart(data: RadarData) -> RadarChart:
    """The geometry of ``data``'s radar, campaigns in the order given."""
    count = len(data.axes)
    spokes = tuple(Spoke(axis.code, axis.label, math.sin(2 * math.pi * i / count),
                         math.cos(2 * math.pi * i / count))
                   for i, axis in enumerate(data.axes))
    span = max(1, data.scale_max - data.scale_min)

    def fraction(value: int) -> float:
        return (value - data.scale_min) / span

    rings = tuple(Ring(level.value, level.label, fraction(level.value))
                  for level in data.levels if level.value > data.scale_min)
    outlines = tuple(Outline(
        series.label, CAMPAIGN_SERIES[i % len(CAMPAIGN_SERIES)], i % 2 == 1, series.values,
        tuple(None if value is None else (spoke.x * fraction(value), spoke.y * fraction(value))
              for spoke, value in zip(spokes, series.values, strict=True)))
        for i, series in enumerate(data.series))
    return RadarChart(data.title, spokes, rings, outlines)
