"""An open database and its write gateway: every unit of work, read or write, goes here.

Three units, one set of guarantees:

- ``with db.read() as session:`` reads one consistent snapshot; it cannot write.
- ``with db.write() as session:`` is one transaction, committed when the block
  ends and rolled back if it raises. It takes the write lock as it begins, so
  that another writer is waited for (the engine's busy timeout) rather than met
  halfway; ``session.changes`` then says what the unit changed.
- ``with db.bulk_write() as bulk:`` is the same for many plain rows (imports,
  the demo), with the engine's bulk tuning; ``bulk.changes`` says what it wrote.

A busy or read-only database, a full disk or an unplugged USB key surface from
any of them, at any statement or at the commit, as a French
:class:`~ingenierie.errors.DatabaseFileError`. Before each write unit commits,
inside its transaction, :attr:`Database.commit_hooks` are called with its
connection and its change set: what they write commits with the unit, and a
hook that raises rolls the unit back. The first hook is the audit trail's
(``storage.audit``), signed with :attr:`Database.actor`.
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session, sessionmaker

from ingenierie.config import DatabaseLocation
from ingenierie.errors import UserError
from ingenierie.storage.audit import audit_hook, system_actor
from ingenierie.storage.backups import BackupInfo, Health
from ingenierie.storage.bulk_write import BulkWrite
from ingenierie.storage.changes import ChangeSet
from ingenierie.storage.collecting import ReadSession, WriteSession
from ingenierie.storage.engines import backend_for
from ingenierie.storage.engines.base import Backend, TextSearch
from ingenierie.storage.migrate import Migrations

log = logging.getLogger(__name__)

CommitHook = Callable[[Connection, ChangeSet], None]
"""Called with a write unit's connection and change set, just before it commits."""

_LIVE: weakref.WeakSet[Database] = weakref.WeakSet()


class UnitAbandoned(UserError):
    """Something failed while the unit was open (a slot raising inside it): rolled back."""


def abandon_units_of_this_thread() -> int:
    """Mark the write units this thread has open, in every database, to be rolled back
    when they end: an exception met while one was open (in a slot, a timer) must not
    leave half a change committed. Returns how many were marked."""
    return sum(database.abandon_open_units() for database in list(_LIVE))


