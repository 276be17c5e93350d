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
    NOT_PERSONAL,
    PERSONAL,
    Archivable,
    Entity,
    ExactDecimal,
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

    origin: Mapped[DataOrigin] = vocabulary_column(DataOrigin, info=NOT_PERSONAL)
    code: Mapped[str] = mapped_column(String(60), info=NOT_PERSONAL)
    title: Mapped[str] = mapped_column(String(300), info=NOT_PERSONAL)
    unit: Mapped[str] = mapped_column(String(40), info=NOT_PERSONAL)
    description: Mapped[str | None] = mapped_column(Text, info=NOT_PERSONAL)
    level: Mapped[IndicatorLevel] = vocabulary_column(IndicatorLevel, info=NOT_PERSONAL)
    direction: Mapped[Direction] = vocabulary_column(Direction, info=NOT_PERSONAL)
    themes: Mapped[str | None] = mapped_column(
        String(300), info=NOT_PERSONAL, doc="Themes it suits, as a hint for the picker.")
    schemes: Mapped[str | None] = mapped_column(
        String(300), info=NOT_PERSONAL, doc="Schemes it suits, as a hint for the picker.")
    computation: Mapped[ObservedMeasure | None] = vocabulary_column(
        ObservedMeasure, nullable=True, info=NOT_PERSONAL)
    computation_parameter: Mapped[str | None] = mapped_column(String(32), info=NOT_PERSONAL)


class Indicator(Archivable, Entity):
    """An indicator followed in one project, from a baseline towards a target."""

    __tablename__ = "indicator"

    project_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True, info=NOT_PERSONAL)
    definition_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("indicator_definition.id", ondelete="SET NULL"), index=True,
        info=NOT_PERSONAL)
    title: Mapped[str] = mapped_column(String(300), info=NOT_PERSONAL)
    unit: Mapped[str] = mapped_column(String(40), info=NOT_PERSONAL)
    description: Mapped[str | None] = mapped_column(Text, info=NOT_PERSONAL)
    level: Mapped[IndicatorLevel] = vocabulary_column(IndicatorLevel, info=NOT_PERSONAL)
    direction: Mapped[Direction] = vocabulary_column(Direction, info=NOT_PERSONAL)
    baseline_value: Mapped[Decimal | None] = mapped_column(ExactDecimal, info=NOT_PERSONAL)
    baseline_on: Mapped[date] = mapped_column(info=NOT_PERSONAL)
    target_value: Mapped[Decimal | None] = mapped_column(ExactDecimal, info=NOT_PERSONAL)
    target_on: Mapped[date | None] = mapped_column(info=NOT_PERSONAL)
    tolerance: Mapped[Decimal | None] = mapped_column(
        ExactDecimal, info=NOT_PERSONAL,
        doc="For a stable indicator: the gap to the target still counted as on track.")
    source: Mapped[str | None] = mapped_column(String(300), info=NOT_PERSONAL)
    computation: Mapped[ObservedMeasure | None] = vocabulary_column(
        ObservedMeasure, nullable=True, info=NOT_PERSONAL)
    computation_parameter: Mapped[str | None] = mapped_column(String(32), info=NOT_PERSONAL)


class Measurement(Archivable, Entity):
    """A value of a typed indicator on a date; the comment may name people."""

    __tablename__ = "measurement"
    __table_args__ = (Index("ix_measurement_indicator_measured", "indicator_id", "measured_on"),)

    indicator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), info=NOT_PERSONAL)
    measured_on: Mapped[date] = mapped_column(info=NOT_PERSONAL)
    value: Mapped[Decimal] = mapped_column(ExactDecimal, info=NOT_PERSONAL)
    comment: Mapped[str | None] = mapped_column(Text, info=PERSONAL)
