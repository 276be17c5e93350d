"""Opening a database to work on: the storage's checks, backup and migrations, then the
data shipped with this version (indicator library, maturity grid) brought in step.

Every command and window opens its database here, so a new version's library
reaches every file at its first opening; a file already in step is only read.
"""

from __future__ import annotations

import os

from ingenierie.config import DatabaseLocation
from ingenierie.services.evaluation.shipped import sync_shipped_data
from ingenierie.storage import Database, open_database


def open_for_use(location: DatabaseLocation | str | os.PathLike[str], *,
                 create: bool = False, verify: bool = False) -> Database:
    """``storage.open_database`` (a location, a URL or a file's path; ``create`` and
    ``verify`` as there), then the shipped evaluation data synchronised."""
    db = open_database(location, create=create, verify=verify)
    try:
        sync_shipped_data(db)
    except BaseException:
        db.close()
        raise
    return db
