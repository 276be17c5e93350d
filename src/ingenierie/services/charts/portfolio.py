"""The dashboard's charts from the portfolio's figures: what the window and a report draw.

Each bar's payload is its figure's :class:`~ingenierie.services.evaluation.figures.Selection`,
so that a click finds the projects behind it. Territories are many: the busiest
ones are charted and the rest summed up in the title.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.charts.bars import BarChart, Series, bar_chart
from ingenierie.services.charts.palette import BAR, NO_STAGE, PERIOD_SERIES, stage_colour
from ingenierie.services.evaluation.figures import NO_STAGE as NO_STAGE_KEY
from ingenierie.services.evaluation.figures import Figure
from ingenierie.services.evaluation.portfolio import Distribution, Portfolio

#: Territories charted by name.
TERRITORIES_SHOWN = 12


@dataclass(frozen=True, slots=True)
class PortfolioCharts:
    by_stage: BarChart
    by_scheme: BarChart
    by_phase: BarChart
    by_territory: BarChart
    participation: BarChart
    posture: BarChart
    transitions: BarChart


def _single(title: str, figures: tuple[Figure, ...], unit: str,
            colours: tuple[str, ...] | None = None) -> BarChart:
    return bar_chart(title, [f.label for f in figures], [Series(
        unit, BAR, tuple(f.count for f in figures), tuple(f.selection for f in figures),
        colours)], unit=unit)


def _stage_colours(figures: tuple[Figure, ...]) -> tuple[str, ...]:
    return tuple(NO_STAGE if f.key == NO_STAGE_KEY else stage_colour(CooperationStage(f.key))
                 for f in figures)


def _period(title: str, pair: tuple[Distribution, Distribution]) -> BarChart:
    return bar_chart(title, [f.label for f in pair[1].figures], [
        Series(f"au {d.on:%d/%m/%Y}", colour, tuple(f.count for f in d.figures),
               tuple(f.selection for f in d.figures))
        for d, colour in zip(pair, PERIOD_SERIES, strict=True)], unit="implications")


def quarter_label(quarter: date) -> str:
    """``T3 2025``."""
    return f"T{(quarter.month - 1) // 3 + 1} {quarter.year}"


def _transitions(board: Portfolio) -> BarChart:
    quarters = sorted({t.quarter for t in board.transitions})
    found = {(t.quarter, t.stage): t for t in board.transitions}
    series = []
    for stage in CooperationStage:
        cells = [found.get((quarter, stage)) for quarter in quarters]
        if any(cells):
            series.append(Series(stage.label, stage_colour(stage),
                                 tuple(t.count if t else 0 for t in cells),
                                 tuple(t.selection if t else None for t in cells)))
    return bar_chart("Changements d'étape par trimestre", [quarter_label(q) for q in quarters],
                     series, stacked=True, unit="changements")


def portfolio_charts(board: Portfolio) -> PortfolioCharts:
    territories = board.by_territory[:TERRITORIES_SHOWN]
    others = len(board.by_territory) - len(territories)
    territory_title = "Projets par territoire" + (
        f" ({TERRITORIES_SHOWN} premiers sur {len(board.by_territory)})" if others > 0 else "")
    return PortfolioCharts(
        by_stage=_single(f"Projets par étape de coopération au {board.on:%d/%m/%Y}",
                         board.by_stage, "projets", _stage_colours(board.by_stage)),
        by_scheme=_single("Projets par dispositif", board.by_scheme, "projets"),
        by_phase=_single("Projets par phase", board.by_phase, "projets"),
        by_territory=_single(territory_title, territories, "projets"),
        participation=_period("Implications par niveau de participation", board.participation),
        posture=_period("Implications par posture du développeur", board.posture),
        transitions=_transitions(board))
