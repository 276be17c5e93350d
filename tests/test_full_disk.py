"""A disk that fills up during a bulk write: told in French (exit 2), nothing kept.

The database sits on a small RAM file system (a tmpfs, which only root may mount:
skipped otherwise), filled up but for a little room. ``ingenierie import`` and
``ingenierie demo --append`` then run out of space halfway through their
transaction; the database is left as it was.
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

from ingenierie.services.opening import open_for_use
from ingenierie.services.projects.project import ProjectInput, create_project

sys.path.insert(0, str(Path(__file__).parent / "services" / "importing"))
import fixtures

ROOM_LEFT = 256 * 1024  # bytes: the file system's free space once filled up


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if getattr(os, "geteuid", lambda: -1)() != 0:
        pytest.skip("mounting a small file system needs root")
    folder = tmp_path / "petit-disque"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr!r}")
    yield folder
    subprocess.run(["umount", str(folder)], capture_output=True, check=True)


def fill_up(folder: Path) -> None:
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    (folder / "remplissage.bin").write_bytes(b"\0" * max(0, free - ROOM_LEFT))


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ingenierie", *map(str, args)],
                          capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def state(path: Path) -> tuple[str, dict[str, int]]:
    with closing(sqlite3.connect(path)) as raw:
        check = raw.execute("PRAGMA integrity_check").fetchone()[0]
        return check, {table: raw.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                       for (table,) in raw.execute(
                           "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}


@pytest.mark.slow
def test_a_full_disk_during_an_import_or_the_demo_is_told_and_nothing_is_kept(
        small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "territoire.sqlite"
    with open_for_use(path) as db:
        create_project(db, ProjectInput(title="Tiers-lieu de Carhaix"))
    people = fixtures.clean_people(tmp_path, rows=4000)
    fill_up(small_disk)
    before = state(path)
    assert before[0] == "ok"

    for command in (("import", people, "--skip-invalid"),
                    ("demo", "--append", "--size", "4000")):
        done = cli("--db", path, *command)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert done.stderr.splitlines()[-1].startswith("Erreur : Le disque est plein"), \
            done.stderr
        assert state(path) == before
