"""SQLite, the engine of a database kept in one file on the user's computer.

:class:`SqliteBackend` is the ``storage.engines.base.Backend`` of
``sqlite:///path`` locations: pragmas and write lock (``connection``), file
checks (``inspection``), French errors (``failures``), online backups
(``backup``), bulk-write tuning (``tuning``, ``search_index``), FTS5 search
(``search``) and the key form (``keys``). A location's ``?timeout=`` gives how
long, in seconds, a writer waits for another one (5 by default); its password, the
passphrase of an encrypted (SQLCipher) file (``driver``).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import Connection, Engine

from ingenierie.config import DatabaseLocation
from ingenierie.errors import DatabaseFileError
from ingenierie.storage.backups import BackupInfo, Health
from ingenierie.storage.engines.base import Scripts, TextSearch
from ingenierie.storage.engines.sqlite import (
    backup,
    cipher,
    driver,
    keys,
    opening,
    placement,
    safekeeping,
    scrubbing,
)
from ingenierie.storage.engines.sqlite.connection import BUSY_TIMEOUT, writing
from ingenierie.storage.engines.sqlite.failures import translated_errors
from ingenierie.storage.engines.sqlite.search import Fts5Search
from ingenierie.storage.engines.sqlite.tuning import SqliteBulkTuning

__all__ = ["SqliteBackend", "keys"]  # ``keys`` registers how SQLite reads a key


def _timeout(location: DatabaseLocation, busy_timeout: float | None) -> float:
    options = dict(location.url.query)
    text = options.pop("timeout", None)
    if options:
        raise DatabaseFileError(
            f"Option inconnue dans l'adresse de la base de données « {location} » : "
            f"{', '.join(sorted(options))} (seule « timeout » est reconnue).")
    if busy_timeout is not None:
        return busy_timeout
    if text is None:
        return BUSY_TIMEOUT
    try:
        value = float(text if isinstance(text, str) else text[0])
    except ValueError:
        value = -1.0
    if not 0 <= value <= 3600:
        raise DatabaseFileError(
            f"« timeout={text} » : attendu un nombre de secondes entre 0 et 3600.")
    return value


def _staging(prepare: Callable[[DatabaseLocation], None],
             passphrase: str | None) -> Callable[[Path], None]:
    """``prepare`` given the staged file as a location opening it like the database."""
    return lambda path: prepare(DatabaseLocation.of_file(path).with_passphrase(passphrase))


class SqliteBackend:
    """A database in one SQLite file; see the package's docstring."""

    search: TextSearch = Fts5Search()

    def __init__(self, location: DatabaseLocation, *, busy_timeout: float | None = None
                 ) -> None:
        path = location.file
        if path is None:
            raise DatabaseFileError(
                f"« {location} » ne désigne pas un fichier de base de données.")
        self.location = location
        self.path = path
        self.timeout = _timeout(location, busy_timeout)
        self.driver = driver.for_key(location.url.password)

    def open(self, migrations: Scripts, *, create: bool, verify: bool) -> Engine:
        with driver.using(self.driver):
            return opening.open_file(self.path, migrations, create=create, verify=verify,
                                     timeout=self.timeout)

    def writing(self, engine: Engine) -> Engine:
        return writing(engine)

    def translated_errors(self) -> AbstractContextManager[None]:
        return translated_errors(self.path)

    def tuned_for_bulk(self, connection: Connection, *, cache_kib: int) -> SqliteBulkTuning:
        return SqliteBulkTuning(connection, cache_kib)

    def backup(self, destination: Path | None) -> Path:
        with driver.using(self.driver):
            return backup.backup_database(self.path, destination, self.timeout)

    def backup_before_import(self) -> Path:
        with driver.using(self.driver):
            return backup.backup_before_import(self.path, self.timeout)

    def backup_daily(self, folder: Path | None) -> Path | None:
        with driver.using(self.driver):
            return safekeeping.daily_backup(self.path, folder or self.path.parent,
                                            self.timeout)

    def backups(self, folders: list[Path]) -> list[BackupInfo]:
        with driver.using(self.driver):
            return [safekeeping.describe_backup(*found)
                    for found in safekeeping.list_backups(self.path, folders)]

    def verify_backup(self, backup_path: Path) -> bool:
        with driver.using(self.driver):
            return backup.passes_check(backup_path)

    def last_good_backup(self, folders: list[Path]) -> Path | None:
        with driver.using(self.driver):
            return safekeeping.last_good_backup(self.path, folders)

    def restore(self, backup_path: Path, migrations: Scripts,
                prepare: Callable[[DatabaseLocation], None] | None = None) -> Path:
        staging = None if prepare is None else _staging(prepare, self.location.passphrase)
        with driver.using(self.driver):
            return safekeeping.restore_backup(self.path, backup_path, migrations, self.timeout,
                                              staging)

    def check(self, migrations: Scripts) -> Health:
        with driver.using(self.driver):
            return safekeeping.check_health(self.path, migrations, self.timeout)

    def export_copy(self, destination: Path, passphrase: str | None) -> Path:
        with driver.using(self.driver):
            return cipher.export_copy(self.path, destination, passphrase, self.timeout)

    def change_passphrase(self, passphrase: str) -> Path:
        with driver.using(self.driver):
            return cipher.rekey(self.path, passphrase, self.timeout)

    def placement_warning(self) -> str | None:
        return placement.placement_warning(self.path)

    def purge(self, connection: Connection) -> None:
        scrubbing.purge(connection)

    def compact(self, engine: Engine) -> None:
        with driver.using(self.driver):
            scrubbing.compact(engine)

    @staticmethod
    def schema_change(engine: Engine) -> AbstractContextManager[Connection]:
        return opening.schema_change(engine)
