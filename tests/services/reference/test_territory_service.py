"""Territories: codes checked by kind, unique per kind, found by code or by name."""

from __future__ import annotations

import dataclasses

import pytest

from ingenierie.errors import DuplicateError, ValidationError
from ingenierie.models import Territory
from ingenierie.models.vocabulary import TerritoryKind
from ingenierie.services.reference.territories import (
    TerritoryInput,
    archive_territory,
    create_territory,
    get_territory,
    get_territory_by_code,
    restore_territory,
    search_territories,
    territories_by_code,
    update_territory,
)


@pytest.mark.parametrize(("kind", "code", "stored"), [
    ("commune", "29019", "29019"),
    ("commune", "2a004", "2A004"),
    ("commune", "2B033", "2B033"),
    ("epci", "242 900 314", "242900314"),
    ("qpv", "QP093028", "QP093028"),
    ("qpv", "qn07501m", "QN07501M"),
    ("qpv", "QN02A01C", "QN02A01C"),
    ("departement", "29", "29"),
    ("departement", "2a", "2A"),
    ("departement", "971", "971"),
    ("region", "53", "53"),
    ("custom", None, None),
    ("pays_petr", None, None),
    ("pnr", "PNR-ARM", "PNR-ARM"),
])
def test_valid_codes_are_stored_canonically(db, kind, code, stored):
    row = create_territory(db, TerritoryInput(kind, "Un territoire", code)).value
    assert row.code == stored


@pytest.mark.parametrize(("kind", "code"), [
    ("commune", "2C004"),
    ("commune", "2900"),
    ("commune", None),
    ("epci", "242900315"),
    ("qpv", "QX093028"),
    ("qpv", "QN0750M1"),
    ("departement", "96"),
    ("departement", "20"),
    ("departement", "977"),
    ("region", "5"),
    ("region", "5A"),
    ("custom", "X1"),
    ("canton", "12"),
])
def test_invalid_codes_are_refused(db, count, kind, code):
    with pytest.raises(ValidationError) as raised:
        create_territory(db, TerritoryInput(kind, "Un territoire", code))
    assert raised.value.field == ("kind" if kind == "canton" else "code")
    assert count(Territory) == 0


def test_a_code_is_unique_within_its_kind(db):
    create_territory(db, TerritoryInput("departement", "Finistère", "29"))
    with pytest.raises(DuplicateError, match="Finistère"):
        create_territory(db, TerritoryInput("departement", "Autre", "29"))
    create_territory(db, TerritoryInput("region", "Région 29", "29"))


def test_lookup_by_code_reads_loosely(db):
    ajaccio = create_territory(db, TerritoryInput("commune", "Ajaccio", "2A004")).value
    assert get_territory_by_code(db, "Commune", " 2a004") == ajaccio
    assert get_territory_by_code(db, TerritoryKind.COMMUNE, "2B033") is None
    assert get_territory_by_code(db, "qpv", "2A004") is None
    assert list(territories_by_code(db, "commune", ["2a004", "99999", ""])) == ["2A004"]


def test_search_by_name_or_code(db):
    saint_etienne = create_territory(db, TerritoryInput("commune", "Saint-Étienne", "42218")).value
    etables = create_territory(db, TerritoryInput("commune", "Étables-sur-Mer", "22055")).value
    create_territory(db, TerritoryInput("commune", "Saint-Brieuc", "22278"))
    qpv = create_territory(db, TerritoryInput("qpv", "Quartier de l'Étang", "QN02201A")).value

    assert search_territories(db, "saint etienne") == [saint_etienne]
    assert search_territories(db, "ETABLES") == [etables]
    assert [t.code for t in search_territories(db, "222")] == ["22278"]
    assert [t.name for t in search_territories(db, "saint")] == ["Saint-Brieuc", "Saint-Étienne"]
    assert search_territories(db, "etang", kind="qpv") == [qpv]
    assert search_territories(db, "etang", kind="commune") == []
    assert len(search_territories(db, "e", limit=2)) == 2
    assert search_territories(db, "  ") == []


def test_parent_and_update(db):
    finistere = create_territory(db, TerritoryInput("departement", "Finistère", "29")).value
    brest = create_territory(db, TerritoryInput("commune", "Brest", "29019",
                                                parent_id=finistere.id)).value
    assert get_territory(db, brest.id).parent_name == "Finistère"
    with pytest.raises(ValidationError, match="propre parent"):
        update_territory(db, brest.id, dataclasses.replace(brest.to_input(),
                                                           parent_id=brest.id))
    renamed = update_territory(db, brest.id, dataclasses.replace(brest.to_input(),
                                                                 name="Brest (29)")).value
    assert renamed.name == "Brest (29)"


def test_archived_territories_leave_the_search(db):
    row = create_territory(db, TerritoryInput("custom", "Vallée de l'Aulne")).value
    archive_territory(db, row.id)
    assert search_territories(db, "aulne") == []
    assert get_territory(db, row.id).archived
    restore_territory(db, row.id)
    assert search_territories(db, "aulne") == [row]
