"""When two stakeholder records are merged, their part in evaluations follows the one kept.

Called by ``stakeholders.merging`` inside its transaction: recommendations the
duplicate carried pass to the one kept; its participations in campaigns move,
and where both took part in one campaign the kept record's role stays. Record
by record, not one ``UPDATE``: the change set names each record moved.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingenierie.models import EvaluationParticipant, Recommendation


def move_evaluation_links(session: Session, keep_id: uuid.UUID, drop_id: uuid.UUID) -> int:
    """Move the duplicate's recommendations and campaign participations; how many moved."""
    recommendations = session.scalars(
        select(Recommendation).where(Recommendation.owner_id == drop_id)).all()
    for recommendation in recommendations:
        recommendation.owner_id = keep_id
    moved = len(recommendations)
    kept = set(session.scalars(select(EvaluationParticipant.evaluation_id)
                               .where(EvaluationParticipant.stakeholder_id == keep_id)))
    for participant in session.scalars(select(EvaluationParticipant).where(
            EvaluationParticipant.stakeholder_id == drop_id)).all():
        if participant.evaluation_id in kept:
            session.delete(participant)  # the same person twice in one campaign
        else:
            participant.stakeholder_id = keep_id
            moved += 1
    return moved
