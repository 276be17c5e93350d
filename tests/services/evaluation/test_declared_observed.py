"""The observed profile at a date and the declared/observed panel of a campaign."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ingenierie.models.vocabulary import CooperationStage, InteractionKind, Posture
from ingenierie.services.evaluation.campaigns import EvaluationInput, create_evaluation
from ingenierie.services.evaluation.declared import declared_and_observed
from ingenierie.services.evaluation.indicators import IndicatorInput, create_indicator
from ingenierie.services.evaluation.maturity import maturity_frameworks, set_maturity_answer
from ingenierie.services.evaluation.measurements import MeasurementInput, add_measurement
from ingenierie.services.evaluation.profile import observed_profile
from ingenierie.services.evaluation.scores import ScoreInput, set_criterion_score
from ingenierie.services.projects.stages import move_to_stage

S, P = CooperationStage, Posture
FIRST, SECOND = date(2024, 6, 1), date(2025, 1, 15)


@pytest.fixture
def story(shipped, project, involve, meet):
    """Ten stakeholders, seven only informed; the officer 'sachant' with eight of them."""
    early = date(2024, 2, 1)
    crowd = [involve("information", "sachant", start_on=early) for _ in range(7)]
    crowd.append(involve("concertation", "sachant", start_on=early, kind="habitant"))
    crowd.append(involve("concertation", "facilitateur", start_on=early,
                         expected_effects="Un local partagé"))
    crowd.append(involve("co_construction", "facilitateur", start_on=date(2024, 9, 1)))
    meet(date(2024, 3, 10), present=crowd[:3], kind="reunion")
    meet(date(2024, 10, 10), present=crowd[8:10], absent=crowd[:2], kind="atelier")
    move_to_stage(shipped, project.id, "information", early, "Lettre d'information")
    move_to_stage(shipped, project.id, "concertation", date(2024, 5, 1), "Atelier partagé")
    jobs = create_indicator(shipped, project.id, IndicatorInput(
        "Emplois", "emplois", early, baseline_value=0, target_value=40,
        target_on=date(2026, 2, 1))).value
    add_measurement(shipped, jobs.id, MeasurementInput(date(2024, 12, 1), 4))
    return crowd


def test_the_profile_on_a_date(shipped, project, story):
    profile = observed_profile(shipped, project.id, SECOND, since=FIRST)
    assert profile.involved == 10
    assert dict(profile.participation) == {
        S.INFORMATION: 7, S.CONSULTATION: 0, S.CONCERTATION: 2, S.COLLABORATION: 0,
        S.CO_CONSTRUCTION: 1, S.COOPERATION: 0}
    assert dict(profile.posture) == {P.SACHANT: 8, P.FACILITATEUR: 2, P.MIXTE: 0}
    assert dict(profile.inhabitants)[S.CONCERTATION] == 1
    assert profile.with_expected_effects == 1
    assert (profile.stage, profile.stage_since) == (S.CONCERTATION, date(2024, 5, 1))
    assert dict(profile.stage_days)[S.INFORMATION] == 90
    assert dict(profile.stage_days)[S.CONCERTATION] == 259
    assert profile.exchanges == ((InteractionKind.ATELIER, 1),)
    assert profile.attended == 2 and str(profile.attendance_share) == "0.2000"
    assert profile.share_at_least(S.CONCERTATION) == Decimal("0.3")


def test_the_profile_before_anyone_was_involved(shipped, project, story):
    profile = observed_profile(shipped, project.id, date(2024, 1, 20))
    assert (profile.involved, profile.stage, profile.attendance_share) == (0, None, None)


def test_the_panel_sets_declarations_beside_the_records(shipped, project, story):
    create_evaluation(shipped, project.id, EvaluationInput(FIRST))
    second = create_evaluation(shipped, project.id, EvaluationInput(
        SECOND, kind="auto-évaluation", timing="mi-parcours", declared_stage="co-construction",
        declared_posture="facilitateur")).value
    set_criterion_score(shipped, second.id, ScoreInput("efficacité", 4))
    [grid] = maturity_frameworks(shipped)
    item = next(i for i in grid.items if i.code == "agir_penser_ensemble")
    set_maturity_answer(shipped, second.id, item.id, 4)

    panel = declared_and_observed(shipped, second.id)

    assert panel.previous is not None and panel.previous.evaluated_on == FIRST
    assert panel.observed.since == FIRST and panel.observed.involved == 10
    assert panel.observed_before is not None and panel.observed_before.involved == 9
    assert panel.observed_before.exchanges == ((InteractionKind.REUNION, 1),)
    assert [i.title for i in panel.indicators] == ["Emplois"]
    assert [finding.message for finding in panel.findings] == [
        "Co-construction déclarée, mais 70\u202f% des acteurs au niveau information.",
        "Co-construction déclarée, mais l'historique du projet le situe en concertation "
        "depuis le 01/05/2024.",
        "Posture facilitateur déclarée, mais sachant dans 8 implication(s) sur 10.",
        "Efficacité : note 4/4, mais 1 indicateur(s) sur 1 en retard.",
        "Agir ensemble, penser ensemble : note 4/4, mais 2 acteur(s) impliqué(s) sur 10 "
        "seulement venu(s) à un échange sur la période.",
    ]


def test_a_first_campaign_looks_back_twelve_months(shipped, project, story):
    first = create_evaluation(shipped, project.id, EvaluationInput(FIRST)).value
    panel = declared_and_observed(shipped, first.id)
    assert (panel.previous, panel.observed_before) == (None, None)
    assert panel.observed.since == date(2023, 6, 1)
    # Nothing declared by the campaign: the stage the history records is questioned.
    assert [finding.message for finding in panel.findings] == [
        "Concertation déclarée, mais 77,8\u202f% des acteurs au niveau information."]
