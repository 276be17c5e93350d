"""Bulk writes tuned for SQLite: a larger page cache, no per-row search triggers, and
indexes of empty tables built once at the end — together, :class:`SqliteBulkTuning`,
the write gateway's ``storage.engines.base.BulkTuning``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from ingenierie.storage.engines.sqlite.search_index import (
    SuspendedTriggers,
    suspended_search_triggers,
)


class SqliteBulkTuning:
    """Entered inside the bulk unit's transaction; left before it commits or rolls back.

    The page cache grows when rows start being written (:meth:`writing`), not before:
    what the unit reads first (an import's lookups, while the workbook is parsed) keeps
    the usual cache and its memory. Random keys in the secondary indexes touch pages
    all over the file: a larger cache keeps them between statements. It shrinks back
    last, once the search index and the deferred indexes are built.
    """

    def __init__(self, connection: Connection, cache_kib: int) -> None:
        self.connection = connection
        self.cache_kib = cache_kib
        self._stack = ExitStack()
        self._search: SuspendedTriggers | None = None
        self._cache_before: int | None = None

    def __enter__(self) -> SqliteBulkTuning:
        self._stack.callback(self._restore_cache)
        self._search = self._stack.enter_context(suspended_search_triggers(self.connection))
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._stack.__exit__(*exc_info)

    def writing(self) -> None:
        if self.cache_kib and self._cache_before is None:
            self._cache_before = int(self.connection.exec_driver_sql(
                "PRAGMA cache_size").scalar() or -2000)
            self.connection.exec_driver_sql(f"PRAGMA cache_size=-{int(self.cache_kib)}")

    def defer_indexes(self, tables: Sequence[str]) -> None:
        self._stack.enter_context(deferred_indexes(self.connection, tables))

    def discard(self) -> None:
        assert self._search is not None
        self._search.discard()

    def _restore_cache(self) -> None:
        if self._cache_before is not None:
            with suppress(SQLAlchemyError):  # a failed write must surface, not this
                self.connection.exec_driver_sql(f"PRAGMA cache_size={self._cache_before}")


@contextmanager
def deferred_indexes(connection: Connection, tables: Iterable[str]) -> Iterator[None]:
    """Fill empty ``tables`` without their secondary indexes, then build them once.

    Building an index from its finished table sorts its entries in one pass, where
    inserting rows keeps every index in step row by row (about a second saved on
    the demo's 620 000 rows). Within the caller's transaction (DDL rolls back here);
    the indexes are created again from their own SQL, exactly as they were, even
    when the block raises. Unique constraints and primary keys stay in place.
    Only worth it on empty tables: elsewhere the rebuild sorts every stored row too.
    """
    names = list(tables)
    if not names:
        yield
        return
    held = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' for _ in names)}) ORDER BY name", tuple(names)).all()
    for name, _sql in held:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    except BaseException:
        if connection.in_transaction():  # most likely rolled back next, but never hide why
            with suppress(SQLAlchemyError):
                _create_indexes(connection, held)
        raise
    _create_indexes(connection, held)


def _create_indexes(connection: Connection, held: Sequence[Any]) -> None:
    for _name, sql in held:
        connection.exec_driver_sql(sql)

