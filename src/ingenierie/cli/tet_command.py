"""``ingenierie export --format tet FICHIER --project CODE``: a plan d'action written back into
Territoires en Transitions' import template, so that the collectivité's plan stays the
reference.

``--project`` names a plan by its code (every fiche action is written), or one project by
its code (a single fiche). TeT is, for now, the only format of ``export``; the general
Excel export joins it as another ``--format``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ingenierie.cli.import_command import forcing_hint
from ingenierie.config import resolve_database_location
from ingenierie.services.output_files import database_files
from ingenierie.services.plans.tet_export import export_tet
from ingenierie.storage import open_database

FORMATS = ("tet",)


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "export",
        description="Écrit les fiches actions d'un plan (ou un projet) dans le modèle d'import "
                    "de Territoires en Transitions (.xlsx).")
    command.add_argument("destination", type=Path, metavar="FICHIER")
    command.add_argument("--format", choices=FORMATS, default="tet", dest="format",
                         help="format du fichier : tet, le modèle d'import de Territoires en "
                              "Transitions (par défaut)")
    command.add_argument("--project", required=True, metavar="CODE",
                         help="le code du plan (toutes ses fiches), ou celui d'un projet")
    command.add_argument("--force", action="store_true",
                         help="remplacer le fichier s'il existe déjà")
    command.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    location = resolve_database_location(args.db)
    with open_database(location, create=False) as db, forcing_hint():
        written = export_tet(db, args.project, args.destination, replace=args.force,
                             protected=database_files(location))
    for note in written.notes:
        print(f"Note : {note}")
    print(f"« {written.name} » : {written.fiches} fiche(s) action écrite(s) au format "
          f"Territoires en Transitions dans {written.path}")
    return 0
