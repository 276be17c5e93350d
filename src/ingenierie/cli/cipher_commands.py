"""``ingenierie encrypt``, ``decrypt`` and ``passphrase``: encryption at rest (SQLCipher).

``encrypt NOUVEAU`` writes an encrypted copy of the database into a new file and
``decrypt NOUVEAU`` a plain one; the original is kept until the user confirms its
deletion (``--delete-original``, or « o » at the question). ``passphrase`` changes
the passphrase of an encrypted database (a backup is made first). The passphrase of
the database opened is ``INGENIERIE_PASSPHRASE`` or asked; the new one is
``INGENIERIE_NEW_PASSPHRASE`` or asked twice. Neither is ever written anywhere.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from ingenierie.cli.safety_commands import confirmed
from ingenierie.config import DatabaseLocation, resolve_database_location
from ingenierie.errors import UserError
from ingenierie.services.opening import open_for_use
from ingenierie.storage import change_passphrase, export_database

NEW_PASSPHRASE_ENV = "INGENIERIE_NEW_PASSPHRASE"
MINIMUM_LENGTH = 8


def register(subparsers: Any) -> None:
    encrypt = subparsers.add_parser("encrypt", help="écrire une copie chiffrée de la base")
    encrypt.add_argument("destination", type=Path, metavar="NOUVEAU_FICHIER")
    encrypt.add_argument("--delete-original", action="store_true",
                         help="supprimer l'original une fois la copie vérifiée")
    encrypt.set_defaults(run=run_encrypt)
    decrypt = subparsers.add_parser("decrypt", help="écrire une copie non chiffrée de la base")
    decrypt.add_argument("destination", type=Path, metavar="NOUVEAU_FICHIER")
    decrypt.add_argument("--delete-original", action="store_true",
                         help="supprimer l'original une fois la copie vérifiée")
    decrypt.set_defaults(run=run_decrypt)
    passphrase = subparsers.add_parser("passphrase",
                                       help="changer la phrase de passe d'une base chiffrée")
    passphrase.set_defaults(run=run_passphrase)


def new_passphrase() -> str:
    """The new passphrase: from the environment, or typed twice."""
    given = os.environ.get(NEW_PASSPHRASE_ENV)
    if given is None:
        if not sys.stdin.isatty():
            raise UserError(f"Indiquez la nouvelle phrase de passe ({NEW_PASSPHRASE_ENV}).")
        given = getpass.getpass("Nouvelle phrase de passe : ")
        if getpass.getpass("Répétez-la : ") != given:
            raise UserError("Les deux phrases de passe diffèrent : rien n'a été modifié.")
    if len(given) < MINIMUM_LENGTH:
        raise UserError(f"La phrase de passe doit compter au moins {MINIMUM_LENGTH} caractères.")
    return given


def _export(args: argparse.Namespace, passphrase: str | None) -> int:
    location = resolve_database_location(args.db)
    written = export_database(location, args.destination, passphrase)
    copy = DatabaseLocation.of_file(written).with_passphrase(passphrase)
    with open_for_use(copy, verify=True) as db:
        revision = db.revision()
    what = "chiffrée" if passphrase else "non chiffrée"
    print(f"Copie {what} écrite et vérifiée : {written} (schéma {revision}).")
    original = location.file
    if original is not None and (args.delete_original or (sys.stdin.isatty() and confirmed(
            f"Supprimer l'original « {original} » ?", False))):
        for companion in ("", "-wal", "-shm"):
            Path(f"{original}{companion}").unlink(missing_ok=True)
        print(f"Original supprimé : {original}")
    else:
        print(f"L'original « {original} » est gardé : supprimez-le quand vous aurez vérifié "
              "la copie (ses sauvegardes aussi, si elles ne doivent pas rester en clair).")
    return 0


def run_encrypt(args: argparse.Namespace) -> int:
    return _export(args, new_passphrase())


def run_decrypt(args: argparse.Namespace) -> int:
    return _export(args, None)


def run_passphrase(args: argparse.Namespace) -> int:
    saved = change_passphrase(resolve_database_location(args.db), new_passphrase())
    print(f"Phrase de passe changée. Sauvegarde faite avant : {saved} (elle garde l'ancienne "
          "phrase de passe).")
    return 0
