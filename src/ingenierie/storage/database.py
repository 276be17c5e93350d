"""A database file opened for the app: checked, backed up, migrated, with a session factory."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ingenierie.errors import DatabaseFileError
from ingenierie.storage import backup, migrate
from ingenierie.storage.engine import create_sqlite_engine
from ingenierie.storage.inspection import check_writable, inspect_file

log = logging.getLogger(__name__)


class Database:
    """One SQLite file. Each unit of work takes its own short session."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    def revision(self) -> str | None:
        with self.engine.connect() as connection:
            row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_database(path: Path, *, create: bool = True) -> Database:
    """Open ``path``, creating and migrating it as needed.

    A file that is not ours, damaged, read-only or from a newer version is
    refused with a :class:`DatabaseFileError` and left untouched. A file that
    holds data is backed up beside itself before any migration.
    """
    path = Path(path)
    state = inspect_file(path)
    if not state.exists and not create:
        raise DatabaseFileError(f"La base de données « {path} » n'existe pas.")
    migrate.ensure_known(path, state.revision)
    if not state.exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseFileError(
                f"Impossible de créer le dossier « {path.parent} » : {error.strerror}."
            ) from error
    check_writable(path)
    needs_upgrade = state.revision != migrate.head_revision()
    if needs_upgrade and state.revision is not None:
        saved = backup.backup_database(path)
        backup.prune_backups(path)
        log.info("backed up %s to %s before migrating", path, saved)
    engine = create_sqlite_engine(path)
    try:
        if needs_upgrade:
            migrate.upgrade(engine)
    except sqlite3.OperationalError as error:
        engine.dispose()
        raise DatabaseFileError(
            f"La base de données « {path} » n'a pas pu être mise à jour : {error}."
        ) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine)
