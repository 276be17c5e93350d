"""Opening a database: created and migrated, or refused and left byte-for-byte untouched."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from migration_support import execute, extended_migrations, fill_rows
from sqlalchemy import select

from ingenierie.errors import DatabaseFileError
from ingenierie.models import Project
from ingenierie.storage import open_database
from ingenierie.storage.engines.sqlite.backup import automatic_backups
from ingenierie.storage.engines.sqlite.inspection import APPLICATION_ID
from ingenierie.storage.migrate import Migrations


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused_untouched(path: Path, message: str) -> None:
    before = digest(path)
    with pytest.raises(DatabaseFileError, match=message) as raised:
        open_database(path)
    assert str(path) in raised.value.user_message()
    assert digest(path) == before


@pytest.fixture
def filled_path(db_path: Path) -> Path:
    """A database at head holding one row per table, closed (its WAL checkpointed)."""
    with open_database(db_path) as db:
        fill_rows(db.engine, 1)
    return db_path


def sqlite_file(path: Path, *statements: str) -> Path:
    execute(path, *statements)
    return path


def test_new_file_is_created_at_head_in_new_folders(tmp_path: Path) -> None:
    path = tmp_path / "Projets ? #2 à 50%" / "sous-dossier" / "base.sqlite"
    with open_database(path) as db:
        assert db.revision() == Migrations().head
    assert execute(path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert execute(path, "PRAGMA journal_mode") == [("wal",)]


def test_an_existing_database_opens_again_unchanged(filled_path: Path) -> None:
    before = digest(filled_path)
    with open_database(filled_path) as db:
        assert db.revision() == Migrations().head
    assert digest(filled_path) == before


def test_an_empty_file_becomes_a_database(db_path: Path) -> None:
    db_path.touch()
    with open_database(db_path) as db:
        assert db.revision() == Migrations().head


def test_missing_file_is_not_created_when_asked_not_to(db_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="n'existe pas"):
        open_database(db_path, create=False)
    assert not db_path.exists()


def test_folder_given_instead_of_a_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="est un dossier"):
        open_database(tmp_path)


def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"ceci n'est pas une base" * 200)
    assert_refused_untouched(path, "n'est pas une base de données Ingénierie")


def damage_pages(path: Path) -> None:
    """Overwrite pages 2 to 5 (table roots and rows) with garbage, keeping the header."""
    [(page_size,)] = execute(path, "PRAGMA page_size")
    data = bytearray(path.read_bytes())
    data[page_size:5 * page_size] = b"\xa5" * (4 * page_size)
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])


@pytest.mark.parametrize("damage", [damage_pages, truncate])
def test_damaged_database_is_refused_untouched(
        filled_path: Path, damage: Callable[[Path], None]) -> None:
    damage(filled_path)
    assert_refused_untouched(filled_path, "est endommagée")


def damage_project_rows(path: Path) -> None:
    """Overwrite the page holding the project rows (the table's root), nothing else."""
    [(page_size,)] = execute(path, "PRAGMA page_size")
    [(root,)] = execute(path, "SELECT rootpage FROM sqlite_master WHERE name = 'project'")
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size:root * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


def test_a_damaged_page_at_head_is_told_in_french_at_its_first_read(
        filled_path: Path) -> None:
    """Opening reads the header and schema only; the damaged page shows up when read."""
    damage_project_rows(filled_path)
    before = digest(filled_path)
    with open_database(filled_path) as db:
        with pytest.raises(DatabaseFileError, match="est endommagée") as raised, \
                db.read() as session:
            session.execute(select(Project)).all()
        assert str(filled_path) in raised.value.user_message()
    assert digest(filled_path) == before


def test_a_damaged_page_is_refused_before_a_migration(
        filled_path: Path, tmp_path: Path) -> None:
    damage_project_rows(filled_path)
    migrations = extended_migrations(tmp_path / "scripts", ("pass", "pass"))
    before = digest(filled_path)
    with pytest.raises(DatabaseFileError, match="est endommagée"):
        open_database(filled_path, migrations=migrations.location)
    assert digest(filled_path) == before
    assert not automatic_backups(filled_path)


def test_a_damaged_page_is_refused_after_an_unclean_shutdown(filled_path: Path) -> None:
    damage_project_rows(filled_path)
    Path(f"{filled_path}-wal").touch()  # what a crash leaves beside the file
    assert_refused_untouched(filled_path, "est endommagée")


def test_other_applications_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = sqlite_file(tmp_path / "carnet.sqlite",
                       "CREATE TABLE contact (nom TEXT)", "INSERT INTO contact VALUES ('Léa')")
    assert_refused_untouched(path, "d'une autre application")


def test_other_applications_alembic_database_is_not_called_a_newer_version(
        tmp_path: Path) -> None:
    path = sqlite_file(tmp_path / "autre.sqlite",
                       "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
                       "INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    assert_refused_untouched(path, "d'une autre application")


def test_empty_database_marked_by_another_application_is_refused(tmp_path: Path) -> None:
    path = sqlite_file(tmp_path / "autre.sqlite", "PRAGMA application_id = 42")
    assert_refused_untouched(path, "d'une autre application")


def test_database_from_a_newer_version_is_refused_untouched(filled_path: Path) -> None:
    sqlite_file(filled_path, "UPDATE alembic_version SET version_num = '9999_futur'")
    assert_refused_untouched(filled_path, "version plus récente")


@pytest.fixture
def read_only(request: pytest.FixtureRequest) -> Iterator[Callable[[Path], None]]:
    """Clear a path's write bits (as a user would), restoring them afterwards."""
    changed: list[tuple[Path, int]] = []

    def protect(path: Path) -> None:
        mode = path.stat().st_mode
        changed.append((path, mode))
        path.chmod(mode & 0o555)

    yield protect
    for path, mode in reversed(changed):
        path.chmod(mode)


def test_read_only_file_is_refused_untouched(
        filled_path: Path, read_only: Callable[[Path], None]) -> None:
    read_only(filled_path)
    assert_refused_untouched(filled_path, "en lecture seule")


def test_database_in_read_only_folder_is_refused_untouched(
        filled_path: Path, read_only: Callable[[Path], None]) -> None:
    read_only(filled_path.parent)
    assert_refused_untouched(filled_path, "lecture seule")


@pytest.mark.parametrize("relative", ["base.sqlite", "nouveau/base.sqlite"])
def test_nothing_is_created_in_a_read_only_folder(
        tmp_path: Path, read_only: Callable[[Path], None], relative: str) -> None:
    folder = tmp_path / "protégé"
    folder.mkdir()
    read_only(folder)
    message = re.escape(f"dossier « {folder} » est en lecture seule")
    with pytest.raises(DatabaseFileError, match=message):
        open_database(folder / relative)
    assert list(folder.iterdir()) == []
