"""Encrypted databases (SQLCipher): created, opened with the passphrase only, and
everything else the same — migrations, backups (encrypted too), restore, search,
import, check; encrypting, decrypting and re-keying write or keep a file as promised."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ingenierie.config import DatabaseLocation
from ingenierie.errors import PassphraseRequired, WrongPassphrase
from ingenierie.models import Person
from ingenierie.services.importing.pipeline import run_import
from ingenierie.services.stakeholders.listing import StakeholderFilter, stakeholder_keys
from ingenierie.services.stakeholders.records import PersonInput
from ingenierie.services.stakeholders.stakeholder import create_person
from ingenierie.storage import (
    change_passphrase,
    check_database,
    export_database,
    open_database,
    restore_database,
)
from ingenierie.storage.engines.sqlite.driver import available
from ingenierie.storage.engines.sqlite.inspection import SQLITE_MAGIC
from ingenierie.storage.migrate import Migrations

sys.path.insert(0, str(Path(__file__).parents[1] / "services" / "importing"))
import fixtures

pytestmark = pytest.mark.skipif(not available(), reason="sqlcipher3 is not installed")
PHRASE = "une phrase de passe assez longue"
EMAIL = "anne.legoff@exemple.fr"


@pytest.fixture
def secret(tmp_path: Path) -> DatabaseLocation:
    location = DatabaseLocation.of_file(tmp_path / "chiffree.sqlite").with_passphrase(PHRASE)
    with open_database(location) as db:
        create_person(db, PersonInput(last_name="Le Goff", first_name="Anne", email=EMAIL))
    return location


def people(location: DatabaseLocation) -> int:
    with open_database(location, create=False) as db, db.read() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def test_an_encrypted_file_shows_nothing_and_opens_only_with_its_passphrase(
        secret: DatabaseLocation) -> None:
    path = secret.file
    data = path.read_bytes()
    assert not data.startswith(SQLITE_MAGIC) and EMAIL.encode() not in data
    assert str(secret) == str(path)  # shown and remembered without the passphrase
    with pytest.raises(PassphraseRequired, match="chiffrée"):
        open_database(path, create=False)
    with pytest.raises(WrongPassphrase, match="Phrase de passe incorrecte"):
        open_database(secret.with_passphrase("mauvaise"), create=False)
    assert path.read_bytes() == data
    assert people(secret) == 1 and check_database(secret).healthy


def test_search_import_and_backups_work_the_same_and_backups_are_encrypted(
        secret: DatabaseLocation, tmp_path: Path) -> None:
    with open_database(secret, create=False) as db:
        assert len(stakeholder_keys(db, StakeholderFilter(text="goff"))) == 1
        report = run_import(db, fixtures.clean_people(tmp_path, rows=25))
        assert report.outcome.value == "imported"
        saved = db.backup()
        assert not saved.read_bytes().startswith(SQLITE_MAGIC)
        assert db.verify_backup(saved)
        assert {b.people for b in db.backups()} == {26}
        create_person(db, PersonInput(last_name="Après"))
    restore_database(secret, saved)
    assert people(secret) == 26


def test_an_encrypted_database_is_migrated_like_any_other(secret: DatabaseLocation) -> None:
    with open_database(secret, create=False) as db:
        Migrations().downgrade(db.engine, "0003")
    with open_database(secret, create=False) as db:
        assert db.revision() == Migrations().head
    copies = list(secret.file.parent.glob("*.avant-mise-a-jour.sqlite"))
    assert len(copies) == 1 and not copies[0].read_bytes().startswith(SQLITE_MAGIC)


def test_encrypt_decrypt_and_change_the_passphrase_keep_the_original(
        db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path) as db:
        create_person(db, PersonInput(last_name="Le Goff", email=EMAIL))
    plain = db_path.read_bytes()
    encrypted = export_database(db_path, tmp_path / "chiffree.sqlite", PHRASE)
    assert db_path.read_bytes() == plain
    location = DatabaseLocation.of_file(encrypted).with_passphrase(PHRASE)
    assert people(location) == 1 and EMAIL.encode() not in encrypted.read_bytes()

    saved = change_passphrase(location, "nouvelle phrase de passe")
    with pytest.raises(WrongPassphrase):
        people(location)
    assert people(location.with_passphrase("nouvelle phrase de passe")) == 1
    assert people(DatabaseLocation.of_file(saved).with_passphrase(PHRASE)) == 1

    clear = export_database(location.with_passphrase("nouvelle phrase de passe"),
                            tmp_path / "claire.sqlite", None)
    assert clear.read_bytes().startswith(SQLITE_MAGIC) and people(
        DatabaseLocation.of_file(clear)) == 1
    with pytest.raises(Exception, match="existe déjà"):
        export_database(db_path, clear, PHRASE)
