"""Campaigns, criteria scores and maturity answers: written, read, refused in French."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest
from sqlalchemy import update

from ingenierie.errors import NotFoundError, ValidationError
from ingenierie.models import CriterionScore, Evaluation, MaturityAnswer, MaturityItem
from ingenierie.models.base import utcnow
from ingenierie.models.evaluation_vocabulary import Criterion, EvaluationRole, EvaluationTiming
from ingenierie.models.vocabulary import CooperationStage, Posture
from ingenierie.services.evaluation.campaigns import (
    EvaluationInput,
    archive_evaluation,
    create_evaluation,
    get_evaluation,
    project_evaluations,
    restore_evaluation,
    update_evaluation,
)
from ingenierie.services.evaluation.maturity import (
    archive_maturity_answer,
    campaign_answers,
    maturity_frameworks,
    set_maturity_answer,
)
from ingenierie.services.evaluation.scores import (
    ScoreInput,
    archive_criterion_score,
    campaign_scores,
    set_criterion_score,
)


@pytest.fixture
def campaign(db, project, person):
    return create_evaluation(db, project.id, EvaluationInput(
        date(2024, 6, 1), kind="Participative", timing="mi-parcours",
        declared_stage="co-construction", declared_posture="facilitateur",
        narrative="  Bilan à mi-parcours  ", participants=((person.id, "évaluateur·rice"),))).value


def test_a_campaign_is_written_with_its_participants(db, project, person, campaign):
    assert campaign.label == "Mi-parcours du 01/06/2024"
    assert campaign.declared_stage is CooperationStage.CO_CONSTRUCTION
    assert campaign.declared_posture is Posture.FACILITATEUR
    assert campaign.narrative == "Bilan à mi-parcours"
    [participant] = campaign.participants
    assert (participant.stakeholder_id, participant.role) == (person.id, EvaluationRole.EVALUATEUR)
    assert get_evaluation(db, campaign.id) == campaign


def test_an_update_replaces_fields_and_participants(db, organisation, campaign):
    changed = update_evaluation(db, campaign.id, dataclasses.replace(
        campaign.to_input(), timing=EvaluationTiming.FINALE, declared_stage=None,
        participants=((organisation.id, EvaluationRole.COMMANDITAIRE),))).value
    assert changed.timing is EvaluationTiming.FINALE and changed.declared_stage is None
    assert [p.display_name for p in changed.participants] == ["Brest métropole"]


def test_campaigns_list_newest_first_and_archive(db, project, campaign):
    later = create_evaluation(db, project.id, EvaluationInput(date(2025, 1, 10))).value
    assert [e.id for e in project_evaluations(db, project.id)] == [later.id, campaign.id]
    archive_evaluation(db, later.id)
    assert [e.id for e in project_evaluations(db, project.id)] == [campaign.id]
    assert len(project_evaluations(db, project.id, include_archived=True)) == 2
    restore_evaluation(db, later.id)
    assert len(project_evaluations(db, project.id)) == 2


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"evaluated_on": date(2024, 1, 14)}, "evaluated_on", "précède le début du projet"),
    ({"evaluated_on": None}, "evaluated_on", "obligatoire"),
    ({"kind": "sondage"}, "kind", "Auto-évaluation"),
    ({"declared_posture": "chef"}, "declared_posture", "Facilitateur"),
    ({"participants": ((uuid.uuid4(), "participant"),)}, "participants", "introuvable"),
])
def test_refused_campaigns_store_nothing(db, project, count, changes, field, message):
    data = dataclasses.replace(EvaluationInput(date(2024, 6, 1)), **changes)
    with pytest.raises(ValidationError, match=message) as raised:
        create_evaluation(db, project.id, data)
    assert raised.value.field == field
    assert count(Evaluation) == 0


def test_criteria_scores_cover_the_eight_criteria(db, campaign):
    set_criterion_score(db, campaign.id, ScoreInput("Efficacité", 3, "Objectifs tenus",
                                                    "Rapport d'activité 2024"))
    set_criterion_score(db, campaign.id, ScoreInput(Criterion.UTILITE, None, "À revoir"))
    scores = {row.criterion: row for row in campaign_scores(db, campaign.id)}
    assert list(scores) == list(Criterion)
    assert (scores[Criterion.EFFICACITE].score, scores[Criterion.EFFICACITE].evidence) == (
        3, "Rapport d'activité 2024")
    assert scores[Criterion.UTILITE].score is None  # non évalué, with its justification
    assert scores[Criterion.UTILITE].id is not None and scores[Criterion.PERTINENCE].id is None


def test_scoring_again_replaces_and_restores(db, campaign, count):
    first = set_criterion_score(db, campaign.id, ScoreInput("pertinence", 2)).value
    archive_criterion_score(db, first.id)
    assert {r.criterion: r.score for r in campaign_scores(db, campaign.id)}[
        Criterion.PERTINENCE] is None
    again = set_criterion_score(db, campaign.id, ScoreInput("pertinence", 4)).value
    assert again.id == first.id and count(CriterionScore) == 1
    assert {r.criterion: r.score for r in campaign_scores(db, campaign.id)}[
        Criterion.PERTINENCE] == 4


@pytest.mark.parametrize(("score", "criterion", "field"), [
    (5, "pertinence", "score"), (-1, "pertinence", "score"), (True, "pertinence", "score"),
    (2, "rentabilité", "criterion")])
def test_a_score_outside_its_scale_is_refused(db, campaign, count, score, criterion, field):
    with pytest.raises(ValidationError) as raised:
        set_criterion_score(db, campaign.id, ScoreInput(criterion, score))
    assert raised.value.field == field
    assert count(CriterionScore) == 0


def test_a_scale_message_names_the_criterion(db, campaign):
    with pytest.raises(ValidationError, match="« Efficience » doit être un entier entre 0 et 4"):
        set_criterion_score(db, campaign.id, ScoreInput("efficience", 7))


def test_maturity_answers_follow_the_grid(shipped, campaign, count):
    [grid] = maturity_frameworks(shipped)
    first, second = grid.items[:2]
    set_maturity_answer(shipped, campaign.id, first.id, 3, "Retours d'expérience annuels")
    set_maturity_answer(shipped, campaign.id, second.id, None)
    answers = campaign_answers(shipped, campaign.id)
    assert [(a.item_code, a.score) for a in answers] == [
        ("territoire_apprenant", 3), ("leadership_partage", None)]
    again = set_maturity_answer(shipped, campaign.id, first.id, 4).value
    assert again.id == answers[0].id and again.comment is None
    archive_maturity_answer(shipped, again.id)
    assert [a.item_code for a in campaign_answers(shipped, campaign.id)] == [
        "leadership_partage"]
    with pytest.raises(ValidationError, match="entre 0 et 4") as raised:
        set_maturity_answer(shipped, campaign.id, second.id, 5)
    assert raised.value.field == "score"
    assert count(MaturityAnswer) == 2


def test_an_item_dropped_from_the_grid_takes_no_answer(shipped, campaign):
    [grid] = maturity_frameworks(shipped)
    with shipped.write() as session:
        session.execute(update(MaturityItem).where(MaturityItem.id == grid.items[0].id)
                        .values(archived_at=utcnow()))
    with pytest.raises(ValidationError, match="ne fait plus partie de la grille"):
        set_maturity_answer(shipped, campaign.id, grid.items[0].id, 2)
    with pytest.raises(ValidationError) as raised:
        set_maturity_answer(shipped, campaign.id, uuid.uuid4(), 2)
    assert raised.value.field == "item_id"


def test_unknown_campaign_is_not_found(db):
    with pytest.raises(NotFoundError):
        set_criterion_score(db, uuid.uuid4(), ScoreInput("impact", 1))


def test_a_project_cannot_start_after_its_first_campaign(db, project, campaign):
    from ingenierie.services.projects.project import get_project, update_project

    later = dataclasses.replace(get_project(db, project.id).to_input(), start_on=date(2024, 7, 1))
    with pytest.raises(ValidationError, match="suit la première évaluation") as raised:
        update_project(db, project.id, later)
    assert raised.value.field == "start_on"
    archive_evaluation(db, campaign.id)  # an archived campaign no longer holds it back
    assert update_project(db, project.id, later).value.start_on == date(2024, 7, 1)
    with pytest.raises(ValidationError, match="précède le début du projet"):
        restore_evaluation(db, campaign.id)
