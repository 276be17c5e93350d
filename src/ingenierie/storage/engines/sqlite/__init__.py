"""SQLite, the engine of a database kept in one file on the user's computer.

:class:`SqliteBackend` is the ``storage.engines.base.Backend`` of
``sqlite:///path`` locations: pragmas and write lock (``connection``), file
checks (``inspection``), French errors (``failures``), online backups
(``backup``), bulk-write tuning (``tuning``, ``search_index``), FTS5 search
(``search``) and the key form (``keys``). A location's ``?timeout=`` gives how
long, in seconds, a writer waits for another one (5 by default).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import Connection, Engine

from ingenierie.config import DatabaseLocation
from ingenierie.errors import DatabaseFileError
from ingenierie.storage.engines.base import Scripts, TextSearch
from ingenierie.storage.engines.sqlite import backup, keys, opening
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

    def open(self, migrations: Scripts, *, create: bool, verify: bool) -> Engine:
        return opening.open_file(self.path, migrations, create=create, verify=verify,
                                 timeout=self.timeout)

    def writing(self, engine: Engine) -> Engine:
        return writing(engine)

    def translated_errors(self) -> AbstractContextManager[None]:
        return translated_errors(self.path)

    def tuned_for_bulk(self, connection: Connection, *, cache_kib: int) -> SqliteBulkTuning:
        return SqliteBulkTuning(connection, cache_kib)

    def backup(self, destination: Path | None) -> Path:
        return backup.backup_database(self.path, destination, self.timeout)

    def backup_before_import(self) -> Path:
        return backup.backup_before_import(self.path, self.timeout)

    @staticmethod
    def schema_change(engine: Engine) -> AbstractContextManager[Connection]:
        return opening.schema_change(engine)
