"""Opening a database: created and migrated, or refused and untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingenierie.errors import DatabaseFileError
from ingenierie.storage import open_database
from ingenierie.storage.migrate import head_revision


def test_new_file_is_created_at_head(db_path: Path) -> None:
    with open_database(db_path) as db:
        assert db.revision() == head_revision()
    assert db_path.exists()


def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"ceci n'est pas une base")
    with pytest.raises(DatabaseFileError, match="n'est pas une base de données Ingénierie"):
        open_database(path)
    assert path.read_bytes() == b"ceci n'est pas une base"
