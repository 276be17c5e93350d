"""A database file opened for the app: checked, backed up, migrated, with a session factory."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ingenierie.errors import DatabaseFileError
from ingenierie.storage import backup
from ingenierie.storage.engine import create_sqlite_engine
from ingenierie.storage.failures import translate, translated_errors
from ingenierie.storage.inspection import (
    FileState,
    check_integrity,
    check_tables,
    check_writable,
    foreign_file_error,
    inspect_file,
)
from ingenierie.storage.migrate import Migrations

log = logging.getLogger(__name__)


class Database:
    """One SQLite file. Each unit of work takes its own short session.

    A locked file, a full disk or a vanished folder surface from any session
    as a :class:`DatabaseFileError` with a French message.
    """

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises."""
        with translated_errors(self.path), self._sessions.begin() as session:
            yield session

    def revision(self) -> str | None:
        """The Alembic revision the schema is at."""
        with translated_errors(self.path), self.engine.connect() as connection:
            row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None

    def backup(self, destination: Path | None = None) -> Path:
        """Copy the database to ``destination`` (a new file or a folder), else beside it."""
        return backup.backup_database(self.path, destination)

    def backup_before_import(self) -> Path:
        """Copy the database as last committed beside it (see ``storage.backup``)."""
        return backup.backup_before_import(self.path)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _ensure_known(path: Path, state: FileState, migrations: Migrations) -> None:
    """A revision this version does not know: a newer Ingénierie's file, or not ours."""
    if state.revision is None or migrations.is_known(state.revision):
        return
    if not state.marked_ours:
        raise foreign_file_error(path)
    raise DatabaseFileError(
        f"La base de données « {path} » a été créée par une version plus récente "
        "d'Ingénierie. Mettez l'application à jour pour l'ouvrir ; le fichier n'a pas "
        "été modifié."
    )


def _not_created_error(path: Path, state: FileState) -> DatabaseFileError:
    what = "est vide : ce n'est pas encore une base de données" if state.exists \
        else "n'existe pas"
    return DatabaseFileError(
        f"La base de données « {path} » {what}. Pour en créer une : « ingenierie init » "
        "ou, dans la fenêtre, Fichier ▸ Nouvelle base…")


def _create_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseFileError(
            f"Impossible de créer le dossier « {path.parent} » : {error.strerror}."
        ) from error


def _upgrade(engine: Engine, path: Path, migrations: Migrations, saved: Path | None) -> None:
    """Migrate to head; a failure leaves the file as it was and is told in French."""
    try:
        migrations.upgrade(engine)
    except Exception as error:
        user_error = translate(error, path)
        if user_error is not None:
            raise user_error from error
        log.exception("migration of %s failed and was rolled back", path)
        copy = f" Une copie faite juste avant se trouve ici : « {saved} »." if saved else ""
        raise DatabaseFileError(
            f"La mise à jour de la base de données « {path} » a échoué, elle a été annulée "
            f"et le fichier est resté tel qu'il était.{copy} Les détails techniques sont "
            "dans le journal de l'application."
        ) from error


def open_database(path: Path, *, create: bool = True, verify: bool = False,
                  migrations: Path | None = None) -> Database:
    """Open ``path``, creating and migrating it as needed.

    A file that is not ours, damaged, read-only or from a newer version is
    refused with a :class:`DatabaseFileError` and left untouched; every page is
    checked only before a migration or after an unclean shutdown (see
    ``storage.inspection``), a damaged page otherwise surfacing at its first read
    as the same French error. A file that holds data is backed up beside itself
    before any migration. Only ``create`` writes a schema into a missing, zero-byte
    or table-less file; otherwise such a file is refused. ``verify`` checks every
    page whatever the state (commands that report on the file or write much into
    it). ``migrations`` names a folder of Alembic scripts other than the packaged one
    (tests).
    """
    path = Path(path)
    scripts = Migrations(migrations)
    state = inspect_file(path)
    log.info("opening %s (revision %s, head %s)", path, state.revision, scripts.head)
    if not state.holds_schema and not create:
        raise _not_created_error(path, state)
    _ensure_known(path, state, scripts)
    if state.revision == scripts.head:
        check_tables(path, state)
    if (verify and state.exists) or state.needs_full_check(scripts.head):
        check_integrity(path)
    check_writable(path)
    if not state.exists:
        _create_folder(path)
        log.info("creating a new database at %s", path)
    saved = None
    if state.revision not in (None, scripts.head):
        saved = backup.backup_before_upgrade(path)
        log.info("backed up %s to %s before migrating it", path, saved)
    engine = create_sqlite_engine(path)
    try:
        if state.revision != scripts.head:
            _upgrade(engine, path, scripts, saved)
        with translated_errors(path), engine.connect():
            pass  # the pragmas run at connect: a locked or unwritable file shows up now
    except BaseException:
        engine.dispose()
        raise
    log.info("opened %s at revision %s", path, scripts.head)
    return Database(path, engine)
