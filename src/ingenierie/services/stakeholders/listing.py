"""The stakeholder directory: filtered and sorted ids, and the rows of the ids on screen."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, select

from ingenierie.models import Involvement, Stakeholder
from ingenierie.models.vocabulary import ActorKind, StakeholderNature
from ingenierie.services.queries.ordering import Sort, vocabulary_order
from ingenierie.storage import Database
from ingenierie.storage.changes import Kind
from ingenierie.storage.keys import Key, fetch_keys, in_keys, key_column, key_of


class StakeholderColumn(StrEnum):
    """The columns of the directory, in display order."""

    NAME = "name"
    NATURE = "nature"
    KIND = "kind"
    EMAIL = "email"
    PHONE = "phone"
    PROJECTS = "projects"


@dataclass(frozen=True, slots=True)
class StakeholderFilter:
    """What the officer narrowed the directory to; None means "any"."""

    text: str = ""
    nature: StakeholderNature | None = None
    actor_kind: ActorKind | None = None
    include_archived: bool = False


@dataclass(frozen=True, slots=True)
class DirectoryRow:
    """A line of the directory: who, how to reach them, in how many projects."""

    id: uuid.UUID
    display_name: str
    nature: StakeholderNature
    actor_kind: ActorKind
    email: str | None
    phone: str | None
    project_count: int
    archived: bool


BY_NAME = Sort(StakeholderColumn.NAME)


def _project_count() -> Any:
    return (select(func.count()).select_from(Involvement)
            .where(Involvement.stakeholder_id == Stakeholder.id,
                   Involvement.archived_at.is_(None))
            .correlate(Stakeholder).scalar_subquery())


def _sort_expression(column: StakeholderColumn) -> Any:
    return {
        StakeholderColumn.NAME: Stakeholder.display_name,
        StakeholderColumn.NATURE: vocabulary_order(Stakeholder.nature, StakeholderNature,
                                                   ladder=False),
        StakeholderColumn.KIND: vocabulary_order(Stakeholder.actor_kind, ActorKind,
                                                 ladder=False),
        StakeholderColumn.EMAIL: Stakeholder.email,
        StakeholderColumn.PHONE: Stakeholder.phone,
        StakeholderColumn.PROJECTS: _project_count(),
    }[column]


def stakeholder_keys(db: Database, wanted: StakeholderFilter, sort: Sort = BY_NAME) -> list[Key]:
    """The ids of the stakeholders matching ``wanted``, in ``sort`` order (name breaks ties)."""
    column = StakeholderColumn(sort.column)
    conditions: list[ColumnElement[bool]] = []
    if not wanted.include_archived:
        conditions.append(Stakeholder.archived_at.is_(None))
    if wanted.nature is not None:
        conditions.append(Stakeholder.nature == wanted.nature)
    if wanted.actor_kind is not None:
        conditions.append(Stakeholder.actor_kind == wanted.actor_kind)
    with db.read() as session:
        if column is StakeholderColumn.NAME and wanted.nature is None and wanted.actor_kind is None:
            fast = db.search.by_name(Kind.STAKEHOLDER, wanted.text,
                                     include_archived=wanted.include_archived,
                                     descending=sort.descending)
            if fast is not None:
                return fetch_keys(session, fast)
        query = db.search.restrict(select(key_column(Stakeholder.id)), Kind.STAKEHOLDER,
                                   Stakeholder.id, wanted.text)
        query = query.where(*conditions).order_by(
            *sort.order_by(_sort_expression(column), Stakeholder.display_name, Stakeholder.id))
        return fetch_keys(session, query)


def stakeholder_total(db: Database, *, include_archived: bool = False) -> int:
    """How many stakeholders the directory holds with no filter at all."""
    query = select(func.count()).select_from(Stakeholder)
    if not include_archived:
        query = query.where(Stakeholder.archived_at.is_(None))
    with db.read() as session:
        return session.scalar(query) or 0


def stakeholder_rows(db: Database, keys: Sequence[Key]) -> dict[Key, DirectoryRow]:
    """The rows of ``keys`` (those that still exist), by key."""
    if not keys:
        return {}
    with db.read() as session:
        found = session.execute(
            select(Stakeholder.id, Stakeholder.display_name, Stakeholder.nature,
                   Stakeholder.actor_kind, Stakeholder.email, Stakeholder.phone,
                   Stakeholder.archived_at, _project_count().label("project_count"))
            .where(in_keys(Stakeholder.id, keys))).all()
    return {key_of(row.id): DirectoryRow(
        id=row.id, display_name=row.display_name, nature=row.nature,
        actor_kind=row.actor_kind, email=row.email, phone=row.phone,
        project_count=row.project_count, archived=row.archived_at is not None)
        for row in found}
