"""Copies of the database made with SQLite's online backup API, kept beside the file."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

KEPT_BACKUPS = 5
_SUFFIX = ".sauvegarde.sqlite"


def backups_of(path: Path) -> list[Path]:
    """Automatic backups of ``path``, oldest first."""
    return sorted(path.parent.glob(f"{path.stem}.*{_SUFFIX}"))


def backup_database(path: Path, destination: Path | None = None) -> Path:
    """Copy a live database consistently, even while it is open in WAL mode."""
    if destination is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        destination = path.with_name(f"{path.stem}.{stamp}{_SUFFIX}")
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(destination)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return destination


def prune_backups(path: Path, keep: int = KEPT_BACKUPS) -> list[Path]:
    """Remove all but the ``keep`` newest automatic backups; return what was removed."""
    stale = backups_of(path)[:-keep] if keep else backups_of(path)
    for old in stale:
        old.unlink()
    return stale
