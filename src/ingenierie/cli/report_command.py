"""``ingenierie report``: a project's « fiche de suivi », or the portfolio report, in PDF.

With ``--project`` the report is the project's; otherwise it covers the projects the
filters keep (all of them by default). Progress goes to standard error, like the
import's; the file is written only once complete, and an existing one is replaced
only with ``--force``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ingenierie.cli.progress import ProgressLine
from ingenierie.cli.scope_options import add_scope_options, period_of, scope_of
from ingenierie.config import resolve_database_location
from ingenierie.services.opening import open_for_use
from ingenierie.services.reporting.options import ReportOptions, check_logo
from ingenierie.services.reporting.portfolio_report import write_portfolio_report
from ingenierie.services.reporting.project_report import write_project_report


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "report",
        description="Écrit la fiche de suivi d'un projet (--project) ou le rapport de "
                    "portefeuille des projets retenus par les filtres (tous par défaut).")
    command.add_argument("destination", type=Path, metavar="FICHIER.pdf")
    add_scope_options(command)
    command.add_argument("--structure", metavar="NOM",
                         help="nom de la structure, en couverture")
    command.add_argument("--logo", type=Path, metavar="IMAGE",
                         help="logo de la structure, en couverture (PNG ou JPEG)")
    command.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    logo = check_logo(args.logo) if args.logo else None  # refused before the database opens
    options = ReportOptions(period=period_of(args), structure=args.structure, logo=logo)
    line = ProgressLine(sys.stderr)

    def progress(step: str, done: int, total: int | None) -> None:
        if total:
            line.show(f"{step} : {done}/{total}…", (step, 10 * done // total))
        else:
            line.show(f"{step} : {done} page(s)…" if done else f"{step}…", (step, done // 50))

    with open_for_use(resolve_database_location(args.db), create=False) as db:
        scope = scope_of(db, args)
        try:
            if scope.project_id is not None:
                written = write_project_report(db, scope.project_id, args.destination, options,
                                               replace=args.force, progress=progress)
            else:
                written = write_portfolio_report(db, scope, args.destination, options,
                                                 replace=args.force, progress=progress)
        finally:
            line.close()
    print(f"Rapport écrit : {written.path} ({written.pages} pages)")
    return 0
