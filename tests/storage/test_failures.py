"""A locked file or a full disk reaches the user as a French DatabaseFileError."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ingenierie.errors import DatabaseFileError
from ingenierie.models import Theme
from ingenierie.storage import Database, engine, open_database


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give up on a lock after 0.1 s instead of 5 s, to keep the suite quick."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)


@pytest.fixture
def other_writer(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the write lock of the database."""
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    yield connection
    if connection.in_transaction:
        connection.execute("ROLLBACK")
    connection.close()


@pytest.mark.usefixtures("short_wait")
def test_write_while_another_program_holds_the_lock(
        db: Database, other_writer: sqlite3.Connection) -> None:
    with pytest.raises(DatabaseFileError, match="occupée par un autre programme"), \
            db.session() as session:
        session.add(Theme(name="Numérique"))
    other_writer.execute("ROLLBACK")
    with db.session() as session:
        session.add(Theme(name="Numérique"))
    with db.session() as session:
        assert session.scalar(select(Theme.name).where(Theme.name == "Numérique"))


@pytest.mark.usefixtures("short_wait")
def test_opening_a_file_another_program_locked_exclusively(db_path: Path) -> None:
    open_database(db_path).close()
    locker = sqlite3.connect(db_path, isolation_level=None)
    try:
        locker.execute("PRAGMA locking_mode=EXCLUSIVE")
        locker.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseFileError, match="occupée par un autre programme"):
            open_database(db_path)
    finally:
        locker.execute("ROLLBACK")
        locker.close()


def test_full_disk_is_told_and_nothing_is_half_written(db: Database) -> None:
    with pytest.raises(DatabaseFileError, match="Le disque est plein"), \
            db.session() as session:
        connection = session.connection()
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")  # no room left
        session.add(Theme(name="Thème très long " * 5_000))
        session.flush()
    with db.session() as session:
        assert session.scalar(select(Theme).where(Theme.name.startswith("Thème très"))) is None


def test_constraint_errors_are_left_to_the_services(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Theme(name="Santé"))  # shipped theme: the name is unique
