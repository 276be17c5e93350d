"""What a write changed, kept so that it can be taken back exactly (Ctrl+Z on a merge);
not the audit trail of ``services.journal``, which says who changed what, for reading.

Most edits are undone by the opposite service call (archive ↔ restore, the
previous form values written again). A merge of two stakeholders touches many
records in one go — links moved, details filled, duplicate links removed — so
it keeps a :class:`Journal` instead: for every record it updated, the values
before; for every record it deleted, the whole row. :func:`revert` writes those
back in one transaction.

``journal_of(session)`` records every flush of the session from the moment it is
called; the ``updated_at`` stamps are not restored (taking a write back is a write).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from ingenierie.models import Base
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet

_STAMPS = frozenset({"updated_at"})


@dataclass(frozen=True, slots=True)
class Journal:
    """The values a write replaced (by record) and the rows it deleted."""

    before: tuple[tuple[type[Base], uuid.UUID, tuple[tuple[str, Any], ...]], ...]
    deleted: tuple[tuple[type[Base], tuple[tuple[str, Any], ...]], ...]


@dataclass(slots=True)
class _Recorder:
    before: dict[tuple[type[Base], uuid.UUID], dict[str, Any]] = field(default_factory=dict)
    deleted: list[tuple[type[Base], dict[str, Any]]] = field(default_factory=list)

    def flushing(self, session: Session, _context: UOWTransaction, _instances: object) -> None:
        for instance in session.dirty:
            state = inspect(instance)
            old = self.before.setdefault((type(instance), state.identity[0]), {})
            for attribute in state.mapper.column_attrs:
                history = state.attrs[attribute.key].history
                if history.deleted and attribute.key not in _STAMPS:
                    old.setdefault(attribute.key, history.deleted[0])
        for instance in session.deleted:
            state = inspect(instance)
            self.deleted.append((type(instance), {attribute.key: getattr(instance, attribute.key)
                                                  for attribute in state.mapper.column_attrs}))

    def journal(self) -> Journal:
        return Journal(
            before=tuple((entity, ident, tuple(values.items()))
                         for (entity, ident), values in self.before.items() if values),
            deleted=tuple((entity, tuple(row.items())) for entity, row in self.deleted))


@contextmanager
def journal_of(session: Session) -> Iterator[_Recorder]:
    """Record what ``session`` writes inside the block; ``.journal()`` afterwards."""
    recorder = _Recorder()
    event.listen(session, "before_flush", recorder.flushing)
    try:
        yield recorder
        session.flush()
    finally:
        event.remove(session, "before_flush", recorder.flushing)


def revert(db: Database, journal: Journal) -> ChangeSet:
    """Write back what ``journal`` records, in one transaction."""
    with db.write() as session:
        for entity, row in journal.deleted:
            session.add(entity(**dict(row)))
        for entity, ident, values in journal.before:
            record = session.get_one(entity, ident)
            for key, value in values:
                setattr(record, key, value)
    return session.changes
