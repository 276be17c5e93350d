"""Civility, postal code, town and first contact from a manager's list land in their own
fields, not in the notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from ingenierie.models import Organisation, Person
from ingenierie.models.vocabulary import Civility
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.pipeline import ImportOptions, run_import
from ingenierie.services.importing.report import Outcome
from ingenierie.storage import Database

PEOPLE = ("Civilité", "Nom", "Prénom", "Organisme", "Courriel", "Code postal", "Commune",
          "Date du premier contact", "Montant accompagné (€)", "Notes")
ORGANISATIONS = ("Raison sociale", "Forme juridique", "SIRET", "CP", "Ville")


def workbook(path: Path, people: Sequence[tuple[object, ...]],
             organisations: Sequence[tuple[object, ...]] = ()) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = RecordKind.PERSON.label
    sheet.append(PEOPLE)
    for row in people:
        sheet.append(row)
    if organisations:
        other = book.create_sheet(RecordKind.ORGANISATION.label)
        other.append(ORGANISATIONS)
        for row in organisations:
            other.append(row)
    book.save(path)
    return path


def stored_people(db: Database) -> dict[str, tuple[object, ...]]:
    with db.read() as session:
        return {p.last_name or "": (p.civility, p.postal_code, p.city, p.first_contact_on,
                                    p.notes)
                for p in session.scalars(select(Person))}


def test_contact_columns_fill_the_fields_and_stay_out_of_the_notes(db: Database,
                                                                   tmp_path: Path) -> None:
    path = workbook(tmp_path / "acteurs.xlsx", [
        ("Mme", "Le Goff", "Anne", "Pays COB", "anne@exemple.fr", "29200", "Brest",
         date(2021, 3, 2), 1500, "Vue au forum."),
        ("M.", "Kerné", "Yann", None, None, 29270, "Carhaix-Plouguer", "12/03/2024", None,
         None),
        ("Mr", "Vial", "Paul", None, None, 1000, "Bourg-en-Bresse", None, None, None),
        ("Madame", "Santoni", "Lisa", None, None, "2A004", "Ajaccio", None, None, None),
        (None, "Martin", "Léa", None, None, None, None, None, None, None),
    ], [("Pays COB", "Association", None, "29270", "Carhaix-Plouguer")])

    report = run_import(db, path)

    assert report.outcome is Outcome.IMPORTED, report.text()
    assert report.errors == []
    [restored] = report.warnings  # the postal code typed as a number lost its leading zero
    assert (restored.row, restored.column, restored.value) == (4, "Code postal", "1000")
    assert stored_people(db) == {
        "Le Goff": (Civility.MADAME, "29200", "Brest", date(2021, 3, 2),
                    "Vue au forum.\nMontant accompagné : 1\u202f500,00\u202f€"),
        "Kerné": (Civility.MONSIEUR, "29270", "Carhaix-Plouguer", date(2024, 3, 12), None),
        "Vial": (Civility.MONSIEUR, "01000", "Bourg-en-Bresse", None, None),
        "Santoni": (Civility.MADAME, "2A004", "Ajaccio", None, None),
        "Martin": (None, None, None, None, None),
    }
    with db.read() as session:
        [organisation] = session.scalars(select(Organisation))
        assert (organisation.display_name, organisation.postal_code, organisation.city,
                organisation.notes) == ("Pays COB", "29270", "Carhaix-Plouguer", None)


def test_a_second_list_updates_the_fields_and_keeps_what_it_leaves_empty(
        db: Database, tmp_path: Path) -> None:
    run_import(db, workbook(tmp_path / "avant.xlsx", [
        ("Mme", "Le Goff", "Anne", None, "anne@exemple.fr", "29200", "Brest",
         date(2021, 3, 2), None, None)]))

    report = run_import(db, workbook(tmp_path / "apres.xlsx", [
        (None, "Le Goff", "Anne", None, "anne@exemple.fr", "29270", "Carhaix-Plouguer",
         None, None, None)]))

    assert report.counts[RecordKind.PERSON].updated == 1
    assert stored_people(db)["Le Goff"] == (
        Civility.MADAME, "29270", "Carhaix-Plouguer", date(2021, 3, 2), None)


def test_an_unknown_civility_rejects_its_row_at_its_cell(db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "acteurs.xlsx", [
        ("Docteur", "Le Goff", "Anne", None, None, "29200", "Brest", None, None, None),
        ("M.", "Kerné", "Yann", None, None, "29270", "Carhaix-Plouguer", None, None, None),
    ])

    report = run_import(db, path, ImportOptions(skip_invalid=True))

    [error] = report.errors
    assert (error.row, error.column, error.value) == (2, "Civilité", "Docteur")
    assert "valeurs possibles : Madame, Monsieur" in error.message
    assert list(stored_people(db)) == ["Kerné"]


def test_a_decimal_number_in_a_message_is_written_the_french_way(db: Database,
                                                                  tmp_path: Path) -> None:
    path = workbook(tmp_path / "acteurs.xlsx", [
        (None, "Le Goff", "Anne", None, None, 29200.5, "Brest", None, None, None)])

    report = run_import(db, path, ImportOptions(skip_invalid=True))

    [error] = report.errors
    assert (error.row, error.column, error.value) == (2, "Code postal", "29200,5")
