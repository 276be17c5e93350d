"""The audit trail's writer: a commit hook of the write gateway.

Every unit of work that changed something leaves, in its own transaction and
just before its commit, one ``audit_entry`` row per line of its journal
(``changes.Entry``): who (:attr:`Database.actor`), when, which record, which
fields from what to what — or, for a bulk write or an erasure, one row of
counts. Being in the same transaction, the trail can neither miss a committed
change nor record one that was rolled back.

Values are stored as JSON (dates as ISO text, ids as text). They are personal
data when the record is about a person: the erasure scrubs them.
"""

from __future__ import annotations

import getpass
import json
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Table, insert, select, update

from ingenierie.models import AuditEntry
from ingenierie.models.base import utcnow
from ingenierie.storage.changes import ChangeSet, Entry

UNKNOWN_ACTOR = "inconnu"


def system_actor() -> str:
    """The name of the system user running the app ("inconnu" when there is none)."""
    try:
        return getpass.getuser() or UNKNOWN_ACTOR
    except (OSError, KeyError, ImportError):  # no user name in the environment
        return UNKNOWN_ACTOR


def plain(value: Any) -> Any:
    """A value as the journal's JSON holds it."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot journal a {type(value).__name__}")


def changes_json(entry: Entry) -> str:
    """The ``changes`` column of an entry: its fields, or its counts and note."""
    content: Mapping[str, Any]
    if entry.fields:
        content = {name: list(pair) for name, pair in entry.fields.items()}
    else:
        content = {"counts": dict(entry.counts)} | ({"note": entry.note} if entry.note else {})
    return json.dumps(content, default=plain, ensure_ascii=False, sort_keys=True)


def audit_hook(actor: Callable[[], str]) -> Callable[[Connection, ChangeSet], None]:
    """The commit hook writing a unit's journal; ``actor`` names who is working."""
    table = AuditEntry.__table__
    assert isinstance(table, Table)

    def write(connection: Connection, changes: ChangeSet) -> None:
        if not changes.journal:
            return
        unit, now, who = uuid.uuid4(), utcnow(), actor()
        connection.execute(insert(table), [{
            "id": uuid.uuid4(), "created_at": now, "updated_at": now, "unit_id": unit,
            "actor": who, "action": entry.action.value,
            "kind": entry.kind.value if entry.kind is not None else "",
            "record_id": entry.record_id,
            "project_id": entry.projects[0] if entry.projects else None,
            "stakeholder_id": entry.stakeholders[0] if entry.stakeholders else None,
            "other_stakeholder_id": entry.stakeholders[1] if len(entry.stakeholders) > 1
            else None,
            "changes": changes_json(entry),
        } for entry in changes.journal])

    return write


def scrub(connection: Connection, record_id: uuid.UUID, words: list[str],
          replacement: str) -> int:
    """Remove a person's values from the trail: the lines about them keep which fields
    changed but not to what, and any other line quoting one of ``words`` (their name,
    e-mail, phone) has it replaced. Returns how many lines were changed."""
    table = AuditEntry.__table__
    assert isinstance(table, Table)
    about = (table.c.record_id == record_id) | (table.c.stakeholder_id == record_id) | (
        table.c.other_stakeholder_id == record_id)
    changed = 0
    for entry_id, changes in connection.execute(select(table.c.id, table.c.changes)
                                                .where(about)).all():
        content = json.loads(changes)
        blank = {name: [None, None] for name in content} if "counts" not in content else content
        connection.execute(update(table).where(table.c.id == entry_id)
                           .values(changes=json.dumps(blank, sort_keys=True)))
        changed += 1
    for word in filter(None, words):
        pattern = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        quoted = json.dumps(word, ensure_ascii=False)[1:-1]
        for entry_id, changes in connection.execute(select(table.c.id, table.c.changes).where(
                table.c.changes.ilike(f"%{pattern}%", escape="\\"))).all():
            cleaned = re.sub(re.escape(quoted), replacement, changes, flags=re.IGNORECASE)
            connection.execute(update(table).where(table.c.id == entry_id)
                               .values(changes=cleaned))
            changed += 1
    return changed
