"""Territories: communes, EPCI, QPV and the custom territories of a project."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import Archivable, Entity, not_personal, vocabulary_column
from ingenierie.models.vocabulary import TerritoryKind


class Territory(Archivable, Entity):
    """A place a project acts on; official ones are identified by their code."""

    __tablename__ = "territory"
    __table_args__ = (UniqueConstraint("kind", "code"),)

    kind: Mapped[TerritoryKind] = vocabulary_column(TerritoryKind)
    code: Mapped[str | None] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True, info=not_personal())  # a place
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("territory.id", ondelete="SET NULL"), index=True
    )
