"""People and organisations: names kept in step, identifiers checked, duplicates refused."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from sqlalchemy import select

from ingenierie.errors import DuplicateError, NotFoundError, ValidationError
from ingenierie.models import Organisation, Person, Stakeholder
from ingenierie.models.vocabulary import ActorKind, LegalBasis, StakeholderNature
from ingenierie.services.stakeholders.affiliations import AffiliationInput
from ingenierie.services.stakeholders.stakeholder import (
    DuplicateStakeholderError,
    OrganisationInput,
    PersonInput,
    archive_stakeholder,
    create_organisation,
    create_person,
    find_possible_duplicates,
    get_stakeholder,
    list_stakeholders,
    restore_stakeholder,
    update_organisation,
    update_person,
)


def _match_key(db, stakeholder_id):
    with db.read() as session:
        return session.scalar(select(Stakeholder.match_key).where(
            Stakeholder.id == stakeholder_id))


def test_person_names_are_kept_in_step(db, person):
    assert person.display_name == "Anne-Sophie Le Goff"
    assert person.actor_kind is ActorKind.ELU
    assert _match_key(db, person.id) == "le goff|anne sophie"

    updated = update_person(db, person.id, dataclasses.replace(
        person.to_input(), first_name=" Anne ", last_name="LE GOFF-Kerné",
        legal_basis="Mission d'intérêt public (6-1-e)")).value

    assert updated.display_name == "Anne LE GOFF-Kerné"
    assert updated.legal_basis is LegalBasis.MISSION_INTERET_PUBLIC
    assert _match_key(db, person.id) == "le goff kerne|anne"
    assert get_stakeholder(db, person.id) == updated


def test_organisation_names_and_identifiers(db):
    created = create_organisation(db, OrganisationInput(
        name="  Brest   métropole ", siret="242 900 314 00012", rna="w123456789")).value
    assert created.display_name == "Brest métropole"
    assert created.siren == "242900314"  # taken from the SIRET
    assert created.rna == "W123456789"
    assert _match_key(db, created.id) == "brest metropole"

    renamed = update_organisation(db, created.id, dataclasses.replace(
        created.to_input(), name="Brest Métropole Océane")).value
    assert renamed.display_name == "Brest Métropole Océane"
    assert _match_key(db, created.id) == "brest metropole oceane"


@pytest.mark.parametrize(("data", "field"), [
    (PersonInput(last_name=" "), "last_name"),
    (PersonInput(last_name="Martin", email="martin@"), "email"),
    (PersonInput(last_name="Martin", actor_kind="député"), "actor_kind"),
    (PersonInput(last_name="Martin", legal_basis="parce que"), "legal_basis"),
    (PersonInput(last_name="M" * 101), "last_name"),
])
def test_invalid_person_is_refused_and_nothing_written(db, count, data, field):
    with pytest.raises(ValidationError) as raised:
        create_person(db, data)
    assert raised.value.field == field
    assert count(Stakeholder) == 0


@pytest.mark.parametrize(("data", "field"), [
    (OrganisationInput(name=""), "name"),
    (OrganisationInput(name="Asso", siren="242900315"), "siren"),
    (OrganisationInput(name="Asso", siret="24290031400013"), "siret"),
    (OrganisationInput(name="Asso", siren="213502388", siret="24290031400012"), "siret"),
    (OrganisationInput(name="Asso", rna="123"), "rna"),
    (OrganisationInput(name="Asso", email="contact@asso"), "email"),
])
def test_invalid_organisation_is_refused(db, count, data, field):
    with pytest.raises(ValidationError) as raised:
        create_organisation(db, data)
    assert raised.value.field == field
    assert count(Stakeholder) == 0


def test_same_name_and_organisation_is_a_duplicate(db, count, person, organisation):
    again = PersonInput(last_name="LE GOFF", first_name="anne sophie")
    with pytest.raises(DuplicateStakeholderError) as raised:
        create_person(db, again, affiliation=AffiliationInput(organisation.id))
    assert isinstance(raised.value, DuplicateError)
    assert "existe peut-être déjà" in raised.value.message
    assert [row.id for row in raised.value.existing] == [person.id]
    assert count(Person) == 1

    forced = create_person(db, again, affiliation=AffiliationInput(organisation.id),
                           allow_duplicate=True).value
    assert count(Person) == 2
    assert forced.affiliations[0].organisation_id == organisation.id


def test_same_name_and_email_is_a_duplicate(db, person):
    with pytest.raises(DuplicateError):
        create_person(db, PersonInput(last_name="Le Goff", first_name="Anne-Sophie",
                                      email="Anne-Sophie.LeGoff@brest-metropole.fr"))


def test_a_bad_affiliation_leaves_no_person_behind(db, count, person):
    with pytest.raises(ValidationError) as raised:
        create_person(db, PersonInput(last_name="Kerjean"),
                      affiliation=AffiliationInput(person.id))  # a person, not an organisation
    assert raised.value.field == "organisation_id"
    assert count(Person) == 1


def test_homonyms_elsewhere_are_not_duplicates(db, person):
    other = create_person(db, PersonInput(last_name="Le Goff", first_name="Anne-Sophie",
                                          email="asl@quimper.bzh")).value
    assert other.id != person.id
    # …but the wider search still shows them side by side.
    possible = find_possible_duplicates(db, PersonInput(last_name="le goff",
                                                        first_name="Anne Sophie"))
    assert {row.id for row in possible} == {person.id, other.id}
    assert find_possible_duplicates(db, other.to_input(), exclude_id=other.id)[0].id == person.id


def test_renaming_into_a_duplicate_is_refused(db, person, organisation):
    twin = create_person(db, PersonInput(last_name="Le Gof", first_name="Anne-Sophie"),
                         affiliation=AffiliationInput(organisation.id)).value
    with pytest.raises(DuplicateError):
        update_person(db, twin.id, dataclasses.replace(twin.to_input(), last_name="Le Goff"))
    assert get_stakeholder(db, twin.id).last_name == "Le Gof"
    fixed = update_person(db, twin.id, dataclasses.replace(twin.to_input(), last_name="Le Goff"),
                          allow_duplicate=True).value
    assert fixed.last_name == "Le Goff"


def test_organisation_duplicates_by_name_or_siren(db, organisation):
    with pytest.raises(DuplicateError):
        create_organisation(db, OrganisationInput(name="BREST METROPOLE"))
    with pytest.raises(DuplicateError):
        create_organisation(db, OrganisationInput(name="Métropole de Brest",
                                                  siret="24290031400012"))
    possible = find_possible_duplicates(db, OrganisationInput(name="Autre", siren="242 900 314"))
    assert [row.id for row in possible] == [organisation.id]


def test_people_and_organisations_share_one_table_but_count_apart(db, count, person):
    create_organisation(db, OrganisationInput(name="Centre social Kérangoff",
                                              actor_kind="association"))
    create_person(db, PersonInput(last_name="Nédélec", first_name="Yann",
                                  actor_kind="habitant"))
    assert (count(Person), count(Organisation), count(Stakeholder)) == (2, 2, 4)
    assert len(list_stakeholders(db, nature="person")) == 2
    assert len(list_stakeholders(db, nature=StakeholderNature.ORGANISATION)) == 2
    assert [s.display_name for s in list_stakeholders(db, actor_kind="Association")] == [
        "Centre social Kérangoff"]


def test_a_person_id_is_no_organisation(db, person, organisation):
    with pytest.raises(NotFoundError, match="Organisation introuvable"):
        update_organisation(db, person.id, OrganisationInput(name="X"))
    with pytest.raises(NotFoundError, match="Personne introuvable"):
        update_person(db, organisation.id, PersonInput(last_name="X"))
    with pytest.raises(NotFoundError):
        get_stakeholder(db, uuid.uuid4())


def test_text_search_ignores_accents_case_and_word_order(db, person, organisation):
    assert [s.id for s in list_stakeholders(db, text="SOPHIE le goff")] == [person.id]
    assert [s.id for s in list_stakeholders(db, text="BREST metropole")] == [organisation.id]
    assert [s.id for s in list_stakeholders(db, text="legoff@brest")] == [person.id]
    assert list_stakeholders(db, text="100%") == []
    assert [s.display_name for s in list_stakeholders(db)] == [
        "Anne-Sophie Le Goff", "Brest métropole"]


def test_archive_then_restore(db, person):
    archive_stakeholder(db, person.id)
    assert person.id not in {s.id for s in list_stakeholders(db)}
    assert {s.id for s in list_stakeholders(db, include_archived=True)} >= {person.id}
    assert get_stakeholder(db, person.id).archived
    restore_stakeholder(db, person.id)
    assert person.id in {s.id for s in list_stakeholders(db)}
    assert not get_stakeholder(db, person.id).archived
