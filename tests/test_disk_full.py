"""A full disk, for real: a small tmpfs mounted for the test (root only), nearly filled,
then the commands run in their own process. Each says « le disque est plein » in French,
leaves no half file under the user's name and changes nothing it did not finish."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_cli import ingenierie

pytestmark = pytest.mark.slow


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[int, int], Path]]:
    """``small_disk(size, free)``: a tmpfs of ``size`` KiB with only ``free`` KiB left."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small file system (tmpfs) needs root")
    mounted: list[Path] = []

    def mount(size: int, free: int) -> Path:
        point = tmp_path / f"disque-{len(mounted)}"
        point.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}k", "tmpfs",
                               str(point)], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(point)
        (point / "remplissage").write_bytes(b"\0" * ((size - free) * 1024))
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False)


def people_csv(folder: Path, rows: int, *, bad_emails: bool = False) -> Path:
    path = folder / "contacts.csv"
    email = "pas-une-adresse" if bad_emails else "contact{}@exemple.fr"
    lines = ["Nom;Prénom;Courriel;Notes"] + [
        f"Nom{i};Prénom{i};{email.format(i)};{'une note assez longue ' * 8}"
        for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def people(db_path: Path) -> int:
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT count(*) FROM stakeholder WHERE nature = 'person'").fetchone()[0]
    finally:
        connection.close()


def left_on(disk: Path) -> list[str]:
    return sorted(p.name for p in disk.iterdir())


def test_a_backup_onto_a_full_disk_leaves_no_copy(db_path: Path, small_disk) -> None:
    assert ingenierie("--db", db_path, "init").returncode == 0
    assert ingenierie("--db", db_path, "demo", "--size", "300").returncode == 0
    disk = small_disk(2048, 64)

    done = ingenierie("--db", db_path, "backup", disk)

    assert done.returncode == 2, done.stderr
    assert "Le disque est plein" in done.stderr
    assert left_on(disk) == ["remplissage"]


def test_rejects_onto_a_full_disk_leave_nothing_imported_and_no_half_file(
        db_path: Path, tmp_path: Path, small_disk) -> None:
    assert ingenierie("--db", db_path, "init").returncode == 0
    source = people_csv(tmp_path, 3000, bad_emails=True)
    good = source.read_text(encoding="utf-8").replace("pas-une-adresse", "ok@exemple.fr", 10)
    source.write_text(good, encoding="utf-8")  # ten valid rows, the rest set aside
    disk = small_disk(1024, 16)

    done = ingenierie("--db", db_path, "import", source, "--skip-invalid",
                      "--rejects", disk / "rejets.xlsx")

    assert done.returncode == 2, done.stderr
    assert f"Le disque est plein : le fichier « {disk / 'rejets.xlsx'} » n'a pas pu être " \
           "écrit." in done.stderr
    assert "Exception ignored" not in done.stderr
    assert people(db_path) == 0  # the rejects are written before the commit
    assert left_on(disk) == ["remplissage"]


def test_the_template_onto_a_full_disk_leaves_no_half_file(small_disk) -> None:
    disk = small_disk(1024, 4)
    done = ingenierie("template", disk / "modele.xlsx")
    assert done.returncode == 2, done.stderr
    assert "Le disque est plein" in done.stderr
    assert left_on(disk) == ["remplissage"]


def stored_state(db_path: Path) -> tuple[str, dict[str, int]]:
    """The integrity check's verdict and the row count of every table."""
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return check, {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                       for table in tables}
    finally:
        connection.close()


def test_an_import_or_the_demo_onto_a_full_disk_says_so_and_keeps_nothing(
        tmp_path: Path, small_disk) -> None:
    disk = small_disk(4096, 4096)
    db_path = disk / "base.sqlite"
    assert ingenierie("--db", db_path, "init").returncode == 0
    (disk / "remplissage").write_bytes(b"\0" * (4096 * 1024 - db_path.stat().st_size
                                                 - 200 * 1024))
    before = stored_state(db_path)
    assert before[0] == "ok"
    for command in (("import", people_csv(tmp_path, 5000)), ("demo", "--append", "--size", "4000")):
        done = ingenierie("--db", db_path, *command)
        assert done.returncode == 2, (command, done.stderr)
        assert "Le disque est plein" in done.stderr
        assert stored_state(db_path) == before