class Database:
    """One database, opened by :func:`open_database`."""

    def __init__(self, backend: Backend, engine: Engine,
                 migrations: Migrations | None = None) -> None:
        self._backend = backend
        self._migrations = migrations or Migrations()
        self.engine = engine
        """The SQLAlchemy engine, for ``storage`` and its tests; nothing above uses it."""
        self._reads = sessionmaker(engine, class_=ReadSession, expire_on_commit=False)
        self._writer = backend.writing(engine)
        self._writes = sessionmaker(self._writer, class_=WriteSession, expire_on_commit=False)
        self.actor = system_actor()
        """Who signs the audit trail: the system user, or the name set in preferences."""
        self.commit_hooks: list[CommitHook] = [audit_hook(lambda: self.actor)]
        self._open_units: dict[WriteSession, int] = {}  # session -> thread id
        _LIVE.add(self)

    # -- where it is -------------------------------------------------------------------------
    @property
    def location(self) -> DatabaseLocation:
        return self._backend.location

    @property
    def display_name(self) -> str:
        """A short name for a window title."""
        return self.location.display_name

    @property
    def folder(self) -> Path | None:
        """The folder of a database file on this computer (where file dialogs start)."""
        file = self.location.file
        return file.parent if file is not None else None

    @property
    def search(self) -> TextSearch:
        """The engine's full-text search of projects and stakeholders."""
        return self._backend.search

    # -- units of work ----------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction; whatever the block does, nothing is written."""
        with self._backend.translated_errors(), self._reads() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[WriteSession]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        with self._backend.translated_errors():
            session = self._writes()
            self._open_units[session] = threading.get_ident()
            try:
                yield session
                if session.info.get("abandoned"):
                    raise UnitAbandoned(
                        "La dernière action n'a pas été enregistrée : une erreur est survenue "
                        "pendant son déroulement.")
                changes = session.settle()
                if changes:
                    self._before_commit(session.connection(), changes)
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                self._open_units.pop(session, None)
                session.close()

    def abandon_open_units(self) -> int:
        """See :func:`abandon_units_of_this_thread`; this database's units only."""
        thread = threading.get_ident()
        marked = [s for s, owner in list(self._open_units.items()) if owner == thread]
        for session in marked:
            session.info["abandoned"] = True
        return len(marked)

    @contextmanager
    def bulk_write(self, *, cache_kib: int = 0) -> Iterator[BulkWrite]:
        """A write transaction for many plain rows (see ``storage.bulk_write``).

        ``cache_kib``: memory for the engine's cache once rows are written (0: as it is).
        """
        with self._backend.translated_errors(), self._writer.connect() as connection:
            transaction = connection.begin()
            session = WriteSession(bind=connection, expire_on_commit=False)
            try:
                with self._backend.tuned_for_bulk(connection, cache_kib=cache_kib) as tuning:
                    bulk = BulkWrite(connection, session, tuning)
                    yield bulk
                    changes = bulk.settle()
                if bulk.discarded:
                    transaction.rollback()
                else:
                    if changes:
                        self._before_commit(connection, changes)
                    transaction.commit()
                    bulk.changes = changes
            except BaseException:
                if transaction.is_active:
                    transaction.rollback()
                raise
            finally:
                session.close()

    def _before_commit(self, connection: Connection, changes: ChangeSet) -> None:
        for hook in self.commit_hooks:
            hook(connection, changes)

    # -- the database as a whole ------------------------------------------------------------
    def revision(self) -> str | None:
        """The Alembic revision the schema is at."""
        with self._backend.translated_errors(), self.engine.connect() as connection:
            row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None

    def backup(self, destination: Path | None = None) -> Path:
        """Copy the database to ``destination`` (a new file or a folder), else beside it."""
        return self._backend.backup(destination)

    def backup_before_import(self) -> Path:
        """Copy the database as last committed beside it (the last few are kept)."""
        return self._backend.backup_before_import()

    def backup_daily(self, folder: Path | None = None) -> Path | None:
        """Today's automatic copy into ``folder`` (else beside the database), unless one
        was made today; the daily copies are rotated (7 daily, 4 weekly)."""
        return self._backend.backup_daily(folder)

    def backups(self, folders: list[Path] | None = None) -> list[BackupInfo]:
        """Every copy of the database beside it and in ``folders``, newest first."""
        return self._backend.backups(folders or [])

    def verify_backup(self, backup: Path) -> bool:
        return self._backend.verify_backup(backup)

    def restore(self, backup: Path) -> Path:
        """Replace the data by ``backup``'s, all or nothing, after copying the current state
        (returned). This object is closed: open the database again (it may need migrating)."""
        self.close()
        return self._backend.restore(backup, self._migrations)

    @property
    def placement_warning(self) -> str | None:
        """Why the database's place is unsafe (network share, synchronised folder), if it is."""
        return self._backend.placement_warning()

    def scrub(self, connection: Connection) -> None:
        """Inside an erasure's transaction: no copy of erased values in the engine's own
        structures (search index, freed space)."""
        self._backend.purge(connection)

    def compact(self) -> None:
        """After an erasure: rewrite the storage so that no old page still holds its values."""
        with self._backend.translated_errors():
            self._backend.compact(self.engine)

    def last_change(self) -> object:
        """A token that changes whenever any program commits a write (the audit trail's
        newest line): the window compares it when it regains focus."""
        with self.read() as session:
            return tuple(session.execute(text(
                "SELECT count(*), max(created_at) FROM audit_entry")).one())

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_database(location: DatabaseLocation | str | os.PathLike[str], *, create: bool = True,
                  verify: bool = False, migrations: Path | None = None,
                  busy_timeout: float | None = None) -> Database:
    """Open ``location`` (a location, a URL or a file's path), migrating it as needed; the
    engine refuses in French what it cannot open safely (see ``storage.engines``).

    Only ``create`` makes a database where there is none (nothing, or an empty file);
    otherwise that is refused. ``verify`` checks every page whatever the state (commands
    that report on the database or write much into it). ``migrations`` names a folder of
    Alembic scripts other than the packaged one (tests); ``busy_timeout`` (seconds) how
    long a writer waits for another.
    """
    if not isinstance(location, DatabaseLocation):
        location = DatabaseLocation.parse(location)
    backend = backend_for(location, busy_timeout=busy_timeout)
    scripts = Migrations(migrations)
    engine = backend.open(scripts, create=create, verify=verify)
    return Database(backend, engine, scripts)


def _backend(location: DatabaseLocation | str | os.PathLike[str]) -> Backend:
    if not isinstance(location, DatabaseLocation):
        location = DatabaseLocation.parse(location)
    return backend_for(location)


def check_database(location: DatabaseLocation | str | os.PathLike[str],
                   migrations: Path | None = None) -> Health:
    """``ingenierie check``: integrity, foreign keys and revision, without opening the
    database for work (a damaged one is described, not refused)."""
    return _backend(location).check(Migrations(migrations))


def last_good_backup(location: DatabaseLocation | str | os.PathLike[str],
                     folders: list[Path] | None = None) -> Path | None:
    """The newest copy of the database (beside it or in ``folders``) passing the check."""
    return _backend(location).last_good_backup(folders or [])


def export_database(location: DatabaseLocation | str | os.PathLike[str], destination: Path,
                    passphrase: str | None) -> Path:
    """Encrypt (``passphrase``) or decrypt (None) the database into the new file
    ``destination``; the original is kept as it is."""
    return _backend(location).export_copy(destination, passphrase)


def change_passphrase(location: DatabaseLocation | str | os.PathLike[str],
                      passphrase: str) -> Path:
    """Re-encrypt the database (opened with its location's passphrase) with ``passphrase``;
    returns the backup made first."""
    return _backend(location).change_passphrase(passphrase)


def restore_database(location: DatabaseLocation | str | os.PathLike[str], backup: Path,
                     migrations: Path | None = None,
                     prepare: Callable[[Database], None] | None = None) -> Path:
    """Restore ``backup`` into the database at ``location`` (which may be damaged or open
    elsewhere); returns the copy of its state before. Open it again afterwards.

    ``prepare`` is given the backup's data opened (and migrated) as a database of its
    own, to change before it lands: what it wrote lands with the rest, in one atomic
    step, so that a restore killed half-way never leaves the backup unprepared."""
    scripts = Migrations(migrations)
    if prepare is None:
        return _backend(location).restore(backup, scripts)

    def staged(stage: DatabaseLocation) -> None:
        with open_database(stage, create=False, migrations=migrations) as db:
            prepare(db)

    return _backend(location).restore(backup, scripts, staged)
