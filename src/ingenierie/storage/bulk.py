"""Bulk inserts and updates of plain rows, and keys that keep bulk inserts cheap.

:class:`RowWriter` sends each batch of rows to the driver's ``executemany``
with a statement compiled once per table and column set. Values go through
the columns' own SQLAlchemy bind processors (UUID to 32 hex characters,
dates to ISO text, vocabulary members to their codes) — skipped only for
values those would store unchanged — so the rows stored are exactly what the
ORM would store, without the ORM's per-row bookkeeping: tests/storage/test_bulk.py
reads them back through the ORM and compares the stored text.

:class:`OrderedIds` makes version 7 UUIDs (RFC 9562): a millisecond clock
followed by random bits. Keys made one after the other sort one after the
other, so an insert appends to the right edge of the key's index instead of
rewriting pages all over it (affiliations at 100 000 rows: half the time).
"""

from __future__ import annotations

import os
import random
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Connection, Enum, Table, Uuid

#: Rows sent to the driver per ``executemany``.
BATCH_SIZE = 5000

Processor = Callable[[Any], Any]


class OrderedIds:
    """A source of version 7 UUIDs that increase with each call.

    ``clock`` gives milliseconds (the Unix time by default); ``bits`` gives random
    bits (a generator seeded from the system's by default). The demo passes seeded
    ones to get the same keys on every run. Within one millisecond, a 12-bit
    sequence keeps the order; past 4096 keys the clock is borrowed from.
    """

    def __init__(self, clock: Callable[[], int] | None = None,
                 bits: Callable[[int], int] | None = None) -> None:
        self._clock = clock or (lambda: time.time_ns() // 1_000_000)
        self._bits = bits or random.Random(os.urandom(16)).getrandbits
        self._millisecond = -1
        self._sequence = 0

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self._next())

    def hex(self) -> str:
        """The next key as a :data:`~ingenierie.storage.keys.Key` (32 lowercase hex digits),
        without a UUID object."""
        return f"{self._next():032x}"

    def _next(self) -> int:
        now = self._clock()
        if now > self._millisecond:
            self._millisecond, self._sequence = now, 0
        elif self._sequence < 0xFFF:
            self._sequence += 1
        else:
            self._millisecond, self._sequence = self._millisecond + 1, 0
        random_bits = self._bits(128)  # only 62 are used; 128 keeps the demo's draws in step
        return ((self._millisecond & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | self._sequence << 64
                | 0b10 << 62 | random_bits & 0x3FFF_FFFF_FFFF_FFFF)


class _Shape:
    """How rows holding one set of keys become driver parameters for one table.

    The statement lists the row's columns first, then the others; a row's values
    are taken in one C call, and only typed columns (and those with a default
    standing in for None) are looked at one by one.
    """

    def __init__(self, row_keys: tuple[str, ...], sql: str, keys: list[str],
                 fixes: list[tuple[int, Processor | None, Any, type | None]],
                 tail: tuple[Any, ...]) -> None:
        self.row_keys = row_keys
        self.sql = sql
        self._get = itemgetter(*keys) if len(keys) > 1 else lambda row: (row[keys[0]],)
        # (position, bind processor, stored value standing for None, class stored as is)
        self._fixes = fixes
        self._tail = tail  # stored values of the columns the rows do not give

    def values(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        values = self._get(row)
        if not self._fixes:
            return values + self._tail
        fixed = list(values)
        for position, process, fallback, as_is in self._fixes:
            value = fixed[position]
            if value is None:
                fixed[position] = fallback
            elif process is not None and value.__class__ is not as_is:
                fixed[position] = process(value)
        return (*fixed, *self._tail)


class RowWriter:
    """Writes plain row mappings to tables inside the caller's transaction.

    ``now`` stamps ``created_at`` and ``updated_at``. Counts the rows written.
    """

    def __init__(self, connection: Connection, now: datetime) -> None:
        self.connection = connection
        self.now = now
        self.inserted = 0
        self.updated = 0
        self._processors: dict[Column[Any], Processor | None] = {}
        self._shapes: dict[tuple[Table, tuple[str, ...]], _Shape] = {}
        # Positional placeholders: "?" for SQLite, "%s" for the PostgreSQL drivers.
        self._marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"

    def insert(self, table: Table, rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert ``rows`` (each holding at least ``id``); missing columns get defaults.

        Keys that are not columns of ``table`` are ignored.
        """
        count = 0
        shape: _Shape | None = None
        batch: list[tuple[Any, ...]] = []
        for row in rows:
            keys = tuple(row)
            if shape is None or keys != shape.row_keys:
                if shape is not None and batch:
                    count += self._execute(shape.sql, batch)
                    batch = []
                shape = self._shape(table, keys)
            batch.append(shape.values(row))
            if len(batch) >= BATCH_SIZE:
                count += self._execute(shape.sql, batch)
                batch = []
        if shape is not None and batch:
            count += self._execute(shape.sql, batch)
        self.inserted += count
        return count

    def update(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> int:
        """Update rows by ``id``; rows are grouped by the set of columns they change."""
        shapes: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
        for row in rows:
            shapes.setdefault(tuple(sorted(k for k in row if k != "id")), []).append(row)
        count = 0
        preparer = self.connection.dialect.identifier_preparer
        for keys, group in shapes.items():
            columns = [table.c[k] for k in keys if k != "updated_at"] + [table.c.updated_at]
            settings = ", ".join(f"{preparer.format_column(c)} = {self._marker}"
                                 for c in columns)
            sql = (f"UPDATE {preparer.format_table(table)} SET {settings} "
                   f"WHERE {preparer.format_column(table.c.id)} = {self._marker}")
            plan = [(c.key, self._processor(c), self._fallback(c, ("updated_at",), False))
                    for c in [*columns, table.c.id]]
            count += self._run(sql, (_converted(row, plan) for row in group))
        self.updated += count
        return count

    def _shape(self, table: Table, keys: tuple[str, ...]) -> _Shape:
        cached = self._shapes.get((table, keys))
        if cached is not None:
            return cached
        given = [table.c[k] for k in keys if k in table.c]
        others = [c for c in table.columns if c not in given]
        preparer = self.connection.dialect.identifier_preparer
        columns = [*given, *others]
        sql = (f"INSERT INTO {preparer.format_table(table)} "
               f"({', '.join(preparer.format_column(c) for c in columns)}) "
               f"VALUES ({', '.join(self._marker for _ in columns)})")
        stamped = ("created_at", "updated_at")
        fixes = []
        for position, column in enumerate(given):
            process, fallback = self._processor(column), self._fallback(column, stamped)
            if process is not None or fallback is not None:
                fixes.append((position, process, fallback, _stored_as_is(column, process)))
        tail = tuple(self._fallback(column, stamped) for column in others)
        shape = self._shapes[(table, keys)] = _Shape(keys, sql, [c.key for c in given],
                                                     fixes, tail)
        return shape

    def _fallback(self, column: Column[Any], stamped: tuple[str, ...],
                  defaults: bool = True) -> Any:
        """The stored value a column takes when a row gives None or nothing."""
        if column.key in stamped:
            value: Any = self.now
        else:
            arg = getattr(column.default, "arg", None) if defaults else None
            value = None if callable(arg) else arg
        process = self._processor(column)
        return value if value is None or process is None else process(value)

    def _processor(self, column: Column[Any]) -> Processor | None:
        if column not in self._processors:
            dialect = self.connection.dialect
            process: Processor | None = column.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None and isinstance(column.type, Uuid):
                process = _uuid_or_text(process)
            self._processors[column] = process
        return self._processors[column]

    def _run(self, sql: str, values: Iterable[tuple[Any, ...]]) -> int:
        count = 0
        batch: list[tuple[Any, ...]] = []
        for item in values:
            batch.append(item)
            if len(batch) >= BATCH_SIZE:
                count += self._execute(sql, batch)
                batch = []
        if batch:
            count += self._execute(sql, batch)
        return count

    def _execute(self, sql: str, batch: list[tuple[Any, ...]]) -> int:
        self.connection.exec_driver_sql(sql, batch)
        return len(batch)


def _stored_as_is(column: Column[Any], process: Processor | None) -> type | None:
    """The class of values that ``process`` (the column's bind processor) stores as they
    are: a key already as text in a UUID column, a vocabulary member (a ``str`` whose
    text is its code) in an enum column. Skipping those calls keeps big inserts cheap."""
    if process is None:
        return None
    if isinstance(column.type, Uuid):
        return str
    members = column.type.enum_class if isinstance(column.type, Enum) else None
    if members is not None and issubclass(members, str) and all(
            process(member) == member for member in members):
        return members
    return None


def _uuid_or_text(process: Processor) -> Processor:
    """A UUID column's processor that also takes the key as stored (:meth:`OrderedIds.hex`)."""

    def uuid_or_text(value: Any) -> Any:
        return value if value.__class__ is str else process(value)

    return uuid_or_text


def _converted(row: Mapping[str, Any], plan: list[tuple[str, Processor | None, Any]]
               ) -> tuple[Any, ...]:
    values = []
    for key, process, fallback in plan:
        value = row.get(key)
        values.append(fallback if value is None else value if process is None else process(value))
    return tuple(values)
