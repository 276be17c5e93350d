"""Bringing a database file to the schema this version of the app expects.

The upgrade runs in one transaction with foreign keys off (SQLite ignores the
pragma inside a transaction, and batch migrations recreate tables), and checks
``PRAGMA foreign_key_check`` before committing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import as_file, files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from ingenierie.errors import DatabaseFileError

log = logging.getLogger(__name__)


@contextmanager
def alembic_config(connection: Connection | None = None) -> Iterator[Config]:
    """An Alembic configuration whose scripts come from the installed package."""
    with as_file(files("ingenierie.migrations")) as location:
        config = Config()
        config.set_main_option("script_location", str(location))
        if connection is not None:
            config.attributes["connection"] = connection
        yield config


def head_revision() -> str:
    with alembic_config() as config:
        head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def is_known_revision(revision: str) -> bool:
    with alembic_config() as config:
        script = ScriptDirectory.from_config(config)
        return any(rev.revision == revision for rev in script.walk_revisions())


def ensure_known(path: Path, revision: str | None) -> None:
    """A revision this version does not know comes from a newer Ingénierie."""
    if revision is not None and not is_known_revision(revision):
        raise DatabaseFileError(
            f"La base de données « {path} » a été créée par une version plus récente "
            "d'Ingénierie. Mettez l'application à jour pour l'ouvrir ; le fichier n'a pas "
            "été modifié."
        )


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply every pending migration atomically; on failure nothing changes."""
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                with alembic_config(connection) as config:
                    command.upgrade(config, target)
                violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if violations:
                    raise RuntimeError(f"foreign key violations after migration: {violations[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    log.info("database schema at %s", target)


def downgrade(engine: Engine, target: str) -> None:
    """Used by the tests and by developers; the app itself only upgrades."""
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin(), alembic_config(connection) as config:
                command.downgrade(config, target)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
