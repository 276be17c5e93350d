"""The ``ingenierie`` command: the desktop window by default, and headless subcommands.

Each subcommand lives in its own module exposing ``register(subparsers)``; the
parser sets ``args.run`` to a function taking the parsed arguments and
returning the exit code. Expected errors print their French message and exit
2; anything else is a bug, logged with its traceback, and exits 3.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ingenierie import __version__
from ingenierie.cli import database_commands, gui_command
from ingenierie.errors import UserError
from ingenierie.logsetup import configure_logging

log = logging.getLogger(__name__)

EXIT_USER_ERROR = 2
EXIT_BUG = 3

COMMAND_MODULES = (gui_command, database_commands)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ingenierie",
        description="Ingénierie : suivi des projets de territoire et de la coopération.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", metavar="CHEMIN",
        help="fichier de base de données (sinon INGENIERIE_DB, sinon le dossier de l'utilisateur)")
    subparsers = parser.add_subparsers(title="commandes", metavar="COMMANDE")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    parser.set_defaults(run=gui_command.run_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    log_path = configure_logging()
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except UserError as error:
        print(f"Erreur : {error.user_message()}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in the command line")
        print("Désolé, une erreur inattendue s'est produite. "
              f"Les détails sont dans le journal : {log_path}", file=sys.stderr)
        return EXIT_BUG
