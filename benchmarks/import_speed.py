"""How fast the spreadsheet import is, against what a manager would otherwise use.

Generates a 100 000-row × 15-column stakeholder sheet (cached next to the
database in a temporary folder), then measures, each stage in its own
process so that peak memory is its own:

- ``pandas.read_excel`` with the openpyxl engine reading it (skipped with a
  message when pandas is not installed: it is not a dependency);
- the raw reader the import uses (python-calamine, row by row);
- the floor: the least any import of this sheet must do — read every row with
  the same reader, insert it as a person linked to its organisation into the
  same indexed tables, fill the search index and commit — with no parsing, no
  checks and no matching (plain driver calls, on a copy of the database);
- the full import — read, map, parse, validate, deduplicate, insert — into a
  database that already holds 100 000 stakeholders;

and prints rows per second, the ratios, and each stage's peak memory
(``ru_maxrss``). Targets (issue 4): full import ≥ 4× pandas, ≥ 0.4× the raw
reader, peak memory < 400 MB.

    .venv/bin/python benchmarks/import_speed.py [--rows N] [--keep DIR] [--database DEMO]

``--database`` copies an existing database (the 100 000-stakeholder demo) instead of
filling a new one.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from memory import peak_mb

HEADERS = ("Civilité", "Nom", "Prénom", "Organisme", "Fonction", "Courriel", "Téléphone",
           "Code postal", "Commune", "Type d'acteur", "Base légale", "Source",
           "Date du premier contact", "Date du dernier contact", "Notes")
JOBS = ("Chargée de mission", "Maire", "Directeur général des services", "Animatrice LEADER",
        "Présidente", "Technicien rivière", "Gérant", "Chef de projet")
KINDS = ("Collectivité territoriale", "Association", "Entreprise", "Élu·e", "Structure ESS",
         "Habitant·e", "Services de l'État")
BASES = ("Mission d'intérêt public (6-1-e)", "Intérêt légitime (6-1-f)")
CITIES = (("12100", "Millau"), ("07000", "Privas"), ("2A004", "Ajaccio"), ("97400",
          "Saint-Denis"), ("48000", "Mende"), ("01000", "Bourg-en-Bresse"))


def _names() -> tuple[list[str], list[str]]:
    from faker import Faker

    faker = Faker("fr_FR")
    faker.seed_instance(4)
    firsts = sorted({faker.first_name() for _ in range(3000)})
    lasts = sorted({faker.last_name() for _ in range(20000)})
    return firsts, lasts


def sheet_rows(rows: int) -> Iterator[tuple[object, ...]]:
    """The rows of a stakeholder sheet as a manager keeps it (text dates, phones and codes
    as text), after its header (``HEADERS``)."""
    firsts, lasts = _names()
    rng = random.Random(4)
    start = date(2019, 1, 1)
    for i in range(rows):
        first, last = rng.choice(firsts), rng.choice(lasts)
        if i % 4:  # compound names, as often in France: few namesakes in the sheet
            last = f"{last}-{rng.choice(lasts)}"
        code, city = CITIES[i % len(CITIES)]
        day = start + timedelta(days=i % 1800)
        yield ("Mme" if i % 2 else "M.", last, first, f"Structure partenaire n° {i % 700}",
               JOBS[i % len(JOBS)], f"contact{i}@exemple{i % 50}.fr",
               f"0{1 + i % 7} {i % 100:02d} {(i // 100) % 100:02d} {(i // 7) % 100:02d} 12",
               code, city, KINDS[i % len(KINDS)], BASES[i % 2], "Fichier partagé",
               day.strftime("%d/%m/%Y"), day + timedelta(days=30),
               "Rencontré au forum des élus." if i % 3 == 0 else None)


def generate(path: Path, rows: int) -> None:
    """The stakeholder sheet of :func:`sheet_rows` as a workbook."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Acteurs")
    sheet.append(HEADERS)
    for row in sheet_rows(rows):
        sheet.append(row)
    workbook.save(path)


