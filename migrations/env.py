"""Alembic environment: batch mode on SQLite, the models' metadata and naming convention.

The app passes its own connection (already inside a transaction, foreign keys
off) through ``config.attributes``; a developer running the ``alembic`` command
gets an engine on ``INGENIERIE_DB`` instead.

Objects written by hand for SQLite only have no model, so autogenerate leaves
them alone: everything named ``search_*`` (the full-text search machinery) or
``match_ix_*`` (expression indexes that find a stored record by its matching key) and
any virtual table with its shadow tables.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine

from ingenierie.models import Base

config = context.config

UNMODELLED_PREFIXES = ("search_", "match_ix_")


def virtual_tables(connection: Connection) -> list[str]:
    if connection.dialect.name != "sqlite":
        return []
    rows = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND upper(sql) LIKE 'CREATE VIRTUAL TABLE%'")
    return [row[0] for row in rows]


def run_on(connection: Connection) -> None:
    unmodelled = virtual_tables(connection)

    def include_name(name: str | None, type_: str, _parents: object) -> bool:
        if name is None:
            return True
        if name.startswith(UNMODELLED_PREFIXES):
            return False
        return type_ != "table" or not any(
            name == table or name.startswith(f"{table}_") for table in unmodelled)

    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    location = os.environ["INGENIERIE_DB"]  # a file's path, or the database's URL
    url = config.get_main_option("sqlalchemy.url") or (
        location if "://" in location else f"sqlite:///{location}")
    engine = create_engine(url)
    with engine.begin() as own_connection:
        run_on(own_connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported.")
run_migrations()
