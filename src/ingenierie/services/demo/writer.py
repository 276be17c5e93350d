"""Bulk insertion of plain dicts: SQLAlchemy Core ``insert()`` run as executemany, in batches.

No ORM object is built per row: a row is a dict, converted by the columns' own
types (UUID, dates, vocabularies) exactly as the ORM would store it. Every row
gets ``created_at`` and ``updated_at`` unless it carries its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime

from sqlalchemy import Connection, Table, insert
from sqlalchemy.exc import SQLAlchemyError

from ingenierie.models.base import Entity, utcnow
from ingenierie.services.demo.directory import Row

BATCH = 5000
# SQLite's page cache while writing: random UUID keys touch index pages all over the file.
WRITE_CACHE_KIB = 131_072


class BulkWriter:
    """Writes batches on one connection (inside the caller's transaction) and counts them."""

    def __init__(self, connection: Connection,
                 on_written: Callable[[int], None] | None = None) -> None:
        self.connection = connection
        self.counts: Counter[str] = Counter()
        self.now: datetime = utcnow()
        self._on_written = on_written

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def insert(self, entity: type[Entity], rows: list[Row]) -> None:
        table = entity.__table__
        assert isinstance(table, Table)
        statement = insert(table)
        now = self.now
        for start in range(0, len(rows), BATCH):
            batch = rows[start:start + BATCH]
            for row in batch:
                if "created_at" not in row:
                    row["created_at"] = row["updated_at"] = now
            self.connection.execute(statement, batch)
            self.counts[table.name] += len(batch)
            if self._on_written is not None:
                self._on_written(self.total)

    def __enter__(self) -> BulkWriter:
        self._cache_size = self.connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000
        self.connection.exec_driver_sql(f"PRAGMA cache_size=-{WRITE_CACHE_KIB}")
        return self

    def __exit__(self, *exc_info: object) -> None:
        with suppress(SQLAlchemyError):  # a failed write must surface, not this
            self.connection.exec_driver_sql(f"PRAGMA cache_size={int(self._cache_size)}")
