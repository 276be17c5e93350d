"""Opening a SQLite file for the app: checked, backed up, created or migrated.

A file that is not ours, damaged, read-only or from a newer version is refused
with a :class:`DatabaseFileError` and left untouched; every page is checked only
before a migration or after an unclean shutdown (see ``inspection``), a
damaged page otherwise surfacing at its first read as the same French error.
A file that holds data is backed up beside itself before any migration, and
a migration runs in one transaction with foreign keys off (:func:`schema_change`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine

from ingenierie.errors import DatabaseFileError
from ingenierie.storage.engines.base import Scripts
from ingenierie.storage.engines.sqlite import backup
from ingenierie.storage.engines.sqlite.connection import create_sqlite_engine
from ingenierie.storage.engines.sqlite.failures import translate, translated_errors
from ingenierie.storage.engines.sqlite.inspection import (
    APPLICATION_ID,
    FileState,
    check_integrity,
    check_tables,
    check_writable,
    foreign_file_error,
    inspect_file,
    not_created_error,
)

log = logging.getLogger(__name__)


class ForeignKeyViolations(RuntimeError):
    """A migration left rows pointing at rows that do not exist; it was rolled back."""


@contextmanager
def schema_change(engine: Engine) -> Iterator[Connection]:
    """A transaction for migrations, with foreign keys off.

    SQLite ignores the pragma inside a transaction, and batch migrations recreate
    tables (dropping a parent table with foreign keys on would cascade-delete its
    children). ``PRAGMA foreign_key_check`` runs before the commit; any violation,
    like any other failure, rolls everything back.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # outside the transaction, or ignored
        try:
            with connection.begin():
                yield connection
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if violations:
                    raise ForeignKeyViolations(
                        f"{len(violations)} rows break a foreign key, e.g. {violations[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _ensure_known(path: Path, state: FileState, migrations: Scripts) -> None:
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


def _create_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseFileError(
            f"Impossible de créer le dossier « {path.parent} » : {error.strerror}."
        ) from error


def _upgrade(engine: Engine, path: Path, migrations: Scripts, saved: Path | None) -> None:
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


def open_file(path: Path, migrations: Scripts, *, create: bool, verify: bool,
              timeout: float) -> Engine:
    """Open ``path``, migrating it as needed; see the module's docstring.

    Only ``create`` writes a schema into a missing, zero-byte or table-less file;
    otherwise such a file is refused. ``verify`` checks every page whatever the state.
    """
    state = inspect_file(path, timeout)
    log.info("opening %s (revision %s, head %s)", path, state.revision, migrations.head)
    if not state.holds_schema and not create:
        raise not_created_error(path, state)
    _ensure_known(path, state, migrations)
    if state.revision == migrations.head:
        check_tables(path, state)
    if (verify and state.exists) or state.needs_full_check(migrations.head):
        check_integrity(path, timeout)
    check_writable(path)
    if not state.exists:
        _create_folder(path)
        log.info("creating a new database at %s", path)
    saved = None
    if state.revision not in (None, migrations.head):
        saved = backup.backup_before_upgrade(path, timeout)
        log.info("backed up %s to %s before migrating it", path, saved)
    engine = create_sqlite_engine(path, timeout)
    try:
        if state.revision != migrations.head:
            _upgrade(engine, path, migrations, saved)
        with translated_errors(path), engine.connect():
            pass  # the pragmas run at connect: a locked or unwritable file shows up now
    except BaseException:
        engine.dispose()
        raise
    log.info("opened %s at revision %s", path, migrations.head)
    return engine
