"""Where the database lives: ``--db``, else ``INGENIERIE_DB``, else the user data dir.

A database is located by a URL (``sqlite:////home/anne/territoire.sqlite``), so that
a server can stand where a file stands today; a plain path means a file, as it
always did. Only ``storage/`` reads what a URL's scheme and options mean: above
it a :class:`DatabaseLocation` is shown, remembered and compared, and asked
only whether it is a file on this computer (for file dialogs).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path, user_log_path

if TYPE_CHECKING:  # SQLAlchemy is loaded when a location is made, not for ``--help``
    from sqlalchemy.engine import URL

APP_NAME = "Ingenierie"
DATABASE_ENV = "INGENIERIE_DB"
PASSPHRASE_ENV = "INGENIERIE_PASSPHRASE"
DEFAULT_FILENAME = "ingenierie.sqlite"
_FILE_SCHEME = "sqlite"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(frozen=True, slots=True)
class DatabaseLocation:
    """A database's URL. Made from a path (:meth:`of_file`) or from what a user typed
    (:meth:`parse`); options such as ``?timeout=0.5`` (seconds a writer waits for
    another one) ride along in the URL's query."""

    url: URL

    @classmethod
    def of_file(cls, path: str | os.PathLike[str]) -> DatabaseLocation:
        from sqlalchemy.engine import URL

        # URL.create, not an f-string: a "?" or "#" in a folder name would cut the path.
        return cls(URL.create(_FILE_SCHEME, database=str(Path(path).expanduser())))

    @classmethod
    def parse(cls, text: str | os.PathLike[str]) -> DatabaseLocation:
        """A URL (``scheme://…``) as it is; anything else is the path of a file."""
        if isinstance(text, str) and _URL.match(text):
            from sqlalchemy.engine import make_url

            return cls(make_url(text))
        return cls.of_file(text)

    @property
    def file(self) -> Path | None:
        """The database file, when the database is a file on this computer."""
        name = self.url.database
        if self.url.get_backend_name() != _FILE_SCHEME or not name or name == ":memory:":
            return None
        return Path(name)

    @property
    def display_name(self) -> str:
        """A short name for a window title: the file's name, or the database's."""
        file = self.file
        return file.name if file is not None else (self.url.database or self.url.host or "")

    def with_passphrase(self, passphrase: str | None) -> DatabaseLocation:
        """The same location opening an encrypted database with ``passphrase`` (kept in
        memory only: never shown, never remembered)."""
        return DatabaseLocation(self.url.set(password=passphrase))

    @property
    def passphrase(self) -> str | None:
        password = self.url.password
        return None if password is None else str(password)

    def resolved(self) -> DatabaseLocation:
        """The same location with a file's path made absolute, for comparisons and memory."""
        file = self.file
        if file is None:
            return self
        return DatabaseLocation(self.url.set(database=str(file.resolve())))

    def __str__(self) -> str:
        """As users read it: a file's path, or the URL without its password."""
        file = self.file
        return str(file) if file is not None else self.url.render_as_string(hide_password=True)


def default_database_path() -> Path:
    """The database in the user data folder (e.g. ``~/.local/share/Ingenierie`` on Linux)."""
    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILENAME


def resolve_database_location(explicit: str | os.PathLike[str] | None = None
                              ) -> DatabaseLocation:
    """The location chosen on the command line wins over the environment and the default;
    ``INGENIERIE_PASSPHRASE`` gives the passphrase of an encrypted database."""
    if explicit:
        location = DatabaseLocation.parse(explicit)
    elif from_env := os.environ.get(DATABASE_ENV):
        location = DatabaseLocation.parse(from_env)
    else:
        location = DatabaseLocation.of_file(default_database_path())
    passphrase = os.environ.get(PASSPHRASE_ENV)
    return location.with_passphrase(passphrase) if passphrase else location


def log_directory() -> Path:
    """Where ``ingenierie.log`` is written (e.g. ``~/.local/state/Ingenierie/log``)."""
    return user_log_path(APP_NAME, appauthor=False)
