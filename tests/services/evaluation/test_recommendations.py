"""Recommendations: owners and due dates, closing, and the open ones carried over."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest

from ingenierie.errors import ValidationError
from ingenierie.models import Recommendation
from ingenierie.models.evaluation_vocabulary import RecommendationStatus
from ingenierie.services.evaluation.campaigns import (
    EvaluationInput,
    archive_evaluation,
    create_evaluation,
)
from ingenierie.services.evaluation.recommendations import (
    RecommendationInput,
    add_recommendation,
    archive_recommendation,
    campaign_recommendations,
    update_recommendation,
)

S = RecommendationStatus


@pytest.fixture
def first(db, project):
    return create_evaluation(db, project.id, EvaluationInput(date(2024, 6, 1))).value


def test_a_recommendation_has_an_owner_a_due_date_and_a_status(db, person, first):
    row = add_recommendation(db, first.id, RecommendationInput(
        "  Ouvrir le comité de pilotage aux habitants ", owner_id=person.id,
        due_on=date(2024, 12, 31), status="en cours")).value
    assert (row.text, row.owner_name, row.status, row.closed_on) == (
        "Ouvrir le comité de pilotage aux habitants", "Anne-Sophie Le Goff", S.EN_COURS, None)
    assert row.overdue(date(2025, 1, 1)) and not row.overdue(date(2024, 12, 31))
    assert campaign_recommendations(db, first.id).made == (row,)


def test_closing_dates_the_recommendation_and_reopening_clears_it(db, first):
    row = add_recommendation(db, first.id, RecommendationInput("Former les élus")).value
    done = update_recommendation(db, row.id, dataclasses.replace(row.to_input(), status="fait"),
                                 today=date(2024, 9, 1)).value
    assert done.closed_on == date(2024, 9, 1)
    again = update_recommendation(db, row.id, dataclasses.replace(done.to_input(), text="Former"),
                                  today=date(2024, 10, 1)).value
    assert again.closed_on == date(2024, 9, 1)  # still closed: its date is kept
    reopened = update_recommendation(db, row.id, dataclasses.replace(again.to_input(),
                                                                     status="à faire")).value
    assert reopened.closed_on is None


@pytest.mark.parametrize(("data", "field", "message"), [
    (RecommendationInput("   "), "text", "obligatoire"),
    (RecommendationInput("x", due_on=date(2024, 5, 1)), "due_on", "précède l'évaluation"),
    (RecommendationInput("x", status="fait", closed_on=date(2024, 5, 1)), "closed_on",
     "précède l'évaluation"),
    (RecommendationInput("x", status="oublié"), "status", "À faire"),
    (RecommendationInput("x", owner_id=uuid.uuid4()), "owner_id", "introuvable"),
])
def test_refused_recommendations_store_nothing(db, first, count, data, field, message):
    with pytest.raises(ValidationError, match=message) as raised:
        add_recommendation(db, first.id, data)
    assert raised.value.field == field
    assert count(Recommendation) == 0


def test_open_recommendations_carry_over_to_the_next_campaign(db, project, first):
    still_open = add_recommendation(db, first.id, RecommendationInput("Ouvrir le COPIL")).value
    closed_after = add_recommendation(db, first.id, RecommendationInput(
        "Créer un fonds", status="fait", closed_on=date(2025, 3, 1))).value
    add_recommendation(db, first.id, RecommendationInput(
        "Réunir les financeurs", status="abandonné", closed_on=date(2024, 9, 1)))
    gone = add_recommendation(db, first.id, RecommendationInput("Archivée")).value
    archive_recommendation(db, gone.id)
    second = create_evaluation(db, project.id, EvaluationInput(date(2025, 1, 15))).value
    own = add_recommendation(db, second.id, RecommendationInput("Évaluer les effets utiles")).value

    view = campaign_recommendations(db, second.id)

    assert [r.id for r in view.made] == [own.id]
    # Open then: open now, or closed after the second campaign's date.
    assert {r.id for r in view.carried_over} == {still_open.id, closed_after.id}
    assert all(r.made_on == date(2024, 6, 1) for r in view.carried_over)
    assert campaign_recommendations(db, first.id).carried_over == ()


def test_an_archived_campaign_carries_nothing_over(db, project, first):
    add_recommendation(db, first.id, RecommendationInput("Ouvrir le COPIL"))
    second = create_evaluation(db, project.id, EvaluationInput(date(2025, 1, 15))).value
    archive_evaluation(db, first.id)
    assert campaign_recommendations(db, second.id).carried_over == ()
