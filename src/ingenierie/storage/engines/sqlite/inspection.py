"""Looks at a database file before anything writes to it.

Every check opens the file read-only, so a file that is refused is left
byte-for-byte as it was. Databases written by Ingénierie carry
:data:`APPLICATION_ID` in their SQLite header, which tells a file from a newer
Ingénierie apart from another program's database.

Opening is cheap on the normal path: the header, the file's length against the
page count the header announces (a truncated copy) and the schema are read.
The full ``PRAGMA quick_check`` (hundreds of milliseconds on a big file) runs
only when :attr:`FileState.needs_full_check`: the app was not closed cleanly (a
``-wal`` file is left beside the database) or a migration is about to rewrite
the file. A page damaged elsewhere is met at its first read, where
``failures`` turns SQLite's "malformed" error into the same French
:class:`DatabaseFileError`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ingenierie.errors import (
    DamagedDatabaseError,
    DatabaseFileError,
    PassphraseRequired,
    WrongPassphrase,
)
from ingenierie.filesystem import is_read_only
from ingenierie.models import Base
from ingenierie.storage.engines.sqlite import driver
from ingenierie.storage.engines.sqlite.connection import BUSY_TIMEOUT
from ingenierie.storage.engines.sqlite.failures import translate

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
APPLICATION_ID = int.from_bytes(b"INGE", "big")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FileState:
    """What a database file holds, as far as opening it is concerned."""

    exists: bool
    revision: str | None
    application_id: int = 0
    unclean: bool = False
    """A ``-wal`` file was beside it: a crash, or another program has it open."""
    tables: frozenset[str] = frozenset()

    @property
    def holds_schema(self) -> bool:
        """False for a missing file, a zero-byte one or a SQLite file without any table."""
        return bool(self.tables)

    @property
    def marked_ours(self) -> bool:
        return self.application_id == APPLICATION_ID

    def needs_full_check(self, head: str) -> bool:
        """Every page is checked before a migration rewrites the file or after a crash."""
        return self.exists and (self.unclean or self.revision != head)


def _wal(path: Path) -> Path:
    return Path(f"{path}-wal")


def _read_only_uri(path: Path) -> str:
    """A URI that cannot write anything, not even the ``-wal`` and ``-shm`` files.

    Without a ``-wal`` file every committed page is in the file itself, and
    ``immutable`` keeps SQLite from creating the side files; with one, a plain
    read-only connection is needed to see the pages it holds.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not _wal(path).exists():
        uri += "&immutable=1"
    return uri


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(HEADER_SIZE)
    except OSError as error:
        raise DatabaseFileError(
            f"Impossible de lire le fichier « {path} » : {error.strerror}.") from error


def _truncated(header: bytes, file_size: int) -> bool:
    """Whether the file is shorter than the pages its header counts.

    The page count at offset 28 is trusted only when the change counter (24) matches
    the "version valid for" number (92), as SQLite itself does; pages written to a
    ``-wal`` file may legitimately be missing, so the caller skips this then.
    """
    if len(header) < HEADER_SIZE:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65_536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    valid = page_count > 0 and header[24:28] == header[92:96]
    return valid and file_size < page_size * page_count


def _read_schema(path: Path, timeout: float) -> tuple[set[str], str | None, int]:
    """Table names, Alembic revision and application id; DatabaseError if damaged."""
    connection = _connect_read_only(path, timeout)
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    finally:
        connection.close()
    return tables, revision, application_id


def _connect_read_only(path: Path, timeout: float) -> Any:
    return driver.connect(_read_only_uri(path), uri=True, timeout=timeout)


def read_only_connection(path: Path, timeout: float = BUSY_TIMEOUT) -> Any:
    """A connection that cannot write to ``path`` nor beside it (see ``_read_only_uri``)."""
    return _connect_read_only(path, timeout)


def _checked(path: Path, read: Callable[[], T]) -> T:
    """Run ``read``; a damaged file or an environmental failure becomes a French error."""
    try:
        return read()
    except driver.OPERATIONAL_ERRORS as error:  # locked, unreadable: not the file's fault
        raise translate(error, path) or _damaged_error(path) from error
    except driver.DATABASE_ERRORS as error:
        if driver.current().encrypted and translate(error, path) is not None and \
                "NOTADB" in (getattr(error, "sqlite_errorname", "") or ""):
            raise wrong_passphrase_error(path) from error
        raise _damaged_error(path) from error


