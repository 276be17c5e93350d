"""Indicators judged on a date, many at once: the latest value of each, then ``progress.judge``.

The project page judges its thirty indicators, the dashboard ten thousand: the
work is the same and set-based. A typed indicator's latest live measurement up to
the date is found by a lookup per indicator down the (indicator, date) index; an
observed indicator's baseline and value are computed by ``observed``, one query
per measure for all of them. Rows are read as plain columns, never as ORM objects,
and ids as keys (``storage.keys``): turning ten thousand of them into UUIDs cost more
than the queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from ingenierie.models import Indicator, Measurement
from ingenierie.models.evaluation_vocabulary import ObservedMeasure
from ingenierie.services.evaluation.observed import Point, observed_values
from ingenierie.services.evaluation.progress import Plan, Progress, judge
from ingenierie.storage.keys import Key, key_column, uuid_of

#: The columns judging needs; a query of indicators selects them, and maybe more.
PLAN_COLUMNS = (key_column(Indicator.id).label("key"),
                key_column(Indicator.project_id).label("project_key"), Indicator.direction,
                Indicator.baseline_value, Indicator.baseline_on, Indicator.target_value,
                Indicator.target_on, Indicator.tolerance, Indicator.computation,
                Indicator.computation_parameter)


def indicators_to_judge(on: date, *columns: Any) -> Select[Any]:
    """The indicators to judge on ``on`` (add ``.where(...)``): :data:`PLAN_COLUMNS`,
    ``columns``, and a typed indicator's latest live measurement up to ``on``
    (``latest_on``, ``latest_value``), found down the (indicator, date) index."""
    latest = (select(Measurement.id)
              .where(Measurement.indicator_id == Indicator.id, Measurement.archived_at.is_(None),
                     Measurement.measured_on <= on)
              .order_by(Measurement.measured_on.desc(), Measurement.created_at.desc())
              .limit(1).correlate(Indicator).scalar_subquery())
    return (select(*PLAN_COLUMNS, Measurement.measured_on.label("latest_on"),
                   Measurement.value.label("latest_value"), *columns)
            .outerjoin(Measurement, Measurement.id == latest))


def observed_pairs(session: Session, indicators: Sequence[Row[Any]], on: date
                   ) -> dict[Hashable, Decimal | None]:
    """Baseline and value on ``on`` of each observed indicator, one query per measure:
    keys ``("baseline", key)`` and ``("now", key)``."""
    groups: dict[tuple[ObservedMeasure, str | None], list[Point]] = defaultdict(list)
    for i in indicators:
        if i.computation is not None:
            project_id = uuid_of(i.project_key)
            groups[(i.computation, i.computation_parameter)] += [
                Point(("baseline", i.key), project_id, i.baseline_on),
                Point(("now", i.key), project_id, on)]
    values: dict[Hashable, Decimal | None] = {}
    for (measure, parameter), points in groups.items():
        values.update(observed_values(session, measure, parameter, points))
    return values


def judge_all(session: Session, on: date, indicators: Sequence[Row[Any]]
              ) -> dict[Key, tuple[Decimal | None, Progress]]:
    """Each of ``indicators`` (rows of :func:`indicators_to_judge`): its baseline (computed
    for an observed one) and its progress on ``on``."""
    computed = observed_pairs(session, indicators, on)
    judged = {}
    for i in indicators:
        baseline = i.baseline_value
        value_on = None if i.latest_on is None else (i.latest_on, i.latest_value)
        if i.computation is not None:
            baseline = computed.get(("baseline", i.key))
            now = computed.get(("now", i.key))
            value_on = (on, now) if now is not None and on >= i.baseline_on else None
        plan = Plan(i.direction, i.baseline_on, baseline, i.target_value, i.target_on,
                    i.tolerance)
        measured_on, value = value_on or (None, None)
        judged[i.key] = (baseline, judge(plan, value, measured_on))
    return judged
