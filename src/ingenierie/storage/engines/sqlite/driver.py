"""Which SQLite library opens a file: Python's ``sqlite3``, or SQLCipher for an encrypted one.

An encrypted database (SQLCipher, AES-256, through the ``sqlcipher3`` wheel) is the
same SQLite database with every page encrypted: its header is not « SQLite format
3 » but random bytes. Its passphrase rides in the location's URL as the password,
in memory only (``sqlite://:phrase@/chemin``; a location is shown and remembered
without it). Every connection the engine opens — for work, inspection, backups,
checks — goes through :func:`connect`, which uses the library and key of the
backend running (:func:`using`, a context variable set around each of its calls),
so the rest of ``engines.sqlite`` works the same on both.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

try:
    from sqlcipher3 import dbapi2 as sqlcipher
except ImportError:  # the optional wheel is not installed
    sqlcipher = None

ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + (
    (sqlcipher.Error,) if sqlcipher is not None else ())
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,) + (
    (sqlcipher.DatabaseError,) if sqlcipher is not None else ())
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,) + (
    (sqlcipher.OperationalError,) if sqlcipher is not None else ())


@dataclass(frozen=True, slots=True)
class Driver:
    """A library and, for an encrypted database, its passphrase."""

    module: ModuleType
    key: str | None = None

    @property
    def encrypted(self) -> bool:
        return self.key is not None


PLAIN = Driver(sqlite3)
_current: ContextVar[Driver] = ContextVar("sqlite_driver", default=PLAIN)


def available() -> bool:
    """Whether encrypted databases can be opened here (the ``sqlcipher3`` wheel)."""
    return sqlcipher is not None


def for_key(key: str | None) -> Driver:
    if key is None:
        return PLAIN
    if sqlcipher is None:
        from ingenierie.errors import DatabaseFileError
        raise DatabaseFileError(
            "Le chiffrement des bases de données demande le module « sqlcipher3 » "
            "(pip install sqlcipher3), qui n'est pas installé.")
    return Driver(sqlcipher, key)


@contextmanager
def using(driver: Driver) -> Iterator[None]:
    token = _current.set(driver)
    try:
        yield
    finally:
        _current.reset(token)


def current() -> Driver:
    return _current.get()


def quoted(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def keyed(connection: Any, key: str | None) -> Any:
    """Give a fresh connection its key (SQLCipher's logging to stderr silenced)."""
    if key is not None:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {quoted(key)}")
    return connection


def connect(target: str | Path, *, uri: bool = False, timeout: float = 5.0) -> Any:
    """A DB-API connection to ``target`` with the current library and key."""
    driver = current()
    return keyed(driver.module.connect(str(target), uri=uri, timeout=timeout), driver.key)
