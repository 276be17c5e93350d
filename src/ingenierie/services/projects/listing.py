"""The projects list: filtered and sorted ids, and the rows of the ids on screen."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from ingenierie.models import (
    PlanAction,
    Project,
    ProjectTerritory,
    ProjectTheme,
    StageChange,
    Stakeholder,
    Territory,
)
from ingenierie.models.vocabulary import (
    CooperationStage,
    ProjectPhase,
    ProjectStatus,
    Scheme,
    TerritoryRole,
)
from ingenierie.services.projects.stages import current_stages
from ingenierie.services.queries.ordering import Sort, vocabulary_order
from ingenierie.storage import Database
from ingenierie.storage.changes import Kind
from ingenierie.storage.keys import Key, fetch_keys, in_keys, key_column, key_of


class ProjectColumn(StrEnum):
    """The columns of the projects list, in display order."""

    CODE = "code"
    TITLE = "title"
    SCHEME = "scheme"
    PHASE = "phase"
    STATUS = "status"
    STAGE = "stage"
    LEAD = "lead"
    TERRITORIES = "territories"


@dataclass(frozen=True, slots=True)
class ProjectFilter:
    """What the officer narrowed the list to; None means "any"."""

    text: str = ""
    scheme: Scheme | None = None
    phase: ProjectPhase | None = None
    status: ProjectStatus | None = None
    stage: CooperationStage | None = None
    territory_id: uuid.UUID | None = None
    theme_id: uuid.UUID | None = None
    plan_id: uuid.UUID | None = None  # the fiches actions of one plan d'action
    include_archived: bool = False
    #: Only these projects (a figure of the dashboard clicked), named by ``keys_label``.
    keys: tuple[Key, ...] | None = None
    keys_label: str = ""


@dataclass(frozen=True, slots=True)
class ProjectListRow:
    """A line of the projects list."""

    id: uuid.UUID
    code: str | None
    title: str
    scheme: Scheme
    phase: ProjectPhase
    status: ProjectStatus
    stage: CooperationStage | None
    lead_name: str | None
    territories: str
    archived: bool


_lead = aliased(Stakeholder)
BY_TITLE = Sort(ProjectColumn.TITLE)


def _latest_stage() -> Any:
    """The project's current stage, as ``stages.current_stages`` decides it."""
    return (select(StageChange.stage).where(StageChange.project_id == Project.id)
            .order_by(StageChange.entered_on.desc(), StageChange.created_at.desc())
            .limit(1).correlate(Project).scalar_subquery())


def _first_territory() -> Any:
    return (select(func.min(Territory.name))
            .join(ProjectTerritory, ProjectTerritory.territory_id == Territory.id)
            .where(ProjectTerritory.project_id == Project.id)
            .correlate(Project).scalar_subquery())


def _sort_expression(column: ProjectColumn) -> Any:
    return {
        ProjectColumn.CODE: Project.code,
        ProjectColumn.TITLE: Project.title,
        ProjectColumn.SCHEME: vocabulary_order(Project.scheme, Scheme, ladder=False),
        ProjectColumn.PHASE: vocabulary_order(Project.phase, ProjectPhase, ladder=True),
        ProjectColumn.STATUS: vocabulary_order(Project.status, ProjectStatus, ladder=True),
        ProjectColumn.STAGE: vocabulary_order(_latest_stage(), CooperationStage, ladder=True),
        ProjectColumn.LEAD: _lead.display_name,
        ProjectColumn.TERRITORIES: _first_territory(),
    }[column]


