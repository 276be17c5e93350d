"""Everything stored about one person, read from the personal-data declaration.

The stakeholder row itself, then every row of every table with a foreign key to
the stakeholder table (involvements, participations, affiliations, funding, led
projects — and whatever table is added later, evaluations included): each with
its keys, its links named (the project's title, the other party's name) and all
its declared personal columns. With the dossier's mentions (free texts naming
the person) and the audit lines about them, this is what the RGPD access export
gives and what the erasure works through.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, Table, or_, select
from sqlalchemy.orm import Session

from ingenierie.models import AuditEntry, Base, Interaction, Project, Stakeholder
from ingenierie.models.personal import declared_personal
from ingenierie.storage.audit import plain

STAKEHOLDER = "stakeholder"
#: Tables never exported as linked rows: the journal is a section of its own.
_OWN_SECTIONS = {AuditEntry.__tablename__, "review_flag"}


@dataclass(frozen=True, slots=True)
class LinkedTable:
    """A table holding rows about stakeholders, and the columns naming them."""

    table: Table
    columns: tuple[Column[Any], ...]


def linked_tables() -> list[LinkedTable]:
    """Every table with a foreign key to ``stakeholder`` (the models' metadata decides)."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in _OWN_SECTIONS or table.name == STAKEHOLDER:
            continue
        columns = tuple(column for column in table.columns
                        if any(key.column.table.name == STAKEHOLDER
                               for key in column.foreign_keys))
        if columns:
            found.append(LinkedTable(table, columns))
    return found


def _plain(value: Any) -> Any:
    """A value as JSON holds it (what the journal's JSON does, None and numbers kept)."""
    return value if value is None or isinstance(value, str | int | float | bool) \
        else plain(value)


def _kept(column: Column[Any]) -> bool:
    return bool(declared_personal(column)) or column.primary_key or bool(column.foreign_keys)


def _names(connection: Connection, table: Table, ids: set[Any]) -> dict[Any, str]:
    if not ids:
        return {}
    if table.name in (Project.__tablename__, Interaction.__tablename__):
        label = table.c.title
    elif table.name == STAKEHOLDER:
        label = table.c.display_name
    else:
        return {}
    return dict(connection.execute(select(table.c.id, label).where(table.c.id.in_(ids))).all())


def _rows(connection: Connection, table: Table, condition: Any) -> list[dict[str, Any]]:
    kept = [column for column in table.columns if _kept(column)]
    rows = [dict(row._mapping) for row in connection.execute(select(*kept).where(condition))]
    for column in kept:
        for key in column.foreign_keys:
            names = _names(connection, key.column.table, {r[column.name] for r in rows} - {None})
            for row in rows:
                if row[column.name] in names:
                    row[f"{column.name}__nom"] = names[row[column.name]]
    return [{name: _plain(value) for name, value in row.items()} for row in rows]


def person_records(session: Session, person_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    """Table name → the rows about the person, with their personal columns (see above)."""
    connection = session.connection()
    stakeholders = Stakeholder.__table__
    assert isinstance(stakeholders, Table)
    records = {STAKEHOLDER: _rows(connection, stakeholders, stakeholders.c.id == person_id)}
    for linked in linked_tables():
        rows = _rows(connection, linked.table,
                     or_(*(column == person_id for column in linked.columns)))
        if rows:
            records[linked.table.name] = rows
    return records


def journal_about(session: Session, person_id: uuid.UUID) -> list[dict[str, Any]]:
    """The audit lines about the person, oldest first, their changes read back."""
    lines = session.scalars(select(AuditEntry).where(or_(
        AuditEntry.record_id == person_id, AuditEntry.stakeholder_id == person_id,
        AuditEntry.other_stakeholder_id == person_id)).order_by(AuditEntry.created_at))
    return [{"date": line.created_at.isoformat(), "auteur": line.actor, "action": line.action,
             "type": line.kind, "element": _plain(line.record_id),
             "modifications": json.loads(line.changes)} for line in lines]
