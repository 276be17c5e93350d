"""Civility, postal code, town and first contact: read loosely, checked, kept, merged."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ingenierie.errors import ValidationError
from ingenierie.models.vocabulary import Civility
from ingenierie.services.stakeholders.merging import merge_stakeholders
from ingenierie.services.stakeholders.stakeholder import (
    OrganisationInput,
    PersonInput,
    create_organisation,
    create_person,
    get_stakeholder,
    update_person,
)
from ingenierie.services.validation import check_postal_code


@pytest.mark.parametrize(("text", "expected"), [
    ("Mme", Civility.MADAME), ("Mme.", Civility.MADAME), ("MADAME", Civility.MADAME),
    ("madame", Civility.MADAME), ("Mlle", Civility.MADAME), ("Mademoiselle", Civility.MADAME),
    ("Mrs", Civility.MADAME), ("F", Civility.MADAME),
    ("M.", Civility.MONSIEUR), ("M", Civility.MONSIEUR), ("Mr", Civility.MONSIEUR),
    ("MR.", Civility.MONSIEUR), ("Monsieur", Civility.MONSIEUR), (" monsieur ", Civility.MONSIEUR),
    ("H", Civility.MONSIEUR),
    ("Dr", None), ("Maître", None), ("", None),
])
def test_civility_reads_the_spellings_lists_use(text: str, expected: Civility | None) -> None:
    assert Civility.parse(text) is expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("29200", "29200"), (" 01 000 ", "01000"), ("97400", "97400"), ("2a004", "2A004"),
    ("20000", "20000"), ("", None), (None, None),
])
def test_postal_codes_accepted(raw: str | None, expected: str | None) -> None:
    assert check_postal_code(raw) == expected


@pytest.mark.parametrize("raw", ["1000", "290000", "00100", "2C004", "29 2OO", "Brest"])
def test_postal_codes_refused_in_french_on_the_field(raw: str) -> None:
    with pytest.raises(ValidationError, match="Code postal invalide") as caught:
        check_postal_code(raw)
    assert caught.value.field == "postal_code"


def test_a_person_keeps_civility_place_and_first_contact(db) -> None:
    created = create_person(db, PersonInput(
        last_name="Le Goff", first_name="Anne", civility="Mme", postal_code="29 200",
        city="  Brest ", first_contact_on=date(2021, 3, 2), last_contact_on=date(2024, 5, 6))).value

    assert (created.civility, created.postal_code, created.city, created.first_contact_on) == (
        Civility.MADAME, "29200", "Brest", date(2021, 3, 2))
    assert get_stakeholder(db, created.id) == created
    assert created.to_input().civility is Civility.MADAME

    moved = update_person(db, created.id, dataclasses.replace(
        created.to_input(), postal_code="2A004", city="Ajaccio", civility=None)).value
    assert (moved.civility, moved.postal_code, moved.city) == (None, "2A004", "Ajaccio")


def test_an_organisation_keeps_its_place(db) -> None:
    created = create_organisation(db, OrganisationInput(
        name="Pays COB", postal_code="29270", city="Carhaix-Plouguer")).value

    assert (created.postal_code, created.city) == ("29270", "Carhaix-Plouguer")
    assert created.civility is None and created.first_contact_on is None
    assert get_stakeholder(db, created.id).to_input() == created.to_input()


@pytest.mark.parametrize(("data", "field", "message"), [
    (PersonInput(last_name="Martin", civility="Docteur"), "civility",
     "Civilité : valeur inconnue « Docteur » (attendu : Madame, Monsieur)."),
    (PersonInput(last_name="Martin", postal_code="290"), "postal_code", "Code postal invalide"),
    (PersonInput(last_name="Martin", city="x" * 101), "city", "Le nom de la commune est trop long"),
    (PersonInput(last_name="Martin", first_contact_on=date(2024, 2, 1),
                 last_contact_on=date(2024, 1, 31)), "first_contact_on",
     "Le premier contact (01/02/2024) ne peut pas être postérieur au dernier (31/01/2024)."),
])
def test_person_contact_fields_refused_with_the_field_named(db, data: PersonInput, field: str,
                                                           message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        create_person(db, data)
    assert caught.value.field == field
    assert message in caught.value.message


def test_organisation_postal_code_refused(db) -> None:
    with pytest.raises(ValidationError) as caught:
        create_organisation(db, OrganisationInput(name="Pays COB", postal_code="ABCDE"))
    assert caught.value.field == "postal_code"


def test_merge_fills_the_kept_record_and_keeps_the_widest_contact_span(db) -> None:
    kept = create_person(db, PersonInput(
        last_name="Le Goff", first_name="Anne", first_contact_on=date(2022, 5, 1),
        last_contact_on=date(2023, 1, 1))).value
    dropped = create_person(db, PersonInput(
        last_name="LE GOFF", first_name="anne", civility="Madame", postal_code="29200",
        city="Brest", first_contact_on=date(2020, 9, 15), last_contact_on=date(2024, 4, 4)),
        allow_duplicate=True).value

    result = merge_stakeholders(db, kept.id, dropped.id).value

    merged = result.kept
    assert (merged.civility, merged.postal_code, merged.city) == (
        Civility.MADAME, "29200", "Brest")
    assert (merged.first_contact_on, merged.last_contact_on) == (
        date(2020, 9, 15), date(2024, 4, 4))
    assert {"civility", "postal_code", "city", "first_contact_on"} <= set(result.filled_fields)


def test_merge_never_mixes_two_addresses(db) -> None:
    kept = create_organisation(db, OrganisationInput(name="Pays COB", city="Carhaix")).value
    dropped = create_organisation(db, OrganisationInput(
        name="Pays C.O.B.", postal_code="29270", city="Carhaix-Plouguer")).value

    merged = merge_stakeholders(db, kept.id, dropped.id).value.kept

    assert (merged.postal_code, merged.city) == (None, "Carhaix")
