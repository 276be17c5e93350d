"""Copies of the database made with SQLite's online backup API.

The copy is consistent even while the app has the file open in WAL mode, and
stands alone (rollback-journal mode, no ``-wal`` file to carry along). Copies
made automatically — before a migration, before an import that changes stored
records — sit beside the database, named after it with a timestamp and the
reason; only the last :data:`KEPT_BACKUPS` of each reason are kept. Copies the
user asks for are never pruned.

A copy is written under a hidden temporary name, checked with ``PRAGMA
quick_check``, and only then renamed: a copy killed half-way (``kill -9``, a
power cut, a full disk) never bears a backup's name, so it can neither be
mistaken for a good copy nor count among the last five kept; its temporary
file is removed by the next copy made in that folder. A source whose copy
fails the check (a damaged page) gets no backup but a French error.

A copy made while this app's own connection holds an uncommitted transaction
is the database as it was before that transaction (WAL readers see the last
commit): the import relies on it to save the state it is about to change.
"""

from __future__ import annotations

import logging
import re
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

if sys.platform != "win32":  # Windows has no fcntl
    import fcntl

from ingenierie.errors import DamagedDatabaseError, DatabaseFileError
from ingenierie.storage.engines.sqlite import driver
from ingenierie.storage.engines.sqlite.connection import BUSY_TIMEOUT
from ingenierie.storage.engines.sqlite.failures import translated_errors

log = logging.getLogger(__name__)

KEPT_BACKUPS = 5
AUTOMATIC_SUFFIX = ".avant-mise-a-jour.sqlite"
IMPORT_SUFFIX = ".avant-import.sqlite"
MANUAL_SUFFIX = ".sauvegarde.sqlite"
#: Ends the hidden name of a copy being made; never a backup's name.
UNFINISHED = ".incomplet"
STAMP_FORMAT = "%Y-%m-%d_%H-%M-%S-%f"
_STAMP_PATTERN = r"\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d-\d{6}"


def stamped_name(path: Path, suffix: str) -> str:
    return f"{path.stem}.{datetime.now().strftime(STAMP_FORMAT)}{suffix}"


def automatic_backups(path: Path, suffix: str = AUTOMATIC_SUFFIX) -> list[Path]:
    """Backups made automatically of ``path`` for one reason (``suffix``), oldest first."""
    pattern = re.compile(re.escape(path.stem) + r"\." + _STAMP_PATTERN + re.escape(suffix))
    if not path.parent.is_dir():
        return []
    return sorted(p for p in path.parent.iterdir() if pattern.fullmatch(p.name))


def copy_database(source: Path, destination: Path, timeout: float = BUSY_TIMEOUT) -> Path:
    """Copy ``source`` into the new file ``destination``; nothing is left behind on failure.

    The copy is made under a temporary name beside ``destination``, checked
    (``PRAGMA quick_check``), then renamed: a copy killed half-way or failing the
    check never bears a backup's name (see the module's docstring).
    """
    if destination.exists():
        raise DatabaseFileError(
            f"Le fichier « {destination} » existe déjà : choisissez un autre nom de sauvegarde.")
    if not destination.parent.is_dir():
        raise DatabaseFileError(f"Le dossier « {destination.parent} » n'existe pas.")
    remove_unfinished_copies(destination.parent)
    temporary = destination.with_name(f".{destination.name}.{secrets.token_hex(4)}{UNFINISHED}")
    try:
        with translated_errors(destination), _claimed(temporary):
            try:
                _online_backup(source, temporary, timeout)
            except driver.DATABASE_ERRORS as error:  # a damaged page met while copying
                if not _damaged(error):
                    raise
                raise _damaged_source_error(source) from error
            if not passes_check(temporary):
                raise _damaged_source_error(source)
            temporary.rename(destination)
    except OSError as error:
        raise DatabaseFileError(f"Impossible d'écrire la sauvegarde « {destination} » : "
                                f"{error.strerror or error}.") from error
    finally:
        _remove_copy(temporary)
    log.info("copied %s to %s", source, destination)
    return destination


def _damaged(error: Exception) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def _damaged_source_error(source: Path) -> DamagedDatabaseError:
    """Damaged, so that the window offers the last good backup (the daily copy at open
    is often the first to read every page)."""
    return DamagedDatabaseError(
        f"La copie de « {source} » ne passe pas la vérification d'intégrité : la "
        "base de données est sans doute endommagée. Aucune sauvegarde n'a été "
        "écrite ; gardez le fichier tel quel et restaurez une sauvegarde plus "
        "ancienne.")


