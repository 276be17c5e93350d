"""``ingenierie gui``: open the desktop window (the default when no command is given)."""

from __future__ import annotations

import argparse
from typing import Any

from ingenierie.config import resolve_database_location


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("gui")
    parser.set_defaults(run=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    # The database layers first: once PySide6 is loaded, its import hook reads the source
    # of every module imported after it (shiboken's __feature__ check, PYSIDE-2029), a
    # quarter of a second for SQLAlchemy and the models.
    import ingenierie.services.opening  # noqa: F401
    from ingenierie.ui.app import run  # Qt is loaded only when the window is wanted

    return run(resolve_database_location(args.db))
