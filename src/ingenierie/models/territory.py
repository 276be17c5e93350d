"""Territories: communes, EPCI, QPV and the custom territories of a project.

A territory has one parent, the smallest territory wholly containing it, so that
the official lists stay a tree (a commune in its EPCI, a QPV in its commune). A
territory lying across several others — a QPV over two communes — also names
each of them with a :class:`TerritoryLink`; its parent is then what they share
(their EPCI), if anything. A second relation rather than a second parent: every
walk up the tree (roll-ups, filters) keeps one answer, and the overlap is still
recorded, commune by commune.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
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
    population: Mapped[int | None] = mapped_column(Integer, info=not_personal())


class TerritoryLink(Entity):
    """A territory lying (partly) within another that is not its parent: a QPV over
    several communes names each commune."""

    __tablename__ = "territory_link"
    __table_args__ = (UniqueConstraint("territory_id", "within_id"),)

    territory_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("territory.id", ondelete="CASCADE"), index=True, info=not_personal())
    within_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("territory.id", ondelete="CASCADE"), index=True, info=not_personal())