def _conditions(wanted: ProjectFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if not wanted.include_archived:
        conditions.append(Project.archived_at.is_(None))
    for column, value in ((Project.scheme, wanted.scheme), (Project.phase, wanted.phase),
                          (Project.status, wanted.status)):
        if value is not None:
            conditions.append(column == value)
    if wanted.stage is not None:
        conditions.append(_latest_stage() == wanted.stage)
    if wanted.territory_id is not None:
        conditions.append(exists().where(ProjectTerritory.project_id == Project.id,
                                         ProjectTerritory.territory_id == wanted.territory_id))
    if wanted.theme_id is not None:
        conditions.append(exists().where(ProjectTheme.project_id == Project.id,
                                         ProjectTheme.theme_id == wanted.theme_id))
    if wanted.plan_id is not None:
        conditions.append(exists().where(PlanAction.project_id == Project.id,
                                         PlanAction.plan_id == wanted.plan_id))
    if wanted.keys is not None:
        conditions.append(in_keys(Project.id, wanted.keys))
    return conditions


def matching_projects(db: Database, wanted: ProjectFilter) -> Select[Any]:
    """The ids of the projects matching ``wanted``, as a query to use inside another: the
    dashboard counts the very projects the list shows."""
    query = db.search.restrict(select(Project.id), Kind.PROJECT, Project.id, wanted.text)
    return query.where(*_conditions(wanted))


def project_keys(db: Database, wanted: ProjectFilter,
                 sort: Sort = BY_TITLE) -> list[Key]:
    """The ids of the projects matching ``wanted``, in ``sort`` order (title breaks ties)."""
    column = ProjectColumn(sort.column)
    query = select(key_column(Project.id))
    if column is ProjectColumn.LEAD:
        query = query.outerjoin(_lead, _lead.id == Project.lead_id)
    with db.read() as session:
        only_text = replace(wanted, text="") == ProjectFilter(
            include_archived=wanted.include_archived)
        if column is ProjectColumn.TITLE and only_text:
            fast = db.search.by_name(Kind.PROJECT, wanted.text,
                                     include_archived=wanted.include_archived,
                                     descending=sort.descending)
            if fast is not None:
                return fetch_keys(session, fast)
        query = db.search.restrict(query, Kind.PROJECT, Project.id, wanted.text)
        query = query.where(*_conditions(wanted)).order_by(
            *sort.order_by(_sort_expression(column), Project.title, Project.id))
        return fetch_keys(session, query)


def project_total(db: Database, *, include_archived: bool = False) -> int:
    """How many projects the list holds with no filter at all."""
    query = select(func.count()).select_from(Project)
    if not include_archived:
        query = query.where(Project.archived_at.is_(None))
    with db.read() as session:
        return session.scalar(query) or 0


def _territory_names(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Each project's territories, its perimeter first, as one line."""
    names: dict[uuid.UUID, list[str]] = defaultdict(list)
    rows = session.execute(
        select(ProjectTerritory.project_id, Territory.name)
        .join(Territory, Territory.id == ProjectTerritory.territory_id)
        .where(ProjectTerritory.project_id.in_(ids))
        .order_by(vocabulary_order(ProjectTerritory.role, TerritoryRole, ladder=True),
                  Territory.name))
    for project_id, name in rows:
        if name not in names[project_id]:
            names[project_id].append(name)
    return {project_id: ", ".join(found) for project_id, found in names.items()}


def project_rows(db: Database, keys: Sequence[Key]) -> dict[Key, ProjectListRow]:
    """The rows of ``keys`` (those that still exist), by key."""
    if not keys:
        return {}
    with db.read() as session:
        found = session.execute(
            select(Project.id, Project.code, Project.title, Project.scheme, Project.phase,
                   Project.status, Project.archived_at, _lead.display_name)
            .outerjoin(_lead, _lead.id == Project.lead_id)
            .where(in_keys(Project.id, keys))).all()
        ids = [row.id for row in found]
        stages = current_stages(session, ids)
        territories = _territory_names(session, ids)
    return {key_of(row.id): ProjectListRow(
        id=row.id, code=row.code, title=row.title, scheme=row.scheme, phase=row.phase,
        status=row.status, stage=stages.get(row.id, (None, None))[0],
        lead_name=row.display_name, territories=territories.get(row.id, ""),
        archived=row.archived_at is not None) for row in found}


def territory_choices(db: Database) -> list[tuple[uuid.UUID, str]]:
    """Territories some project acts on, by name: what the territory filter offers."""
    with db.read() as session:
        rows = session.execute(
            select(Territory.id, Territory.name, Territory.code)
            .where(exists().where(ProjectTerritory.territory_id == Territory.id))
            .order_by(Territory.name, Territory.code))
        return [(row.id, f"{row.name} ({row.code})" if row.code else row.name) for row in rows]
