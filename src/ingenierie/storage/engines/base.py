"""The one interface behind which everything engine-specific lives.

SQLite is the engine today (``storage.engines.sqlite``); PostgreSQL, for a
team, is meant to be a second implementation of the same :class:`Backend`.
What differs between engines — opening and checking the database, the
connection's settings, taking the write lock, telling the user in French
what went wrong around the database, online backups, bulk-write tuning, the
full-text search, the form keys are read in (``storage.keys``) — is here, so
that ``Database``, the services and the window never ask which engine they
talk to.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, Select

from ingenierie.config import DatabaseLocation
from ingenierie.storage.changes import Kind


class Scripts(Protocol):
    """The migration scripts a database is brought to (``storage.migrate.Migrations``)."""

    @property
    def head(self) -> str: ...

    def is_known(self, revision: str) -> bool: ...

    def upgrade(self, engine: Engine, target: str = "head") -> None: ...


class TextSearch(Protocol):
    """Full-text search of projects (code, title) and stakeholders (name, e-mail):
    every word typed begins a word of the record, accents and case aside."""

    def restrict(self, query: Select[Any], kind: Kind, id_column: Any,
                 text: str) -> Select[Any]:
        """``query`` (on the records of ``kind``, ``id_column`` their id) keeping only
        those matching ``text``; ``query`` as it is when there is nothing to search."""
        ...

    def by_name(self, kind: Kind, text: str, *, include_archived: bool,
                descending: bool) -> Select[Any] | None:
        """A query of the keys (``storage.keys``) of the records matching ``text``, by
        name then key, when the engine has a faster way than :meth:`restrict`; else None."""
        ...


class BulkTuning(Protocol):
    """What makes a bulk write fast, entered inside its transaction and left before the
    commit (or the rollback): indexes kept in step once at the end rather than row by
    row, caches sized for it."""

    def writing(self) -> None:
        """Rows are about to be written (called before each batch; cheap after the first)."""
        ...

    def defer_indexes(self, tables: Sequence[str]) -> None:
        """``tables`` are empty: build their secondary indexes once, at the end."""
        ...

    def discard(self) -> None:
        """The unit will be rolled back: skip the work kept for the end."""
        ...

    def __enter__(self) -> BulkTuning: ...

    def __exit__(self, *exc_info: Any) -> None: ...


class Backend(Protocol):
    """One database engine, found by the scheme of a :class:`DatabaseLocation`."""

    location: DatabaseLocation
    search: TextSearch

    def __init__(self, location: DatabaseLocation, *, busy_timeout: float | None = None
                 ) -> None:
        """``busy_timeout``: seconds a writer waits for another (else the location's)."""
        ...

    def open(self, migrations: Scripts, *, create: bool, verify: bool) -> Engine:
        """Check what the location holds (every page when ``verify``), create it (only when
        ``create``) and migrate it as needed; the SQLAlchemy engine, its connections set
        up. Anything refused is a
        :class:`~ingenierie.errors.DatabaseFileError` and leaves the database untouched."""
        ...

    def writing(self, engine: Engine) -> Engine:
        """``engine`` for write units: each transaction first takes the write lock (or
        waits for it as long as the engine waits for a lock), so that two writers never
        fail halfway but wait their turn."""
        ...

    def translated_errors(self) -> AbstractContextManager[None]:
        """Re-raise what the user can cause or fix around the database (busy, disk full,
        read-only, unreachable, damaged) as a French ``DatabaseFileError``."""
        ...

    def tuned_for_bulk(self, connection: Connection, *, cache_kib: int) -> BulkTuning:
        """The tuning of a bulk write on ``connection`` (in its transaction)."""
        ...

    def backup(self, destination: Path | None) -> Path:
        """A consistent copy into ``destination`` (a new file or a folder), else beside."""
        ...

    def backup_before_import(self) -> Path:
        """A copy of the database as last committed, kept beside it (the last few)."""
        ...

    @staticmethod
    def schema_change(engine: Engine) -> AbstractContextManager[Connection]:
        """A connection in a transaction fit for migrations, checked before it commits."""
        ...
