"""The dashboard's figures from SQL aggregates, each naming the projects behind it.

Every query runs over the projects a filter keeps (``listing.matching_projects``)
and groups in SQL down to one row per figure. A figure does not carry the keys of
its projects — collecting ten thousand keys for every bar of every chart cost more
than the counts themselves (1.1 s on 10 000 projects) — but a :class:`Selection`:
what it counts, on which date. :func:`selected_projects` turns a selection into the
query of those projects with the very criteria of the count, so that a click lands
on exactly the projects a figure stands for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, String, case, extract, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from ingenierie.models import Involvement, Project, ProjectTerritory, StageChange, Territory
from ingenierie.models.vocabulary import CooperationStage, Posture, Vocabulary
from ingenierie.services.evaluation.activity import active_on
from ingenierie.storage.keys import key_column, uuid_of

#: The key of the projects with no stage recorded yet.
NO_STAGE = ""


class Dimension(StrEnum):
    """What a figure counts the projects by."""

    ALL = "all"
    STAGE = "stage"
    SCHEME = "scheme"
    PHASE = "phase"
    TERRITORY = "territory"
    PARTICIPATION = "participation"
    POSTURE = "posture"
    TRANSITION = "transition"
    LATE = "late"


@dataclass(frozen=True, slots=True)
class Selection:
    """The projects behind a figure: ``dimension`` = ``value`` on ``on``; a transition
    is a stage entered after ``since`` up to ``on``."""

    dimension: Dimension
    value: str = ""
    on: date | None = None
    since: date | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """``count`` things (projects, involvements, stage changes, indicators) and how to
    find the projects behind them."""

    key: str
    label: str
    count: int
    selection: Selection


def _members(vocabulary: type[Vocabulary]) -> list[tuple[str, str]]:
    return [(member.value, member.label) for member in vocabulary]


def _figures(counts: dict[str, int], order: list[tuple[str, str]], dimension: Dimension,
             on: date | None = None) -> tuple[Figure, ...]:
    return tuple(Figure(key, label, counts.get(key, 0), Selection(dimension, key, on))
                 for key, label in order)


def _stage_on(on: date) -> Any:
    """The stage each project was at on ``on`` (a correlated lookup that walks the
    (project, date) index of the history), or :data:`NO_STAGE`."""
    stage = (select(type_coerce(StageChange.stage, String()))
             .where(StageChange.project_id == Project.id, StageChange.entered_on <= on)
             .order_by(StageChange.entered_on.desc(), StageChange.created_at.desc())
             .limit(1).correlate(Project).scalar_subquery())
    return func.coalesce(stage, NO_STAGE)


_PROJECT_COLUMNS = {Dimension.SCHEME: Project.scheme, Dimension.PHASE: Project.phase}


def by_column(session: Session, projects: Any, dimension: Dimension,
              vocabulary: type[Vocabulary]) -> tuple[Figure, ...]:
    """Projects counted by one of their own vocabulary columns (scheme, phase)."""
    column = _PROJECT_COLUMNS[dimension]
    counts = {value.value: count for value, count in session.execute(
        select(column, func.count()).where(Project.id.in_(projects)).group_by(column))}
    return _figures(counts, _members(vocabulary), dimension)


def by_stage(session: Session, projects: Any, on: date) -> tuple[Figure, ...]:
    """Projects counted by the stage they were at on ``on`` (or none yet)."""
    stage = _stage_on(on)
    counts: dict[Any, int] = dict(session.execute(
        select(stage, func.count()).where(Project.id.in_(projects)).group_by(stage)).all())
    return _figures(counts, [*_members(CooperationStage), (NO_STAGE, "Sans étape")],
                    Dimension.STAGE, on)


def by_territory(session: Session, projects: Any) -> tuple[Figure, ...]:
    """Projects counted by each territory they act on, most projects first."""
    rows = session.execute(
        select(key_column(Territory.id), Territory.name, Territory.code,
               func.count(ProjectTerritory.project_id.distinct()))
        .join(ProjectTerritory, ProjectTerritory.territory_id == Territory.id)
        .where(ProjectTerritory.project_id.in_(projects))
        .group_by(Territory.id)).all()
    figures = [Figure(key, f"{name} ({code})" if code else name, count,
                      Selection(Dimension.TERRITORY, key)) for key, name, code, count in rows]
    return tuple(sorted(figures, key=lambda f: (-f.count, f.label.casefold())))


def involvement_figures(session: Session, projects: Any, dates: tuple[date, ...]
                        ) -> dict[tuple[Dimension, date], tuple[Figure, ...]]:
    """Involvements active on each of ``dates``, counted by participation level and by
    posture — one pass over the involvements for every date and both counts."""
    active = [active_on(day) for day in dates]
    rows = session.execute(
        select(Involvement.participation, Involvement.posture,
               *(func.sum(case((condition, 1), else_=0)) for condition in active))
        .where(Involvement.project_id.in_(projects), or_(*active))
        .group_by(Involvement.participation, Involvement.posture)).all()
    found: dict[tuple[Dimension, date], tuple[Figure, ...]] = {}
    for position, day in enumerate(dates):
        levels: dict[str, int] = {}
        postures: dict[str, int] = {}
        for level, posture, *counts in rows:
            levels[level.value] = levels.get(level.value, 0) + (counts[position] or 0)
            postures[posture.value] = postures.get(posture.value, 0) + (counts[position] or 0)
        found[(Dimension.PARTICIPATION, day)] = _figures(
            levels, _members(CooperationStage), Dimension.PARTICIPATION, day)
        found[(Dimension.POSTURE, day)] = _figures(postures, _members(Posture),
                                                  Dimension.POSTURE, day)
    return found


@dataclass(frozen=True, slots=True)
class Transition:
    """Projects entering ``stage`` in the quarter starting on ``quarter``."""

    quarter: date
    stage: CooperationStage
    count: int
    selection: Selection


def _quarter(month: Any) -> Any:
    return case((month <= 3, 1), (month <= 6, 4), (month <= 9, 7), else_=10)


def quarter_end(quarter: date) -> date:
    """The last day of the quarter starting on ``quarter``."""
    month = quarter.month + 3
    following = date(quarter.year + (month > 12), (month - 1) % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def transitions(session: Session, projects: Any, since: date, on: date
                ) -> tuple[Transition, ...]:
    """Stage changes after ``since`` up to ``on``, by quarter and stage entered."""
    year = extract("year", StageChange.entered_on)
    month = _quarter(extract("month", StageChange.entered_on))
    rows = session.execute(
        select(year, month, StageChange.stage, func.count())
        .where(StageChange.project_id.in_(projects), StageChange.entered_on > since,
               StageChange.entered_on <= on)
        .group_by(year, month, StageChange.stage)).all()
    found = []
    for year_, month_, stage, count in rows:
        quarter = date(int(year_), int(month_), 1)
        start = max(since, date.fromordinal(quarter.toordinal() - 1))
        found.append(Transition(quarter, CooperationStage(stage), count, Selection(
            Dimension.TRANSITION, CooperationStage(stage).value, min(on, quarter_end(quarter)),
            start)))
    return tuple(sorted(found, key=lambda t: (t.quarter, t.stage.rank)))


def selection_criteria(selection: Selection) -> list[ColumnElement[bool]]:
    """Conditions on ``Project`` keeping the projects behind ``selection`` (not LATE: the
    late indicators are judged in Python, see ``portfolio``)."""
    value, on = selection.value, selection.on
    match selection.dimension:
        case Dimension.ALL:
            return []
        case Dimension.STAGE:
            assert on is not None
            return [_stage_on(on) == value]
        case Dimension.SCHEME | Dimension.PHASE:
            return [_PROJECT_COLUMNS[selection.dimension] == value]
        case Dimension.TERRITORY:
            return [Project.id.in_(select(ProjectTerritory.project_id).where(
                ProjectTerritory.territory_id == uuid_of(value)))]
        case Dimension.PARTICIPATION | Dimension.POSTURE:
            assert on is not None
            column = (Involvement.participation if selection.dimension is Dimension.PARTICIPATION
                      else Involvement.posture)
            return [Project.id.in_(select(Involvement.project_id).where(
                active_on(on), column == value))]
        case Dimension.TRANSITION:
            assert on is not None and selection.since is not None
            return [Project.id.in_(select(StageChange.project_id).where(
                StageChange.stage == value, StageChange.entered_on > selection.since,
                StageChange.entered_on <= on))]
    raise ValueError(f"no criteria for {selection.dimension}")
