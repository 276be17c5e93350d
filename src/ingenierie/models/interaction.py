"""Interactions (meetings, workshops…) and who took part in them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import (
    Archivable,
    Entity,
    not_personal,
    personal,
    vocabulary_column,
)
from ingenierie.models.vocabulary import InteractionKind, Presence


class Interaction(Archivable, Entity):
    """A dated exchange within a project, with its notes and decisions."""

    __tablename__ = "interaction"
    __table_args__ = (Index("ix_interaction_project_occurred", "project_id", "occurred_on"),)

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"),
                                                  info=not_personal())
    occurred_on: Mapped[date] = mapped_column(info=not_personal())
    kind: Mapped[InteractionKind] = vocabulary_column(InteractionKind, info=not_personal())
    # Free text that may name people ("Entretien avec M. …", who said what).
    title: Mapped[str] = mapped_column(String(300), info=personal())
    place: Mapped[str | None] = mapped_column(String(300), info=not_personal())
    notes: Mapped[str | None] = mapped_column(Text, info=personal())
    decisions: Mapped[str | None] = mapped_column(Text, info=personal())
    next_steps: Mapped[str | None] = mapped_column(Text, info=personal())


class Participation(Entity):
    """A stakeholder invited to an interaction, and whether they came."""

    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("interaction_id", "stakeholder_id"),)

    interaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), index=True, info=not_personal()
    )
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True, info=not_personal()
    )
    presence: Mapped[Presence] = vocabulary_column(Presence, info=personal())
