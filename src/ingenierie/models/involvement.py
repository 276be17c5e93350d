"""A stakeholder's involvement in a project: role, weight, stance and the officer's posture."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, SmallInteger, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import (
    Archivable,
    Entity,
    not_personal,
    personal,
    vocabulary_column,
)
from ingenierie.models.vocabulary import CooperationStage, InvolvementRole, Posture


class Involvement(Archivable, Entity):
    """Stakeholder × project. Influence, interest, attitude and posture are judgements
    about a person when the stakeholder is one: personal data."""

    __tablename__ = "involvement"
    __table_args__ = (
        UniqueConstraint("project_id", "stakeholder_id"),
        CheckConstraint("influence BETWEEN 1 AND 5", name="influence"),
        CheckConstraint("interest BETWEEN 1 AND 5", name="interest"),
        CheckConstraint("attitude IS NULL OR attitude BETWEEN -2 AND 2", name="attitude"),
    )

    project_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True, info=not_personal()
    )
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True, info=not_personal()
    )
    # The role and the period say what the stakeholder does in the project; the
    # rest are the officer's judgements about them.
    role: Mapped[InvolvementRole] = vocabulary_column(InvolvementRole, info=not_personal())
    influence: Mapped[int] = mapped_column(SmallInteger, info=personal())
    interest: Mapped[int] = mapped_column(SmallInteger, info=personal())
    attitude: Mapped[int | None] = mapped_column(SmallInteger, info=personal())
    participation: Mapped[CooperationStage] = vocabulary_column(CooperationStage, info=personal())
    posture: Mapped[Posture] = vocabulary_column(Posture, info=personal())
    expected_effects: Mapped[str | None] = mapped_column(Text, info=personal())
    # Économie de la fonctionnalité et de la coopération: what the stakeholder gained,
    # set beside what was expected when the project is evaluated.
    observed_effects: Mapped[str | None] = mapped_column(Text, info=personal())
    start_on: Mapped[date | None] = mapped_column(info=not_personal())
    end_on: Mapped[date | None] = mapped_column(info=not_personal())
