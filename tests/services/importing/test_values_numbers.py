"""Amounts, percentages and whole numbers are read the French way, with Decimal, never guessed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from fixtures import AMOUNT_CASES, Case, check, check_read_back

from ingenierie.services.importing.parsing.values import parse_amount, parse_int, parse_percent


@pytest.mark.parametrize("case", AMOUNT_CASES, ids=lambda c: c.case)
def test_expected_json_amount_cases(case: Case) -> None:
    check(parse_amount(case.raw), case)  # type: ignore[arg-type]


def test_every_amount_case_read_back_from_a_workbook(tmp_path: Path) -> None:
    check_read_back(tmp_path, "Montant accompagné (€)", AMOUNT_CASES, parse_amount)


@pytest.mark.parametrize(("raw", "cents"), [
    ("1 234 567,89 €", 123456789), ("1.234.567", 123456700), ("1234.5", 123450),
    ("−12,50", -1250), ("+3 000", 300000), ("3000 euros", 300000), (12.345, 1235),
])
def test_more_amounts(raw: object, cents: int) -> None:
    assert parse_amount(raw).value == cents  # type: ignore[arg-type]


@pytest.mark.parametrize(("raw", "message"), [
    ("1.234", "deux façons"), ("1,234", "deux façons"), ("12 34", "espaces mal placés"),
    ("1234,567", "deux façons"), ("3 k€", "lisible"), ("~ 3000", "approximatif"),
    ("3000-5000", "fourchette"), (True, "n'est pas un montant"),
])
def test_amount_refusals(raw: object, message: str) -> None:
    result = parse_amount(raw)  # type: ignore[arg-type]
    assert result.value is None and result.error is not None and message in result.error


def test_a_float_cell_with_sub_cent_digits_is_rounded_with_a_warning() -> None:
    result = parse_amount(12.345)
    assert result.value == 1235 and result.warning and "arrondi" in result.warning


@pytest.mark.parametrize(("raw", "expected", "warns"), [
    ("12 %", Decimal("12"), False), ("12,5 %", Decimal("12.5"), False),
    ("12,5%", Decimal("12.5"), False), (40, Decimal("40"), False),
    (0.125, Decimal("12.5"), True), ("", None, False),
])
def test_percentages(raw: object, expected: Decimal | None, warns: bool) -> None:
    result = parse_percent(raw)  # type: ignore[arg-type]
    assert result.ok and result.value == expected and bool(result.warning) == warns


@pytest.mark.parametrize(("raw", "expected"), [
    (3, 3), (3.0, 3), ("4", 4), ("+2", 2), ("-2", -2), ("12 345", 12345), (" 5 ", 5),
])
def test_whole_numbers(raw: object, expected: int) -> None:
    assert parse_int(raw).value == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["3,5", 2.5, "trois", "1e2", True])
def test_not_whole_numbers(raw: object) -> None:
    result = parse_int(raw)  # type: ignore[arg-type]
    assert result.value is None and result.error
