"""Declarative base shared by every entity: naming convention, UUID keys, UTC timestamps.

UUID keys let databases from several laptops be merged later without clashes;
only portable types are used so the same models run on PostgreSQL.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Date, DateTime, Enum, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ingenierie.models.vocabulary import Vocabulary

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware.

    SQLite keeps no offset; without this, values would come back naive.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class ExactDecimal(TypeDecorator[Decimal]):
    """A decimal number stored exactly, as an integer count of ten-thousandths.

    Indicator values (kWh, euros, shares in %) must add up and compare exactly; a
    float column would not, and ``Numeric`` is kept as a float by SQLite (with a
    warning). A scaled integer is exact on every engine, sums and sorts in SQL, and
    four decimals cover the shares and unit prices officers write. A value with
    more decimals is a bug here: the services refuse it first, in French.
    """

    impl = BigInteger
    cache_ok = True
    SCALE = 4
    FACTOR = 10**SCALE

    def process_bind_param(self, value: Decimal | int | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value).scaleb(self.SCALE)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.SCALE} decimals")
        return int(scaled)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if value % self.FACTOR == 0:  # most values are whole: no Decimal arithmetic
            return Decimal(value // self.FACTOR)
        return tidy_decimal(Decimal(value).scaleb(-self.SCALE))


def tidy_decimal(value: Decimal) -> Decimal:
    """``Decimal("12.3400")`` → ``Decimal("12.34")``, ``Decimal("1E+2")`` → ``Decimal("100")``."""
    value = value.normalize()
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def vocabulary_column(vocabulary: type[Vocabulary], **kwargs: Any) -> Any:
    """A column storing a vocabulary member as its code (a plain string)."""
    enum_type = Enum(
        vocabulary,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
    return mapped_column(enum_type, **kwargs)


def personal() -> dict[str, bool]:
    """The ``info`` of a column holding personal data (see ``models.personal``)."""
    return {"personal": True}


def not_personal() -> dict[str, bool]:
    """The ``info`` of a column that says, explicitly, that it holds no personal data."""
    return {"personal": False}


class Base(DeclarativeBase):
    """Root of every table; owns the metadata Alembic compares against."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads it at class creation
        uuid.UUID: Uuid(),
        datetime: UtcDateTime(),
        date: Date(),
        str: String(),
    }


class Entity(Base):
    """An identified record: UUID key and creation / update timestamps."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4, sort_order=-10,
                                          info=not_personal())
    created_at: Mapped[datetime] = mapped_column(default=utcnow, sort_order=10, info=not_personal())
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, sort_order=10,
                                                 info=not_personal())


class Archivable:
    """Records that are archived rather than deleted, so they can be restored."""

    archived_at: Mapped[datetime | None] = mapped_column(default=None, index=True,
                                                         info=not_personal())

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None
