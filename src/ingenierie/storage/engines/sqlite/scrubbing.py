"""Leaving no copy of erased values in the SQLite file or beside it.

An ``UPDATE`` leaves the old bytes in the freed space of the page, the FTS5 index
keeps the old words in its segments until they are merged, and the ``-wal`` file
holds old page images until a checkpoint. :func:`purge` runs in the erasure's
transaction (freed space zeroed, search index merged); :func:`compact` after its
commit rewrites the file (``VACUUM``) and empties the ``-wal``.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

SEARCH_TABLES = ("search_project", "search_stakeholder")


def purge(connection: Connection) -> None:
    connection.exec_driver_sql("PRAGMA secure_delete = ON")
    for table in SEARCH_TABLES:
        connection.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


def compact(engine: Engine) -> None:
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA secure_delete = ON")
        raw.execute("VACUUM")
        busy, _, _ = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("the write-ahead log could not be emptied: another program reads the file")
