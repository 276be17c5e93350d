"""When two stakeholder records are merged, their part in evaluations follows the one kept.

Called by ``stakeholders.merging`` inside its transaction: recommendations the
duplicate carried pass to the one kept; its participations in campaigns move,
and where both took part in one campaign the kept record's role stays.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ingenierie.models import EvaluationParticipant, Recommendation


def move_evaluation_links(session: Session, keep_id: uuid.UUID, drop_id: uuid.UUID) -> int:
    """Move the duplicate's recommendations and campaign participations; how many moved."""
    moved = session.execute(update(Recommendation).where(Recommendation.owner_id == drop_id)
                            .values(owner_id=keep_id)).rowcount
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
