"""Two campaigns compared, and the radar data of the maturity grid."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from ingenierie.errors import NotFoundError, ValidationError
from ingenierie.models.evaluation_vocabulary import Criterion
from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.evaluation.campaigns import EvaluationInput, create_evaluation
from ingenierie.services.evaluation.comparison import compare_campaigns
from ingenierie.services.evaluation.maturity import maturity_frameworks, set_maturity_answer
from ingenierie.services.evaluation.radar import maturity_radar
from ingenierie.services.evaluation.scores import ScoreInput, set_criterion_score
from ingenierie.services.projects.project import ProjectInput, create_project
from ingenierie.services.projects.stages import move_to_stage


@pytest.fixture
def two(shipped, project, involve, meet):
    a = involve("information", "sachant", start_on=date(2024, 2, 1))
    b = involve("concertation", "facilitateur", start_on=date(2024, 2, 1))
    c = involve("collaboration", "facilitateur", start_on=date(2024, 8, 1))
    meet(date(2024, 4, 1), present=[a])
    meet(date(2024, 10, 1), present=[b, c], kind="atelier")
    meet(date(2024, 11, 1), present=[b], kind="copil")
    move_to_stage(shipped, project.id, "information", date(2024, 2, 1), "Lancement")
    move_to_stage(shipped, project.id, "collaboration", date(2024, 9, 1), "Groupe de travail")
    first = create_evaluation(shipped, project.id, EvaluationInput(date(2024, 6, 1))).value
    second = create_evaluation(shipped, project.id, EvaluationInput(date(2025, 1, 15))).value
    [grid] = maturity_frameworks(shipped)
    for evaluation, efficacy, scores in ((first, 1, (1, 2)), (second, 3, (3, None))):
        set_criterion_score(shipped, evaluation.id, ScoreInput("efficacité", efficacy))
        for item, score in zip(grid.items, scores, strict=False):
            set_maturity_answer(shipped, evaluation.id, item.id, score)
    set_maturity_answer(shipped, second.id, grid.items[5].id, 4)
    return first, second, grid


def test_scores_maturity_and_profile_deltas(shipped, two):
    first, second, _ = two
    comparison = compare_campaigns(shipped, second.id, first.id)  # any order
    assert (comparison.earlier.id, comparison.later.id) == (first.id, second.id)
    scores = {d.key: d for d in comparison.scores}
    assert (scores[Criterion.EFFICACITE].before, scores[Criterion.EFFICACITE].after,
            scores[Criterion.EFFICACITE].change) == (1, 3, 2)
    assert scores[Criterion.IMPACT].change is None
    assert [(d.key, d.before, d.after, d.change) for d in comparison.maturity] == [
        ("territoire_apprenant", 1, 3, 2), ("leadership_partage", 2, None, None),
        ("agir_penser_ensemble", None, 4, None)]
    levels = {d.key: (d.before, d.after) for d in comparison.participation}
    assert levels["collaboration"] == (0, 1) and levels["information"] == (1, 1)
    assert {d.key: d.change for d in comparison.posture}["facilitateur"] == 1
    figures = {d.key: d for d in comparison.figures}
    assert (figures["involved"].before, figures["involved"].after) == (2, 3)
    assert (figures["exchanges"].before, figures["exchanges"].after) == (1, 2)
    # 1 of 2 came before the first campaign; 2 of 3 between the two.
    assert figures["attendance"].before == Decimal("50.00")
    assert figures["attendance"].after == Decimal("66.67")
    assert comparison.stage_change == (CooperationStage.INFORMATION,
                                       CooperationStage.COLLABORATION)


def test_campaigns_of_two_projects_are_not_compared(shipped, two):
    first, _, _ = two
    other = create_project(shipped, ProjectInput(title="Autre")).value
    elsewhere = create_evaluation(shipped, other.id, EvaluationInput(date(2024, 6, 1))).value
    with pytest.raises(ValidationError, match="même projet"):
        compare_campaigns(shipped, first.id, elsewhere.id)
    with pytest.raises(ValidationError):
        compare_campaigns(shipped, first.id, first.id)


def test_the_radar_has_an_axis_per_principle_and_a_series_per_campaign(shipped, two):
    first, second, _ = two
    radar = maturity_radar(shipped, [first.id, second.id])
    assert radar.title == "Maturité coopérative du projet"
    assert (radar.scale_min, radar.scale_max) == (0, 4)
    assert [level.label for level in radar.levels][-1] == "Ancré"
    assert len(radar.axes) == 12 and radar.axes[0].label == "Territoire apprenant"
    assert [s.label for s in radar.series] == ["Continue du 01/06/2024", "Continue du 15/01/2025"]
    assert radar.series[0].values[:3] == (1, 2, None)
    assert radar.series[1].values[:3] == (3, None, None) and radar.series[1].values[5] == 4
    assert maturity_radar(shipped, [second.id]).series[0].evaluation_id == second.id


def test_the_radar_takes_one_or_two_known_campaigns(shipped, two):
    first, second, _ = two
    with pytest.raises(ValidationError):
        maturity_radar(shipped, [])
    with pytest.raises(ValidationError):
        maturity_radar(shipped, [first.id, second.id, first.id])
    with pytest.raises(NotFoundError):
        maturity_radar(shipped, [uuid.uuid4()])
