"""The database: opened by location, written through one gateway, engine details inside.

``open_database`` gives a :class:`Database` whose units of work (``read``, ``write``,
``bulk_write``) are the only way to the data; ``changes`` says what a write changed;
``engines`` holds everything engine-specific (SQLite today) behind one interface.
"""

from ingenierie.storage.database import (
    Database,
    change_passphrase,
    check_database,
    export_database,
    last_good_backup,
    open_database,
    restore_database,
)

__all__ = ["Database", "change_passphrase", "check_database", "export_database",
           "last_good_backup", "open_database", "restore_database"]
