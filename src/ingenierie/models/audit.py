"""The audit trail ("journal des modifications") and the texts set aside for review.

An :class:`AuditEntry` says who changed which record, when, and which fields
from what to what; a bulk write (an import, the demo) is one entry with its
counts. Entries name their records by id without foreign keys: the journal
outlives what it describes. Its values are personal data when the record is
about a person, so an erasure scrubs them (``services.privacy.erasure``).

A :class:`ReviewFlag` marks a free text the app changed on its own (a name
scrubbed by an erasure) for the officer to read again.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import Entity, not_personal, personal


class AuditEntry(Entity):
    """One record changed by one unit of work (or one bulk write, counted)."""

    __tablename__ = "audit_entry"

    unit_id: Mapped[uuid.UUID] = mapped_column(index=True, info=not_personal())
    # The officer's name (the system user's, or the one set in the preferences).
    actor: Mapped[str] = mapped_column(String(200), info=personal())
    action: Mapped[str] = mapped_column(String(20), info=not_personal())
    kind: Mapped[str] = mapped_column(String(40), info=not_personal())
    record_id: Mapped[uuid.UUID | None] = mapped_column(index=True, info=not_personal())
    project_id: Mapped[uuid.UUID | None] = mapped_column(index=True, info=not_personal())
    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(index=True, info=not_personal())
    other_stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(index=True,
                                                                   info=not_personal())
    # JSON: {field: [before, after]}, or {"counts": {...}} for a bulk write.
    changes: Mapped[str] = mapped_column(Text, info=personal())


class ReviewFlag(Entity):
    """A free text changed by the app itself, to be read again by the officer."""

    __tablename__ = "review_flag"

    table_name: Mapped[str] = mapped_column(String(40), info=not_personal())
    column_name: Mapped[str] = mapped_column(String(40), info=not_personal())
    record_id: Mapped[uuid.UUID] = mapped_column(index=True, info=not_personal())
    reason: Mapped[str] = mapped_column(String(200), info=not_personal())
    reviewed_at: Mapped[datetime | None] = mapped_column(default=None, info=not_personal())
