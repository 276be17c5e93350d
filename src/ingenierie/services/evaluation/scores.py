"""A campaign's scores on the eight evaluation criteria, 0–4 or *non évalué*."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingenierie.models import CriterionScore, Evaluation
from ingenierie.models.evaluation_vocabulary import Criterion
from ingenierie.services.common import fetch, optional_text, set_archived, to_vocabulary
from ingenierie.services.validation import check_score
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written

SCORE_MIN, SCORE_MAX = 0, 4


@dataclass(frozen=True, slots=True)
class ScoreInput:
    """One criterion's line of the form; ``score`` None is *non évalué*."""

    criterion: Criterion | str
    score: int | None = None
    justification: str | None = None
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class ScoreRow:
    """A criterion of a campaign; ``id`` is None when nothing was ever entered for it."""

    criterion: Criterion
    score: int | None
    justification: str | None
    evidence: str | None
    id: uuid.UUID | None = None
    archived: bool = False


def score_rows(session: Session, evaluation_id: uuid.UUID) -> list[ScoreRow]:
    """All eight criteria in their usual order; archived lines read as never entered."""
    stored = {s.criterion: s for s in session.scalars(select(CriterionScore).where(
        CriterionScore.evaluation_id == evaluation_id, CriterionScore.archived_at.is_(None)))}
    rows = []
    for criterion in Criterion:
        found = stored.get(criterion)
        rows.append(ScoreRow(criterion, None, None, None) if found is None else ScoreRow(
            criterion, found.score, found.justification, found.evidence, found.id))
    return rows


def set_criterion_score(db: Database, evaluation_id: uuid.UUID, data: ScoreInput
                        ) -> Written[ScoreRow]:
    """Score one criterion (again: the line is replaced, and restored if archived)."""
    criterion = to_vocabulary(Criterion, data.criterion, "criterion", "Critère")
    score = None if data.score is None else check_score(
        data.score, "score", SCORE_MIN, SCORE_MAX, f"La note « {criterion.label} »")
    justification = optional_text(data.justification, "justification", "La justification")
    evidence = optional_text(data.evidence, "evidence", "Les éléments de preuve")
    with db.write() as session:
        evaluation = fetch(session, Evaluation, evaluation_id, "Évaluation")
        line = session.scalar(select(CriterionScore).where(
            CriterionScore.evaluation_id == evaluation.id, CriterionScore.criterion == criterion))
        if line is None:
            line = CriterionScore(evaluation_id=evaluation.id, criterion=criterion)
            session.add(line)
        line.score, line.justification, line.evidence = score, justification, evidence
        line.archived_at = None
        session.flush()
        row = ScoreRow(criterion, score, justification, evidence, line.id)
    return Written(row, session.changes)


def campaign_scores(db: Database, evaluation_id: uuid.UUID) -> list[ScoreRow]:
    with db.read() as session:
        fetch(session, Evaluation, evaluation_id, "Évaluation")
        return score_rows(session, evaluation_id)


def archive_criterion_score(db: Database, score_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, CriterionScore, score_id, "Note de critère", True)


def restore_criterion_score(db: Database, score_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, CriterionScore, score_id, "Note de critère", False)
