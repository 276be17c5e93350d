"""Dates are read day first, from cells, serials and French spellings; implausible ones refused."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from fixtures import DATE_CASES, Case, check, check_read_back

from ingenierie.services.importing.parsing.values import parse_date


@pytest.mark.parametrize("case", DATE_CASES, ids=lambda c: c.case)
def test_expected_json_date_cases(case: Case) -> None:
    check(parse_date(case.raw), case)  # type: ignore[arg-type]


def test_every_date_case_read_back_from_a_workbook(tmp_path: Path) -> None:
    check_read_back(tmp_path, "Date du premier contact", DATE_CASES, parse_date)


@pytest.mark.parametrize(("raw", "expected"), [
    ("mardi 12 mars 2024", date(2024, 3, 12)),
    ("12 MARS 2024", date(2024, 3, 12)),
    ("1 févr. 2024", date(2024, 2, 1)),
    ("15 août 2023", date(2023, 8, 15)),
    ("12-03-2024", date(2024, 3, 12)),
    ("2024-03-12T14:30:00", date(2024, 3, 12)),
    ("12/03/2024 à 14:30", date(2024, 3, 12)),
    ("le 12/03/2024", date(2024, 3, 12)),
    ("1/3/2024", date(2024, 3, 1)),
    ("12/03/68", date(1968, 3, 12)),
    (45363.75, date(2024, 3, 12)),
])
def test_more_french_spellings(raw: object, expected: date) -> None:
    result = parse_date(raw)  # type: ignore[arg-type]
    assert result.value == expected and result.ok


@pytest.mark.parametrize(("raw", "message"), [
    ("31/02/2024", "« 31/02/2024 » n'existe pas"),
    ("13/13/2024", "n'existe pas"),
    ("mars 2024", "il manque le jour"),
    ("03/2024", "il manque le jour"),
    ("12 mars", "il manque l'année"),
    ("2024", "il manque le jour et le mois"),
    ("12 brumaire 2024", "n'est pas une date reconnue"),
    ("20240312", "n'est pas une date reconnue"),
    (12, "n'est pas une date plausible"),
    (True, "n'est pas une date"),
    (time(14, 30), "n'est pas une date"),
    (datetime(1949, 12, 31), "antérieure à 1950"),
])
def test_refusals_say_why(raw: object, message: str) -> None:
    result = parse_date(raw)  # type: ignore[arg-type]
    assert result.value is None and result.error is not None
    assert message in result.error
