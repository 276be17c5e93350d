"""Opening, migrating and backing up the local SQLite database."""

from ingenierie.storage.database import Database, open_database

__all__ = ["Database", "open_database"]
