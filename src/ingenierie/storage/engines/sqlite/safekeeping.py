"""Backups kept over time, checked, restored: the SQLite side of ``storage.backups``.

- The daily copy (:func:`daily_backup`) is made by SQLite's online backup, so it works
  while the window has the file open, and rotated (``backups.daily_to_remove``).
- :func:`list_backups` finds every copy of a database in the folders given, by name.
- :func:`restore_backup` first copies the current file (``avant-restauration``), then
  writes the backup's pages *into* the database with the online backup API: one
  write transaction of the database itself, so that a crash or ``kill -9`` leaves
  either the state before or the restored one, never a mix, and another program
  with the file open waits for the lock and then sees the restored data.
- :func:`check_health` is ``ingenierie check``: every page (``integrity_check``),
  the foreign keys and the schema revision, read-only.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ingenierie.errors import DamagedDatabaseError, DatabaseFileError
from ingenierie.storage.backups import BackupInfo, Health, Reason, daily_to_remove
from ingenierie.storage.engines.base import Scripts
from ingenierie.storage.engines.sqlite import backup, driver
from ingenierie.storage.engines.sqlite.failures import translated_errors
from ingenierie.storage.engines.sqlite.inspection import (
    check_integrity,
    inspect_file,
    not_created_error,
    read_only_connection,
)

log = logging.getLogger(__name__)

_DAMAGED_PAGES = "Des pages du fichier sont endommagées (vérification d'intégrité)."

_NAME = re.compile(
    r"\.(?P<stamp>\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d-\d{6})\.(?P<reason>[a-z-]+)\.sqlite")


def _parse(database: Path, candidate: Path) -> tuple[datetime, Reason] | None:
    if not candidate.name.startswith(database.stem + "."):
        return None
    match = _NAME.fullmatch(candidate.name[len(database.stem):])
    if match is None or match["reason"] not in Reason._value2member_map_:
        return None
    return datetime.strptime(match["stamp"], backup.STAMP_FORMAT), Reason(match["reason"])


def list_backups(database: Path, folders: list[Path]) -> list[tuple[Path, datetime, Reason]]:
    """Every copy of ``database`` in ``folders`` (its own folder always), newest first."""
    found: dict[Path, tuple[Path, datetime, Reason]] = {}
    for folder in dict.fromkeys([database.parent, *folders]):
        if not folder.is_dir():
            continue
        for candidate in folder.iterdir():
            parsed = _parse(database, candidate)
            if parsed is not None and candidate.is_file():
                found[candidate.resolve()] = (candidate, *parsed)
    return sorted(found.values(), key=lambda item: item[1], reverse=True)


def describe_backup(path: Path, made_at: datetime, reason: Reason) -> BackupInfo:
    """A copy with its size and, when it can be read, its counts and revision."""
    size = path.stat().st_size
    try:
        connection = read_only_connection(path)
        try:
            projects = connection.execute("SELECT count(*) FROM project").fetchone()[0]
            people = connection.execute(
                "SELECT count(*) FROM stakeholder WHERE nature = 'person'").fetchone()[0]
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except driver.ERRORS:
        return BackupInfo(path, made_at, reason, size)
    return BackupInfo(path, made_at, reason, size, projects, people,
                      revision[0] if revision else None)


def daily_backup(database: Path, folder: Path, timeout: float) -> Path | None:
    """Today's copy into ``folder``, unless one was made today; old ones rotated."""
    made = [(path, when) for path, when, reason in list_backups(database, [folder])
            if reason is Reason.DAILY and path.parent.resolve() == folder.resolve()]
    today = datetime.now().date()
    if any(when.date() == today for _, when in made):
        return None
    saved = backup.copy_database(database, folder / backup.stamped_name(
        database, f".{Reason.DAILY.value}.sqlite"), timeout)
    dropped = set(daily_to_remove([when for _, when in made] + [datetime.now()]))
    for path, when in made:
        if when in dropped:
            path.unlink(missing_ok=True)
            log.info("rotated out the daily backup %s", path)
    return saved


