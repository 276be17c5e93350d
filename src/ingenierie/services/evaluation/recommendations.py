"""Recommendations: made by a campaign, carried by a stakeholder, followed until closed.

The ones still open on a later campaign's date show in that campaign as carried
over, with the campaign that made them: they are read again, never copied.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ingenierie.errors import ValidationError
from ingenierie.models import Evaluation, Recommendation, Stakeholder
from ingenierie.models.evaluation_vocabulary import EvaluationTiming, RecommendationStatus
from ingenierie.services.common import (
    fetch,
    fetch_reference,
    set_archived,
    to_vocabulary,
    unless_archived,
)
from ingenierie.services.evaluation.campaigns import earlier_than
from ingenierie.services.validation import require_text
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written


@dataclass(frozen=True, slots=True)
class RecommendationInput:
    """``closed_on`` is when it was done or abandoned; left empty, the write's day is taken."""

    text: str
    owner_id: uuid.UUID | None = None
    due_on: date | None = None
    status: RecommendationStatus | str = RecommendationStatus.A_FAIRE
    closed_on: date | None = None


@dataclass(frozen=True, slots=True)
class RecommendationRow:
    id: uuid.UUID
    evaluation_id: uuid.UUID
    made_on: date
    made_by: EvaluationTiming
    text: str
    owner_id: uuid.UUID | None
    owner_name: str | None
    due_on: date | None
    status: RecommendationStatus
    closed_on: date | None
    archived: bool

    def overdue(self, on: date) -> bool:
        """Still open after its due date."""
        return self.status.is_open and self.due_on is not None and self.due_on < on

    def to_input(self) -> RecommendationInput:
        return RecommendationInput(self.text, self.owner_id, self.due_on, self.status,
                                   self.closed_on)


@dataclass(frozen=True, slots=True)
class CampaignRecommendations:
    """What a campaign recommended, and what earlier ones left open on its date."""

    made: tuple[RecommendationRow, ...]
    carried_over: tuple[RecommendationRow, ...]


def _columns(session: Session, evaluation: Evaluation, data: RecommendationInput,
             before: Recommendation | None, today: date) -> dict[str, Any]:
    status = to_vocabulary(RecommendationStatus, data.status, "status", "Statut")
    if data.owner_id is not None:
        fetch_reference(session, Stakeholder, data.owner_id, "owner_id", "Porteur")
    if data.due_on is not None and data.due_on < evaluation.evaluated_on:
        raise ValidationError(
            f"L'échéance ({data.due_on:%d/%m/%Y}) précède l'évaluation qui fait la "
            f"recommandation ({evaluation.evaluated_on:%d/%m/%Y}).", field="due_on")
    closed_on = None
    if not status.is_open:
        kept = before.closed_on if before is not None and not before.status.is_open else None
        closed_on = data.closed_on or kept or today
        if closed_on < evaluation.evaluated_on:
            raise ValidationError(
                f"La date de clôture ({closed_on:%d/%m/%Y}) précède l'évaluation qui fait la "
                f"recommandation ({evaluation.evaluated_on:%d/%m/%Y}).", field="closed_on")
    return {"text": require_text(data.text, "text", "Le texte de la recommandation", 10_000),
            "owner_id": data.owner_id, "due_on": data.due_on, "status": status,
            "closed_on": closed_on}


def recommendation_rows(session: Session, *criteria: Any) -> list[RecommendationRow]:
    found = session.execute(
        select(Recommendation, Evaluation.evaluated_on, Evaluation.timing,
               Stakeholder.display_name)
        .join(Evaluation, Evaluation.id == Recommendation.evaluation_id)
        .outerjoin(Stakeholder, Stakeholder.id == Recommendation.owner_id)
        .where(*criteria)
        .order_by(Evaluation.evaluated_on, Recommendation.due_on.is_(None),
                  Recommendation.due_on, Recommendation.created_at))
    return [RecommendationRow(
        id=r.id, evaluation_id=r.evaluation_id, made_on=made_on, made_by=timing, text=r.text,
        owner_id=r.owner_id, owner_name=owner, due_on=r.due_on, status=r.status,
        closed_on=r.closed_on, archived=r.archived_at is not None)
        for r, made_on, timing, owner in found]


def add_recommendation(db: Database, evaluation_id: uuid.UUID, data: RecommendationInput,
                       *, today: date | None = None) -> Written[RecommendationRow]:
    with db.write() as session:
        evaluation = fetch(session, Evaluation, evaluation_id, "Évaluation")
        recommendation = Recommendation(id=uuid.uuid4(), evaluation_id=evaluation.id,
                                        **_columns(session, evaluation, data, None,
                                                   today or date.today()))
        session.add(recommendation)
        session.flush()
        written = recommendation_rows(session, Recommendation.id == recommendation.id)[0]
    return Written(written, session.changes)


def update_recommendation(db: Database, recommendation_id: uuid.UUID,
                          data: RecommendationInput, *, today: date | None = None
                          ) -> Written[RecommendationRow]:
    """Replace every field; reopening one clears its closing date."""
    with db.write() as session:
        recommendation = fetch(session, Recommendation, recommendation_id, "Recommandation")
        evaluation = session.get_one(Evaluation, recommendation.evaluation_id)
        columns = _columns(session, evaluation, data, recommendation, today or date.today())
        for name, value in columns.items():
            setattr(recommendation, name, value)
        session.flush()
        written = recommendation_rows(session, Recommendation.id == recommendation.id)[0]
    return Written(written, session.changes)


def carried_over_criteria(evaluation: Evaluation) -> list[Any]:
    """Recommendations of the project's earlier live campaigns still open on
    ``evaluation``'s date (open now, or closed after that date)."""
    return [*earlier_than(evaluation), Recommendation.archived_at.is_(None),
            or_(Recommendation.status.in_([s for s in RecommendationStatus if s.is_open]),
                Recommendation.closed_on > evaluation.evaluated_on)]


def campaign_recommendations(db: Database, evaluation_id: uuid.UUID,
                             include_archived: bool = False) -> CampaignRecommendations:
    with db.read() as session:
        evaluation = fetch(session, Evaluation, evaluation_id, "Évaluation")
        made = recommendation_rows(session, Recommendation.evaluation_id == evaluation.id,
                                   *unless_archived(Recommendation, include_archived))
        carried = recommendation_rows(session, *carried_over_criteria(evaluation))
        return CampaignRecommendations(tuple(made), tuple(carried))


def archive_recommendation(db: Database, recommendation_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Recommendation, recommendation_id, "Recommandation", True)


def restore_recommendation(db: Database, recommendation_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Recommendation, recommendation_id, "Recommandation", False)