def inspect_file(path: Path, timeout: float = BUSY_TIMEOUT) -> FileState:
    """Refuse what cannot be opened safely; say whether the file holds a schema.

    Cheap checks only: call :func:`check_integrity` too when
    :meth:`FileState.needs_full_check` says so.
    """
    if path.is_dir():
        raise DatabaseFileError(f"« {path} » est un dossier, pas un fichier de base de données.")
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=path.exists(), revision=None)
    header = _read_header(path)
    encrypted = driver.current().encrypted
    if not header.startswith(SQLITE_MAGIC) and not encrypted:
        if driver.available() and _looks_encrypted(header, path):
            raise PassphraseRequired(
                f"La base de données « {path} » est chiffrée : indiquez sa phrase de passe.")
        raise DatabaseFileError(
            f"Le fichier « {path} » n'est pas une base de données Ingénierie "
            "(ce n'est pas un fichier SQLite). Il n'a pas été modifié."
        )
    if header.startswith(SQLITE_MAGIC) and encrypted:
        raise DatabaseFileError(
            f"La base de données « {path} » n'est pas chiffrée : ouvrez-la sans phrase de "
            "passe.")
    unclean = _wal(path).exists()
    if not unclean and not encrypted and _truncated(header, path.stat().st_size):
        raise _damaged_error(path)
    tables, revision, application_id = _checked(path, lambda: _read_schema(path, timeout))
    if application_id not in (0, APPLICATION_ID) or (tables and revision is None):
        raise foreign_file_error(path)
    return FileState(exists=True, revision=revision, application_id=application_id,
                     unclean=unclean, tables=frozenset(tables))


def check_tables(path: Path, state: FileState) -> None:
    """A file at the current schema must hold every table of the models; one dropped by
    another tool (or a copy cut short) makes it incomplete, refused rather than half used."""
    missing = sorted(set(Base.metadata.tables) - state.tables)
    if missing:
        raise DatabaseFileError(
            f"La base de données « {path} » est incomplète : il lui manque "
            f"{len(missing)} table(s) ({', '.join(missing)}). Elle n'a pas été modifiée ; "
            "restaurez une sauvegarde.")


def check_integrity(path: Path, timeout: float = BUSY_TIMEOUT, *, full: bool = False) -> None:
    """SQLite's ``quick_check`` of every page (``integrity_check`` when ``full``: indexes
    against their tables too), read-only: refuse a damaged file."""
    pragma = "integrity_check" if full else "quick_check"

    def quick_check() -> None:
        connection = _connect_read_only(path, timeout)
        try:
            if connection.execute(f"PRAGMA {pragma}").fetchone() != ("ok",):
                raise sqlite3.DatabaseError("quick_check failed")
        finally:
            connection.close()
    _checked(path, quick_check)


def _looks_encrypted(header: bytes, path: Path) -> bool:
    """SQLCipher files are random bytes in whole pages (1024 or more): no text header."""
    size = path.stat().st_size
    return len(header) == HEADER_SIZE and size % 1024 == 0 and not header[:16].isascii()


def wrong_passphrase_error(path: Path) -> DatabaseFileError:
    return WrongPassphrase(
        f"Phrase de passe incorrecte pour la base de données « {path} ». Elle n'a pas été "
        "ouverte ni modifiée.")


def _damaged_error(path: Path) -> DatabaseFileError:
    return DamagedDatabaseError(
        f"La base de données « {path} » est endommagée et ne peut pas être ouverte. "
        "Elle n'a pas été modifiée ; restaurez une sauvegarde."
    )


def foreign_file_error(path: Path) -> DatabaseFileError:
    return DatabaseFileError(
        f"Le fichier « {path} » est une base SQLite d'une autre application. "
        "Il n'a pas été modifié."
    )


def check_writable(path: Path) -> None:
    """SQLite in WAL mode writes beside the file, so the folder must be writable too."""
    if path.exists() and is_read_only(path):
        raise DatabaseFileError(
            f"La base de données « {path} » est en lecture seule : "
            "Ingénierie ne peut pas y enregistrer vos modifications. "
            "Copiez-la dans un dossier où vous pouvez écrire, ou retirez la protection."
        )
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if is_read_only(folder):
        raise DatabaseFileError(
            f"Le dossier « {folder} » est en lecture seule : "
            f"Ingénierie ne peut pas y créer ou modifier la base de données « {path} »."
        )


def not_created_error(path: Path, state: FileState) -> DatabaseFileError:
    """A missing, empty or table-less file where a database was expected."""
    what = "est vide : ce n'est pas encore une base de données" if state.exists \
        else "n'existe pas"
    return DatabaseFileError(
        f"La base de données « {path} » {what}. Pour en créer une : « ingenierie init » "
        "ou, dans la fenêtre, Fichier ▸ Nouvelle base…")
