"""Bar charts as plain data: categories, one or more series, a value scale.

The dashboard's charts (projects by stage, scheme, phase, territory; involvements
by level and posture at the start and the end of a period; stage changes by
quarter) are all made here from the portfolio's figures, with their colours and
French labels, so that the window and a PDF draw the same bars. Each bar keeps
the *payload* it stands for (a figure's selection): a click on it asks for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ingenierie.services.charts.scales import ValueScale, value_scale


@dataclass(frozen=True, slots=True)
class Series:
    """Values, one per category; ``colours`` gives each bar its own colour (a ladder)."""

    name: str
    colour: str
    values: tuple[int, ...]
    payloads: tuple[Any, ...]
    colours: tuple[str, ...] | None = None

    def colour_of(self, index: int) -> str:
        return self.colours[index] if self.colours is not None else self.colour


@dataclass(frozen=True, slots=True)
class BarChart:
    """Categories along one axis, bars along the other; ``stacked`` piles the series."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    scale: ValueScale
    stacked: bool = False
    unit: str = ""

    @property
    def empty(self) -> bool:
        return not any(any(s.values) for s in self.series)

    def totals(self) -> tuple[int, ...]:
        return tuple(sum(s.values[i] for s in self.series) for i in range(len(self.categories)))


def bar_chart(title: str, categories: Sequence[str], series: Sequence[Series], *,
              stacked: bool = False, unit: str = "") -> BarChart:
    """A chart whose scale covers the longest bar (or pile of bars)."""
    chart = BarChart(title, tuple(categories), tuple(series), value_scale([0]), stacked, unit)
    highest = chart.totals() if stacked else tuple(v for s in series for v in s.values)
    return BarChart(title, chart.categories, chart.series,
                    value_scale([0, *highest, 1], ticks=4, whole=True), stacked, unit)
