"""Huge files: a 1 000 000-row CSV and a 300 000-row workbook, imported for real.

Each import runs in its own process (its peak memory is its own, ``VmHWM``) into a fresh
database (or a copy of ``--database``), with a progress callback that notes when it is
called; prints the seconds, rows per second, peak memory and the longest wait between two
progress calls — what a person watching the window's bar would see. Targets (issue 15):
under 600 MB, progress at least once a second.

    .venv/bin/python benchmarks/huge_import.py [--csv-rows 1000000] [--xlsx-rows 300000]
        [--database DEMO] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

from import_speed import HEADERS, generate, sheet_rows
from memory import peak_mb


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        for row in sheet_rows(rows):
            writer.writerow(["" if value is None else value for value in row])


def stage_import(file: Path, db_path: Path) -> dict[str, Any]:
    from ingenierie.services.importing.pipeline import ImportOptions, run_import
    from ingenierie.storage import open_database

    calls: list[float] = []

    def progress(_step: str, _done: int, _total: int | None) -> None:
        calls.append(time.perf_counter())

    with open_database(db_path) as db:
        started = time.perf_counter()
        calls.append(started)
        report = run_import(db, file, ImportOptions(skip_invalid=True), progress)
        ended = time.perf_counter()
    calls.append(ended)
    gaps = [later - earlier for earlier, later in pairwise(calls)]
    return {"rows": report.data_rows, "seconds": ended - started, "peak_mb": peak_mb(),
            "longest_wait_s": max(gaps), "progress_calls": len(calls) - 2,
            "outcome": report.outcome.value}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--xlsx-rows", type=int, default=300_000)
    parser.add_argument("--database", type=Path, help="a database to copy (else a new one)")
    parser.add_argument("--keep", type=Path, help="folder where the files are kept")
    parser.add_argument("--stage", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(stage_import(Path(args.stage[0]), Path(args.stage[1]))))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="huge-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    if args.csv_rows:
        files.append(folder / f"acteurs_{args.csv_rows}.csv")
        if not files[-1].exists():
            write_csv(files[-1], args.csv_rows)
    if args.xlsx_rows:
        files.append(folder / f"acteurs_{args.xlsx_rows}.xlsx")
        if not files[-1].exists():
            generate(files[-1], args.xlsx_rows)
    print(f"load average: {' '.join(f'{value:.1f}' for value in os.getloadavg())}")
    for file in files:
        db_path = folder / "base.sqlite"
        db_path.unlink(missing_ok=True)
        if args.database:
            shutil.copy(args.database, db_path)
        done = subprocess.run([sys.executable, __file__, "--stage", str(file), str(db_path)],
                              check=True, capture_output=True, text=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{file.name:24} {result['rows']:9,} rows in {result['seconds']:6.1f} s "
              f"({result['rows'] / result['seconds']:7,.0f} rows/s), peak {result['peak_mb']:4.0f}"
              f" MB (target < 600), longest wait between progress calls "
              f"{result['longest_wait_s']:.2f} s (target ≤ 1), {result['outcome']}")
        db_path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
