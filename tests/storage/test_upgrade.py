"""Migrations at open are atomic: a failure leaves the file exactly as it was.

Each test adds a revision after the real head (in a copy of the migrations)
and opens a database at head holding one row per table.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest
from migration_support import dump, extended_migrations, fill_rows, revision_of, row_counts

from ingenierie.errors import DatabaseFileError
from ingenierie.storage import open_database
from ingenierie.storage.engines.sqlite.backup import automatic_backups
from ingenierie.storage.engines.sqlite.connection import create_sqlite_engine
from ingenierie.storage.engines.sqlite.opening import ForeignKeyViolations
from ingenierie.storage.migrate import Migrations


@pytest.fixture
def filled_path(db_path: Path) -> Path:
    with open_database(db_path) as db:
        fill_rows(db.engine, 1)
    return db_path


def open_with(path: Path, tmp_path: Path, upgrade: str, downgrade: str = "pass") -> Migrations:
    migrations = extended_migrations(tmp_path, (upgrade, downgrade))
    open_database(path, migrations=migrations.location).close()
    return migrations


def assert_failed_and_untouched(path: Path, tmp_path: Path, upgrade: str,
                                caplog: pytest.LogCaptureFixture) -> BaseException:
    before_bytes = hashlib.sha256(path.read_bytes()).hexdigest()
    before = dump(path)
    revision = revision_of(path)
    with caplog.at_level(logging.ERROR), pytest.raises(
            DatabaseFileError, match="a échoué, elle a été annulée") as raised:
        open_with(path, tmp_path, upgrade)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before_bytes
    assert dump(path) == before
    assert revision_of(path) == revision
    [saved] = automatic_backups(path)
    assert str(saved) in raised.value.user_message()
    [record] = [r for r in caplog.records if "rolled back" in r.getMessage()]
    assert record.exc_info is not None
    return raised.value.__cause__


def test_failing_migration_leaves_no_table_behind(
        filled_path: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    cause = assert_failed_and_untouched(filled_path, tmp_path, """
op.create_table('half_done', sa.Column('id', sa.Integer, primary_key=True))
op.add_column('project', sa.Column('half_done_note', sa.String(20)))
op.execute('INSERT INTO no_such_table VALUES (1)')
""", caplog)
    assert "no_such_table" in str(cause)
    assert not any("half_done" in statement for statement in dump(filled_path))


def test_migration_breaking_a_foreign_key_is_rolled_back(
        filled_path: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    cause = assert_failed_and_untouched(
        filled_path, tmp_path, "op.execute('DELETE FROM project')", caplog)
    assert isinstance(cause, ForeignKeyViolations)


def test_batch_migration_keeps_the_rows_that_point_at_a_recreated_table(
        filled_path: Path, tmp_path: Path) -> None:
    """Recreating ``project`` with foreign keys on would cascade-delete its children."""
    engine_counts = _counts(filled_path)
    migrations = open_with(filled_path, tmp_path, """
with op.batch_alter_table('project', recreate='always') as batch:
    batch.add_column(sa.Column('test_note', sa.String(50)))
""")
    assert revision_of(filled_path) == migrations.head
    assert _counts(filled_path) == engine_counts
    assert any("test_note" in statement for statement in dump(filled_path))


def _counts(path: Path) -> dict[str, int]:
    engine = create_sqlite_engine(path)
    try:
        return row_counts(engine)
    finally:
        engine.dispose()
