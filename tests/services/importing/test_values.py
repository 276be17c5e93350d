"""Text is kept byte for byte; booleans, vocabularies and placeholders are read tolerantly."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import PROBES

from ingenierie.models.vocabulary import CooperationStage, InvolvementRole
from ingenierie.services.importing.mapping.fields import RecordKind, ValueType, fields_for
from ingenierie.services.importing.parsing.values import (
    parse_bool,
    parse_text,
    parse_value,
    parse_vocabulary,
)


@pytest.mark.parametrize("probe", PROBES)
def test_text_is_kept_byte_for_byte(probe: str) -> None:
    result = parse_text(probe)
    assert result.value == probe and result.warning is None


@pytest.mark.parametrize(("raw", "expected"), [
    (None, None), ("", None), ("   \t", None), (" Jérôme ", " Jérôme "), (1234, "1234"),
    (12.5, "12,5"), (date(2024, 3, 12), "12/03/2024"), (True, "oui"),
])
def test_text_from_other_cells(raw: object, expected: str | None) -> None:
    assert parse_text(raw).value == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("raw", "expected"), [
    ("oui", True), ("OUI", True), ("x", True), ("X", True), ("Vrai", True), ("yes", True),
    (1, True), (True, True), ("non", False), ("faux", False), ("No", False), (0, False),
    (False, False), (None, None), ("", None),
])
def test_booleans(raw: object, expected: bool | None) -> None:
    result = parse_bool(raw)  # type: ignore[arg-type]
    assert result.ok and result.value is expected


def test_a_boolean_that_is_neither_yes_nor_no_is_refused() -> None:
    result = parse_bool("peut-être")
    assert result.error and "oui/non" in result.error


@pytest.mark.parametrize("raw", ["co-construction", "Co construction", "CO_CONSTRUCTION",
                                 "co-Construction "])
def test_vocabulary_labels_are_read_loosely(raw: str) -> None:
    assert parse_vocabulary(CooperationStage, raw).value is CooperationStage.CO_CONSTRUCTION


def test_an_unknown_vocabulary_value_lists_the_accepted_labels() -> None:
    result = parse_vocabulary(InvolvementRole, "sponsor")
    assert result.value is None and result.error
    assert "« sponsor »" in result.error and "Membre du COPIL" in result.error


@pytest.mark.parametrize("raw", ["N/A", "n.a.", "néant", "-", "?", "NC", "Non renseigné"])
def test_placeholders_read_as_empty_with_a_warning_in_typed_columns(raw: str) -> None:
    field = next(f for f in fields_for(RecordKind.PERSON) if f.type is ValueType.DATE)
    result = parse_value(field, raw)
    assert result.empty and result.warning and raw in result.warning


def test_parse_value_dispatches_on_the_field_type() -> None:
    fields = {f.key: f for f in fields_for(RecordKind.INVOLVEMENT)}
    stage = parse_value(fields["participation"], "Concertation").value
    assert stage is CooperationStage.CONCERTATION
    assert parse_value(fields["influence"], "4").value == 4
    assert parse_value(fields["expected_effects"], "=1+1").value == "=1+1"
