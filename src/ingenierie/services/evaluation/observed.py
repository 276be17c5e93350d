"""Values of observed indicators, computed from the records for any date, never stored.

One call computes one measure at many points (a project on a date): the points
become a small table in the query, joined to the involvements or exchanges and
counted by SQL, so a chart's series or the dashboard's indicators over thousands
of projects cost a few queries, not one per value. Time at a stage is summed
from the stage histories, which are a handful of rows per project.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import Date, Integer, Uuid, and_, bindparam, case, func, select, union_all
from sqlalchemy.orm import Session

from ingenierie.models import Interaction, Involvement, StageChange
from ingenierie.models.evaluation_vocabulary import ObservedMeasure
from ingenierie.models.vocabulary import CooperationStage, InteractionKind, Posture
from ingenierie.services.evaluation.activity import (
    WINDOW_MONTHS,
    active_on,
    at_least,
    exchanges_between,
    months_before,
    present_between,
    stage_days,
)

#: Points per query (SQLite allows 500 terms in a UNION ALL).
CHUNK = 400
_HUNDREDTH = Decimal("0.01")

M = ObservedMeasure


@dataclass(frozen=True, slots=True)
class Point:
    """Where a value is wanted: ``key`` is the caller's name for it."""

    key: Hashable
    project_id: uuid.UUID
    on: date


def observed_values(session: Session, measure: ObservedMeasure, parameter: str | None,
                    points: Sequence[Point]) -> dict[Hashable, Decimal | None]:
    """``measure`` (about the stage ``parameter`` if it needs one) at every point.

    None where it has no value: a share with no involved stakeholder to divide by.
    """
    stage = CooperationStage(parameter) if measure.needs_stage and parameter else None
    if measure.needs_stage and stage is None:
        raise ValueError(f"{measure} needs a stage")
    if measure is M.JOURS_A_L_ETAPE:
        assert stage is not None
        return _stage_days(session, stage, points)
    values: dict[Hashable, Decimal | None] = {}
    for start in range(0, len(points), CHUNK):
        chunk = points[start:start + CHUNK]
        size = next(size for size in _SIZES if size >= len(chunk))
        parameters: dict[str, Any] = {}
        for number in range(size):  # up to the statement's size, points numbered -1
            point = chunk[min(number, len(chunk) - 1)]
            parameters.update({f"n{number}": number if number < len(chunk) else -1,
                               f"p{number}": point.project_id, f"d{number}": point.on,
                               f"s{number}": months_before(point.on, WINDOW_MONTHS)})
        for number, total, *counted in session.execute(_statement(measure, stage, size),
                                                       parameters):
            if number >= 0:
                values[chunk[number].key] = _value(total, counted)
    return values


#: The statements' sizes: a few shapes, each compiled once and then cached by SQLAlchemy.
_SIZES = (1, 4, 16, 64, 160, CHUNK)


@lru_cache(maxsize=128)
def _statement(measure: ObservedMeasure, stage: CooperationStage | None, size: int) -> Any:
    """The query for ``size`` points given as bound parameters (``n0``, ``p0``, ``d0``,
    ``s0``…): the same statement serves every call, where literal values made each one a
    new statement to build and compile (a second on the dashboard's thousands of points)."""
    rows = [select(bindparam(f"n{i}", type_=Integer()).label("number"),
                   bindparam(f"p{i}", type_=Uuid()).label("project_id"),
                   bindparam(f"d{i}", type_=Date()).label("on_date"),
                   bindparam(f"s{i}", type_=Date()).label("since"))
            for i in range(size)]
    points = (union_all(*rows) if size > 1 else rows[0]).cte("points")
    return _query(measure, stage, points)


def _query(measure: ObservedMeasure, stage: CooperationStage | None, points: Any) -> Any:
    """(point number, count) for every point, and the count of those that qualify when
    the measure is a share of them."""
    if measure in (M.ECHANGES_TRIMESTRE, M.ATELIERS_TENUS):
        window = points.c.since if measure is M.ECHANGES_TRIMESTRE else None
        joined = exchanges_between(points.c.project_id, window, points.c.on_date)
        if measure is M.ATELIERS_TENUS:
            joined = and_(joined, Interaction.kind == InteractionKind.ATELIER)
        return (select(points.c.number, func.count(Interaction.id)).select_from(points)
                .outerjoin(Interaction, joined).group_by(points.c.number))
    involved = and_(Involvement.project_id == points.c.project_id, active_on(points.c.on_date))
    if measure is M.ACTEURS_AU_NIVEAU:
        involved = and_(involved, Involvement.participation == stage)
    counted = {
        M.PART_AU_MOINS: Involvement.participation.in_(at_least(stage)) if stage else None,
        M.PART_FACILITATEUR: Involvement.posture == Posture.FACILITATEUR,
        M.PART_PRESENTS: present_between(points.c.project_id, points.c.since,
                                         points.c.on_date),
    }.get(measure)
    columns: list[Any] = [points.c.number, func.count(Involvement.id)]
    if counted is not None:
        columns.append(func.sum(case((counted, 1), else_=0)))
    return (select(*columns).select_from(points).outerjoin(Involvement, involved)
            .group_by(points.c.number))


def _value(total: int, counted: list[int | None]) -> Decimal | None:
    """A count as it is; a share as a percentage of ``total`` (None out of nobody)."""
    if not counted:
        return Decimal(total)
    if not total:
        return None
    return (Decimal(counted[0] or 0) * 100 / Decimal(total)).quantize(_HUNDREDTH, ROUND_HALF_UP)


def _stage_days(session: Session, stage: CooperationStage, points: Sequence[Point]
                ) -> dict[Hashable, Decimal | None]:
    projects = list({point.project_id for point in points})
    histories: dict[uuid.UUID, list[tuple[CooperationStage, date]]] = {p: [] for p in projects}
    for start in range(0, len(projects), CHUNK):
        for project_id, entered, entered_on in session.execute(
                select(StageChange.project_id, StageChange.stage, StageChange.entered_on)
                .where(StageChange.project_id.in_(projects[start:start + CHUNK]))
                .order_by(StageChange.entered_on, StageChange.created_at)):
            histories[project_id].append((entered, entered_on))
    return {point.key: Decimal(stage_days(histories[point.project_id], point.on)[stage])
            for point in points}
