"""``ingenierie export --format tet FICHIER --project CODE``: a plan d'action written back into
Territoires en Transitions' import template, so that the collectivité's plan stays the
reference.

``--project`` names a plan by its code (every fiche action is written), or one project by
its code (a single fiche). ``export`` (``export_command``) parses the command line: the
general Excel export is its default format, TeT's template the other.
"""

from __future__ import annotations

import argparse

from ingenierie.cli.import_command import forcing_hint
from ingenierie.config import resolve_database_location
from ingenierie.services.output_files import database_files
from ingenierie.services.plans.tet_export import export_tet
from ingenierie.storage import open_database


def run_tet_export(args: argparse.Namespace) -> int:
    location = resolve_database_location(args.db)
    with open_database(location, create=False) as db, forcing_hint():
        written = export_tet(db, args.project, args.destination, replace=args.force,
                             protected=database_files(location))
    for note in written.notes:
        print(f"Note : {note}")
    also = f" avec {written.sous_actions} sous-action(s)" if written.sous_actions else ""
    print(f"« {written.name} » : {written.fiches} fiche(s) action écrite(s){also} au format "
          f"Territoires en Transitions dans {written.path}")
    return 0
