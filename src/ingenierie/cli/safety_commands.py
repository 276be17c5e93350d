"""``ingenierie check`` and ``ingenierie restore``: is the database sound, and getting a
backup back.

``check`` reads every page, the foreign keys and the schema revision without
writing anything; it exits 0 when the database is healthy and 2 when it is not,
saying what is wrong in French and naming the newest backup that passes the
check. ``restore`` copies the current file first (``avant-restauration``), then
puts the backup's data in place in one transaction, and brings it to the current
schema, erasing again the people erased since the backup; it asks before doing
so unless ``--yes``. ``journal`` prints the journal of changes, or writes it as JSON.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import Any

from ingenierie.cli.import_command import forcing_hint
from ingenierie.config import resolve_database_location
from ingenierie.errors import UserError
from ingenierie.services import journal
from ingenierie.services.opening import open_for_use
from ingenierie.services.privacy.people import find_person
from ingenierie.services.privacy.restoring import restore_keeping_erasures
from ingenierie.storage import check_database, last_good_backup

EXIT_DAMAGED = 2


def register(subparsers: Any) -> None:
    check = subparsers.add_parser(
        "check", help="vérifier l'intégrité de la base de données (sans rien modifier)")
    check.add_argument("--backups", type=Path, action="append", default=[], metavar="DOSSIER",
                       help="dossier où chercher aussi des sauvegardes (répétable)")
    check.set_defaults(run=run_check)
    restore = subparsers.add_parser(
        "restore", help="remettre les données d'une sauvegarde dans la base de données")
    restore.add_argument("backup", type=Path, metavar="SAUVEGARDE")
    restore.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    restore.set_defaults(run=run_restore)
    journal = subparsers.add_parser("journal", help="le journal des modifications (qui, quand, "
                                    "quoi), de toute la base, d'un projet ou d'un acteur")
    journal.add_argument("--project", type=uuid.UUID, metavar="ID", help="un projet")
    journal.add_argument("--person", metavar="PERSONNE", help="identifiant, courriel ou nom")
    journal.add_argument("--to", type=Path, metavar="FICHIER", help="l'écrire en JSON")
    journal.add_argument("--force", action="store_true", help="remplacer le fichier existant")
    journal.set_defaults(run=run_journal)


def run_check(args: argparse.Namespace) -> int:
    location = resolve_database_location(args.db)
    health = check_database(location)
    if health.healthy:
        print(f"Base de données saine : {location} (schéma {health.revision}).")
        return 0
    print(f"La base de données « {location} » est endommagée :", file=sys.stderr)
    for problem in health.problems:
        print(f"  - {problem}", file=sys.stderr)
    good = last_good_backup(location, args.backups)
    if good is None:
        print("Aucune sauvegarde valide n'a été trouvée à côté de la base. Gardez le fichier "
              "tel quel et faites appel à un informaticien.", file=sys.stderr)
    else:
        print(f"Dernière sauvegarde valide : {good}\n"
              f"Pour la restaurer : ingenierie restore \"{good}\"", file=sys.stderr)
    return EXIT_DAMAGED


def run_journal(args: argparse.Namespace) -> int:
    with open_for_use(resolve_database_location(args.db)) as db:
        if args.project is not None:
            lines = journal.project_journal(db, args.project)
        elif args.person is not None:
            lines = journal.stakeholder_journal(db, find_person(db, args.person))
        else:
            lines = journal.recent_journal(db)
        if args.to is not None:
            with forcing_hint():
                written = journal.write_journal(db, args.to, lines, replace=args.force)
            print(f"Journal écrit : {written} ({len(lines)} ligne(s))")
            return 0
    for line in lines:
        print(f"{line.at.astimezone():%d/%m/%Y %H:%M}  {line.actor}  {line.action}  "
              f"{line.kind}  {line.details}")
    return 0


def confirmed(question: str, yes: bool) -> bool:
    """``--yes``, or the user's « o » on an interactive terminal."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UserError(f"{question} Confirmez avec --yes (aucun terminal pour le demander).")
    answer = input(f"{question} [o/N] ").strip().lower()
    return answer in ("o", "oui", "y", "yes")


def run_restore(args: argparse.Namespace) -> int:
    location = resolve_database_location(args.db)
    if not confirmed(f"Remplacer les données de « {location} » par celles de "
                     f"« {args.backup} » ?", args.yes):
        print("Restauration annulée : rien n'a été modifié.")
        return 1
    restored = restore_keeping_erasures(location, args.backup)
    with open_for_use(location, verify=True) as db:
        revision = db.revision()
    print(f"Sauvegarde restaurée dans {location} (schéma {revision}).\n"
          f"L'état précédent a été copié ici : {restored.saved}")
    if note := restored.erasure_note():
        print(note)
    return 0
