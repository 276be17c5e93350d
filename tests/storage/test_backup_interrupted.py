"""A copy cut short never bears a backup's name: killed, failed or damaged, it leaves at most
a hidden temporary file, removed by the next copy, and never counts among the five kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingenierie.cli import main
from ingenierie.errors import DamagedDatabaseError, DatabaseFileError
from ingenierie.storage import Database
from ingenierie.storage.engines.sqlite.backup import (
    IMPORT_SUFFIX,
    KEPT_BACKUPS,
    MANUAL_SUFFIX,
    UNFINISHED,
    automatic_backups,
    backup_before_import,
    copy_database,
    passes_check,
)


def unfinished(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if UNFINISHED in p.name)


def test_a_killed_copy_left_behind_is_removed_by_the_next_and_never_counted(
        db: Database) -> None:
    made = [backup_before_import(db.location.file) for _ in range(KEPT_BACKUPS)]
    # What a copy killed half-way leaves: its hidden temporary file and journal.
    left = db.location.file.with_name(f".{made[0].name}.0badc0de{UNFINISHED}")
    left.write_bytes(made[0].read_bytes()[:1000])
    Path(f"{left}-journal").write_bytes(b"\0" * 512)
    assert automatic_backups(db.location.file, IMPORT_SUFFIX) == made

    newest = backup_before_import(db.location.file)

    assert unfinished(db.location.file.parent) == []
    assert automatic_backups(db.location.file, IMPORT_SUFFIX) == [*made[1:], newest]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows: no flock; an open file cannot "
                    "be deleted there anyway")
def test_a_copy_being_made_by_another_process_is_left_alone(db: Database,
                                                            tmp_path: Path) -> None:
    """The temporary file is locked while its copy runs: a second copy does not remove it."""
    busy = tmp_path / f".en-cours.sqlite.1234abcd{UNFINISHED}"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, time\n"
         "f = open(sys.argv[1], 'xb'); fcntl.flock(f, fcntl.LOCK_EX)\n"
         "print('held', flush=True); time.sleep(60)", str(busy)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        copy_database(db.location.file, tmp_path / "copie.sqlite")
        assert busy.exists()
    finally:
        holder.kill()
        holder.communicate()
    copy_database(db.location.file, tmp_path / "copie-2.sqlite")
    assert not busy.exists()


def test_a_copy_that_fails_its_check_is_not_kept(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "abimee.sqlite"
    copy_database(db.location.file, source)
    header = source.read_bytes()[:100]
    page_size = int.from_bytes(header[16:18], "big")
    pages = int.from_bytes(header[28:32], "big")
    with source.open("r+b") as handle:  # a page in the middle overwritten with garbage
        handle.seek(page_size * (pages // 2))
        handle.write(bytes([0x0D, 0xFF]) + b"\xa5" * (page_size - 2))
    destination = tmp_path / "copie.sqlite"

    with pytest.raises(DatabaseFileError,
                       match="ne passe pas la vérification d'intégrité") as raised:
        copy_database(source, destination)

    # Damaged, not just unreadable: the window offers the last good backup.
    assert isinstance(raised.value, DamagedDatabaseError)

    assert not destination.exists() and unfinished(tmp_path) == []


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database big enough for its copy to take a while (about 30 MB)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["--db", str(path), "init"]) == 0
    assert main(["--db", str(path), "demo", "--size", "10000"]) == 0
    return path


def backup_process(database: Path, folder: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "ingenierie", "--db", str(database),
                             "backup", str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_backup_killed_at_any_moment_leaves_only_good_copies(demo_database: Path,
                                                             tmp_path: Path) -> None:
    started = time.monotonic()
    assert backup_process(demo_database, tmp_path).wait() == 0
    duration = time.monotonic() - started  # start-up, checks, copy, check of the copy
    for eighth in range(2, 9):  # killed from a quarter of the way to the very end
        process = backup_process(demo_database, tmp_path)
        time.sleep(duration * eighth / 8)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()

    copies = sorted(p for p in tmp_path.iterdir() if p.name.endswith(MANUAL_SUFFIX))
    assert copies and all(passes_check(copy) for copy in copies)
    assert backup_process(demo_database, tmp_path).wait() == 0
    assert unfinished(tmp_path) == []  # what the killed copies left was removed
