"""Shared pieces of the use cases: vocabulary reading, amounts, loose text matching."""

from __future__ import annotations

import pytest

from ingenierie.errors import ValidationError
from ingenierie.models.vocabulary import CooperationStage, Posture
from ingenierie.services.common import euros, folded_contains, to_vocabulary


@pytest.mark.parametrize("text", ["co_construction", "Co-construction", "CO CONSTRUCTION",
                                  CooperationStage.CO_CONSTRUCTION])
def test_vocabulary_reads_codes_and_labels_loosely(text):
    assert to_vocabulary(CooperationStage, text, "stage", "Étape") is (
        CooperationStage.CO_CONSTRUCTION)


@pytest.mark.parametrize("value", ["expert", "", None, 3])
def test_unknown_vocabulary_names_the_field_and_the_choices(value):
    with pytest.raises(ValidationError) as raised:
        to_vocabulary(Posture, value, "posture", "Posture")
    assert raised.value.field == "posture"
    assert raised.value.message.startswith("Posture : ")
    assert raised.value.message.endswith("(attendu : Sachant, Facilitateur, Mixte).")


def test_euros_are_written_the_french_way():
    assert euros(123_456_789) == "1\u202f234\u202f567,89\u202f€"
    assert euros(5) == "0,05\u202f€"


def test_folded_contains_needs_every_word():
    assert folded_contains("saint etienne", "Saint-Étienne")
    assert folded_contains("OEUVRE", "Mise en œuvre")
    assert not folded_contains("saint malo", "Saint-Étienne")
