"""``ingenierie demo``: fill a database with realistic, deterministic French demo data."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ingenierie.cli.progress import ProgressLine
from ingenierie.config import resolve_database_location
from ingenierie.services.demo import (
    DEFAULT_SEED,
    DEFAULT_SIZE,
    DemoSummary,
    check_size,
    generate_demo,
)
from ingenierie.services.opening import open_for_use


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "demo",
        description="Crée des territoires, des acteurs, des projets de tous les dispositifs "
                    "et leur historique. Une même graine donne toujours les mêmes données. "
                    "Une base qui contient déjà des données est refusée, sauf avec --append.")
    command.add_argument("--size", type=int, default=DEFAULT_SIZE, metavar="N",
                         help=f"nombre d'acteurs (par défaut : {DEFAULT_SIZE}) ; "
                              "un projet pour dix acteurs")
    command.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="GRAINE",
                         help=f"graine du tirage (par défaut : {DEFAULT_SEED})")
    command.add_argument("--append", action="store_true",
                         help="ajouter les données à une base qui en contient déjà")
    command.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    check_size(args.size)  # before a database file is created for nothing
    # Every page is checked first: the demo writes much, and never into a damaged file.
    with open_for_use(resolve_database_location(args.db), create=False, verify=True) as db:
        line = ProgressLine(sys.stderr)

        def progress(done: int, total: int) -> None:
            percent = 100 * done // total if total else 100
            line.show(f"Écriture des données de démonstration : {percent} %", percent // 10)

        try:
            summary = generate_demo(db, args.size, args.seed, progress, append=args.append)
        finally:
            line.close()
    for text in summary_lines(summary):
        print(text)
    return 0


def summary_lines(summary: DemoSummary) -> list[str]:
    lines = [f"Données de démonstration écrites dans {summary.database} "
             f"(graine {summary.seed}, {_number(summary.size)} acteurs) "
             f"en {_seconds(summary.seconds)} :"]
    lines += [f"  {label} : {_number(count)}" for label, count in summary.counts]
    lines.append(f"Total : {_number(summary.rows)} lignes "
                 f"({_number(round(summary.rows_per_second))} lignes par seconde).")
    return lines


def _number(value: int) -> str:
    """12 345 written the French way (a plain space: some consoles lack the narrow one)."""
    return f"{value:,}".replace(",", " ")


def _seconds(value: float) -> str:
    return f"{value:.1f} s".replace(".", ",")
