"""A small file into a big database: the import's dry run and the import itself.

Builds a 200-row people sheet from the database itself — half of the rows are stored
people exactly as stored (name, e-mail, organisation: found, left unchanged, so that no
backup is due), half are new people of new organisations — then times, in this process
once the database is open (what the window's dry-run step and ``ingenierie import`` do
after start-up), ``--runs`` dry runs and ``--runs`` imports (each of new people of its
own), and prints their medians with the load of the machine. Opening with every page
checked, as the command line does, is timed apart. Targets (issue 15): import under
300 ms, dry run under 150 ms, on the 100 000-stakeholder demo.

    .venv/bin/python benchmarks/small_import.py --database DEMO [--rows 200] [--runs 5]

The database is copied first (imports write into the copy).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import text

from ingenierie.services.importing.pipeline import ImportOptions, plan_import, run_import
from ingenierie.services.opening import open_for_use
from ingenierie.storage import Database

HEADERS = ("Nom", "Prénom", "Courriel", "Organisme", "Fonction")


def _stored_people(db: Database, count: int) -> list[tuple[str, str, str, str]]:
    """People with an e-mail and one organisation, as stored."""
    with db.read() as session:
        rows = session.execute(text(
            "SELECT p.last_name, p.first_name, p.email, o.display_name FROM stakeholder p "
            "JOIN affiliation a ON a.person_id = p.id JOIN stakeholder o "
            "ON o.id = a.organisation_id WHERE p.email IS NOT NULL AND p.first_name IS NOT NULL "
            "AND p.id IN (SELECT person_id FROM affiliation GROUP BY person_id "
            "HAVING count(*) = 1) ORDER BY p.rowid LIMIT :count"), {"count": count}).all()
    return [tuple(row) for row in rows]


def _sheet(path: Path, stored: list[tuple[str, str, str, str]], new: int, run: int) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Acteurs")
    sheet.append(HEADERS)
    for last, first, email, organisation in stored:
        sheet.append((last, first, email, organisation, None))
    for i in range(new):
        sheet.append((f"Nouveau{run}x{i}", "Camille", f"camille.{run}.{i}@nouveau.fr",
                      f"Collectif nouveau {run}-{i % 20}", "Bénévole"))
    workbook.save(path)
    return path


def _timed(act: object) -> float:
    started = time.perf_counter()
    act()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "base.sqlite"
        shutil.copy(args.database, copy)
        opening = []
        for _ in range(args.runs):
            started = time.perf_counter()
            open_for_use(copy, verify=True).close()
            opening.append((time.perf_counter() - started) * 1000)
        with open_for_use(copy) as db:
            stored = _stored_people(db, args.rows // 2)
            new = args.rows - len(stored)
            planned, imported, outcome = [], [], ""
            for run in range(args.runs):
                sheet = _sheet(Path(folder) / f"petit{run}.xlsx", stored, new, run)
                planned.append(_timed(lambda s=sheet: plan_import(db, s, ImportOptions())))
                report = None

                def act(s: Path = sheet) -> None:
                    nonlocal report
                    report = run_import(db, s, ImportOptions())

                imported.append(_timed(act))
                assert report is not None
                outcome = " / ".join(line for line in report.lines() if "nouveau" in line)
    print(f"load average: {' '.join(f'{value:.1f}' for value in os.getloadavg())}")
    print(f"{args.rows} rows ({len(stored)} stored, unchanged; {new} new) — {outcome}")
    print(f"opening, every page checked : {statistics.median(opening):7.0f} ms (median)")
    print(f"dry run                     : {statistics.median(planned):7.0f} ms (median, "
          "target < 150)")
    print(f"import                      : {statistics.median(imported):7.0f} ms (median, "
          "target < 300)")


if __name__ == "__main__":
    main()
