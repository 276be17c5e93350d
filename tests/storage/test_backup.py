"""Backups: made beside the file before a migration, the last five kept; on demand elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from migration_support import (
    dump,
    execute,
    extended_migrations,
    fill_rows,
    revision_of,
    row_counts,
)

from ingenierie.errors import DatabaseFileError
from ingenierie.models import Theme
from ingenierie.storage import Database, open_database
from ingenierie.storage.engines.sqlite.backup import (
    AUTOMATIC_SUFFIX,
    KEPT_BACKUPS,
    MANUAL_SUFFIX,
    automatic_backups,
    backup_before_upgrade,
)
from ingenierie.storage.engines.sqlite.connection import create_sqlite_engine

ADD_NOTE_TABLE = (
    "op.create_table('test_note', sa.Column('id', sa.Integer, primary_key=True), "
    "sa.Column('project_id', sa.CHAR(32), sa.ForeignKey('project.id')))",
    "op.drop_table('test_note')",
)


def test_every_older_revision_is_backed_up_before_its_upgrade(tmp_path: Path) -> None:
    migrations = extended_migrations(tmp_path, ADD_NOTE_TABLE)
    for revision in migrations.revisions()[:-1]:
        path = tmp_path / f"base-{revision}.sqlite"
        engine = create_sqlite_engine(path)
        migrations.upgrade(engine, revision)
        fill_rows(engine, 1)
        counts = row_counts(engine)
        engine.dispose()
        before = dump(path)

        with open_database(path, migrations=migrations.location) as db:
            assert db.revision() == migrations.head
            assert {t: n for t, n in row_counts(db.engine).items() if t in counts} == counts

        [saved] = automatic_backups(path)
        assert saved.parent == path.parent and saved.name.endswith(AUTOMATIC_SUFFIX)
        assert revision_of(saved) == revision
        assert dump(saved) == before
        assert not Path(f"{saved}-wal").exists()


def test_no_backup_for_a_new_database_or_one_already_at_head(db_path: Path) -> None:
    open_database(db_path).close()
    open_database(db_path).close()
    assert automatic_backups(db_path) == []
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_only_the_last_automatic_backups_are_kept(db: Database) -> None:
    manual = db.backup()
    other = db.location.file.with_name(f"autre.2020-01-01_00-00-00-000000{AUTOMATIC_SUFFIX}")
    other.write_bytes(b"")
    made = [backup_before_upgrade(db.location.file) for _ in range(KEPT_BACKUPS + 2)]
    assert automatic_backups(db.location.file) == made[-KEPT_BACKUPS:]
    assert manual.exists() and other.exists()


def test_backup_of_an_open_database_holds_its_latest_changes(db: Database,
                                                           tmp_path: Path) -> None:
    with db.write() as session:
        session.add(Theme(name="Alimentation durable"))
    destination = tmp_path / "copie.sqlite"
    assert db.backup(destination) == destination
    assert ("Alimentation durable",) in execute(destination, "SELECT name FROM theme")
    assert execute(destination, "PRAGMA journal_mode") == [("delete",)]
    with open_database(destination) as restored:
        assert restored.revision() == db.revision()


def test_backup_into_a_folder_gets_a_dated_name(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "sauvegardes"
    folder.mkdir()
    saved = db.backup(folder)
    assert saved.parent == folder
    assert saved.name.startswith(db.location.file.stem) and saved.name.endswith(MANUAL_SUFFIX)


def test_backup_never_overwrites_a_file(db: Database, tmp_path: Path) -> None:
    existing = tmp_path / "rapport.sqlite"
    existing.write_bytes(b"important")
    with pytest.raises(DatabaseFileError, match="existe déjà"):
        db.backup(existing)
    assert existing.read_bytes() == b"important"


def test_backup_into_a_missing_folder_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="n'existe pas"):
        db.backup(tmp_path / "absent" / "copie.sqlite")
