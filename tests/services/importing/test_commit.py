"""All or nothing: after an error, a cancel or a killed process, the database is as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import fixtures
import openpyxl
import pytest
from sqlalchemy import func, select, text

from ingenierie.models import Affiliation, Person, Stakeholder
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.pipeline import run_import
from ingenierie.services.importing.report import Outcome
from ingenierie.storage import Database, open_database

# Runs an import whose progress callback stops the process inside the transaction,
# after the first chunk of rows has been written, and tells the test so.
CHILD = """
import sys, time
from pathlib import Path
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.pipeline import run_import
from ingenierie.storage import open_database

database, workbook, marker = map(Path, sys.argv[1:4])

def progress(step, done, total):
    if step == "Personnes" and done > 0:
        marker.write_text(str(done))
        time.sleep(120)

with open_database(database) as db:
    run_import(db, workbook, progress=progress)
"""


def unique_people(folder: Path, rows: int, name: str = "annuaire.xlsx") -> Path:
    """Clean person rows, each a different person (the fixture repeats names every 780 rows)."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Acteurs")
    sheet.append(fixtures.PEOPLE_HEADERS)
    for i in range(rows):
        row = fixtures.person_row(i)
        row[1] = f"{row[1]}-{i}"
        sheet.append(row)
    workbook.save(folder / name)
    return folder / name


def stakeholders(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Stakeholder)) or 0


def test_an_error_during_the_import_leaves_nothing(db: Database, tmp_path: Path) -> None:
    path = unique_people(tmp_path, 2500)

    def progress(step: str, done: int, total: int | None) -> None:
        if step == "Personnes" and done > 0:
            raise OSError("disque plein")

    with pytest.raises(OSError, match="disque plein"):
        run_import(db, path, progress=progress)
    assert stakeholders(db) == 0
    assert run_import(db, path).outcome is Outcome.IMPORTED
    assert stakeholders(db) == 2500 + 5


def test_an_invalid_row_after_valid_ones_refuses_everything(db: Database,
                                                            tmp_path: Path) -> None:
    path = unique_people(tmp_path, 2500)
    workbook = openpyxl.load_workbook(path)
    workbook["Acteurs"]["F2400"] = "pas une adresse"
    workbook.save(path)

    report = run_import(db, path)

    assert report.outcome is Outcome.REFUSED
    assert [(e.row, e.column) for e in report.errors] == [(2400, "Courriel")]
    assert stakeholders(db) == 0


@pytest.mark.slow
def test_a_process_killed_during_the_commit_leaves_the_database_as_before(
        db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path) as db:
        run_import(db, unique_people(tmp_path, 3, "avant.xlsx"))
    path = unique_people(tmp_path, 3000)
    marker = tmp_path / "pause"
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(db_path), str(path), str(marker)])
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert child.poll() is None, "the import ended before pausing"
            assert time.monotonic() < deadline, "the import never paused"
            time.sleep(0.05)
        assert int(marker.read_text()) >= 2000  # a whole chunk was written, uncommitted
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    with open_database(db_path) as db:
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            # The search triggers the import had dropped inside its transaction are back.
            assert connection.execute(text(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'search_%_insert'")).scalar() == 2
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 3
            assert session.scalar(select(func.count()).select_from(Affiliation)) == 3
        counts = run_import(db, path).counts[RecordKind.PERSON]
        assert (counts.new, counts.unchanged) == (2997, 3)
