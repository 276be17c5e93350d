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
from ingenierie.storage import Database, open_database

#: Seconds to wait for another program's lock: 0.1 rather than 5, to keep the suite quick.
SHORT_WAIT = 0.1


@pytest.fixture
def impatient(db_path: Path) -> Iterator[Database]:
    """The database, opened to give up on a lock after :data:`SHORT_WAIT`."""
    with open_database(db_path, busy_timeout=SHORT_WAIT) as database:
        yield database


@pytest.fixture
def other_writer(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the write lock of the database."""
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    yield connection
    if connection.in_transaction:
        connection.execute("ROLLBACK")
    connection.close()


def test_write_while_another_program_holds_the_lock(
        impatient: Database, other_writer: sqlite3.Connection) -> None:
    db = impatient
    with pytest.raises(DatabaseFileError, match="occupée par un autre programme"), \
            db.write() as session:
        session.add(Theme(name="Numérique"))
    other_writer.execute("ROLLBACK")
    with db.write() as session:
        session.add(Theme(name="Numérique"))
    with db.read() as session:
        assert session.scalar(select(Theme.name).where(Theme.name == "Numérique"))


def test_opening_a_file_another_program_locked_exclusively(db_path: Path) -> None:
    open_database(db_path).close()
    locker = sqlite3.connect(db_path, isolation_level=None)
    try:
        locker.execute("PRAGMA locking_mode=EXCLUSIVE")
        locker.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseFileError, match="occupée par un autre programme"):
            open_database(db_path, busy_timeout=SHORT_WAIT)
    finally:
        locker.execute("ROLLBACK")
        locker.close()


def test_full_disk_is_told_and_nothing_is_half_written(db: Database) -> None:
    with pytest.raises(DatabaseFileError, match="Le disque est plein"), \
            db.write() as session:
        connection = session.connection()
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")  # no room left
        session.add(Theme(name="Thème très long " * 5_000))
        session.flush()
    with db.read() as session:
        assert session.scalar(select(Theme).where(Theme.name.startswith("Thème très"))) is None


def test_constraint_errors_are_left_to_the_services(db: Database) -> None:
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(Theme(name="Santé"))  # shipped theme: the name is unique
