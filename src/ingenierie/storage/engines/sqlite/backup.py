"""Copies of the database made with SQLite's online backup API.

The copy is consistent even while the app has the file open in WAL mode, and
stands alone (rollback-journal mode, no ``-wal`` file to carry along). Copies
made automatically — before a migration, before an import that changes stored
records — sit beside the database, named after it with a timestamp and the
reason; only the last :data:`KEPT_BACKUPS` of each reason are kept. Copies the
user asks for are never pruned.

A copy made while this app's own connection holds an uncommitted transaction
is the database as it was before that transaction (WAL readers see the last
commit): the import relies on it to save the state it is about to change.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from ingenierie.errors import DatabaseFileError
from ingenierie.storage.engines.sqlite.connection import BUSY_TIMEOUT
from ingenierie.storage.engines.sqlite.failures import translated_errors

log = logging.getLogger(__name__)

KEPT_BACKUPS = 5
AUTOMATIC_SUFFIX = ".avant-mise-a-jour.sqlite"
IMPORT_SUFFIX = ".avant-import.sqlite"
MANUAL_SUFFIX = ".sauvegarde.sqlite"
_STAMP_FORMAT = "%Y-%m-%d_%H-%M-%S-%f"
_STAMP_PATTERN = r"\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d-\d{6}"


def _stamped_name(path: Path, suffix: str) -> str:
    return f"{path.stem}.{datetime.now().strftime(_STAMP_FORMAT)}{suffix}"


def automatic_backups(path: Path, suffix: str = AUTOMATIC_SUFFIX) -> list[Path]:
    """Backups made automatically of ``path`` for one reason (``suffix``), oldest first."""
    pattern = re.compile(re.escape(path.stem) + r"\." + _STAMP_PATTERN + re.escape(suffix))
    if not path.parent.is_dir():
        return []
    return sorted(p for p in path.parent.iterdir() if pattern.fullmatch(p.name))


def copy_database(source: Path, destination: Path, timeout: float = BUSY_TIMEOUT) -> Path:
    """Copy ``source`` into the new file ``destination``; nothing is left behind on failure."""
    if destination.exists():
        raise DatabaseFileError(
            f"Le fichier « {destination} » existe déjà : choisissez un autre nom de sauvegarde.")
    if not destination.parent.is_dir():
        raise DatabaseFileError(f"Le dossier « {destination.parent} » n'existe pas.")
    try:
        with translated_errors(destination):
            _online_backup(source, destination, timeout)
    except BaseException:
        destination.unlink(missing_ok=True)
        raise
    log.info("copied %s to %s", source, destination)
    return destination


def _online_backup(source: Path, destination: Path, timeout: float) -> None:
    reader = sqlite3.connect(source, timeout=timeout)
    try:
        writer = sqlite3.connect(destination, timeout=timeout)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode=DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def backup_database(source: Path, destination: Path | None = None,
                    timeout: float = BUSY_TIMEOUT) -> Path:
    """A copy the user asked for: into ``destination`` (a file or a folder), else beside."""
    if destination is None:
        destination = source.parent
    if destination.is_dir():
        destination = destination / _stamped_name(source, MANUAL_SUFFIX)
    return copy_database(source, destination, timeout)


def backup_before_upgrade(path: Path, timeout: float = BUSY_TIMEOUT) -> Path:
    """Copy ``path`` beside itself before a migration, keeping the last few copies."""
    return _automatic_backup(path, AUTOMATIC_SUFFIX, timeout)


def backup_before_import(path: Path, timeout: float = BUSY_TIMEOUT) -> Path:
    """Copy ``path`` beside itself before an import changes stored records, keeping the
    last few copies."""
    return _automatic_backup(path, IMPORT_SUFFIX, timeout)


def _automatic_backup(path: Path, suffix: str, timeout: float) -> Path:
    saved = copy_database(path, path.with_name(_stamped_name(path, suffix)), timeout)
    for old in automatic_backups(path, suffix)[:-KEPT_BACKUPS]:
        old.unlink()
        log.info("removed old backup %s", old)
    return saved
