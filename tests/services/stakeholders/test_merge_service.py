"""Merging duplicates: everything moves to the record kept, the duplicate is archived."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ingenierie.errors import ValidationError
from ingenierie.models import Involvement, Person, Stakeholder
from ingenierie.models.personal import personal_columns
from ingenierie.models.vocabulary import ActorKind, Presence
from ingenierie.services.projects.funding import FundingInput, create_funding, project_funding
from ingenierie.services.projects.interactions import (
    InteractionInput,
    create_interaction,
    get_interaction,
    stakeholder_interactions,
)
from ingenierie.services.projects.involvements import (
    InvolvementInput,
    add_involvement,
    project_involvements,
    stakeholder_involvements,
)
from ingenierie.services.projects.project import ProjectInput, create_project, get_project
from ingenierie.services.stakeholders.affiliations import AffiliationInput, stakeholder_affiliations
from ingenierie.services.stakeholders.merging import duplicate_groups, merge_stakeholders
from ingenierie.services.stakeholders.stakeholder import (
    OrganisationInput,
    PersonInput,
    create_organisation,
    create_person,
    get_stakeholder,
    list_stakeholders,
)


@pytest.fixture
def duplicate(db, organisation):
    """The same person typed again, with other details and a life of its own."""
    other = create_organisation(db, OrganisationInput(name="Pays COB")).value
    return create_person(
        db, PersonInput(last_name="LE GOFF", first_name="anne-sophie", job_title="Élue",
                        phone="02 98 00 00 00", actor_kind="autre",
                        last_contact_on=date(2024, 6, 1), notes="Rencontrée au forum"),
        affiliation=AffiliationInput(other.id, role="Présidente"), allow_duplicate=True).value


def test_merge_moves_everything_and_archives_the_duplicate(db, count, project, person,
                                                          duplicate, organisation):
    second = create_project(db, ProjectInput(title="Tiers-lieu de Carhaix",
                                             lead_id=duplicate.id)).value
    kept_involvement = add_involvement(db, project.id, person.id,
                                       InvolvementInput(influence=5, interest=5)).value
    add_involvement(db, project.id, duplicate.id,
                    InvolvementInput(influence=1, interest=1, attitude=2,
                                     expected_effects="Un réseau"))
    add_involvement(db, second.id, duplicate.id, InvolvementInput(role="expert"))
    add_involvement(db, second.id, organisation.id, InvolvementInput())
    meeting = create_interaction(db, second.id, InteractionInput(
        date(2024, 5, 2), "Atelier", participants=((duplicate.id, "present"),))).value
    funding = create_funding(db, second.id, FundingInput(duplicate.id, granted_cents=10)).value
    stakeholders_before = count(Stakeholder)

    result = merge_stakeholders(db, person.id, duplicate.id).value

    # Every involvement is on the person kept, one per project, the kept values winning.
    mine = {r.project_id: r for r in stakeholder_involvements(db, person.id)}
    assert set(mine) == {project.id, second.id}
    assert (mine[project.id].id, mine[project.id].influence) == (kept_involvement.id, 5)
    assert mine[project.id].attitude == 2  # empty detail filled from the duplicate
    assert mine[project.id].expected_effects == "Un réseau"
    assert result.merged_involvements == (project.title,)
    assert result.moved_involvements == 1
    assert {r.stakeholder_id for r in project_involvements(db, project.id)} == {person.id}
    # Interactions, funding, lead and affiliations follow.
    assert [(p.stakeholder_id, p.presence) for p in get_interaction(db, meeting.id).participants
            ] == [(person.id, Presence.PRESENT)]
    assert [r.id for r in stakeholder_interactions(db, person.id)] == [meeting.id]
    assert project_funding(db, second.id)[0].funder_id == person.id
    assert funding.id == project_funding(db, second.id)[0].id
    assert get_project(db, second.id).lead_id == person.id
    assert {a.organisation_name for a in stakeholder_affiliations(db, person.id)} == {
        "Brest métropole", "Pays COB"}
    # The kept record gains what it lacked and keeps what it had.
    kept = get_stakeholder(db, person.id)
    assert (kept.job_title, kept.phone, kept.last_contact_on) == (
        "Élue", "02 98 00 00 00", date(2024, 6, 1))
    assert kept.email == person.email and kept.actor_kind is ActorKind.ELU
    assert kept.notes == "Rencontrée au forum"
    assert result.kept == kept
    # The duplicate is archived, not deleted, and says where it went.
    dropped = get_stakeholder(db, duplicate.id)
    assert dropped.archived
    assert "Fusionné dans « Anne-Sophie Le Goff »" in (dropped.notes or "")
    assert count(Stakeholder) == stakeholders_before
    assert count(Involvement) == 4
    assert duplicate.id not in {s.id for s in list_stakeholders(db)}
    assert "1 implication(s) déplacée(s)" in result.describe()


def test_a_meeting_both_attended_keeps_one_participant_the_more_present(db, project, person,
                                                                       duplicate):
    for stakeholder in (person, duplicate):
        add_involvement(db, project.id, stakeholder.id, InvolvementInput())
    meeting = create_interaction(db, project.id, InteractionInput(
        date(2024, 5, 2), "COPIL", participants=((person.id, "absent"),
                                                 (duplicate.id, "excuse")))).value
    result = merge_stakeholders(db, person.id, duplicate.id).value
    assert result.merged_participations == 1
    assert [(p.stakeholder_id, p.presence) for p in get_interaction(db, meeting.id).participants
            ] == [(person.id, Presence.EXCUSE)]


def test_a_live_involvement_of_the_duplicate_revives_the_kept_one(db, project, person,
                                                                  duplicate):
    from ingenierie.services.projects.involvements import archive_involvement

    mine = add_involvement(db, project.id, person.id, InvolvementInput()).value
    add_involvement(db, project.id, duplicate.id, InvolvementInput())
    archive_involvement(db, mine.id)
    merge_stakeholders(db, person.id, duplicate.id)
    assert [r.id for r in project_involvements(db, project.id)] == [mine.id]


def test_refused_merges(db, person, organisation):
    with pytest.raises(ValidationError, match="deux fiches différentes"):
        merge_stakeholders(db, person.id, person.id)
    with pytest.raises(ValidationError, match="qu'une personne avec une personne"):
        merge_stakeholders(db, person.id, organisation.id)
    assert not get_stakeholder(db, organisation.id).archived


def test_merged_organisations_keep_their_people(db, person, organisation):
    twin = create_organisation(db, OrganisationInput(name="Brest Metropole",
                                                     website="https://brest.fr"),
                               allow_duplicate=True).value
    create_person(db, PersonInput(last_name="Kerjean"), affiliation=AffiliationInput(twin.id))
    result = merge_stakeholders(db, organisation.id, twin.id).value
    assert result.filled_fields == ("website",)
    assert {a.person_name for a in stakeholder_affiliations(db, organisation.id)} == {
        "Anne-Sophie Le Goff", "Kerjean"}


def test_duplicate_groups_list_same_names(db, person, duplicate, organisation):
    groups = duplicate_groups(db)
    assert [{row.id for row in group} for group in groups] == [{person.id, duplicate.id}]
    merge_stakeholders(db, person.id, duplicate.id)
    assert duplicate_groups(db) == []


def test_every_personal_detail_the_kept_person_lacks_is_taken_from_the_duplicate(db):
    """The fields come from the model's declaration: a personal column added later is
    carried over by the merge too, or this test names it."""
    kept = create_person(db, PersonInput(last_name="Kerhervé")).value
    twin = create_person(db, PersonInput(
        last_name="Kerhervé", first_name="Yann", civility="M.", job_title="Apiculteur",
        email="yann.kerherve@example.org", phone="02 98 00 00 00", public_mandate="Conseiller",
        legal_basis="Consentement (6-1-a)", source="Atelier du 12 mars", notes="Rucher collectif",
        postal_code="29270", city="Carhaix-Plouguer", first_contact_on=date(2023, 3, 12),
        last_contact_on=date(2024, 5, 2)), allow_duplicate=True).value
    with db.write() as session:  # as an import records where a person came from
        imported = session.get_one(Person, twin.id)
        imported.imported_from, imported.imported_by = "contacts.xlsx", "Claire Martin"
        imported.imported_at = datetime(2024, 5, 2, 9, 0, tzinfo=UTC)

    merge_stakeholders(db, kept.id, twin.id)

    merged = get_stakeholder(db, kept.id)
    missing = [name for name in personal_columns(Person) if name != "match_key"
               and getattr(merged, name) in (None, "")]
    assert missing == []
    assert merged.display_name == "Yann Kerhervé"
