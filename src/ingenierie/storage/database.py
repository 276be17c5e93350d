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
connection and its change set: what they write commits with the unit (the
audit trail), and a hook that raises rolls the unit back.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from ingenierie.config import DatabaseLocation
from ingenierie.storage.bulk_write import BulkWrite
from ingenierie.storage.changes import ChangeSet
from ingenierie.storage.collecting import ReadSession, WriteSession
from ingenierie.storage.engines import backend_for
from ingenierie.storage.engines.base import Backend, TextSearch
from ingenierie.storage.migrate import Migrations

log = logging.getLogger(__name__)

CommitHook = Callable[[Connection, ChangeSet], None]
"""Called with a write unit's connection and change set, just before it commits."""


class Database:
    """One database, opened by :func:`open_database`."""

    def __init__(self, backend: Backend, engine: Engine) -> None:
        self._backend = backend
        self.engine = engine
        """The SQLAlchemy engine, for ``storage`` and its tests; nothing above uses it."""
        self._reads = sessionmaker(engine, class_=ReadSession, expire_on_commit=False)
        self._writer = backend.writing(engine)
        self._writes = sessionmaker(self._writer, class_=WriteSession, expire_on_commit=False)
        self.commit_hooks: list[CommitHook] = []

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
            try:
                yield session
                changes = session.settle()
                if changes:
                    self._before_commit(session.connection(), changes)
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

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
    engine = backend.open(Migrations(migrations), create=create, verify=verify)
    return Database(backend, engine)
