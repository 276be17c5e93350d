"""Looks at a database file before anything writes to it.

Every check opens the file read-only, so a file that is refused is left
byte-for-byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ingenierie.errors import DatabaseFileError

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class FileState:
    """What a database file holds, as far as opening it is concerned."""

    exists: bool
    revision: str | None


def _read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def inspect_file(path: Path) -> FileState:
    """Refuse what cannot be opened safely; say whether the file holds a schema."""
    if path.is_dir():
        raise DatabaseFileError(f"« {path} » est un dossier, pas un fichier de base de données.")
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=path.exists(), revision=None)
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise DatabaseFileError(
            f"Le fichier « {path} » n'est pas une base de données Ingénierie "
            "(ce n'est pas un fichier SQLite). Il n'a pas été modifié."
        )
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            if connection.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise sqlite3.DatabaseError("quick_check failed")
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseFileError(
            f"La base de données « {path} » est endommagée et ne peut pas être ouverte. "
            "Elle n'a pas été modifiée ; restaurez une sauvegarde."
        ) from error
    if tables and revision is None:
        raise DatabaseFileError(
            f"Le fichier « {path} » est une base SQLite d'une autre application. "
            "Il n'a pas été modifié."
        )
    return FileState(exists=True, revision=revision)


def check_writable(path: Path) -> None:
    """SQLite in WAL mode writes beside the file, so the folder must be writable too."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseFileError(
            f"La base de données « {path} » est en lecture seule : "
            "Ingénierie ne peut pas y enregistrer vos modifications."
        )
    if not os.access(folder, os.W_OK):
        raise DatabaseFileError(
            f"Le dossier « {folder} » est en lecture seule : "
            "Ingénierie ne peut pas y créer ou modifier la base de données."
        )
