"""Postal codes, phones and e-mails: lost zeros restored with a warning, bad values refused."""

from __future__ import annotations

from pathlib import Path

import fixtures
import pytest
from fixtures import EMAIL_CASES, PHONE_CASES, POSTAL_CASES, Case, check, check_read_back

from ingenierie.services.importing.parsing.values import parse_email, parse_phone, parse_postal_code
from ingenierie.services.importing.reading.opening import open_table


@pytest.mark.parametrize("case", POSTAL_CASES, ids=lambda c: c.case)
def test_expected_json_postal_code_cases(case: Case) -> None:
    check(parse_postal_code(case.raw), case)  # type: ignore[arg-type]


@pytest.mark.parametrize("case", PHONE_CASES, ids=lambda c: c.case)
def test_expected_json_phone_cases(case: Case) -> None:
    check(parse_phone(case.raw), case)  # type: ignore[arg-type]


@pytest.mark.parametrize("case", EMAIL_CASES, ids=lambda c: c.case)
def test_expected_json_email_cases(case: Case) -> None:
    check(parse_email(case.raw), case)  # type: ignore[arg-type]


def test_postal_codes_and_phones_read_back_from_a_workbook(tmp_path: Path) -> None:
    check_read_back(tmp_path, "Code postal", POSTAL_CASES, parse_postal_code)
    check_read_back(tmp_path, "Téléphone", PHONE_CASES, parse_phone)


def test_emails_of_the_duplicates_file_read_back(tmp_path: Path) -> None:
    rows = list(open_table(fixtures.people_with_duplicates(tmp_path)).rows())
    for row, case in zip(rows, EMAIL_CASES, strict=False):
        check(parse_email(row.values[3]), case)


@pytest.mark.parametrize(("raw", "expected"), [
    ("+33 (0)6 12 34 56 78", "+33 6 12 34 56 78"), ("0033 6 12 34 56 78", "+33 6 12 34 56 78"),
    ("06-12-34-56-78", "06 12 34 56 78"), ("Tél. : 01 23 45 67 89", "01 23 45 67 89"),
    ("0262 12 34 56", "0262 12 34 56"), ("+41 22 123 45 67", "+41 22 123 45 67"),
    ("06\u00a012\u00a034\u00a056\u00a078", "06 12 34 56 78"),
])
def test_more_phone_spellings(raw: str, expected: str) -> None:
    assert parse_phone(raw).value == expected


@pytest.mark.parametrize(("raw", "message"), [
    ("06 12 34 56 78 / 07 12 34 56 78", "deux numéros"),
    ("06 12 34 56 78 poste 12", "invalide"),
    (6.5, "invalide"),
])
def test_phone_refusals(raw: object, message: str) -> None:
    result = parse_phone(raw)  # type: ignore[arg-type]
    assert result.value is None and result.error and message in result.error


@pytest.mark.parametrize(("raw", "expected"), [
    ("75 001", "75001"), ("2b033", "2B033"), (1000.0, "01000"),
])
def test_more_postal_codes(raw: object, expected: str) -> None:
    assert parse_postal_code(raw).value == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["00100", "7500", "750011", "2C004", 100, "75001 CEDEX"])
def test_postal_code_refusals(raw: object) -> None:
    result = parse_postal_code(raw)  # type: ignore[arg-type]
    assert result.value is None and result.error and "code postal" in result.error.lower()
