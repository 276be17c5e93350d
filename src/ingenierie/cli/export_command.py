"""``ingenierie export``: the records of the chosen projects in one Excel workbook.

The same filters as ``report``; the workbook re-imports through ``ingenierie import``.
``--format tet`` writes a plan d'action into Territoires en Transitions' template
instead (``tet_command``).
Progress goes to standard error; the file is written only once complete, and an
existing one is replaced only with ``--force``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ingenierie.cli.progress import ProgressLine
from ingenierie.cli.scope_options import add_scope_options, scope_of
from ingenierie.cli.tet_command import run_tet_export
from ingenierie.config import resolve_database_location
from ingenierie.errors import UserError
from ingenierie.services.exporting.workbook import write_export
from ingenierie.services.opening import open_for_use

FORMATS = ("xlsx", "tet")


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "export",
        description="Écrit un classeur : une feuille par type de fiche (projets, acteurs, "
                    "implications, étapes, échanges, financements, évaluations), précédée "
                    "d'une feuille qui dit ce qui a été exporté. Il se réimporte sans perte.")
    command.add_argument("destination", type=Path, metavar="FICHIER.xlsx")
    command.add_argument("--format", choices=FORMATS, default="xlsx", dest="format",
                         help="xlsx : le classeur de toutes les fiches (par défaut) ; tet : "
                              "un plan d'action (--project : le code du plan ou d'un projet) "
                              "dans le modèle d'import de Territoires en Transitions")
    add_scope_options(command)
    command.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    if args.format == "tet":
        if not args.project:
            raise UserError("--format tet demande --project : le code du plan ou d'un projet.")
        return run_tet_export(args)
    line = ProgressLine(sys.stderr)

    def progress(step: str, done: int, _total: int | None) -> None:
        line.show(f"{step} : {done} ligne(s)…", (step, done // 10_000))

    with open_for_use(resolve_database_location(args.db), create=False) as db:
        scope = scope_of(db, args)
        try:
            summary = write_export(db, scope, args.destination, replace=args.force,
                                   progress=progress)
        finally:
            line.close()
    print(f"Classeur écrit : {summary.path} ({summary.total} lignes)")
    for warning in summary.warnings:
        print(f"Avertissement : {warning}")
    return 0
