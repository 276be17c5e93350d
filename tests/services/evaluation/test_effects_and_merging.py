"""Useful effects observed per involvement, and evaluation links through a merge."""

from __future__ import annotations

from datetime import date

from ingenierie.services.evaluation.campaigns import (
    EvaluationInput,
    create_evaluation,
    get_evaluation,
)
from ingenierie.services.evaluation.effects import project_useful_effects, set_observed_effects
from ingenierie.services.evaluation.recommendations import (
    RecommendationInput,
    add_recommendation,
    campaign_recommendations,
)
from ingenierie.services.projects.involvements import InvolvementInput, add_involvement
from ingenierie.services.stakeholders.merging import merge_stakeholders
from ingenierie.services.stakeholders.stakeholder import PersonInput, create_person


def test_observed_effects_sit_beside_the_expected_ones(db, project, involve):
    involvement = involve("concertation", expected_effects="Un local pour l'association")
    row = set_observed_effects(db, involvement.id, "  Local partagé trois soirs par semaine ").value
    assert (row.expected, row.observed) == ("Un local pour l'association",
                                            "Local partagé trois soirs par semaine")
    assert project_useful_effects(db, project.id) == [row]
    assert set_observed_effects(db, involvement.id, "  ").value.observed is None


def test_a_merge_carries_recommendations_participations_and_observed_effects(
        db, project, person):
    duplicate = create_person(db, PersonInput(last_name="Le Goff", first_name="A.-S."),
                              allow_duplicate=True).value
    add_involvement(db, project.id, person.id, InvolvementInput())
    twin = add_involvement(db, project.id, duplicate.id, InvolvementInput()).value
    set_observed_effects(db, twin.id, "Un réseau d'élus")
    both = create_evaluation(db, project.id, EvaluationInput(
        date(2024, 6, 1), participants=((person.id, "évaluateur·rice"),
                                        (duplicate.id, "participant·e")))).value
    alone = create_evaluation(db, project.id, EvaluationInput(
        date(2024, 9, 1), participants=((duplicate.id, "commanditaire"),))).value
    carried = add_recommendation(db, both.id,
                                 RecommendationInput("Suivre", owner_id=duplicate.id)).value

    result = merge_stakeholders(db, person.id, duplicate.id).value

    assert result.moved_evaluation_links == 2  # one recommendation, one participation
    assert "2 lien(s) à des évaluations" in result.describe()
    assert [(p.stakeholder_id, p.role.value) for p in get_evaluation(db, both.id).participants] \
        == [(person.id, "evaluateur")]
    assert [p.stakeholder_id for p in get_evaluation(db, alone.id).participants] == [person.id]
    [mine] = campaign_recommendations(db, both.id).made
    assert (mine.id, mine.owner_id) == (carried.id, person.id)
    [effects] = project_useful_effects(db, project.id)
    assert effects.observed == "Un réseau d'élus"
