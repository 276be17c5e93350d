"""``ingenierie privacy``: the RGPD rights of the people recorded, from the command line.

- ``export PERSONNE --to FICHIER [--force]``: everything held about the person, as
  ``FICHIER.pdf`` (French, readable) and ``FICHIER.json`` (machine-readable);
- ``erase PERSONNE [--yes]``: the erasure (irreversible; asks unless ``--yes``), then
  the backups that still hold the person;
- ``retention [--years N] [--anonymise [--yes]]``: people without activity for N years
  (3 by default), and their anonymisation in one action.

PERSONNE is an id, an e-mail or a name; a name matching several people lists them
and stops (exit 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ingenierie.cli.import_command import forcing_hint
from ingenierie.cli.safety_commands import confirmed
from ingenierie.config import resolve_database_location
from ingenierie.services.opening import open_for_use
from ingenierie.services.privacy.erasure import ErasureReport, erase_people
from ingenierie.services.privacy.export import export_person
from ingenierie.services.privacy.people import find_person, person_label
from ingenierie.services.privacy.retention import DEFAULT_YEARS, inactive_people


def register(subparsers: Any) -> None:
    privacy = subparsers.add_parser("privacy", help="droits des personnes (RGPD) : export, "
                                    "effacement, durée de conservation")
    commands = privacy.add_subparsers(title="actions", metavar="ACTION", required=True)
    export = commands.add_parser("export", help="exporter tout ce qui concerne une personne")
    export.add_argument("person", metavar="PERSONNE", help="identifiant, courriel ou nom")
    export.add_argument("--to", type=Path, required=True, metavar="FICHIER",
                        help="fichier à écrire (.pdf et .json)")
    export.add_argument("--force", action="store_true", help="remplacer les fichiers existants")
    export.set_defaults(run=run_export)
    erase = commands.add_parser("erase", help="effacer une personne (irréversible)")
    erase.add_argument("person", metavar="PERSONNE", help="identifiant, courriel ou nom")
    erase.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    erase.add_argument("--backups", type=Path, action="append", default=[], metavar="DOSSIER",
                       help="dossier de sauvegardes à lister aussi")
    erase.set_defaults(run=run_erase)
    retention = commands.add_parser("retention", help="personnes sans activité depuis N ans")
    retention.add_argument("--years", type=int, default=DEFAULT_YEARS, metavar="N")
    retention.add_argument("--anonymise", action="store_true",
                           help="anonymiser toutes les personnes listées")
    retention.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    retention.set_defaults(run=run_retention)


def _open(args: argparse.Namespace) -> Any:
    return open_for_use(resolve_database_location(args.db))


def run_export(args: argparse.Namespace) -> int:
    with _open(args) as db, forcing_hint():
        files = export_person(db, find_person(db, args.person), args.to, replace=args.force)
    print(f"Export écrit : {files.pdf}\n               {files.json}")
    return 0


def _report(report: ErasureReport) -> None:
    print(f"{report.erased} personne(s) effacée(s) ; {report.scrubbed_texts} texte(s) "
          f"corrigé(s), à relire ; {report.journal_lines} ligne(s) du journal nettoyée(s).")
    if report.older_backups:
        print("Ces sauvegardes, antérieures à l'effacement, contiennent encore ces données :")
        for info in report.older_backups:
            print(f"  - {info.path}")


def run_erase(args: argparse.Namespace) -> int:
    with _open(args) as db:
        person = find_person(db, args.person)
        if not confirmed(f"Effacer définitivement {person_label(db, person)} ? C'est "
                         "irréversible.", args.yes):
            print("Effacement annulé : rien n'a été modifié.")
            return 1
        _report(erase_people(db, [person], args.backups))
    return 0


def run_retention(args: argparse.Namespace) -> int:
    with _open(args) as db:
        people = inactive_people(db, years=args.years)
        print(f"{len(people)} personne(s) sans activité depuis {args.years} an(s) :")
        for person in people:
            print(f"  - {person.display_name} — {person.email or 'sans courriel'} — dernière "
                  f"activité le {person.last_activity:%d/%m/%Y} — {person.id}")
        if not args.anonymise or not people:
            return 0
        if not confirmed(f"Anonymiser ces {len(people)} personne(s) ? C'est irréversible.",
                         args.yes):
            print("Anonymisation annulée : rien n'a été modifié.")
            return 1
        _report(erase_people(db, [person.id for person in people]))
    return 0
