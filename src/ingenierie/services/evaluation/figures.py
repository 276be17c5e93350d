"""The dashboard's figures, each with the projects behind it, from SQL aggregates.

Every query runs over the projects a filter keeps (``listing.matching_projects``)
and groups in SQL down to one row per (figure, project); those rows carry the
project keys a click lands on. Keys are the stored hex form of the ids, as the
projects list takes them (``storage.keys``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, case, extract, func, select, type_coerce
from sqlalchemy.orm import Session

from ingenierie.models import Involvement, Project, ProjectTerritory, StageChange, Territory
from ingenierie.models.vocabulary import CooperationStage, Vocabulary
from ingenierie.services.evaluation.activity import active_on
from ingenierie.storage.keys import Key, key_column

#: The key of the projects with no stage recorded yet.
NO_STAGE = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """``count`` things (projects, involvements, stage changes) and the projects behind them."""

    key: str
    label: str
    count: int
    project_keys: tuple[Key, ...]


def _figures(rows: Iterable[tuple[Any, Key, int]], order: list[tuple[str, str]]
             ) -> tuple[Figure, ...]:
    """Figures from (figure key, project key, count) rows, in ``order`` (key, label)."""
    counts: dict[str, int] = defaultdict(int)
    projects: dict[str, list[Key]] = defaultdict(list)
    for key, project, count in rows:
        counts[key] += count
        projects[key].append(project)
    return tuple(Figure(key, label, counts[key], tuple(projects[key])) for key, label in order)


def _members(vocabulary: type[Vocabulary]) -> list[tuple[str, str]]:
    return [(member.value, member.label) for member in vocabulary]


def by_column(session: Session, projects: Any, column: Any, vocabulary: type[Vocabulary]
              ) -> tuple[Figure, ...]:
    """Projects counted by one of their own vocabulary columns (scheme, phase)."""
    rows = session.execute(select(column, key_column(Project.id), 1)
                           .where(Project.id.in_(projects)).order_by(Project.title))
    return _figures(rows, _members(vocabulary))


def by_stage(session: Session, projects: Any, on: date) -> tuple[Figure, ...]:
    """Projects counted by the stage they were at on ``on`` (or none yet).

    A correlated lookup per project walks the (project, date) index of the history.
    """
    stage = (select(type_coerce(StageChange.stage, String()))
             .where(StageChange.project_id == Project.id, StageChange.entered_on <= on)
             .order_by(StageChange.entered_on.desc(), StageChange.created_at.desc())
             .limit(1).correlate(Project).scalar_subquery())
    rows = session.execute(
        select(func.coalesce(stage, NO_STAGE), key_column(Project.id), 1)
        .where(Project.id.in_(projects)).order_by(Project.title))
    return _figures(rows, [*_members(CooperationStage), (NO_STAGE, "Sans étape")])


def by_territory(session: Session, projects: Any) -> tuple[Figure, ...]:
    """Projects counted by each territory they act on, most projects first."""
    rows = session.execute(
        select(key_column(Territory.id), Territory.name, Territory.code,
               key_column(ProjectTerritory.project_id))
        .join(ProjectTerritory, ProjectTerritory.territory_id == Territory.id)
        .where(ProjectTerritory.project_id.in_(projects))
        .distinct()).all()
    labels = {key: f"{name} ({code})" if code else name for key, name, code, _ in rows}
    figures = _figures(((key, project, 1) for key, _, _, project in rows), list(labels.items()))
    return tuple(sorted(figures, key=lambda f: (-f.count, f.label.casefold())))


def involvements_by(session: Session, projects: Any, column: Any,
                    vocabulary: type[Vocabulary], on: date) -> tuple[Figure, ...]:
    """Involvements active on ``on`` counted by level or posture; the projects holding one."""
    rows = session.execute(
        select(column, key_column(Involvement.project_id), func.count())
        .where(Involvement.project_id.in_(projects), active_on(on))
        .group_by(column, Involvement.project_id))
    return _figures(rows, _members(vocabulary))


@dataclass(frozen=True, slots=True)
class Transition:
    """Projects entering ``stage`` in the quarter starting on ``quarter``."""

    quarter: date
    stage: CooperationStage
    count: int
    project_keys: tuple[Key, ...]


def _quarter(month: Any) -> Any:
    return case((month <= 3, 1), (month <= 6, 4), (month <= 9, 7), else_=10)


def transitions(session: Session, projects: Any, since: date, on: date
                ) -> tuple[Transition, ...]:
    """Stage changes after ``since`` up to ``on``, by quarter and stage entered."""
    year = extract("year", StageChange.entered_on)
    month = _quarter(extract("month", StageChange.entered_on))
    rows = session.execute(
        select(year, month, StageChange.stage, key_column(StageChange.project_id), func.count())
        .where(StageChange.project_id.in_(projects), StageChange.entered_on > since,
               StageChange.entered_on <= on)
        .group_by(year, month, StageChange.stage, StageChange.project_id))
    grouped: dict[tuple[date, CooperationStage], list[tuple[Key, int]]] = defaultdict(list)
    for year_, month_, stage, project, count in rows:
        grouped[(date(int(year_), int(month_), 1), CooperationStage(stage))].append(
            (project, count))
    return tuple(Transition(quarter, stage, sum(c for _, c in found),
                            tuple(p for p, _ in found))
                 for (quarter, stage), found in sorted(grouped.items(),
                                                       key=lambda i: (i[0][0], i[0][1].rank)))

