"""Another program holds the write lock: every write path waits its turn, then says so.

Real processes. One holds ``BEGIN IMMEDIATE`` on the database file; meanwhile a
service write, ``ingenierie import``, ``ingenierie demo --append`` and the import
through the service API each end with the French « occupée » message (the CLI:
``Erreur : …``, exit 2), and nothing is written. Two imports started together:
the second waits for the first, and both succeed.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from ingenierie.errors import DatabaseFileError
from ingenierie.services.importing.pipeline import run_import
from ingenierie.services.projects.project import ProjectInput, create_project
from ingenierie.storage import open_database

sys.path.insert(0, str(Path(__file__).parent / "services" / "importing"))
import fixtures

BUSY = "est occupée par un autre programme"
#: Seconds a writer waits for the lock here: short, the lock is never released meanwhile.
SHORT_WAIT = 0.3

LOCKER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("verrouillé", flush=True)
sys.stdin.read()  # the lock is held until the test closes this pipe
connection.execute("ROLLBACK")
"""


class Locker:
    """Another program holding the write lock of a database file until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", LOCKER, str(path)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True)
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "verrouillé"

    def release(self) -> None:
        """Let the other program roll back and end; its lock goes with it."""
        self.process.communicate(timeout=30)


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ingenierie", *map(str, args)],
                          capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def row_counts(path: Path) -> dict[str, int]:
    """Rows of every table of the file, read by SQLite itself."""
    with closing(sqlite3.connect(path)) as raw:
        tables = [name for (name,) in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: raw.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                for table in tables}


@pytest.fixture
def filled(db_path: Path, tmp_path: Path) -> Path:
    """A database that already holds people, organisations and a project."""
    with open_database(db_path) as db:
        run_import(db, fixtures.title_block_merged(tmp_path))
        create_project(db, ProjectInput(title="Tiers-lieu de Carhaix"))
    return db_path


@pytest.fixture
def locked(filled: Path) -> Iterator[Locker]:
    locker = Locker(filled)
    yield locker
    locker.release()


@pytest.mark.slow
def test_every_write_path_says_the_database_is_busy_and_writes_nothing(
        filled: Path, locked: Locker, tmp_path: Path) -> None:
    before = row_counts(filled)
    people = fixtures.clean_people(tmp_path, rows=30)
    url = f"sqlite:///{filled}?timeout={SHORT_WAIT}"

    with open_database(filled, busy_timeout=SHORT_WAIT) as db:
        with pytest.raises(DatabaseFileError, match=BUSY):
            create_project(db, ProjectInput(title="Fabrique de Rostrenen"))
        with pytest.raises(DatabaseFileError, match=BUSY):
            run_import(db, people)
    for command in (("import", people), ("import", people, "--dry-run"),
                    ("demo", "--append", "--size", "50")):
        done = cli("--db", url, *command)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert done.stderr.splitlines()[-1].startswith("Erreur : La base de données « "), \
            done.stderr
        assert BUSY in done.stderr and "Désolé" not in done.stderr

    locked.release()
    assert row_counts(filled) == before
    with open_database(filled, busy_timeout=SHORT_WAIT) as db:  # free again: it writes
        assert create_project(db, ProjectInput(title="Fabrique de Rostrenen")).changes


@pytest.mark.slow
def test_two_imports_started_together_both_succeed(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    people = fixtures.clean_people(tmp_path, rows=300)
    organisations = fixtures.title_block_merged(tmp_path)
    url = f"sqlite:///{db_path}?timeout=60"
    for _round in range(3):
        started = [subprocess.Popen(
            [sys.executable, "-m", "ingenierie", "--db", url, "import", path],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"}) for path in (people, organisations)]
        for process in started:
            out, err = process.communicate(timeout=300)
            assert process.returncode == 0, out + err
            assert "Import terminé" in out
    counts = row_counts(db_path)
    assert counts["stakeholder"] > 300
    with closing(sqlite3.connect(db_path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
