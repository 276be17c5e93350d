"""Daily backups and their rotation, the list of backups, restore and check, on real files."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from ingenierie.errors import DamagedDatabaseError, DatabaseFileError
from ingenierie.services.stakeholders.stakeholder import PersonInput, create_person
from ingenierie.storage import (
    Database,
    check_database,
    last_good_backup,
    open_database,
    restore_database,
)
from ingenierie.storage.backups import Reason, daily_to_remove
from ingenierie.storage.engines.sqlite.placement import filesystem_type, placement_warning


def people(db: Database) -> int:
    with db.read() as session:
        return session.execute(sqlite_count("person")).scalar_one()


def sqlite_count(nature: str):
    from sqlalchemy import func, select

    from ingenierie.models import Stakeholder
    return select(func.count()).where(Stakeholder.nature == nature)


def names(path: Path) -> set[str]:
    with open_database(path, create=False) as db, db.read() as session:
        return set(session.execute(text("SELECT last_name FROM stakeholder")).scalars())


def damage(path: Path) -> None:
    """A page in the middle overwritten with garbage, as a failing disk would."""
    header = path.read_bytes()[:100]
    size, pages = int.from_bytes(header[16:18], "big"), int.from_bytes(header[28:32], "big")
    with path.open("r+b") as handle:
        handle.seek(size * (pages // 2))
        handle.write(bytes([0x0D, 0xFF]) + b"\xa5" * (size - 2))


def test_the_rotation_keeps_seven_days_then_one_copy_a_week_for_four_weeks() -> None:
    start = datetime(2026, 1, 1, 9)
    made = [start + timedelta(days=n) for n in range(60)]
    kept = sorted(set(made) - set(daily_to_remove(made)))
    assert kept[-7:] == made[-7:]
    weekly = kept[:-7]
    assert len(weekly) == 4
    assert len({when.isocalendar()[:2] for when in weekly}) == 4
    assert daily_to_remove(made[:5]) == []


def test_one_daily_copy_a_day_in_the_chosen_folder_listed_with_its_counts(
        db: Database, tmp_path: Path) -> None:
    create_person(db, PersonInput(last_name="Le Goff"))
    folder = tmp_path / "sauvegardes"
    folder.mkdir()
    first = db.backup_daily(folder)
    assert first is not None and first.parent == folder
    assert db.backup_daily(folder) is None  # already made today

    (listed,) = db.backups([folder])
    assert (listed.path, listed.reason, listed.people, listed.projects) == (first, Reason.DAILY,
                                                                            1, 0)
    assert listed.size == first.stat().st_size and listed.revision == db.revision()
    assert db.verify_backup(first)


def test_old_daily_copies_are_rotated_out(db: Database, tmp_path: Path) -> None:
    stem = db.location.file.stem
    for days in range(1, 30):
        when = datetime.now() - timedelta(days=days)
        (tmp_path / f"{stem}.{when:%Y-%m-%d_%H-%M-%S-%f}.quotidienne.sqlite").write_bytes(b"x")
    db.backup_daily(tmp_path)
    daily = [b for b in db.backups() if b.reason is Reason.DAILY]
    assert len(daily) == 7 + 4


def test_a_restore_brings_the_data_back_after_copying_the_current_state(
        db: Database, db_path: Path) -> None:
    create_person(db, PersonInput(last_name="Le Goff"))
    saved = db.backup()
    create_person(db, PersonInput(last_name="Kerhervé"))
    assert people(db) == 2

    before = db.restore(saved)
    with open_database(db_path, create=False) as restored:
        assert people(restored) == 1
    with open_database(before, create=False) as previous:
        assert people(previous) == 2
    assert before.name.endswith(".avant-restauration.sqlite")


def test_a_damaged_database_is_told_checked_and_restored_from_the_last_good_backup(
        db: Database, db_path: Path) -> None:
    create_person(db, PersonInput(last_name="Le Goff"))
    saved = db.backup()
    db.close()
    assert check_database(db_path).healthy
    damage(db_path)

    health = check_database(db_path)
    assert not health.healthy and "endommagées" in health.problems[0]
    with pytest.raises(DamagedDatabaseError):
        open_database(db_path, create=False, verify=True)
    assert last_good_backup(db_path) == saved
    restore_database(db_path, saved)
    assert check_database(db_path).healthy
    with open_database(db_path, create=False, verify=True) as again:
        assert people(again) == 1


def test_what_prepare_writes_into_the_staged_backup_lands_with_it_or_nothing_does(
        db: Database, db_path: Path) -> None:
    create_person(db, PersonInput(last_name="Le Goff"))
    saved = db.backup()
    create_person(db, PersonInput(last_name="Après la sauvegarde"))
    db.close()
    backup_bytes = saved.read_bytes()

    def failing(staged: Database) -> None:
        create_person(staged, PersonInput(last_name="Préparée"))
        raise RuntimeError("killed while preparing")

    with pytest.raises(RuntimeError):
        restore_database(db_path, saved, prepare=failing)
    assert names(db_path) == {"Le Goff", "Après la sauvegarde"}  # the state before, whole
    restore_database(db_path, saved, prepare=lambda staged: create_person(
        staged, PersonInput(last_name="Préparée")) and None)
    assert names(db_path) == {"Le Goff", "Préparée"}
    assert saved.read_bytes() == backup_bytes  # the backup itself is never changed
    assert [p.name for p in db_path.parent.iterdir() if ".preparee" in p.name] == []


def test_checking_a_missing_or_empty_file_says_so_rather_than_damaged(tmp_path: Path) -> None:
    missing, empty = tmp_path / "absente.sqlite", tmp_path / "vide.sqlite"
    empty.touch()
    with pytest.raises(DatabaseFileError, match="n'existe pas"):
        check_database(missing)
    with pytest.raises(DatabaseFileError, match="est vide : ce n'est pas encore"):
        check_database(empty)
    assert not missing.exists() and empty.stat().st_size == 0


def test_a_damaged_backup_is_not_restored_and_nothing_changes(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    create_person(db, PersonInput(last_name="Le Goff"))
    bad = db.backup(tmp_path / "abimee.sqlite")
    damage(bad)
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseFileError, match="endommagée"):
        restore_database(db_path, bad)
    assert db_path.read_bytes() == before
    assert last_good_backup(db_path, [tmp_path]) is None


def test_synchronised_folders_and_network_shares_are_warned_about(tmp_path: Path) -> None:
    for folder in ("OneDrive - Mairie", "Dropbox", "Nextcloud", "Google Drive"):
        assert folder.split(" ")[0] in (placement_warning(tmp_path / folder / "b.sqlite") or "")
    assert placement_warning(tmp_path / "b.sqlite") is None
    mounts = ("/dev/sda1 / ext4 rw 0 0\n"
              "//serveur/partage /mnt/partage cifs rw 0 0\n")
    assert filesystem_type(Path("/mnt/partage/base.sqlite"), mounts) == "cifs"
    assert filesystem_type(Path("/home/anne/base.sqlite"), mounts) == "ext4"


def test_a_restore_waits_for_another_connection_and_is_all_or_nothing(
        db: Database, db_path: Path) -> None:
    create_person(db, PersonInput(last_name="Le Goff"))
    saved = db.backup()
    create_person(db, PersonInput(last_name="Kerhervé"))
    reader = sqlite3.connect(db_path)
    try:
        assert reader.execute("SELECT count(*) FROM stakeholder").fetchone() == (2,)
        restore_database(db_path, saved)
        assert reader.execute("SELECT count(*) FROM stakeholder").fetchone() == (1,)
    finally:
        reader.close()
