"""The data of an indicator's chart: its values over time, its baseline and its target.

A typed indicator's points are its measurements; an observed one's are computed
on its baseline date, at the end of every quarter since, and on the last day
shown. The chart (window or report) draws these numbers and computes none.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from ingenierie.models import Indicator, Measurement
from ingenierie.services.common import fetch
from ingenierie.services.evaluation.indicators import IndicatorRow, indicator_rows
from ingenierie.services.evaluation.measurements import measurement_rows
from ingenierie.services.evaluation.observed import Point, observed_values
from ingenierie.storage import Database


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """A value on a date; ``measurement_id`` None for a computed value."""

    on: date
    value: Decimal | None
    comment: str | None = None
    measurement_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class IndicatorSeries:
    """Everything a chart of one indicator needs, up to ``until``."""

    indicator: IndicatorRow
    until: date
    points: tuple[SeriesPoint, ...]

    @property
    def baseline(self) -> tuple[date, Decimal | None]:
        return self.indicator.baseline_on, self.indicator.baseline_value

    @property
    def target(self) -> tuple[date | None, Decimal | None]:
        """The target line: from the baseline to this point (no date: a level, undated)."""
        return self.indicator.target_on, self.indicator.target_value


def quarter_ends(start: date, end: date) -> list[date]:
    """The last days of the calendar quarters strictly after ``start`` and before ``end``."""
    ends: list[date] = []
    year, quarter = start.year, (start.month - 1) // 3 + 1
    while True:
        month = quarter * 3
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
        if last >= end:
            return ends
        if last > start:
            ends.append(last)
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)


def series_in(session: Session, indicator: Indicator, until: date) -> IndicatorSeries:
    """The series of ``indicator`` up to ``until``, inside an open transaction."""
    row = indicator_rows(session, until, Indicator.id == indicator.id)[0]
    if indicator.computation is None:
        points = tuple(SeriesPoint(m.measured_on, m.value, m.comment, m.id)
                       for m in measurement_rows(
                           session, Measurement.indicator_id == indicator.id,
                           Measurement.archived_at.is_(None), Measurement.measured_on <= until))
    else:
        dates = [indicator.baseline_on, *quarter_ends(indicator.baseline_on, until)]
        if until > indicator.baseline_on:
            dates.append(until)
        values = observed_values(session, indicator.computation,
                                 indicator.computation_parameter,
                                 [Point(on, indicator.project_id, on) for on in dates])
        points = tuple(SeriesPoint(on, values[on]) for on in dates)
    return IndicatorSeries(row, until, points)


def indicator_series(db: Database, indicator_id: uuid.UUID, until: date | None = None
                     ) -> IndicatorSeries:
    """The values of ``indicator_id`` up to ``until`` (today by default), oldest first."""
    with db.read() as session:
        indicator = fetch(session, Indicator, indicator_id, "Indicateur")
        return series_in(session, indicator, until or date.today())
