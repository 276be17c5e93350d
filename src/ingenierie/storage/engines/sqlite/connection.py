"""The SQLite engine: pragmas on every connection, transactions that include DDL, and
write transactions that take the write lock first.

Python's ``sqlite3`` (3.11) opens transactions itself and runs DDL outside them,
so a failed migration could leave a table behind. Following SQLAlchemy's
documented recipe, the driver's own transaction handling is switched off and
``BEGIN`` is emitted by SQLAlchemy, so schema changes roll back like data.

A write unit begins with ``BEGIN IMMEDIATE``: it waits (up to the busy timeout)
for another writer to finish before it reads anything. A plain ``BEGIN`` would
take the lock at the first write, and a writer that has read must then fail at
once rather than wait — dropping a search trigger at the start of an import
did exactly that while another import ran.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from ingenierie.storage.engines.sqlite import driver

#: How long a statement waits for another program's lock before giving up (seconds).
BUSY_TIMEOUT = 5.0
#: Execution option of the engine that write units use (see :func:`writing`).
WRITE_LOCK = "ingenierie_write_lock"


def _configure(busy_timeout_ms: int) -> Any:
    def configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")  # first: the next may wait
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()
    return configure_connection


def _begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get(WRITE_LOCK, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_sqlite_engine(path: Path, busy_timeout: float = BUSY_TIMEOUT) -> Engine:
    """An engine on ``path`` with the pragmas of ARCHITECTURE.md on every connection;
    a lock held by another program is waited for ``busy_timeout`` seconds."""
    # URL.create, not an f-string: a "?" or "#" in a folder name would cut the path.
    # An unexpected error's message (logged with its traceback) must not quote the
    # values written: they are people's names, e-mails, notes.
    key = driver.current().key
    url = URL.create("sqlite+pysqlcipher" if key is not None else "sqlite+pysqlite",
                     password=key, database=str(path))
    options: dict[str, Any] = {"poolclass": QueuePool} if key is not None else {}
    engine = create_engine(url, connect_args={"timeout": busy_timeout}, hide_parameters=True,
                           **options)
    event.listen(engine, "connect", _configure(round(busy_timeout * 1000)))
    event.listen(engine, "begin", _begin)
    return engine


def writing(engine: Engine) -> Engine:
    """The same engine (same connections), its transactions beginning with the write lock."""
    return engine.execution_options(**{WRITE_LOCK: True})
