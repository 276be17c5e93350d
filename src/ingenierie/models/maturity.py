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
    NOT_PERSONAL,
    PERSONAL,
    Archivable,
    Entity,
    vocabulary_column,
)
from ingenierie.models.evaluation_vocabulary import DataOrigin


class MaturityFramework(Archivable, Entity):
    """A grid: its items are scored from ``scale_min`` to ``scale_max``."""

    __tablename__ = "maturity_framework"
    __table_args__ = (UniqueConstraint("origin", "code"),)

    origin: Mapped[DataOrigin] = vocabulary_column(DataOrigin, info=NOT_PERSONAL)
    code: Mapped[str] = mapped_column(String(60), info=NOT_PERSONAL)
    title: Mapped[str] = mapped_column(String(300), info=NOT_PERSONAL)
    description: Mapped[str | None] = mapped_column(Text, info=NOT_PERSONAL)
    scale_min: Mapped[int] = mapped_column(SmallInteger, info=NOT_PERSONAL)
    scale_max: Mapped[int] = mapped_column(SmallInteger, info=NOT_PERSONAL)
    levels: Mapped[list[dict[str, Any]]] = mapped_column(
        JSON, info=NOT_PERSONAL,
        doc='[{"value": 0, "label": "…", "description": "…"}, …], lowest first.')


class MaturityItem(Archivable, Entity):
    """One principle of a grid, one axis of its radar chart."""

    __tablename__ = "maturity_item"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    framework_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("maturity_framework.id", ondelete="CASCADE"), index=True,
        info=NOT_PERSONAL)
    code: Mapped[str] = mapped_column(String(60), info=NOT_PERSONAL)
    label: Mapped[str] = mapped_column(String(200), info=NOT_PERSONAL)
    description: Mapped[str | None] = mapped_column(Text, info=NOT_PERSONAL)
    position: Mapped[int] = mapped_column(SmallInteger, info=NOT_PERSONAL)


class MaturityAnswer(Archivable, Entity):
    """A campaign's score on one item (NULL: *non évalué*) and its comment."""

    __tablename__ = "maturity_answer"
    __table_args__ = (UniqueConstraint("evaluation_id", "item_id"),)

    evaluation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True, info=NOT_PERSONAL)
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("maturity_item.id", ondelete="CASCADE"), index=True, info=NOT_PERSONAL)
    score: Mapped[int | None] = mapped_column(SmallInteger, info=NOT_PERSONAL)
    comment: Mapped[str | None] = mapped_column(Text, info=PERSONAL)