@contextmanager
def _claimed(temporary: Path) -> Iterator[None]:
    """Create ``temporary`` and hold a lock on it while the copy is made, so that
    :func:`remove_unfinished_copies` in another process leaves it alone. Windows has
    no ``flock``, but there an open file cannot be deleted anyway."""
    with temporary.open("xb") as handle:
        if sys.platform != "win32":
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield


def _in_use(path: Path) -> bool:
    if sys.platform == "win32":
        return False  # Windows: the unlink of a file in use fails, and is ignored
    try:
        with path.open("rb") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    return False


def remove_unfinished_copies(folder: Path) -> list[Path]:
    """Remove the temporary files of copies that were killed or failed (``kill -9``, a
    power cut), with their ``-journal``; a copy being made by another process is kept."""
    removed = []
    for path in folder.glob(f".*{UNFINISHED}"):
        if not _in_use(path):
            _remove_copy(path)
            removed.append(path)
            log.info("removed the unfinished backup %s", path)
    for end in ("-journal", "-wal", "-shm"):
        for journal in folder.glob(f".*{UNFINISHED}{end}"):
            if not journal.with_name(journal.name.removesuffix(end)).exists():
                journal.unlink(missing_ok=True)
    return removed


@contextmanager
def staged_copy(source: Path, folder: Path, timeout: float = BUSY_TIMEOUT) -> Iterator[Path]:
    """A copy of ``source`` in ``folder`` to be changed before it is used (a restore
    prepared), removed afterwards. It bears an unfinished copy's name and is claimed
    while in use: left behind by a killed process, the next copy removes it."""
    remove_unfinished_copies(folder)
    staged = folder / f".{source.name}.{secrets.token_hex(4)}.preparee{UNFINISHED}"
    try:
        with translated_errors(staged), _claimed(staged):
            _online_backup(source, staged, timeout)
            yield staged
    except OSError as error:
        raise DatabaseFileError(f"Impossible d'écrire la copie de travail « {staged} » : "
                                f"{error.strerror or error}.") from error
    finally:
        _remove_copy(staged)


def _remove_copy(path: Path) -> None:
    for leftover in (path, *(Path(f"{path}{end}") for end in ("-journal", "-wal", "-shm"))):
        try:
            leftover.unlink(missing_ok=True)
        except OSError as error:  # in use (Windows): the next copy will try again
            log.warning("could not remove %s: %s", leftover, error)


def _online_backup(source: Path, destination: Path, timeout: float) -> None:
    reader = driver.connect(source, timeout=timeout)
    try:
        writer = driver.connect(destination, timeout=timeout)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode=DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def passes_check(path: Path) -> bool:
    """Whether the closed database file ``path`` passes SQLite's ``quick_check``."""
    connection = driver.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows: list[tuple[str]] = connection.execute("PRAGMA quick_check").fetchall()
        return rows == [("ok",)]
    except driver.DATABASE_ERRORS:
        return False
    finally:
        connection.close()


def backup_database(source: Path, destination: Path | None = None,
                    timeout: float = BUSY_TIMEOUT) -> Path:
    """A copy the user asked for: into ``destination`` (a file or a folder), else beside."""
    if destination is None:
        destination = source.parent
    if destination.is_dir():
        destination = destination / stamped_name(source, MANUAL_SUFFIX)
    return copy_database(source, destination, timeout)


def backup_before_upgrade(path: Path, timeout: float = BUSY_TIMEOUT) -> Path:
    """Copy ``path`` beside itself before a migration, keeping the last few copies."""
    return _automatic_backup(path, AUTOMATIC_SUFFIX, timeout)


def backup_before_import(path: Path, timeout: float = BUSY_TIMEOUT) -> Path:
    """Copy ``path`` beside itself before an import changes stored records, keeping the
    last few copies."""
    return _automatic_backup(path, IMPORT_SUFFIX, timeout)


def _automatic_backup(path: Path, suffix: str, timeout: float) -> Path:
    saved = copy_database(path, path.with_name(stamped_name(path, suffix)), timeout)
    for old in automatic_backups(path, suffix)[:-KEPT_BACKUPS]:
        old.unlink()
        log.info("removed old backup %s", old)
    return saved
