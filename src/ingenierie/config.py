"""Where the database lives: ``--db PATH``, else ``INGENIERIE_DB``, else the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "Ingenierie"
DATABASE_ENV = "INGENIERIE_DB"
DEFAULT_FILENAME = "ingenierie.sqlite"


def default_database_path() -> Path:
    """The database in the user data folder (e.g. ``~/.local/share/Ingenierie`` on Linux)."""
    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILENAME


def resolve_database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The path chosen on the command line wins over the environment and the default."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATABASE_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return default_database_path()


def log_directory() -> Path:
    """Where ``ingenierie.log`` is written (e.g. ``~/.local/state/Ingenierie/log``)."""
    return user_log_path(APP_NAME, appauthor=False)
