"""The ``ingenierie`` command: the desktop window by default, and headless subcommands.

Each subcommand lives in its own module exposing ``register(subparsers)``; the
parser sets ``args.run`` to a function taking the parsed arguments and
returning the exit code. Expected errors print their French message and exit
2; anything else is a bug, logged with its traceback, and exits 3.

:data:`COMMANDS` names each command's module and its one-line help, so that only the
module of the command being run is imported (with the services, SQLAlchemy… it
needs): ``ingenierie --help`` lists every command from the table alone, and a
command's arguments are registered by its module when it is the one chosen. A new
command is one line of the table.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from typing import NamedTuple

from ingenierie import __version__
from ingenierie.config import PASSPHRASE_ENV
from ingenierie.errors import PassphraseRequired, UserError
from ingenierie.logsetup import configure_logging

log = logging.getLogger(__name__)

EXIT_USER_ERROR = 2
EXIT_BUG = 3



class Command(NamedTuple):
    """A command's module in ``ingenierie.cli`` (its ``register`` adds the command's full
    parser) and its help in the list of commands."""

    module: str
    help: str
    aliases: tuple[str, ...] = ()


COMMANDS: dict[str, Command] = {
    "gui": Command("gui_command", "ouvrir la fenêtre de l'application"),
    "init": Command("database_commands", "créer la base de données (ou la mettre à jour)"),
    "info": Command("database_commands", "chemin, version du schéma, nombre d'éléments"),
    "backup": Command("database_commands", "copier la base de données dans un fichier"),
    "import": Command("import_command",
                      "importer un classeur (.xlsx, .ods, .xls) ou un fichier CSV"),
    "template": Command("import_command", "écrire le classeur modèle à remplir pour un import",
                        aliases=("export-template",)),
    "export": Command("export_command", "exporter les fiches dans un classeur Excel (.xlsx), "
                                        "ou un plan d'action pour Territoires en Transitions"),
    "report": Command("report_command",
                      "écrire un rapport de suivi en PDF (un projet ou un portefeuille)"),
    "demo": Command("demo_command", "remplir la base avec des données de démonstration"),
    "evaluation": Command("evaluation_command", "exporter les évaluations"),
    "check": Command("safety_commands",
                     "vérifier l'intégrité de la base de données (sans rien modifier)"),
    "restore": Command("safety_commands",
                       "remettre les données d'une sauvegarde dans la base de données"),
    "journal": Command("safety_commands", "le journal des modifications (qui, quand, quoi), "
                                          "de toute la base, d'un projet ou d'un acteur"),
    "privacy": Command("privacy_command", "droits des personnes (RGPD) : export, effacement, "
                                          "durée de conservation"),
    "encrypt": Command("cipher_commands", "écrire une copie chiffrée de la base"),
    "decrypt": Command("cipher_commands", "écrire une copie non chiffrée de la base"),
    "passphrase": Command("cipher_commands", "changer la phrase de passe d'une base chiffrée"),
}


def _chosen_module(name: str | None) -> str | None:
    for command, entry in COMMANDS.items():
        if name == command or name in entry.aliases:
            return entry.module
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with ``command``'s module registered in full (its siblings too); every
    other command is a placeholder carrying its help, enough to list it and to be chosen."""
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
    chosen = _chosen_module(command)
    for name, entry in COMMANDS.items():
        if entry.module != chosen:
            subparsers.add_parser(name, help=entry.help, aliases=entry.aliases, add_help=False)
    if chosen is not None:
        import_module(f"{__name__}.{chosen}").register(subparsers)
    parser.set_defaults(run=_run_gui)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    """No command: the window."""
    from ingenierie.cli.gui_command import run_gui

    return run_gui(args)


def parse_arguments(arguments: Sequence[str]) -> argparse.Namespace:
    """Which command is asked for (placeholders only), then its full parser."""
    command = build_parser().parse_known_args(arguments)[0].command
    return build_parser(command).parse_args(arguments)


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
    args = parse_arguments(arguments)
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
