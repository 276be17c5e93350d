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

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, Select

from ingenierie.config import DatabaseLocation
from ingenierie.storage.backups import BackupInfo, Health
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
        """``busy_timeout``: seconds a writer waits for another (else the location's); the
        location's password is the passphrase of an encrypted database."""
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

    def backup_daily(self, folder: Path | None) -> Path | None:
        """Today's automatic copy into ``folder`` (else beside), unless one exists; the
        daily copies rotated (``storage.backups.daily_to_remove``)."""
        ...

    def backups(self, folders: list[Path]) -> list[BackupInfo]:
        """Every copy of this database found in ``folders`` (and beside it), newest first."""
        ...

    def verify_backup(self, backup: Path) -> bool:
        """Whether a copy passes the engine's check."""
        ...

    def last_good_backup(self, folders: list[Path]) -> Path | None:
        """The newest copy that passes the check."""
        ...

    def restore(self, backup: Path, migrations: Scripts,
                prepare: Callable[[DatabaseLocation], None] | None = None) -> Path:
        """Replace what the database holds by ``backup``, atomically (all or nothing, even
        killed), after copying the current state; returns that copy. The caller then
        opens the database again (it may need migrating).

        With ``prepare``, the backup's data is first staged as a database of its own
        (same engine, same passphrase) that ``prepare`` opens and changes (a restore
        re-applying the erasures made since); the staged data is what lands, in the same
        one atomic step, and the stage is removed."""
        ...

    def check(self, migrations: Scripts) -> Health:
        """Integrity, foreign keys and schema revision, without writing anything."""
        ...

    def export_copy(self, destination: Path, passphrase: str | None) -> Path:
        """Copy the database into the new file ``destination``, encrypted with
        ``passphrase`` (None: not encrypted); the original is left as it is."""
        ...

    def change_passphrase(self, passphrase: str) -> Path:
        """Re-encrypt the database with ``passphrase``; returns the backup made first."""
        ...

    def placement_warning(self) -> str | None:
        """A French warning when the database sits where its locking is unsafe (a network
        share, a folder synchronised file by file), else None."""
        ...

    def purge(self, connection: Connection) -> None:
        """After an erasure, in its transaction: leave no copy of erased values in the
        engine's own structures (search index, freed space)."""
        ...

    def compact(self, engine: Engine) -> None:
        """After an erasure has committed: rewrite the storage so that no old page or log
        still holds erased values."""
        ...

    @staticmethod
    def schema_change(engine: Engine) -> AbstractContextManager[Connection]:
        """A connection in a transaction fit for migrations, checked before it commits."""
        ...
