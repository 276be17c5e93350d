"""Maturity grids: frameworks as data (items on one scale), answered per campaign.

The scale's levels (value, French label, description) are a list held by the
framework itself: they are read with it and never referred to by other rows.
Answers refer to items, so items are rows, archived (never deleted) when a
newer version of a shipped grid drops one.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import (
    Archivable,
    Entity,
    not_personal,
    personal,
    vocabulary_column,
)
from ingenierie.models.evaluation_vocabulary import DataOrigin


class MaturityFramework(Archivable, Entity):
    """A grid: its items are scored from ``scale_min`` to ``scale_max``."""

    __tablename__ = "maturity_framework"
    __table_args__ = (UniqueConstraint("origin", "code"),)

    origin: Mapped[DataOrigin] = vocabulary_column(DataOrigin, info=not_personal())
    code: Mapped[str] = mapped_column(String(60), info=not_personal())
    title: Mapped[str] = mapped_column(String(300), info=not_personal())
    description: Mapped[str | None] = mapped_column(Text, info=not_personal())
    scale_min: Mapped[int] = mapped_column(SmallInteger, info=not_personal())
    scale_max: Mapped[int] = mapped_column(SmallInteger, info=not_personal())
    levels: Mapped[list[dict[str, Any]]] = mapped_column(
        JSON, info=not_personal(),
        doc='[{"value": 0, "label": "…", "description": "…"}, …], lowest first.')


class MaturityItem(Archivable, Entity):
    """One principle of a grid, one axis of its radar chart."""

    __tablename__ = "maturity_item"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    framework_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("maturity_framework.id", ondelete="CASCADE"), index=True,
        info=not_personal())
    code: Mapped[str] = mapped_column(String(60), info=not_personal())
    label: Mapped[str] = mapped_column(String(200), info=not_personal())
    description: Mapped[str | None] = mapped_column(Text, info=not_personal())
    position: Mapped[int] = mapped_column(SmallInteger, info=not_personal())


class MaturityAnswer(Archivable, Entity):
    """A campaign's score on one item (NULL: *non évalué*) and its comment."""

    __tablename__ = "maturity_answer"
    __table_args__ = (UniqueConstraint("evaluation_id", "item_id"),)

    evaluation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True, info=not_personal())
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("maturity_item.id", ondelete="CASCADE"), index=True, info=not_personal())
    score: Mapped[int | None] = mapped_column(SmallInteger, info=not_personal())
    comment: Mapped[str | None] = mapped_column(Text, info=personal())
