"""Funding of a project by a funder: amounts in integer cents, never floats."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import Archivable, Entity, vocabulary_column
from ingenierie.models.vocabulary import FundingInstrument, FundingStatus


class Funding(Archivable, Entity):
    """Money requested from, granted by and paid by one funder for one project."""

    __tablename__ = "funding"
    __table_args__ = (
        CheckConstraint(
            "requested_cents >= 0 AND granted_cents >= 0 AND paid_cents >= 0", name="amounts"
        ),
    )

    project_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    funder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="RESTRICT"), index=True
    )
    programme: Mapped[str | None] = mapped_column(String(200))
    instrument: Mapped[FundingInstrument] = vocabulary_column(FundingInstrument)
    status: Mapped[FundingStatus] = vocabulary_column(FundingStatus)
    requested_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    granted_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    start_on: Mapped[date | None]
    end_on: Mapped[date | None]
