"""Exact decimals: checked in French, stored without loss, written the French way."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from ingenierie.errors import ValidationError
from ingenierie.services.evaluation.indicators import IndicatorInput, create_indicator
from ingenierie.services.evaluation.values import check_decimal, french_number, percent


def test_values_are_stored_exactly_as_ten_thousandths(db, project):
    row = create_indicator(db, project.id, IndicatorInput(
        "Part", "%", date(2024, 2, 1), baseline_value=Decimal("0.1"),
        target_value=Decimal("33.3333"))).value
    assert (row.baseline_value, row.target_value) == (Decimal("0.1"), Decimal("33.3333"))
    with db.read() as session:
        stored = session.execute(text("SELECT baseline_value, target_value FROM indicator")).one()
    assert tuple(stored) == (1000, 333333)


@pytest.mark.parametrize(("value", "message"), [
    (Decimal("1.23456"), r"trop de décimales \(1,23456\) : 4 au plus"),
    (Decimal("NaN"), "pas un nombre fini"),
    (Decimal(10) ** 15, "hors des limites"),
    (1.5, "doit être un nombre"),
    ("12", "doit être un nombre"),
    (None, "obligatoire"),
])
def test_refused_values_name_the_field(value, message):
    with pytest.raises(ValidationError, match=message) as raised:
        check_decimal(value, "value", "La valeur")
    assert raised.value.field == "value"


def test_numbers_are_written_the_french_way():
    assert check_decimal(Decimal("12.500"), "v", "V") == Decimal("12.5")
    assert french_number(Decimal("1234567.25")) == "1\u202f234\u202f567,25"
    assert french_number(Decimal("-1E+2")) == "-100"
    assert percent(Decimal("0.7")) == "70\u202f%"
    assert percent(Decimal("0.3333")) == "33,3\u202f%"
