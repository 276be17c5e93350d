"""How fast ``ingenierie demo`` fills a database, against SQLAlchemy's own bulk floor.

Fills a fresh database with the demo for N stakeholders (100 000 by default,
about 620 000 rows across eleven tables), then inserts the same number of
near-empty rows (a UUID key and a short label, no index but the key) with a plain
Core ``insert()`` executemany in one transaction on a database opened the same
way. Prints seconds, rows per second, the demo's peak memory and the ratio demo
÷ raw: how much the realistic rows (generated in Python, with their foreign keys,
indexes and search index) cost compared with writing nothing in particular.

    .venv/bin/python benchmarks/demo_speed.py [--size N] [--seed S] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from pathlib import Path

from memory import peak_mb
from sqlalchemy import Column, MetaData, String, Table, Uuid, insert

from ingenierie.services.demo import generate_demo
from ingenierie.storage import open_database

BATCH = 5000


def demo(folder: Path, size: int, seed: int) -> tuple[int, float, tuple[tuple[str, int], ...]]:
    with open_database(folder / "demo.sqlite") as db:
        summary = generate_demo(db, size, seed)
    return summary.rows, summary.seconds, summary.counts


def raw_core(folder: Path, count: int) -> float:
    """Seconds to insert ``count`` near-empty rows with Core executemany, in batches."""
    table = Table("bench_row", MetaData(), Column("id", Uuid, primary_key=True),
                  Column("label", String(20)))
    rng = random.Random(0)
    rows = [{"id": uuid.UUID(int=rng.getrandbits(128), version=4), "label": "ligne"}
            for _ in range(count)]
    with open_database(folder / "raw.sqlite") as db:
        table.create(db.engine)
        started = time.perf_counter()
        with db.engine.begin() as connection:
            statement = insert(table)
            for start in range(0, count, BATCH):
                connection.execute(statement, rows[start:start + BATCH])
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="stakeholders (100 000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the databases here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        rows, seconds, counts = demo(folder, args.size, args.seed)
        demo_peak = peak_mb()
        raw_seconds = raw_core(folder, rows)
    demo_rate, raw_rate = rows / seconds, rows / raw_seconds
    print(f"demo, {args.size} stakeholders: {rows} rows in {seconds:.1f} s "
          f"= {demo_rate:,.0f} rows/s (target at 100 000: < 12 s), "
          f"peak memory {demo_peak:.0f} MB")
    for label, count in counts:
        print(f"    {label}: {count}")
    print(f"raw Core executemany, {rows} near-empty rows: {raw_seconds:.1f} s "
          f"= {raw_rate:,.0f} rows/s")
    print(f"ratio demo / raw: {demo_rate / raw_rate:.2f}")


if __name__ == "__main__":
    main()
