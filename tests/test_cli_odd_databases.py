"""Odd database files given to every command, in a real process: missing, zero-byte, empty
SQLite, missing one of our tables, a damaged page in the middle. Only ``init`` creates a
database; nothing is ever written into a file that is refused."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest
from migration_support import execute
from test_cli import ingenierie

sys.path.insert(0, str(Path(__file__).parent / "services" / "importing"))
import fixtures

pytestmark = pytest.mark.slow

COMMANDS = (("info",), ("backup",), ("demo", "--size", "50"), ("import", "LISTE"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def command(args: tuple[str, ...], tmp_path: Path) -> list[str | Path]:
    return [fixtures.clean_people(tmp_path) if a == "LISTE" else a for a in args]


def damage_a_middle_page(path: Path) -> None:
    """Overwrite one page in the middle of the file with garbage, as a failing disk would.

    The header is read as bytes: a connection would leave a -wal beside the file."""
    header = path.read_bytes()[:100]
    page_size, pages = int.from_bytes(header[16:18], "big"), int.from_bytes(header[28:32], "big")
    with path.open("r+b") as handle:
        handle.seek(page_size * (pages // 2))
        handle.write(bytes([0x0D, 0xFF]) + b"\xa5" * (page_size - 2))
    check = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:  # a damaged page of the schema makes the check itself fail
        verdict = check.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError:
        verdict = None
    finally:
        check.close()
    assert verdict != ("ok",)


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_only_init_creates_a_database(tmp_path: Path, args: tuple[str, ...]) -> None:
    for missing in (tmp_path / "absente.sqlite", tmp_path / "dossier" / "absente.sqlite"):
        done = ingenierie("--db", missing, *command(args, tmp_path))
        assert done.returncode == 2, done.stderr
        assert f"La base de données « {missing} » n'existe pas. Pour en créer une : " \
               "« ingenierie init »" in done.stderr
        assert not missing.exists() and not missing.parent.joinpath("absente.sqlite-wal").exists()
    assert not (tmp_path / "dossier").exists()
    created = tmp_path / "dossier" / "nouvelle.sqlite"
    assert ingenierie("--db", created, "init").returncode == 0
    assert created.exists()


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_a_zero_byte_or_empty_sqlite_file_is_refused_and_left_as_it_was(
        tmp_path: Path, args: tuple[str, ...]) -> None:
    zero = tmp_path / "vide.sqlite"
    zero.touch()
    empty = tmp_path / "sqlite-vide.sqlite"
    sqlite3.connect(empty).execute("PRAGMA user_version = 0").connection.close()
    before = digest(empty)
    for path in (zero, empty):
        done = ingenierie("--db", path, *command(args, tmp_path))
        assert done.returncode == 2, done.stderr
        assert f"La base de données « {path} » est vide : ce n'est pas encore une base de " \
               "données." in done.stderr
    assert zero.stat().st_size == 0 and digest(empty) == before
    assert sorted(p.name for p in tmp_path.iterdir() if "sqlite" in p.name) == \
        ["sqlite-vide.sqlite", "vide.sqlite"]  # no copy, no -wal left behind


@pytest.mark.parametrize("args", [("info",), ("init",), ("demo", "--size", "50")],
                         ids=lambda a: a[0])
def test_a_database_missing_one_of_our_tables_is_called_incomplete(
        db_path: Path, args: tuple[str, ...]) -> None:
    assert ingenierie("--db", db_path, "init").returncode == 0
    execute(db_path, "DROP TABLE funding")
    before = digest(db_path)
    done = ingenierie("--db", db_path, *args)
    assert done.returncode == 2, done.stderr
    assert f"La base de données « {db_path} » est incomplète : il lui manque 1 table(s) " \
           "(funding)." in done.stderr
    assert "prête" not in done.stdout
    assert digest(db_path) == before


def test_a_damaged_page_is_told_by_every_command_and_nothing_is_written(
        db_path: Path, tmp_path: Path) -> None:
    assert ingenierie("--db", db_path, "init").returncode == 0
    assert ingenierie("--db", db_path, "demo", "--size", "300").returncode == 0
    damage_a_middle_page(db_path)
    before = digest(db_path)
    copies = tmp_path / "copies"
    copies.mkdir()
    for args in (("info",), ("init",), ("demo", "--size", "50", "--append"),
                 ("backup", copies), ("import", fixtures.clean_people(tmp_path))):
        done = ingenierie("--db", db_path, *args)
        assert done.returncode == 2, (args, done.stderr)
        assert "endommagée" in done.stderr, done.stderr
        assert digest(db_path) == before
    assert list(copies.iterdir()) == []  # no copy failing the check, no temporary file
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(
        db_path.stem)) == [db_path.name]
