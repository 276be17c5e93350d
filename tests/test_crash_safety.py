"""kill -9 at several moments of an import, a demo fill, a backup, a restore and a
migration: the database always opens, passes ``check`` and holds the state before or
the state after — never a mix. Two processes writing at once lose no write."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ingenierie.cli import main
from ingenierie.models import Person, Stakeholder
from ingenierie.storage import check_database, open_database
from ingenierie.storage.backups import Reason
from ingenierie.storage.engines.sqlite.backup import passes_check
from ingenierie.storage.migrate import Migrations

sys.path.insert(0, str(Path(__file__).parent / "services" / "importing"))
import fixtures

pytestmark = pytest.mark.slow
#: Seconds after the start of the command (Python and the app load in about 0.5 s).
MOMENTS = (0.6, 1.2, 2.0, 3.5)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["--db", str(path), "init"]) == 0
    assert main(["--db", str(path), "demo", "--size", "1500"]) == 0
    return path


def stakeholders(path: Path) -> int:
    with open_database(path, create=False) as db, db.read() as session:
        return session.scalar(select(func.count()).select_from(Stakeholder)) or 0


def killed(path: Path, args: list[str], after: float) -> int:
    """Run ``ingenierie --db path ARGS``, kill -9 it after ``after`` seconds; its exit code
    (negative: killed)."""
    process = subprocess.Popen([sys.executable, "-m", "ingenierie", "--db", str(path), *args],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(after)
    except subprocess.TimeoutExpired:
        process.kill()
    return process.wait()


def each_moment(demo_file: Path, tmp_path: Path, args: Callable[[Path], list[str]],
                states: Callable[[Path], set[int]]) -> list[int]:
    codes = []
    for moment in MOMENTS:
        path = tmp_path / f"base-{moment}.sqlite"
        shutil.copy(demo_file, path)
        allowed = states(path)
        codes.append(killed(path, args(path), moment))
        assert check_database(path).healthy, moment
        assert stakeholders(path) in allowed, moment
    return codes


def test_an_import_killed_at_any_moment_leaves_before_or_after(
        demo_file: Path, tmp_path: Path) -> None:
    sheet = fixtures.clean_people(tmp_path, rows=4000)
    before = stakeholders(demo_file)
    codes = each_moment(demo_file, tmp_path, lambda _p: ["import", str(sheet)],
                        lambda _p: {before, before + 4000 + 1})  # + its organisation
    assert any(code < 0 for code in codes)


def test_a_demo_fill_killed_at_any_moment_leaves_before_or_after(
        demo_file: Path, tmp_path: Path) -> None:
    before = stakeholders(demo_file)
    reference = tmp_path / "reference.sqlite"
    shutil.copy(demo_file, reference)
    assert main(["--db", str(reference), "demo", "--size", "1500", "--append"]) == 0
    codes = each_moment(demo_file, tmp_path, lambda _p: ["demo", "--size", "1500", "--append"],
                        lambda _p: {before, stakeholders(reference)})
    assert any(code < 0 for code in codes)


def test_a_backup_killed_at_any_moment_leaves_no_half_copy(
        demo_file: Path, tmp_path: Path) -> None:
    for moment in MOMENTS:
        folder = tmp_path / f"copies-{moment}"
        folder.mkdir()
        killed(demo_file, ["backup", str(folder)], moment)
        assert check_database(demo_file).healthy
        assert all(passes_check(copy) for copy in folder.iterdir()
                   if not copy.name.startswith("."))


def test_a_restore_killed_at_any_moment_leaves_before_or_the_backup(
        demo_file: Path, tmp_path: Path) -> None:
    small = tmp_path / "petite.sqlite"
    assert main(["--db", str(small), "init"]) == 0
    assert main(["--db", str(small), "demo", "--size", "50"]) == 0
    codes = each_moment(demo_file, tmp_path, lambda _p: ["restore", str(small), "--yes"],
                        lambda path: {stakeholders(path), stakeholders(small)})
    assert codes  # every moment checked; a fast restore may finish before the kill


def test_a_restore_older_than_an_erasure_killed_at_any_moment_never_brings_the_person_back(
        demo_file: Path, tmp_path: Path) -> None:
    erased = tmp_path / "effacee.sqlite"
    shutil.copy(demo_file, erased)
    older = tmp_path / "anterieure.sqlite"
    shutil.copy(demo_file, older)
    with open_database(erased, create=False) as db, db.read() as session:
        email = session.scalars(select(Person.email).where(Person.email.is_not(None))).first()
    assert email is not None
    assert main(["--db", str(erased), "privacy", "erase", email, "--yes"]) == 0
    for moment in MOMENTS:
        path = tmp_path / f"base-{moment}.sqlite"
        shutil.copy(erased, path)
        killed(path, ["restore", str(older), "--yes"], moment)
        assert check_database(path).healthy, moment
        with open_database(path, create=False) as db, db.read() as session:
            assert session.scalar(select(func.count()).select_from(Person).where(
                Person.email == email)) == 0, moment


def test_a_migration_killed_at_any_moment_leaves_the_old_or_the_new_schema(
        demo_file: Path, tmp_path: Path) -> None:
    old = tmp_path / "ancienne.sqlite"
    shutil.copy(demo_file, old)
    with open_database(old, create=False) as db:
        Migrations().downgrade(db.engine, "0003")
    before = stakeholders(demo_file)
    for moment in (0.3, 0.6, 1.0, 2.0):
        path = tmp_path / f"migration-{moment}.sqlite"
        shutil.copy(old, path)
        killed(path, ["init"], moment)
        assert check_database(path).healthy, moment
        assert stakeholders(path) == before  # opening finishes the migration if need be
        for copy in path.parent.glob(f"{path.stem}.*.{Reason.BEFORE_UPGRADE.value}.sqlite"):
            assert passes_check(copy)


WRITER = """
import sys
from ingenierie.services.stakeholders.stakeholder import PersonInput, create_person
from ingenierie.storage import open_database
with open_database(sys.argv[1], create=False) as db:
    for i in range(int(sys.argv[3])):
        create_person(db, PersonInput(last_name=f"{sys.argv[2]} {i}"))
"""


def test_two_processes_writing_at_once_lose_no_write(db_path: Path) -> None:
    assert main(["--db", str(db_path), "init"]) == 0
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), name, "60"])
               for name in ("Premier", "Second")]
    started = time.monotonic()
    assert [writer.wait(120) for writer in writers] == [0, 0], time.monotonic() - started
    assert stakeholders(db_path) == 120
    with open_database(db_path, create=False) as db, db.read() as session:
        from ingenierie.models import AuditEntry
        # one line per person created (init's shipped library leaves a line of its own)
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.kind == "stakeholder")) == 120
