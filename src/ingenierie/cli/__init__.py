"""The ``ingenierie`` command: the desktop window by default, and headless subcommands.

Each subcommand lives in its own module exposing ``register(subparsers)``; the
parser sets ``args.run`` to a function taking the parsed arguments and
returning the exit code. Expected errors print their French message and exit
2; anything else is a bug, logged with its traceback, and exits 3.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ingenierie import __version__
from ingenierie.cli import (
    cipher_commands,
    database_commands,
    demo_command,
    evaluation_command,
    gui_command,
    import_command,
    privacy_command,
    safety_commands,
    tet_command,
)
from ingenierie.config import PASSPHRASE_ENV
from ingenierie.errors import PassphraseRequired, UserError
from ingenierie.logsetup import configure_logging

log = logging.getLogger(__name__)

EXIT_USER_ERROR = 2
EXIT_BUG = 3

COMMAND_MODULES = (gui_command, database_commands, import_command, tet_command, demo_command,
                   evaluation_command, safety_commands, privacy_command, cipher_commands)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ingenierie",
        description="Ingénierie : suivi des projets de territoire et de la coopération.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", metavar="CHEMIN",
        help="fichier de base de données, ou son adresse (sqlite:///chemin?timeout=secondes) "
             "(sinon INGENIERIE_DB, sinon le dossier de l'utilisateur)")
    subparsers = parser.add_subparsers(title="commandes", metavar="COMMANDE", dest="command")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    parser.set_defaults(run=gui_command.run_gui)
    return parser


def _apology(log_path: Path | None, error: Exception) -> str:
    if log_path is None:
        return f"Désolé, une erreur inattendue s'est produite ({type(error).__name__} : {error})."
    return ("Désolé, une erreur inattendue s'est produite. "
            f"Les détails sont dans le journal : {log_path}")


def _ask_passphrase(asked: PassphraseRequired) -> bool:
    """Ask the passphrase of an encrypted database on a terminal (it stays in this
    process only); False when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        return False
    print(asked.user_message(), file=sys.stderr)
    os.environ[PASSPHRASE_ENV] = getpass.getpass("Phrase de passe : ")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0, 2 user error, 3 bug, 130 interrupted)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    log_path = configure_logging()
    args = build_parser().parse_args(arguments)
    # Arguments may name a person (a file, a record to export): kept below INFO.
    log.info("ingenierie %s: %s", __version__, args.command or "gui")
    log.debug("arguments: %s", " ".join(arguments))
    try:
        try:
            return int(args.run(args))
        except PassphraseRequired as asked:
            if not _ask_passphrase(asked):
                raise
            return int(args.run(args))
    except UserError as error:
        log.info("user error: %s", error.summary())
        log.debug("user error message: %s", error.user_message())
        print(f"Erreur : {error.user_message()}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
    except Exception as error:
        log.exception("unexpected error in the command line")
        print(_apology(log_path, error), file=sys.stderr)
        return EXIT_BUG
