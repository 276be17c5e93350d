"""Odd text: decomposed accents, control and bidirectional characters, very long notes.

Forms clean names silently; an import stores the same cleaned text and warns on the cell.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from sqlalchemy import select

from ingenierie.models import Person
from ingenierie.services.importing.pipeline import ImportOptions, run_import
from ingenierie.services.importing.report import Outcome, Severity
from ingenierie.services.stakeholders.stakeholder import PersonInput, create_person
from ingenierie.services.validation import clean_characters
from ingenierie.storage import Database

NFD_ZELIE = "Ze\u0301lie"  # Z, e, combining acute accent: looks like « Zélie »


def stored_people(db: Database) -> list[Person]:
    with db.read() as session:
        return list(session.scalars(select(Person).order_by(Person.last_name)))


def test_a_form_cleans_names_silently(db: Database) -> None:
    detail = create_person(db, PersonInput(
        last_name="Jean\u202egnp.exe\x07", first_name=NFD_ZELIE,
        notes="ligne 1\nligne\x01 2")).value
    assert detail.display_name == "Zélie Jeangnp.exe"
    [person] = stored_people(db)
    assert person.first_name == "Zélie" and len(person.first_name) == 5
    assert unicodedata.is_normalized("NFC", person.first_name)
    assert person.notes == "ligne 1\nligne 2"  # line breaks are kept in a note


def test_clean_characters_keeps_ordinary_text_as_it_is() -> None:
    for text in ("Marie-Hélène Dubœuf", "tab\tand\nline", "日本語", "😀"):
        assert clean_characters(text) == unicodedata.normalize("NFC", text)
    assert clean_characters("a\u2066b\u2069c\u200fd\x7f\x9be") == "abcde"


def test_an_import_stores_the_cleaned_names_and_warns_on_their_cells(
        db: Database, tmp_path: Path) -> None:
    note = "n" * 100_000
    path = tmp_path / "contacts.csv"
    path.write_text("Nom;Prénom;Courriel;Notes\n"
                    f"Jean\u202egnp.exe;Paul;paul@exemple.fr;{note}\n"
                    f"Martin\x01;{NFD_ZELIE};zelie@exemple.fr;\n", encoding="utf-8")

    report = run_import(db, path, ImportOptions())

    assert report.outcome is Outcome.IMPORTED
    warnings = {(p.row, p.column): p.message for p in report.problems
                if p.severity is Severity.WARNING}
    assert warnings[(2, "Nom")].startswith("Caractères invisibles retirés")
    assert warnings[(3, "Nom")].startswith("Caractères invisibles retirés")
    assert warnings[(2, "Notes")].startswith("Texte très long (100 000 caractères)")
    assert (3, "Prénom") not in warnings  # normalising an accent changes nothing visible
    assert [(p.last_name, p.first_name) for p in stored_people(db)] == [
        ("Jeangnp.exe", "Paul"), ("Martin", "Zélie")]
    shown = next(p for p in report.problems if p.column == "Notes")
    assert len(shown.value or "") == 200  # the report quotes a long value cut short


def test_the_same_person_in_nfd_and_nfc_is_one_person(db: Database, tmp_path: Path) -> None:
    create_person(db, PersonInput(last_name="Martin", first_name="Zélie",
                                  email="zelie@exemple.fr"))
    path = tmp_path / "contacts.csv"
    path.write_text(f"Nom;Prénom;Courriel\nMartin;{NFD_ZELIE};zelie@exemple.fr\n",
                    encoding="utf-8")

    report = run_import(db, path, ImportOptions())

    assert report.outcome is Outcome.IMPORTED
    [person] = stored_people(db)
    assert person.first_name == "Zélie"
