"""Indicators: the library of definitions, each project's indicators, their measurements.

An indicator with a ``computation`` is *observed*: its values are computed from
the records (involvements, exchanges, stage history) for any date and never
stored, so it has neither a typed baseline value nor measurements. Values are
exact decimals (``ExactDecimal``).
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import (
    Archivable,
    Entity,
    ExactDecimal,
    not_personal,
    personal,
    vocabulary_column,
)
from ingenierie.models.evaluation_vocabulary import (
    DataOrigin,
    Direction,
    IndicatorLevel,
    ObservedMeasure,
)


class IndicatorDefinition(Archivable, Entity):
    """A common indicator an officer can pick: shipped with the app or imported.

    The identifier is unique within its origin, so a shipped list updated by a new
    version of the app never collides with what users imported (an import refuses
    an identifier the shipped list uses).
    """

    __tablename__ = "indicator_definition"
    __table_args__ = (UniqueConstraint("origin", "code"),)

    origin: Mapped[DataOrigin] = vocabulary_column(DataOrigin, info=not_personal())
    code: Mapped[str] = mapped_column(String(60), info=not_personal())
    title: Mapped[str] = mapped_column(String(300), info=not_personal())
    unit: Mapped[str] = mapped_column(String(40), info=not_personal())
    description: Mapped[str | None] = mapped_column(Text, info=not_personal())
    level: Mapped[IndicatorLevel] = vocabulary_column(IndicatorLevel, info=not_personal())
    direction: Mapped[Direction] = vocabulary_column(Direction, info=not_personal())
    themes: Mapped[str | None] = mapped_column(
        String(300), info=not_personal(), doc="Themes it suits, as a hint for the picker.")
    schemes: Mapped[str | None] = mapped_column(
        String(300), info=not_personal(), doc="Schemes it suits, as a hint for the picker.")
    computation: Mapped[ObservedMeasure | None] = vocabulary_column(
        ObservedMeasure, nullable=True, info=not_personal())
    computation_parameter: Mapped[str | None] = mapped_column(String(32), info=not_personal())


class Indicator(Archivable, Entity):
    """An indicator followed in one project, from a baseline towards a target."""

    __tablename__ = "indicator"

    project_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True, info=not_personal())
    definition_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("indicator_definition.id", ondelete="SET NULL"), index=True,
        info=not_personal())
    title: Mapped[str] = mapped_column(String(300), info=not_personal())
    unit: Mapped[str] = mapped_column(String(40), info=not_personal())
    description: Mapped[str | None] = mapped_column(Text, info=not_personal())
    level: Mapped[IndicatorLevel] = vocabulary_column(IndicatorLevel, info=not_personal())
    direction: Mapped[Direction] = vocabulary_column(Direction, info=not_personal())
    baseline_value: Mapped[Decimal | None] = mapped_column(ExactDecimal, info=not_personal())
    baseline_on: Mapped[date] = mapped_column(info=not_personal())
    target_value: Mapped[Decimal | None] = mapped_column(ExactDecimal, info=not_personal())
    target_on: Mapped[date | None] = mapped_column(info=not_personal())
    tolerance: Mapped[Decimal | None] = mapped_column(
        ExactDecimal, info=not_personal(),
        doc="For a stable indicator: the gap to the target still counted as on track.")
    source: Mapped[str | None] = mapped_column(String(300), info=not_personal())
    computation: Mapped[ObservedMeasure | None] = vocabulary_column(
        ObservedMeasure, nullable=True, info=not_personal())
    computation_parameter: Mapped[str | None] = mapped_column(String(32), info=not_personal())


class Measurement(Archivable, Entity):
    """A value of a typed indicator on a date; the comment may name people."""

    __tablename__ = "measurement"
    __table_args__ = (Index("ix_measurement_indicator_measured", "indicator_id", "measured_on"),)

    indicator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), info=not_personal())
    measured_on: Mapped[date] = mapped_column(info=not_personal())
    value: Mapped[Decimal] = mapped_column(ExactDecimal, info=not_personal())
    comment: Mapped[str | None] = mapped_column(Text, info=personal())
