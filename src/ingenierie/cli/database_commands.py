"""``ingenierie init``, ``info`` and ``backup``: the database file itself."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ingenierie.config import resolve_database_location
from ingenierie.services import database_info
from ingenierie.services.opening import open_for_use


def register(subparsers: Any) -> None:
    init = subparsers.add_parser("init", help="créer la base de données (ou la mettre à jour)")
    init.set_defaults(run=run_init)
    info = subparsers.add_parser("info", help="chemin, version du schéma, nombre d'éléments")
    info.set_defaults(run=run_info)
    backup = subparsers.add_parser("backup", help="copier la base de données dans un fichier")
    backup.add_argument("destination", nargs="?", type=Path,
                        help="fichier ou dossier de destination (par défaut : à côté de la base)")
    backup.set_defaults(run=run_backup)


def run_init(args: argparse.Namespace) -> int:
    with open_for_use(resolve_database_location(args.db)) as db:
        print(f"Base de données prête : {db.location} (schéma {db.revision()})")
    return 0


def run_info(args: argparse.Namespace) -> int:
    with open_for_use(resolve_database_location(args.db), create=False) as db:
        summary = database_info.summarize(db)
    print(f"Fichier : {summary.location}")
    print(f"Schéma : {summary.revision}")
    for label, count in summary.counts:
        print(f"{label} : {count}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    with open_for_use(resolve_database_location(args.db), create=False) as db:
        saved = db.backup(args.destination)
    print(f"Sauvegarde écrite : {saved}")
    return 0
