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
    Archivable,
    Entity,
    not_personal,
    personal,
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
        ForeignKey("project.id", ondelete="CASCADE"), info=not_personal())
    evaluated_on: Mapped[date] = mapped_column(info=not_personal())
    kind: Mapped[EvaluationKind] = vocabulary_column(EvaluationKind, info=not_personal())
    timing: Mapped[EvaluationTiming] = vocabulary_column(EvaluationTiming, info=not_personal())
    declared_stage: Mapped[CooperationStage | None] = vocabulary_column(
        CooperationStage, nullable=True, info=not_personal())
    declared_posture: Mapped[Posture | None] = vocabulary_column(
        Posture, nullable=True, info=not_personal())
    narrative: Mapped[str | None] = mapped_column(Text, info=personal())


class EvaluationParticipant(Entity):
    """A stakeholder who took part in a campaign, and in which role."""

    __tablename__ = "evaluation_participant"
    __table_args__ = (UniqueConstraint("evaluation_id", "stakeholder_id"),)

    evaluation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True, info=not_personal())
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True, info=not_personal())
    role: Mapped[EvaluationRole] = vocabulary_column(EvaluationRole, info=personal())


class CriterionScore(Archivable, Entity):
    """One criterion of a campaign: 0–4, or NULL for *non évalué*."""

    __tablename__ = "criterion_score"
    __table_args__ = (
        UniqueConstraint("evaluation_id", "criterion"),
        CheckConstraint("score IS NULL OR score BETWEEN 0 AND 4", name="score"),
    )

    evaluation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True, info=not_personal())
    criterion: Mapped[Criterion] = vocabulary_column(Criterion, info=not_personal())
    score: Mapped[int | None] = mapped_column(SmallInteger, info=not_personal())
    justification: Mapped[str | None] = mapped_column(Text, info=personal())
    evidence: Mapped[str | None] = mapped_column(Text, info=personal())


class Recommendation(Archivable, Entity):
    """What a campaign recommends, who carries it, by when, and where it stands.

    Open ones (à faire, en cours) show again in the project's later campaigns;
    ``closed_on`` dates when one was done or abandoned, so that a later campaign
    knows whether it was still open on its own date.
    """

    __tablename__ = "recommendation"

    evaluation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True, info=not_personal())
    text: Mapped[str] = mapped_column(Text, info=personal())
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), index=True, info=not_personal())
    due_on: Mapped[date | None] = mapped_column(info=not_personal())
    status: Mapped[RecommendationStatus] = vocabulary_column(
        RecommendationStatus, info=not_personal())
    closed_on: Mapped[date | None] = mapped_column(info=not_personal())