def stage_pandas(sheet: Path, _db: Path) -> dict[str, Any]:
    try:
        import pandas
    except ImportError:
        return {"skipped": "pandas n'est pas installé (pip install pandas dans .venv)"}
    started = time.perf_counter()
    frame = pandas.read_excel(sheet, engine="openpyxl")
    return {"rows": len(frame), "seconds": time.perf_counter() - started, "peak_mb": peak_mb()}


def stage_raw(sheet: Path, _db: Path) -> dict[str, Any]:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    workbook = CalamineWorkbook.from_path(str(sheet))
    rows = sum(1 for _ in workbook.get_sheet_by_index(0).iter_rows()) - 1
    return {"rows": rows, "seconds": time.perf_counter() - started, "peak_mb": peak_mb()}


def stage_floor(sheet: Path, db_path: Path) -> dict[str, Any]:
    from python_calamine import CalamineWorkbook

    from ingenierie.models.base import utcnow
    from ingenierie.storage import open_database
    from ingenierie.storage.bulk import OrderedIds
    from ingenierie.storage.engines.sqlite.search_index import suspended_search_triggers

    copy = db_path.with_name("plancher.sqlite")
    shutil.copy(db_path, copy)
    new_id, now = OrderedIds(), utcnow().isoformat(sep=" ")[:26]
    with open_database(copy) as db, db.engine.connect() as connection:
        started = time.perf_counter()
        rows = CalamineWorkbook.from_path(str(sheet)).get_sheet_by_index(0).iter_rows()
        next(rows)
        organisations: dict[str, str] = {}
        people, links = [], []
        for row in rows:
            person = new_id.hex()
            organisation = organisations.setdefault(row[3], new_id.hex())
            people.append((person, "person", "autre", f"{row[2]} {row[1]}", row[1].lower(),
                           row[5], row[6], row[1], row[2], row[4], row[7], row[8], now, now))
            links.append((new_id.hex(), person, organisation, now, now))
        with connection.begin(), suspended_search_triggers(connection):
            connection.exec_driver_sql(
                "INSERT INTO stakeholder (id, nature, actor_kind, display_name, match_key, "
                "created_at, updated_at) VALUES (?, 'organisation', 'autre', ?, ?, ?, ?)",
                [(key, name, name.lower(), now, now) for name, key in organisations.items()])
            connection.exec_driver_sql(
                "INSERT INTO stakeholder (id, nature, actor_kind, display_name, match_key, "
                "email, phone, last_name, first_name, job_title, postal_code, city, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                people)
            connection.exec_driver_sql(
                "INSERT INTO affiliation (id, person_id, organisation_id, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?)", links)
        seconds = time.perf_counter() - started
    copy.unlink()
    return {"rows": len(people), "seconds": seconds, "peak_mb": peak_mb()}


def _fill_database(db_path: Path, rows: int) -> str:
    """100 000 stakeholders already there: the demo generator if it exists, else plain rows."""
    from ingenierie.storage import open_database

    with open_database(db_path) as db:
        try:
            from ingenierie.services.demo import generate_demo  # type: ignore[attr-defined]
        except ImportError:
            generate_demo = None
        if generate_demo is not None:
            generate_demo(db, size=rows)
            return "générateur de démonstration"
        from ingenierie.models import Stakeholder
        from ingenierie.models.base import utcnow
        from ingenierie.services.stakeholders.matching import person_key
        from ingenierie.storage.bulk import RowWriter

        firsts, lasts = _names()
        with db.engine.begin() as connection:
            writer = RowWriter(connection, utcnow())
            writer.insert(Stakeholder.__table__, (
                {"id": uuid.uuid4(), "nature": "person", "actor_kind": "autre",
                 "first_name": firsts[i % len(firsts)], "last_name": lasts[i % len(lasts)],
                 "display_name": f"{firsts[i % len(firsts)]} {lasts[i % len(lasts)]}",
                 "match_key": person_key(lasts[i % len(lasts)], firsts[i % len(firsts)]),
                 "email": f"deja{i}@exemple.fr"} for i in range(rows)))
        return "lignes insérées directement"


def stage_import(sheet: Path, db_path: Path) -> dict[str, Any]:
    from ingenierie.services.importing.pipeline import ImportOptions, run_import
    from ingenierie.storage import open_database

    with open_database(db_path) as db:
        started = time.perf_counter()
        report = run_import(db, sheet, ImportOptions(skip_invalid=True))
        seconds = time.perf_counter() - started
    counts = {k.value: (c.new, c.updated, c.unchanged, c.rejected)
              for k, c in report.counts.items()}
    return {"rows": report.data_rows, "seconds": seconds, "peak_mb": peak_mb(),
            "outcome": report.outcome.value, "counts": counts,
            "warnings": len(report.warnings), "errors": len(report.errors)}


STAGES = {"pandas": stage_pandas, "raw": stage_raw, "floor": stage_floor,
          "import": stage_import}


def _run_stage(name: str, sheet: Path, db_path: Path, *extra: str) -> dict[str, Any]:
    """Each stage in a fresh process, so its speed and peak memory are its own."""
    done = subprocess.run([sys.executable, __file__, "--stage", name, str(sheet), str(db_path),
                           *extra], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _rate(result: dict[str, Any]) -> float | None:
    return result["rows"] / result["seconds"] if "rows" in result else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="dossier où garder le classeur et la base")
    parser.add_argument("--database", type=Path, help="base existante à copier plutôt que remplir")
    parser.add_argument("--stage", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        name, sheet, db_path, *extra = args.stage
        if name == "fill":
            print(json.dumps({"how": _fill_database(Path(db_path), int(extra[0]))}))
        else:
            print(json.dumps(STAGES[name](Path(sheet), Path(db_path))))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="import-speed-"))
    folder.mkdir(parents=True, exist_ok=True)
    sheet = folder / f"acteurs_{args.rows}.xlsx"
    if not sheet.exists():
        print(f"Génération de {args.rows} lignes × {len(HEADERS)} colonnes : {sheet}")
        generate(sheet, args.rows)
    db_path = folder / "base.sqlite"
    db_path.unlink(missing_ok=True)
    if args.database:
        shutil.copy(args.database, db_path)
        print(f"Base copiée de {args.database}")
    else:
        filled = _run_stage("fill", sheet, db_path, str(args.rows))["how"]
        print(f"Base avec {args.rows} acteurs existants ({filled})")
    results = {name: _run_stage(name, sheet, db_path) for name in STAGES}
    for name, label in (("pandas", "pandas.read_excel (openpyxl)"),
                        ("raw", "lecteur brut (python-calamine)"),
                        ("floor", "plancher (lire + écrire seuls)"),
                        ("import", "import complet")):
        result = results[name]
        if "skipped" in result:
            print(f"{label:32} : ignoré — {result['skipped']}")
            continue
        print(f"{label:32} : {_rate(result):9,.0f} lignes/s  ({result['seconds']:.1f} s, "
              f"pic mémoire {result['peak_mb']:.0f} Mo)")
    full, raw, pandas_rate = (_rate(results["import"]), _rate(results["raw"]),
                              _rate(results["pandas"]))
    assert full is not None and raw is not None
    if pandas_rate:
        print(f"import complet / pandas      : {full / pandas_rate:.2f}×  (cible ≥ 4)")
    print(f"import complet / lecteur brut : {full / raw:.2f}×  (cible ≥ 0,4)")
    floor = _rate(results["floor"])
    assert floor is not None
    print(f"import complet / plancher     : {full / floor:.2f}×  (le reste : analyse, "
          "contrôles, dédoublonnage, rapprochement)")
    if pandas_rate:
        print(f"plancher / pandas             : {floor / pandas_rate:.2f}×  (ce qu'aucun "
              "import de ce classeur ne peut dépasser ici)")
    print(f"pic mémoire de l'import       : {results['import']['peak_mb']:.0f} Mo  "
          "(cible < 400)")
    imported = results["import"]
    print(f"résultat de l'import : {imported['outcome']}, {imported['counts']}, "
          f"{imported['errors']} erreur(s), {imported['warnings']} avertissement(s)")


if __name__ == "__main__":
    main()
