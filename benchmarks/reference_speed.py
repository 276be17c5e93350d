"""How fast the State's reference lists and a TeT plan d'action are imported.

Writes, in a temporary folder, a list of communes as INSEE publishes it (``;``,
cp1252, CRLF, space thousands separators, 2A/2B codes) and a plan d'action in
Territoires en Transitions' import template (axes, structures, people, funders),
then imports each into a new database, twice (the second import finds everything
stored and changes nothing), and prints records per second.

    .venv/bin/python benchmarks/reference_speed.py [--communes N] [--fiches N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from ingenierie.services.importing.pipeline import ImportOptions, run_import
from ingenierie.storage import open_database

sys.path.insert(0, str(Path(__file__).parents[1] / "tests" / "services" / "importing"))
import tet_files  # the test fixtures' shape, reused to make a bigger plan

DEPARTEMENTS = [f"{number:02d}" for number in range(1, 96) if number != 20] + ["2A", "2B"]


def communes(folder: Path, count: int) -> Path:
    lines = ["COM;LIBELLE;DEP;PMUN"]
    for index in range(count):
        departement = DEPARTEMENTS[index % len(DEPARTEMENTS)]
        number = index // len(DEPARTEMENTS) + 1
        population = f"{(index * 7919) % 250_000 + 50:,}".replace(",", " ")
        lines.append(f"{departement}{number:03d};Commune {index};{departement};{population}")
    path = folder / "communes.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def plan(folder: Path, count: int) -> Path:
    fiches = tuple({**fiche, "title": f"{fiche['title']} ({index})",
                    "axis1": fiche.get("axis1") and f"{index % 6 + 1}. Axe {index % 6 + 1}"}
                   for index in range(count)
                   for fiche in (tet_files.FICHES[index % len(tet_files.FICHES)],))
    return tet_files.import_template(folder, fiches, "plan.xlsx")


def timed(database: Path, path: Path, options: ImportOptions) -> tuple[float, float]:
    with open_database(database) as db:
        seconds = []
        for _ in range(2):
            start = time.perf_counter()
            report = run_import(db, path, options)
            seconds.append(time.perf_counter() - start)
            assert report.refusal is None, report.text()
    return seconds[0], seconds[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--communes", type=int, default=35_000)
    parser.add_argument("--fiches", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        first, again = timed(root / "communes.sqlite", communes(root, args.communes),
                             ImportOptions())
        rate = f"{args.communes / first:,.0f}".replace(",", " ")
        print(f"{args.communes} communes : {first:.2f} s ({rate} par seconde), réimport sans "
              f"changement {again:.2f} s")
        first, again = timed(root / "plan.sqlite", plan(root, args.fiches),
                             ImportOptions(plan_name="Plan climat"))
        print(f"plan de {args.fiches} fiches actions (TeT) : {first:.2f} s "
              f"({args.fiches / first:.0f} fiches par seconde), réimport {again:.2f} s")


if __name__ == "__main__":
    main()
