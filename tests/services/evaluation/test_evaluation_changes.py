"""Evaluation writes say what they changed, owned by their project (through the campaign
or the indicator), so that a project page refreshes from the change set alone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ingenierie.services.evaluation.campaigns import (
    EvaluationInput,
    archive_evaluation,
    create_evaluation,
    update_evaluation,
)
from ingenierie.services.evaluation.indicators import IndicatorInput, create_indicator
from ingenierie.services.evaluation.maturity import maturity_frameworks, set_maturity_answer
from ingenierie.services.evaluation.measurements import MeasurementInput, add_measurement
from ingenierie.services.evaluation.recommendations import (
    RecommendationInput,
    add_recommendation,
)
from ingenierie.services.evaluation.scores import ScoreInput, set_criterion_score
from ingenierie.storage.changes import NOTHING, ChangeSet, Kind


def test_campaign_writes_are_owned_by_the_project(shipped, project, person) -> None:
    data = EvaluationInput(date(2024, 6, 1), participants=((person.id, "evaluateur"),))
    created = create_evaluation(shipped, project.id, data)
    campaign = created.value.id
    assert created.changes.kinds == {Kind.EVALUATION, Kind.EVALUATION_PARTICIPANT}
    assert created.changes.owners(Kind.PROJECT, Kind.EVALUATION_PARTICIPANT) == {project.id}
    assert created.changes.owners(Kind.STAKEHOLDER, Kind.EVALUATION_PARTICIPANT) == {person.id}
    assert update_evaluation(shipped, campaign, data).changes == NOTHING

    scored = set_criterion_score(shipped, campaign, ScoreInput("pertinence", 3))
    assert scored.changes.kinds == {Kind.CRITERION_SCORE}
    assert scored.changes.touches(Kind.PROJECT, project.id, Kind.CRITERION_SCORE)

    [grid] = maturity_frameworks(shipped)
    answered = set_maturity_answer(shipped, campaign, grid.items[0].id, 2)
    assert answered.changes.touches(Kind.PROJECT, project.id, Kind.MATURITY_ANSWER)

    recommended = add_recommendation(shipped, campaign, RecommendationInput(
        "Ouvrir le COPIL aux habitants", owner_id=person.id))
    assert recommended.changes.owners(Kind.PROJECT, Kind.RECOMMENDATION) == {project.id}
    assert recommended.changes.owners(Kind.STAKEHOLDER, Kind.RECOMMENDATION) == {person.id}

    assert archive_evaluation(shipped, campaign) == ChangeSet.of(
        Kind.EVALUATION, [campaign], projects=[project.id])


def test_a_measurement_is_owned_by_its_indicators_project(shipped, project) -> None:
    indicator = create_indicator(shipped, project.id, IndicatorInput(
        "Ateliers tenus", "ateliers", date(2024, 1, 1), baseline_value=Decimal(0),
        target_value=Decimal(12), target_on=date(2025, 1, 1)))
    assert indicator.changes.ids(Kind.INDICATOR) == {indicator.value.id}
    measured = add_measurement(shipped, indicator.value.id,
                               MeasurementInput(date(2024, 6, 1), Decimal(5)))
    assert measured.changes.kinds == {Kind.MEASUREMENT}
    assert measured.changes.owners(Kind.PROJECT, Kind.MEASUREMENT) == {project.id}
