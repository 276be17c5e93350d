"""The person dossier: everything held about someone, for the right of access."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest

from ingenierie.errors import NotFoundError
from ingenierie.models import Affiliation, Interaction, Involvement, Participation, Person
from ingenierie.models.personal import personal_columns
from ingenierie.models.vocabulary import CooperationStage, Posture, Presence
from ingenierie.services.projects import funding, interactions, involvements, stages
from ingenierie.services.projects import project as projects
from ingenierie.services.projects.interactions import InteractionRow, ParticipantRow
from ingenierie.services.projects.involvements import InvolvementRow
from ingenierie.services.stakeholders.affiliations import AffiliationRow
from ingenierie.services.stakeholders.dossier import Mention, person_dossier
from ingenierie.services.stakeholders.records import StakeholderDetail
from ingenierie.services.stakeholders.stakeholder import (
    PersonInput,
    create_person,
    get_stakeholder,
)


@pytest.fixture
def life(db, project, person, organisation):
    """Anne-Sophie Le Goff in two projects, at two meetings, named in notes here and there."""
    second = projects.create_project(db, projects.ProjectInput(
        title="PTCE du Poher", summary="Porté avec Anne-Sophie Le Goff et la SCIC.",
        lead_id=person.id, start_on=date(2023, 1, 1))).value
    involvements.add_involvement(db, project.id, person.id, involvements.InvolvementInput(
        influence=5, interest=4, attitude=2, participation=CooperationStage.CO_CONSTRUCTION,
        posture=Posture.FACILITATEUR, expected_effects="Un réseau d'élus ruraux"))
    left = involvements.add_involvement(db, second.id, person.id,
                                        involvements.InvolvementInput()).value
    involvements.archive_involvement(db, left.id)
    involvements.add_involvement(db, project.id, organisation.id, involvements.InvolvementInput())
    met = interactions.create_interaction(db, project.id, interactions.InteractionInput(
        occurred_on=date(2024, 3, 4), title="COPIL", notes="LE GOFF Anne-Sophie présente le plan.",
        participants=((person.id, Presence.EXCUSE), (organisation.id, Presence.PRESENT)))).value
    dropped = interactions.create_interaction(db, project.id, interactions.InteractionInput(
        occurred_on=date(2024, 2, 1), title="Atelier",
        participants=((person.id, "présent"),))).value
    interactions.archive_interaction(db, dropped.id)
    stages.move_to_stage(db, project.id, "concertation", date(2024, 3, 5),
                         "Accord de principe d'Anne‑Sophie Le Goff.", today=date(2025, 1, 1))
    stages.move_to_stage(db, project.id, "collaboration", date(2024, 4, 5),
                         "Anne Le Goff et Sophie Le Goff ont signé.", today=date(2025, 1, 1))
    colleague = create_person(db, PersonInput(
        last_name="Kerjean", first_name="Loïc", notes="Collègue d'anne-sophie le goff")).value
    funding.create_funding(db, project.id, funding.FundingInput(
        funder_id=organisation.id, granted_cents=500_000))
    return second, met, dropped, colleague


def test_the_dossier_holds_everything_about_the_person(db, person, life):
    second, met, dropped, _colleague = life

    dossier = person_dossier(db, person.id)

    assert dossier.stakeholder == get_stakeholder(db, person.id)
    assert [a.organisation_name for a in dossier.stakeholder.affiliations] == ["Brest métropole"]
    assert list(dossier.involvements) == involvements.stakeholder_involvements(
        db, person.id, include_archived=True)
    assert len(dossier.involvements) == 2 and dossier.involvements[1].archived
    judged = dossier.involvements[0]
    assert (judged.influence, judged.interest, judged.attitude, judged.posture) == (
        5, 4, 2, Posture.FACILITATEUR)
    assert list(dossier.interactions) == interactions.stakeholder_interactions(
        db, person.id, include_archived=True)
    assert [i.id for i in dossier.interactions] == [met.id, dropped.id]
    assert dossier.presence(met.id) is Presence.EXCUSE
    assert dossier.presence(dropped.id) is Presence.PRESENT
    assert [(p.id, p.title) for p in dossier.led_projects] == [(second.id, "PTCE du Poher")]
    assert dossier.fundings == ()


def test_free_texts_naming_the_person_are_found_accents_case_and_order_aside(db, person,
                                                                              life):
    second, met, _dropped, colleague = life

    mentions = person_dossier(db, person.id).mentions

    found = {(m.table, m.column, m.record_id) for m in mentions}
    evidence = {m.text for m in mentions if m.table == "stage_change"}
    assert ("interaction", "notes", met.id) in found
    assert ("project", "summary", second.id) in found
    assert ("stakeholder", "notes", colleague.id) in found
    assert evidence == {"Accord de principe d'Anne‑Sophie Le Goff."}  # not Anne, not Sophie
    assert all(isinstance(m, Mention) and m.text for m in mentions)
    assert len(mentions) == 4


def test_an_organisation_dossier_holds_its_people_and_its_funding(db, organisation, person,
                                                                  life):
    dossier = person_dossier(db, organisation.id)

    assert [a.person_name for a in dossier.stakeholder.affiliations] == ["Anne-Sophie Le Goff"]
    assert [row.granted_cents for row in dossier.fundings] == [500_000]
    assert [row.project_title for row in dossier.involvements] == [
        "Contrat de réciprocité Brest – Centre Ouest Bretagne"]


@pytest.mark.parametrize(("entity", "shown_as"), [
    (Person, StakeholderDetail), (Affiliation, AffiliationRow), (Involvement, InvolvementRow),
    (Interaction, InteractionRow), (Participation, ParticipantRow)])
def test_every_personal_column_is_in_the_dossier(entity, shown_as):
    """A personal column added to the model and left out of the dossier fails here."""
    derived = {"match_key"}  # the folded name, rebuilt from the names shown
    fields = {field.name for field in dataclasses.fields(shown_as)}
    assert set(personal_columns(entity)) - derived - fields == set()


def test_the_dossier_is_read_in_one_transaction(db, person, life, begins):
    person_dossier(db, person.id)
    assert len(begins) == 1


def test_an_unknown_stakeholder_is_not_found(db):
    with pytest.raises(NotFoundError):
        person_dossier(db, uuid.uuid4())
