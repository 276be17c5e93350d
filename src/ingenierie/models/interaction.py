"""Interactions (meetings, workshops…) and who took part in them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import Archivable, Entity, vocabulary_column
from ingenierie.models.vocabulary import InteractionKind, Presence


class Interaction(Archivable, Entity):
    """A dated exchange within a project, with its notes and decisions."""

    __tablename__ = "interaction"
    __table_args__ = (Index("ix_interaction_project_occurred", "project_id", "occurred_on"),)

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    occurred_on: Mapped[date]
    kind: Mapped[InteractionKind] = vocabulary_column(InteractionKind)
    title: Mapped[str] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    decisions: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)


class Participation(Entity):
    """A stakeholder invited to an interaction, and whether they came."""

    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("interaction_id", "stakeholder_id"),)

    interaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), index=True
    )
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True
    )
    presence: Mapped[Presence] = vocabulary_column(Presence)