def last_good_backup(database: Path, folders: list[Path]) -> Path | None:
    """The newest copy that passes the check, if any."""
    return next((path for path, _, _ in list_backups(database, folders)
                 if backup.passes_check(path)), None)


def restore_backup(database: Path, source: Path, migrations: Scripts, timeout: float,
                   prepare: Callable[[Path], None] | None = None) -> Path:
    """Make ``database`` hold what ``source`` holds; returns the copy made of it first.
    ``prepare`` changes a staged copy of ``source`` first, and the staged data lands."""
    if not source.is_file() or not backup.passes_check(source):
        raise DatabaseFileError(
            f"La sauvegarde « {source} » est illisible ou endommagée : elle n'a pas été "
            "restaurée, et la base de données n'a pas été modifiée.")
    state = inspect_file(source, timeout)
    if state.revision is None or not migrations.is_known(state.revision):
        raise DatabaseFileError(
            f"« {source} » n'est pas une sauvegarde qu'Ingénierie peut restaurer (base "
            "d'une autre application ou d'une version plus récente). Rien n'a été modifié.")
    if prepare is None:
        saved = _put_in_place(database, source, timeout)
    else:
        with backup.staged_copy(source, database.parent, timeout) as staged:
            prepare(staged)
            saved = _put_in_place(database, staged, timeout)
    log.info("restored %s from %s (previous state kept in %s)", database, source, saved)
    return saved


def _put_in_place(database: Path, source: Path, timeout: float) -> Path:
    saved = _keep_current(database, timeout)
    try:
        with translated_errors(database):
            _pages_into(source, database, timeout)
    except DamagedDatabaseError:
        _swap_file(source, database, timeout)
    return saved


def _keep_current(database: Path, timeout: float) -> Path:
    """Copy the database before it is restored; a damaged one is copied byte for byte
    (the online backup refuses it), so that nothing is ever lost by a restore."""
    suffix = f".{Reason.BEFORE_RESTORE.value}.sqlite"
    try:
        return backup.copy_database(database, database.with_name(
            backup.stamped_name(database, suffix)), timeout)
    except DatabaseFileError:
        if not database.exists():
            raise
        kept = database.with_name(backup.stamped_name(database, suffix))
        shutil.copy2(database, kept)
        return kept


def _pages_into(source: Path, database: Path, timeout: float) -> None:
    """Every page of ``source`` written into ``database`` in one of its transactions."""
    reader = read_only_connection(source)
    try:
        writer = driver.connect(database, timeout=timeout)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()


def _swap_file(source: Path, database: Path, timeout: float) -> None:
    """For a database too damaged to be written into (its header lost): a checked copy of
    ``source`` renamed over it, its stale ``-wal`` and ``-shm`` removed first."""
    fresh = database.with_name(f".{database.name}.restauration")
    fresh.unlink(missing_ok=True)
    backup.copy_database(source, fresh, timeout)
    for companion in ("-wal", "-shm"):
        Path(f"{database}{companion}").unlink(missing_ok=True)
    os.replace(fresh, database)


def check_health(database: Path, migrations: Scripts, timeout: float) -> Health:
    """Every page, the foreign keys and the revision, read-only; French problems."""
    problems: list[str] = []
    try:
        state = inspect_file(database, timeout)  # refuses what is not a database of ours
    except DamagedDatabaseError:
        return Health(None, (_DAMAGED_PAGES,))
    if not state.holds_schema:  # nothing to check: a wrong path, not a damaged file
        raise not_created_error(database, state)
    try:
        check_integrity(database, timeout, full=True)
    except DatabaseFileError:
        problems.append(_DAMAGED_PAGES)
    else:
        connection = read_only_connection(database)
        try:
            violations = connection.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            connection.close()
        if violations:
            tables = sorted({row[0] for row in violations})
            problems.append(f"{len(violations)} ligne(s) désignent des éléments disparus "
                            f"(tables : {', '.join(tables)}).")
    if state.revision is not None and not migrations.is_known(state.revision):
        problems.append(f"Schéma {state.revision} inconnu de cette version d'Ingénierie.")
    return Health(state.revision, tuple(problems))
