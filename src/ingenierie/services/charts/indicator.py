"""An indicator's chart as geometry: its values over time, the baseline, the target line.

Positions are fractions of the plot (x from the left, y from the *bottom*), with
the axes' ticks and French labels, so that the window and the PDF draw the same
points on the same scales. The target line runs from the baseline to the target
on its date — the path an indicator *en ligne* follows; a stable indicator has a
band of tolerance around its target instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ingenierie.models.evaluation_vocabulary import Direction, ProgressStatus
from ingenierie.services.charts.palette import progress_colour
from ingenierie.services.charts.scales import DateScale, ValueScale, date_scale, value_scale
from ingenierie.services.evaluation.progress import stability_tolerance
from ingenierie.services.evaluation.series import IndicatorSeries
from ingenierie.services.evaluation.values import french_number


@dataclass(frozen=True, slots=True)
class PlotPoint:
    """A dated value and where it sits in the plot (fractions, y from the bottom)."""

    on: date
    value: Decimal
    x: float
    y: float
    label: str  # ``12,5 kWh le 03/04/2025``
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class IndicatorChart:
    title: str
    unit: str
    x_scale: DateScale
    y_scale: ValueScale
    points: tuple[PlotPoint, ...]
    baseline: PlotPoint | None
    target: PlotPoint | None  # on its date, or at the right edge when it has none
    band: tuple[float, float] | None  # stabilité: the tolerance around the target (y)
    today: float  # x of the day the chart was read for
    status: ProgressStatus
    colour: str  # of the values, after the judgement

    @property
    def target_path(self) -> tuple[PlotPoint, PlotPoint] | None:
        """Baseline to target: where an indicator on track would be."""
        if self.baseline is None or self.target is None or self.band is not None:
            return None
        return self.baseline, self.target


def indicator_chart(series: IndicatorSeries) -> IndicatorChart:
    """The geometry of ``series``'s chart."""
    row = series.indicator
    values = [p for p in series.points if p.value is not None]
    days = [row.baseline_on, series.until, *(p.on for p in values)]
    numbers: list[Decimal] = [p.value for p in values if p.value is not None]
    if row.target_on is not None:
        days.append(row.target_on)
    for known in (row.baseline_value, row.target_value):
        if known is not None:
            numbers.append(known)
    tolerance: Decimal | None = None
    reference = row.target_value if row.target_value is not None else row.baseline_value
    if row.direction is Direction.STABILITE and reference is not None:
        tolerance = stability_tolerance(row.plan, reference)
        numbers += [reference - tolerance, reference + tolerance]
    x_scale, y_scale = date_scale(days), value_scale(numbers)

    def point(on: date, value: Decimal, comment: str | None = None) -> PlotPoint:
        label = f"{french_number(value)}\u00a0{row.unit} le {on:%d/%m/%Y}"
        return PlotPoint(on, value, x_scale.fraction(on), y_scale.fraction(value), label,
                         comment)

    baseline = point(row.baseline_on, row.baseline_value) \
        if row.baseline_value is not None else None
    target = None
    if row.target_value is not None:
        target = point(row.target_on or x_scale.end, row.target_value)
    band = None
    if tolerance is not None and reference is not None:
        band = (y_scale.fraction(reference - tolerance), y_scale.fraction(reference + tolerance))
    return IndicatorChart(
        title=row.title, unit=row.unit, x_scale=x_scale, y_scale=y_scale,
        points=tuple(point(p.on, p.value, p.comment) for p in values if p.value is not None),
        baseline=baseline, target=target, band=band, today=x_scale.fraction(series.until),
        status=row.progress.status, colour=progress_colour(row.progress.status))
