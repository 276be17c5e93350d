"""The RGPD rights on a real database: finding the person, the access export covering
every declared personal column, the erasure leaving nothing behind, the retention list."""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from ingenierie.errors import NotFoundError, ValidationError
from ingenierie.models import (
    AuditEntry,
    Interaction,
    Involvement,
    Participation,
    Person,
    ReviewFlag,
    Stakeholder,
)
from ingenierie.models.personal import personal_columns
from ingenierie.services.privacy.erasure import ERASED_NAME, PLACEHOLDER, erase_person, scrubbed
from ingenierie.services.privacy.export import export_person, person_document
from ingenierie.services.privacy.people import AmbiguousPersonError, find_person
from ingenierie.services.privacy.records import linked_tables
from ingenierie.services.privacy.restoring import erased_people, restore_keeping_erasures
from ingenierie.services.privacy.retention import inactive_people
from ingenierie.services.projects.interactions import InteractionInput, create_interaction
from ingenierie.services.projects.involvements import InvolvementInput, add_involvement
from ingenierie.services.projects.stages import move_to_stage
from ingenierie.services.stakeholders.dossier import person_dossier
from ingenierie.services.stakeholders.records import PersonInput, StakeholderDetail
from ingenierie.services.stakeholders.stakeholder import create_person, update_person
from ingenierie.storage import Database, open_database

sys.path.insert(0, str(Path(__file__).parents[2]))
from migration_support import fill_rows

EMAIL = "anne-sophie.legoff@brest-metropole.fr"


def test_a_person_is_found_by_id_email_or_name_and_an_ambiguous_name_lists_them(
        db: Database, person: StakeholderDetail) -> None:
    assert find_person(db, str(person.id)) == person.id
    assert find_person(db, EMAIL.upper()) == person.id
    assert find_person(db, "le goff anne-sophie") == person.id
    other = create_person(db, PersonInput(last_name="Le Goff", first_name="Yves")).value
    with pytest.raises(AmbiguousPersonError) as raised:
        find_person(db, "Le Goff")
    assert str(person.id) in raised.value.message and str(other.id) in raised.value.message
    with pytest.raises(NotFoundError):
        find_person(db, "Personne Inconnue")


def test_the_export_holds_every_personal_column_of_every_table_about_people(
        db: Database) -> None:
    """Generic over the models: one row in every table, each pointing at one person; a
    table or a personal column added later (evaluations…) is covered, or this fails."""
    fill_rows(db.engine, 2)  # round 2: the stakeholder row is a person
    with db.read() as session:
        person_id = session.scalars(select(Person.id)).one()
    document = person_document(db, person_id)

    assert set(personal_columns(Person)) <= set(document["personne"])
    assert all(document["personne"][name] is not None for name in personal_columns(Person))
    for linked in linked_tables():
        rows = document["donnees_liees"].get(linked.table.name)
        assert rows, f"{linked.table.name}: no row exported"
        personal = [c.name for c in linked.table.columns if c.info.get("personal") is True]
        missing = [name for name in personal if rows[0].get(name) is None]
        assert missing == [], f"{linked.table.name}: {missing}"


def test_the_export_writes_a_french_pdf_and_a_json_with_judgements_and_the_journal(
        db: Database, person: StakeholderDetail, project, tmp_path: Path) -> None:
    add_involvement(db, project.id, person.id, InvolvementInput(
        role="Partenaire", influence=5, interest=2, participation="Concertation",
        posture="Sachant", expected_effects="Ouvrir le tiers-lieu"))
    files = export_person(db, person.id, tmp_path / "export-le-goff")

    content = json.loads(files.json.read_text(encoding="utf-8"))
    assert content["personne"]["email"] == EMAIL
    (involvement,) = content["donnees_liees"]["involvement"]
    assert (involvement["influence"], involvement["posture"]) == (5, "sachant")
    assert involvement["project_id__nom"] == project.title
    assert any(line["action"] == "insert" for line in content["journal"])
    text = "".join(page.extract_text() for page in PdfReader(files.pdf).pages)
    assert "Données concernant Anne-Sophie Le Goff" in text and "Influence" in text
    with pytest.raises(Exception, match="existe déjà"):
        export_person(db, person.id, tmp_path / "export-le-goff")


