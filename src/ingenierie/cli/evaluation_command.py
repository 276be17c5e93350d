"""``ingenierie evaluation export``: the evaluations as a typed workbook, one sheet each."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ingenierie.config import resolve_database_location
from ingenierie.services.evaluation.export import export_evaluations
from ingenierie.services.opening import open_for_use


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "evaluation",
        description="Les évaluations des projets : campagnes, notes, recommandations, "
                    "grille de maturité, indicateurs et mesures.")
    actions = command.add_subparsers(title="actions", metavar="ACTION", dest="action",
                                     required=True)
    export = actions.add_parser(
        "export", help="écrire les évaluations dans un classeur .xlsx",
        description="Écrit une feuille par sorte d'enregistrement (évaluations, notes, "
                    "recommandations, maturité, indicateurs, mesures), cellules typées, "
                    "en-têtes en français, ligne d'en-tête figée et filtres.")
    export.add_argument("file", type=Path, metavar="FICHIER.xlsx")
    export.add_argument("--project", metavar="CODE", help="le code d'un seul projet")
    export.add_argument("--force", action="store_true",
                        help="remplacer le fichier s'il existe déjà")
    export.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    with open_for_use(resolve_database_location(args.db), create=False) as db:
        summary = export_evaluations(db, args.file, project_code=args.project,
                                     force=args.force)
    print(f"Évaluations écrites dans {summary.path} :")
    for sheet, rows in summary.counts:
        print(f"  {sheet} : {rows} ligne(s)")
    return 0
