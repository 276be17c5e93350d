"""Alembic environment: batch mode on SQLite, the models' metadata and naming convention.

The app passes its own connection (already inside a transaction, foreign keys
off) through ``config.attributes``; a developer running the ``alembic`` command
gets an engine on ``INGENIERIE_DB`` instead.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine

from ingenierie.models import Base

config = context.config


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or f"sqlite:///{os.environ['INGENIERIE_DB']}"
    engine = create_engine(url)
    with engine.begin() as own_connection:
        run_on(own_connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported.")
run_migrations()
