"""The SQLite engine: pragmas on every connection and transactions that include DDL.

Python's ``sqlite3`` (3.11) opens transactions itself and runs DDL outside them,
so a failed migration could leave a table behind. Following SQLAlchemy's
documented recipe, the driver's own transaction handling is switched off and
``BEGIN`` is emitted by SQLAlchemy, so schema changes roll back like data.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: the next may wait
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on ``path`` with the pragmas of ARCHITECTURE.md on every connection."""
    # URL.create, not an f-string: a "?" or "#" in a folder name would cut the path.
    # An unexpected error's message (logged with its traceback) must not quote the
    # values written: they are people's names, e-mails, notes.
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)),
                           hide_parameters=True)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine
