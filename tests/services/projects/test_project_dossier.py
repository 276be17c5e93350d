"""The project dossier: what the services hold, read in one transaction, cut at a date."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import event

from ingenierie.errors import NotFoundError
from ingenierie.models.vocabulary import CooperationStage, Posture, Presence, Quadrant
from ingenierie.services.projects import funding, interactions, involvements, stages
from ingenierie.services.projects import project as projects
from ingenierie.services.projects.dossier import FundingTotals, project_dossier
from ingenierie.services.stakeholders.stakeholder import (
    OrganisationInput,
    PersonInput,
    create_organisation,
    create_person,
)
from ingenierie.storage import open_database


@dataclass(frozen=True)
class Seeded:
    project_id: uuid.UUID
    person_id: uuid.UUID
    organisation_id: uuid.UUID
    archived_person_id: uuid.UUID


@pytest.fixture
def seeded(db, project, person, organisation) -> Seeded:
    """A project with three stakeholders (one removed), a history, exchanges and funding."""
    gone = create_person(db, PersonInput(last_name="Kerhervé", first_name="Yann")).value
    involvements.add_involvement(db, project.id, person.id, involvements.InvolvementInput(
        influence=4, interest=5, participation=CooperationStage.CO_CONSTRUCTION,
        posture=Posture.FACILITATEUR, start_on=date(2024, 2, 1)))
    involvements.add_involvement(db, project.id, organisation.id, involvements.InvolvementInput(
        influence=5, interest=2, participation=CooperationStage.COOPERATION,
        posture=Posture.FACILITATEUR, end_on=date(2024, 6, 30)))
    removed = involvements.add_involvement(db, project.id, gone.id,
                                           involvements.InvolvementInput()).value
    involvements.archive_involvement(db, removed.id)
    for stage, day in ((CooperationStage.INFORMATION, date(2024, 1, 20)),
                       (CooperationStage.CONCERTATION, date(2024, 3, 1)),
                       (CooperationStage.COLLABORATION, date(2024, 9, 1))):
        stages.move_to_stage(db, project.id, stage, day, f"Étape du {day:%d/%m/%Y}.",
                             today=date(2025, 1, 1))
    for day, title in ((date(2024, 2, 12), "Atelier mobilités"),
                       (date(2024, 10, 3), "Comité de pilotage")):
        interactions.create_interaction(db, project.id, interactions.InteractionInput(
            occurred_on=day, title=title, participants=((person.id, Presence.PRESENT),)))
    for granted, paid, end in ((100_000, 40_000, date(2024, 5, 31)), (250_000, 0, None)):
        funding.create_funding(db, project.id, funding.FundingInput(
            funder_id=organisation.id, requested_cents=300_000, granted_cents=granted,
            paid_cents=paid, end_on=end))
    return Seeded(project.id, person.id, organisation.id, gone.id)


def test_the_dossier_holds_what_the_services_hold(db, seeded):
    dossier = project_dossier(db, seeded.project_id)

    assert dossier.project == projects.get_project(db, seeded.project_id)
    assert list(dossier.involvements) == involvements.project_involvements(db, seeded.project_id)
    assert list(dossier.stage_history) == stages.stage_history(db, seeded.project_id)
    assert list(dossier.interactions) == interactions.project_interactions(db, seeded.project_id)
    assert list(dossier.fundings) == funding.project_funding(db, seeded.project_id)
    assert seeded.archived_person_id not in {r.stakeholder_id for r in dossier.involvements}
    assert dossier.project.stage is CooperationStage.COLLABORATION
    assert dossier.funding_totals == FundingTotals(600_000, 350_000, 40_000)


def test_the_counts_cover_every_level_posture_and_quadrant(db, seeded):
    dossier = project_dossier(db, seeded.project_id)

    assert [stage for stage, _ in dossier.participation_counts] == list(CooperationStage)
    assert dict(dossier.participation_counts) == {
        **dict.fromkeys(CooperationStage, 0),
        CooperationStage.CO_CONSTRUCTION: 1, CooperationStage.COOPERATION: 1}
    assert dict(dossier.posture_counts) == {Posture.SACHANT: 0, Posture.FACILITATEUR: 2,
                                            Posture.MIXTE: 0}
    assert dossier.count(Quadrant.GERER_DE_PRES) == 1
    assert dossier.count(Quadrant.TENIR_SATISFAIT) == 1
    assert dossier.count(Quadrant.SURVEILLER) == 0
    assert dossier.count(CooperationStage.COOPERATION) == 1
    assert [row.quadrant for row in dossier.involvements] == [Quadrant.TENIR_SATISFAIT,
                                                              Quadrant.GERER_DE_PRES]


def test_at_a_date_the_dossier_is_the_project_as_it_stood(db, seeded):
    dossier = project_dossier(db, seeded.project_id, at=date(2024, 7, 15))

    assert dossier.at == date(2024, 7, 15)
    assert [row.stage for row in dossier.stage_history] == [CooperationStage.INFORMATION,
                                                            CooperationStage.CONCERTATION]
    assert (dossier.project.stage, dossier.project.stage_since) == (
        CooperationStage.CONCERTATION, date(2024, 3, 1))
    assert [row.title for row in dossier.interactions] == ["Atelier mobilités"]
    # the organisation's involvement ended on 30 June, one funding line on 31 May
    assert [row.stakeholder_id for row in dossier.involvements] == [seeded.person_id]
    assert dossier.funding_totals == FundingTotals(300_000, 250_000, 0)
    assert dossier.count(Posture.FACILITATEUR) == 1
    before = project_dossier(db, seeded.project_id, at=date(2024, 1, 1))
    assert before.stage_history == () and before.project.stage is None


def test_an_unknown_project_is_not_found(db):
    with pytest.raises(NotFoundError):
        project_dossier(db, uuid.uuid4())


def test_the_dossier_is_read_in_one_transaction(db, seeded, begins):
    project_dossier(db, seeded.project_id)
    assert len(begins) == 1


def test_a_write_from_another_program_between_two_reads_does_not_split_the_dossier(
        db, db_path, seeded, organisation):
    """Another connection commits a new stage and a new stakeholder just after the dossier's
    first read: the dossier shows neither, and its header agrees with its history."""
    other = open_database(db_path)
    newcomer = create_organisation(other, OrganisationInput(name="Conseil de développement")).value
    written: list[str] = []

    def write_once(_connection: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.startswith("SELECT") and not written:  # after the first read
            written.append("done")
            stages.move_to_stage(other, seeded.project_id, CooperationStage.CO_CONSTRUCTION,
                                 date(2024, 11, 5), "Charte signée.", today=date(2025, 1, 1))
            involvements.add_involvement(other, seeded.project_id, newcomer.id,
                                         involvements.InvolvementInput())

    event.listen(db.engine, "after_cursor_execute", write_once)
    try:
        dossier = project_dossier(db, seeded.project_id)
    finally:
        event.remove(db.engine, "after_cursor_execute", write_once)
        other.close()

    assert written == ["done"]
    assert dossier.project.stage is CooperationStage.COLLABORATION
    assert dossier.stage_history[-1].stage is dossier.project.stage
    assert newcomer.id not in {row.stakeholder_id for row in dossier.involvements}
    fresh = project_dossier(db, seeded.project_id)
    assert fresh.project.stage is CooperationStage.CO_CONSTRUCTION
    assert fresh.stage_history[-1].stage is fresh.project.stage
    assert newcomer.id in {row.stakeholder_id for row in fresh.involvements}
