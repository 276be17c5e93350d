"""Stakeholders (people and organisations) and a person's affiliations.

People and organisations share one table (single-table inheritance): an
involvement or a funding points at "a stakeholder" whatever its nature, and
the directory lists both without a union.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import Archivable, Entity, vocabulary_column
from ingenierie.models.vocabulary import ActorKind, Civility, LegalBasis, StakeholderNature


class Stakeholder(Archivable, Entity):
    """A person or an organisation that affects or is affected by a project."""

    __tablename__ = "stakeholder"
    __mapper_args__ = {  # noqa: RUF012 - SQLAlchemy mapper configuration
        "polymorphic_on": "nature",
        "polymorphic_abstract": True,
    }

    nature: Mapped[StakeholderNature] = vocabulary_column(StakeholderNature, index=True)
    actor_kind: Mapped[ActorKind] = vocabulary_column(ActorKind, index=True)
    display_name: Mapped[str] = mapped_column(String(300), index=True)
    match_key: Mapped[str] = mapped_column(
        String(300), index=True, doc="Folded name used to find duplicates."
    )
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    postal_code: Mapped[str | None] = mapped_column(
        String(5), doc="Five digits, or 2A/2B and three digits as some Corsican lists write it.")
    city: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)


class Person(Stakeholder):
    """A named person: everything stored about them is personal data (RGPD)."""

    __mapper_args__ = {"polymorphic_identity": StakeholderNature.PERSON}  # noqa: RUF012

    civility: Mapped[Civility | None] = vocabulary_column(Civility, nullable=True)
    first_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    last_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    job_title: Mapped[str | None] = mapped_column(String(200), nullable=True)
    public_mandate: Mapped[str | None] = mapped_column(String(200), nullable=True)
    legal_basis: Mapped[LegalBasis | None] = vocabulary_column(LegalBasis, nullable=True)
    source: Mapped[str | None] = mapped_column(String(200), nullable=True)
    first_contact_on: Mapped[date | None] = mapped_column(nullable=True)
    last_contact_on: Mapped[date | None] = mapped_column(nullable=True)


class Organisation(Stakeholder):
    """A legal or informal body: association, company, local authority…"""

    __mapper_args__ = {"polymorphic_identity": StakeholderNature.ORGANISATION}  # noqa: RUF012

    legal_form: Mapped[str | None] = mapped_column(String(100), nullable=True)
    siren: Mapped[str | None] = mapped_column(String(9), nullable=True, index=True)
    siret: Mapped[str | None] = mapped_column(String(14), nullable=True, index=True)
    rna: Mapped[str | None] = mapped_column(String(10), nullable=True)
    website: Mapped[str | None] = mapped_column(String(300), nullable=True)


class Affiliation(Entity):
    """A person's role in an organisation over a period."""

    __tablename__ = "affiliation"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(200))
    start_on: Mapped[date | None]
    end_on: Mapped[date | None]
