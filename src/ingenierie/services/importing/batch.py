"""Batched inserts and updates with SQLAlchemy Core, inside the import's one transaction.

A statement is compiled once per table and column set; each batch goes to the
driver's ``executemany`` with values already converted by the columns' own
bind processors (UUIDs, UTC timestamps, vocabulary codes). That skips the
per-row parameter bookkeeping of ``Connection.execute`` — which costs more than
SQLite's own work — while storing exactly what the ORM would store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Connection, Table

#: Rows sent to the driver per ``executemany``.
BATCH_SIZE = 5000

Processor = Callable[[Any], Any] | None


class CoreWriter:
    """Writes plain row mappings to tables; ``now`` stamps ``created_at``/``updated_at``."""

    def __init__(self, connection: Connection, now: datetime) -> None:
        self.connection = connection
        self.now = now
        self._processors: dict[Column[Any], Processor] = {}
        self.inserted = 0
        self.updated = 0
        # Positional placeholders: "?" for SQLite, "%s" for the PostgreSQL drivers.
        self._marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"

    def _processor(self, column: Column[Any]) -> Processor:
        if column not in self._processors:
            dialect = self.connection.dialect
            self._processors[column] = column.type.dialect_impl(dialect).bind_processor(dialect)
        return self._processors[column]

    def _convert(self, column: Column[Any], value: Any) -> Any:
        processor = self._processor(column)
        return value if processor is None or value is None else processor(value)

    def _default(self, column: Column[Any]) -> Any:
        if column.key in ("created_at", "updated_at"):
            return self.now
        default = column.default
        arg = getattr(default, "arg", None)
        return None if default is None or callable(arg) else arg

    def insert(self, table: Table, rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert ``rows`` (each holding at least ``id``); missing columns get defaults."""
        columns = list(table.columns)
        preparer = self.connection.dialect.identifier_preparer
        sql = (f"INSERT INTO {preparer.format_table(table)} "
               f"({', '.join(preparer.format_column(c) for c in columns)}) "
               f"VALUES ({', '.join(self._marker for _ in columns)})")
        fallbacks = [self._convert(c, self._default(c)) for c in columns]
        plan = [(c.key, self._processor(c), fallback) for c, fallback in zip(columns, fallbacks,
                                                                               strict=True)]
        return self._run(sql, (_values(row, plan) for row in rows), counter="inserted")

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
            plan = [(c.key, self._processor(c), self._convert(c, self.now)
                     if c.key == "updated_at" else None) for c in columns]
            plan.append(("id", self._processor(table.c.id), None))
            count += self._run(sql, (_values(row, plan) for row in group), counter="updated")
        return count

    def _run(self, sql: str, values: Iterable[tuple[Any, ...]], counter: str) -> int:
        count = 0
        batch: list[tuple[Any, ...]] = []
        for item in values:
            batch.append(item)
            if len(batch) >= BATCH_SIZE:
                count += self._execute(sql, batch)
                batch = []
        if batch:
            count += self._execute(sql, batch)
        setattr(self, counter, getattr(self, counter) + count)
        return count

    def _execute(self, sql: str, batch: list[tuple[Any, ...]]) -> int:
        self.connection.exec_driver_sql(sql, batch)  # type: ignore[arg-type]
        return len(batch)


def _values(row: Mapping[str, Any], plan: Sequence[tuple[str, Processor, Any]]
            ) -> tuple[Any, ...]:
    out = []
    for key, processor, fallback in plan:
        value = row.get(key)
        if value is None:
            out.append(fallback)
        elif processor is None:
            out.append(value)
        else:
            out.append(processor(value))
    return tuple(out)
