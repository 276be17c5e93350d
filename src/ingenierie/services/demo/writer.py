"""Bulk insertion of plain dicts through :class:`~ingenierie.storage.bulk.RowWriter`.

No ORM object is built per row: a row is a dict, converted by the columns' own
types (UUID, dates, vocabularies) exactly as the ORM would store it. Every row
gets ``created_at`` and ``updated_at`` unless it carries its own. While the
demo writes, SQLite keeps a larger page cache, the search index is filled
once at the end rather than by a trigger per row (``storage.search_index``),
and tables that were empty get their indexes built at the end too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack

from sqlalchemy import Connection, Table

from ingenierie.models.base import Entity, utcnow
from ingenierie.services.demo.directory import Row
from ingenierie.storage.bulk import RowWriter, deferred_indexes, page_cache
from ingenierie.storage.search_index import suspended_search_triggers

# SQLite's page cache while writing: random stakeholder keys in the link tables' indexes.
WRITE_CACHE_KIB = 32_768


class BulkWriter:
    """Writes batches on one connection (inside the caller's transaction) and counts them."""

    def __init__(self, connection: Connection,
                 on_written: Callable[[int], None] | None = None, *,
                 empty_tables: tuple[str, ...] = ()) -> None:
        self.connection = connection
        self.empty_tables = empty_tables  # built without their indexes, indexed at the end
        self.counts: Counter[str] = Counter()
        self._rows = RowWriter(connection, utcnow())
        self._on_written = on_written
        self._context = ExitStack()

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def insert(self, entity: type[Entity], rows: list[Row]) -> None:
        table = entity.__table__
        assert isinstance(table, Table)
        self.counts[table.name] += self._rows.insert(table, rows)
        if self._on_written is not None:
            self._on_written(self.total)

    def __enter__(self) -> BulkWriter:
        self._context.enter_context(page_cache(self.connection, WRITE_CACHE_KIB))
        self._context.enter_context(suspended_search_triggers(self.connection))
        self._context.enter_context(deferred_indexes(self.connection, self.empty_tables))
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._context.__exit__(*exc_info)  # type: ignore[arg-type]