def file_bytes(db: Database) -> bytes:
    path = db.location.file
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def test_an_erasure_leaves_counts_but_no_identifying_data_anywhere_in_the_file(
        db: Database, person: StakeholderDetail, project) -> None:
    update_person(db, person.id, PersonInput(last_name="Le Goff", first_name="Anne-Sophie",
                                             email=EMAIL, phone="02 98 33 50 50",
                                             notes="Élue référente"))
    add_involvement(db, project.id, person.id, InvolvementInput(
        role="Partenaire", influence=4, interest=4, participation="Concertation",
        posture="Sachant", expected_effects="Porter le projet au conseil"))
    exchange = create_interaction(db, project.id, InteractionInput(
        occurred_on=date(2024, 3, 1), title="Comité de pilotage",
        notes=f"Anne-Sophie Le Goff ({EMAIL}) présente le plan.",
        participants=((person.id, "Présent"),))).value
    move_to_stage(db, project.id, "Information", date(2024, 2, 1),
                  "Réunion avec LE GOFF Anne-Sophie.")
    backup = db.backup()
    assert EMAIL.encode() in file_bytes(db)

    report = erase_person(db, person.id)

    assert report.erased == 1 and report.scrubbed_texts == 2
    assert [info.path for info in report.older_backups] == [backup]
    with db.read() as session:
        erased = session.get_one(Person, person.id)
        assert erased.display_name == ERASED_NAME and erased.erased_at is not None
        assert all(getattr(erased, name) in (None, "", ERASED_NAME)
                   for name in personal_columns(Person))
        involvement = session.scalars(select(Involvement)).one()
        assert (involvement.influence, involvement.expected_effects) == (4, None)
        assert session.scalar(select(func.count()).select_from(Participation)) == 1
        flags = session.scalars(select(ReviewFlag)).all()
        assert {flag.table_name for flag in flags} == {"interaction", "stage_change"}
        lines = session.scalars(select(AuditEntry)).all()
        assert lines[-1].action == "erasure" and EMAIL not in lines[-1].changes
    with db.read() as session:
        notes = session.get_one(Interaction, exchange.id).notes
    assert notes == "[personne effacée] ([personne effacée]) présente le plan."
    data = file_bytes(db)
    for identifying in (EMAIL, "Le Goff", "02 98 33 50 50", "Élue référente"):
        assert identifying.encode() not in data, identifying


def test_an_organisation_is_not_erased(db: Database, organisation: StakeholderDetail) -> None:
    with pytest.raises(ValidationError, match="Seule une personne"):
        erase_person(db, organisation.id)
    with db.read() as session:
        assert session.get_one(Stakeholder, organisation.id).erased_at is None


def test_people_without_activity_for_three_years_are_listed_then_anonymised(
        db: Database) -> None:
    today = date(2026, 6, 1)
    old = create_person(db, PersonInput(last_name="Ancien", last_contact_on=date(2022, 5, 1)))
    create_person(db, PersonInput(last_name="Récent", last_contact_on=today - timedelta(days=30)))
    (listed,) = inactive_people(db, today=today)
    assert listed.id == old.value.id and listed.last_activity == date(2022, 5, 1)
    assert [p.display_name for p in inactive_people(db, years=5, today=today)] == []
    erase_person(db, listed.id)
    assert inactive_people(db, today=today) == []


def test_a_text_loses_the_whole_email_and_the_phone_however_it_is_written(
        db: Database, person: StakeholderDetail) -> None:
    update_person(db, person.id, PersonInput(last_name="Le Goff", first_name="Anne-Sophie",
                                             email=EMAIL, phone="02 98 33 50 50"))
    dossier = person_dossier(db, person.id)
    text = f"Écrire à {EMAIL.upper()} ou appeler le 0298335050, +33 2.98.33.50.50."
    assert scrubbed(text, dossier) == (f"Écrire à {PLACEHOLDER} ou appeler le {PLACEHOLDER}, "
                                       f"{PLACEHOLDER}.")


def test_restoring_a_backup_older_than_an_erasure_erases_the_person_again(
        db: Database, person: StakeholderDetail, project) -> None:
    update_person(db, person.id, PersonInput(last_name="Le Goff", first_name="Anne-Sophie",
                                             email=EMAIL))
    create_interaction(db, project.id, InteractionInput(
        occurred_on=date(2024, 3, 1), title="Comité", notes="Anne-Sophie Le Goff présente."))
    backup = db.backup()
    erase_person(db, person.id)
    location = db.location
    db.close()

    restored = restore_keeping_erasures(location, backup)

    assert restored.erased_again is not None and restored.erased_again.erased == 1
    assert "1 personne(s) effacée(s) après cette sauvegarde" in restored.erasure_note()
    with open_database(location, create=False) as again:
        assert erased_people(again) == {person.id}
        assert EMAIL.encode() not in file_bytes(again)
        assert b"Le Goff" not in file_bytes(again)


def test_restoring_without_erasures_since_says_nothing_of_them(
        db: Database, person: StakeholderDetail) -> None:
    backup = db.backup()
    location = db.location
    db.close()
    restored = restore_keeping_erasures(location, backup)
    assert restored.erased_again is None and restored.erasure_note() == ""
