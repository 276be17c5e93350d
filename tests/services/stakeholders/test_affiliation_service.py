"""A person's affiliations: written, listed from both sides, removed with a way back."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ingenierie.errors import ValidationError
from ingenierie.services.stakeholders.affiliations import (
    AffiliationInput,
    add_affiliation,
    remove_affiliation,
    stakeholder_affiliations,
    update_affiliation,
)
from ingenierie.services.stakeholders.stakeholder import OrganisationInput, create_organisation


def test_affiliations_are_seen_from_both_sides(db, person, organisation):
    other = create_organisation(db, OrganisationInput(name="Pays COB")).value
    added = add_affiliation(db, person.id, AffiliationInput(
        other.id, role=" Présidente ", start_on=date(2020, 1, 1))).value

    assert added.role == "Présidente"
    assert [a.organisation_name for a in stakeholder_affiliations(db, person.id)] == [
        "Brest métropole", "Pays COB"]
    assert [a.person_name for a in stakeholder_affiliations(db, other.id)] == [
        "Anne-Sophie Le Goff"]

    changed = update_affiliation(db, added.id, dataclasses.replace(
        added.to_input(), end_on=date(2024, 6, 30))).value
    assert changed.end_on == date(2024, 6, 30)


def test_remove_returns_what_an_undo_needs(db, person):
    link = person.affiliations[0]
    removed = remove_affiliation(db, link.id).value
    assert stakeholder_affiliations(db, person.id) == []
    back = add_affiliation(db, removed.person_id, removed.to_input()).value
    assert (back.organisation_id, back.role) == (link.organisation_id, link.role)


@pytest.mark.parametrize("bad", ["person", "period"])
def test_invalid_affiliation_is_refused(db, person, organisation, bad):
    data = (AffiliationInput(person.id) if bad == "person" else AffiliationInput(
        organisation.id, start_on=date(2024, 1, 2), end_on=date(2024, 1, 1)))
    with pytest.raises(ValidationError):
        add_affiliation(db, person.id, data)
    assert len(stakeholder_affiliations(db, person.id)) == 1
