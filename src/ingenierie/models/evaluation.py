"""Evaluation campaigns of a project: who took part, the criteria scores, the recommendations.

A campaign records what partners *declare*; what the records show is computed
beside it (services/evaluation), never stored here. Participants, justifications,
narratives and recommendations can name people: their columns are personal data.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, SmallInteger, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import (
    NOT_PERSONAL,
    PERSONAL,
    Archivable,
    Entity,
    vocabulary_column,
)
from ingenierie.models.evaluation_vocabulary import (
    Criterion,
    EvaluationKind,
    EvaluationRole,
    EvaluationTiming,
    RecommendationStatus,
)
from ingenierie.models.vocabulary import CooperationStage, Posture


class Evaluation(Archivable, Entity):
    """A dated evaluation campaign of one project.

    ``declared_stage`` and ``declared_posture`` are what the partners say they
    reached (the cooperation stage, the officer's posture), set beside what the
    involvements and the stage history show.
    """

    __tablename__ = "evaluation"
    __table_args__ = (Index("ix_evaluation_project_evaluated", "project_id", "evaluated_on"),)

    project_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), info=NOT_PERSONAL)
    evaluated_on: Mapped[date] = mapped_column(info=NOT_PERSONAL)
    kind: Mapped[EvaluationKind] = vocabulary_column(EvaluationKind, info=NOT_PERSONAL)
    timing: Mapped[EvaluationTiming] = vocabulary_column(EvaluationTiming, info=NOT_PERSONAL)
    declared_stage: Mapped[CooperationStage | None] = vocabulary_column(
        CooperationStage, nullable=True, info=NOT_PERSONAL)
    declared_posture: Mapped[Posture | None] = vocabulary_column(
        Posture, nullable=True, info=NOT_PERSONAL)
    narrative: Mapped[str | None] = mapped_column(Text, info=PERSONAL)


class EvaluationParticipant(Entity):
    """A stakeholder who took part in a campaign, and in which role."""

    __tablename__ = "evaluation_participant"
    __table_args__ = (UniqueConstraint("evaluation_id", "stakeholder_id"),)

    evaluation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True, info=NOT_PERSONAL)
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True, info=PERSONAL)
    role: Mapped[EvaluationRole] = vocabulary_column(EvaluationRole, info=PERSONAL)


class CriterionScore(Archivable, Entity):
    """One criterion of a campaign: 0–4, or NULL for *non évalué*."""

    __tablename__ = "criterion_score"
    __table_args__ = (
        UniqueConstraint("evaluation_id", "criterion"),
        CheckConstraint("score IS NULL OR score BETWEEN 0 AND 4", name="score"),
    )

    evaluation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True, info=NOT_PERSONAL)
    criterion: Mapped[Criterion] = vocabulary_column(Criterion, info=NOT_PERSONAL)
    score: Mapped[int | None] = mapped_column(SmallInteger, info=NOT_PERSONAL)
    justification: Mapped[str | None] = mapped_column(Text, info=PERSONAL)
    evidence: Mapped[str | None] = mapped_column(Text, info=PERSONAL)


class Recommendation(Archivable, Entity):
    """What a campaign recommends, who carries it, by when, and where it stands.

    Open ones (à faire, en cours) show again in the project's later campaigns;
    ``closed_on`` dates when one was done or abandoned, so that a later campaign
    knows whether it was still open on its own date.
    """

    __tablename__ = "recommendation"

    evaluation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True, info=NOT_PERSONAL)
    text: Mapped[str] = mapped_column(Text, info=PERSONAL)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), index=True, info=PERSONAL)
    due_on: Mapped[date | None] = mapped_column(info=NOT_PERSONAL)
    status: Mapped[RecommendationStatus] = vocabulary_column(
        RecommendationStatus, info=NOT_PERSONAL)
    closed_on: Mapped[date | None] = mapped_column(info=NOT_PERSONAL)
