"""Shared fixtures: a real, migrated SQLite file in tmp_path, and an isolated user profile."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ingenierie.storage import Database, open_database


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep logs, settings and the default database out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                          ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("INGENIERIE_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ingenierie.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A freshly created and migrated database file."""
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def begins(db: Database) -> Iterator[list[object]]:
    """Every transaction begun on the database's engine from now on (one per session)."""
    begun: list[object] = []

    def note(connection: object) -> None:
        begun.append(connection)

    event.listen(db.engine, "begin", note)
    yield begun
    event.remove(db.engine, "begin", note)
