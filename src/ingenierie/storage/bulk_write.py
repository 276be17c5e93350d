"""The bulk unit of the write gateway: many plain rows in one transaction.

An import or the demo writes tens of thousands of rows: through
:class:`~ingenierie.storage.bulk.RowWriter`, never an ORM object per row, with
the engine's bulk tuning on (``storage.engines.base.BulkTuning``). A few
records still go through the services' ORM rules (an import's projects and
exchanges): :attr:`BulkWrite.session` shares the transaction. What was written
in bulk is told as "any record" of its kinds; what went through the session,
record by record. The audit trail gets one line for the whole unit, with its
counts and what :meth:`BulkWrite.describe` said it was, not one per row.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, select

from ingenierie.models.base import Entity, utcnow
from ingenierie.storage.bulk import RowWriter
from ingenierie.storage.changes import NOTHING, Action, ChangeSet, Entry, Kind
from ingenierie.storage.collecting import WriteSession, count_labels, kind_of
from ingenierie.storage.engines.base import BulkTuning

#: Ids per ``IN (…)`` when stored rows are read back.
_READ_CHUNK = 500


def _table(entity: type[Entity]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


class BulkWrite:
    """Handed out by ``Database.bulk_write()``; committed when its block ends, unless
    :meth:`discard` was called or the block raised."""

    def __init__(self, connection: Connection, session: WriteSession,
                 tuning: BulkTuning) -> None:
        self.connection = connection
        """For reads inside the transaction (SQLAlchemy Core or ORM statements)."""
        self.session = session
        self._rows = RowWriter(connection, utcnow())
        self._tuning = tuning
        self._kinds: set[Kind] = set()
        self._counts: Counter[tuple[Kind, Action]] = Counter()
        self._note = ""
        self.discarded = False
        self.changes: ChangeSet = NOTHING
        """What the unit wrote, once it has ended."""

    def insert(self, entity: type[Entity], rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert plain rows (each with its ``id``; see ``RowWriter.insert``); how many."""
        kind = kind_of(entity)
        self._kinds.add(kind)
        self._tuning.writing()
        written = self._rows.insert(_table(entity), rows)
        self._counts[(kind, Action.INSERT)] += written
        return written

    def update(self, entity: type[Entity], rows: Sequence[Mapping[str, Any]]) -> int:
        """Update rows by ``id`` with the columns each gives; how many."""
        if rows:
            self._kinds.add(kind_of(entity))
            self._tuning.writing()
        written = self._rows.update(_table(entity), rows)
        if written:
            self._counts[(kind_of(entity), Action.UPDATE)] += written
        return written

    def stored(self, entity: type[Entity], ids: Sequence[uuid.UUID]
               ) -> dict[uuid.UUID, dict[str, Any]]:
        """The stored rows of ``ids`` (every column, by name), read in the transaction."""
        table = _table(entity)
        names = [column.name for column in table.columns]
        found: dict[uuid.UUID, dict[str, Any]] = {}
        for start in range(0, len(ids), _READ_CHUNK):
            for row in self.connection.execute(
                    select(table).where(table.c.id.in_(ids[start:start + _READ_CHUNK]))):
                found[row.id] = dict(zip(names, row, strict=True))
        return found

    def defer_indexes(self, *entities: type[Entity]) -> None:
        """These entities' tables are empty: build their indexes once, at the end."""
        self._tuning.defer_indexes([_table(entity).name for entity in entities])

    def describe(self, note: str) -> None:
        """What the unit is, for its audit line (« Import de « acteurs.xlsx » »)."""
        self._note = note

    def discard(self) -> None:
        """Roll the whole unit back when its block ends (a dry run, a refused import)."""
        self.discarded = True
        self._tuning.discard()

    def settle(self) -> ChangeSet:
        """Flush the session; what the unit wrote (nothing if it is to be discarded)."""
        written = self.session.settle() | ChangeSet.anything(*self._kinds)
        if self.discarded:
            return NOTHING
        counts = self._counts + self.session.counts()
        line = Entry(Action.BULK, None, counts=count_labels(counts), note=self._note)
        return dataclasses.replace(written, journal=(line,) if written else ())
