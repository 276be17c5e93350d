"""Stakeholders (people and organisations) and a person's affiliations.

People and organisations share one table (single-table inheritance): an
involvement or a funding points at "a stakeholder" whatever its nature, and
the directory lists both without a union.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import (
    Archivable,
    Entity,
    not_personal,
    personal,
    vocabulary_column,
)
from ingenierie.models.vocabulary import ActorKind, Civility, LegalBasis, StakeholderNature


class Stakeholder(Archivable, Entity):
    """A person or an organisation that affects or is affected by a project."""

    __tablename__ = "stakeholder"
    __mapper_args__ = {  # noqa: RUF012 - SQLAlchemy mapper configuration
        "polymorphic_on": "nature",
        "polymorphic_abstract": True,
    }

    nature: Mapped[StakeholderNature] = vocabulary_column(StakeholderNature, index=True,
                                                          info=not_personal())
    # A category, kept in the counts once a person is made anonymous.
    actor_kind: Mapped[ActorKind] = vocabulary_column(ActorKind, index=True, info=not_personal())
    display_name: Mapped[str] = mapped_column(String(300), index=True, info=personal())
    match_key: Mapped[str] = mapped_column(
        String(300), index=True, doc="Folded name used to find duplicates.", info=personal()
    )
    # An organisation's contacts are often a named person's: personal for every stakeholder.
    email: Mapped[str | None] = mapped_column(String(254), index=True, info=personal())
    phone: Mapped[str | None] = mapped_column(String(40), info=personal())
    postal_code: Mapped[str | None] = mapped_column(
        String(5), doc="Five digits, or 2A/2B and three digits as some Corsican lists write it.",
        info=personal())
    city: Mapped[str | None] = mapped_column(String(100), info=personal())
    notes: Mapped[str | None] = mapped_column(Text, info=personal())
    # When the record was erased (RGPD): its personal columns are empty since.
    erased_at: Mapped[datetime | None] = mapped_column(default=None, info=not_personal())


class Person(Stakeholder):
    """A named person: everything stored about them is personal data (RGPD)."""

    __mapper_args__ = {"polymorphic_identity": StakeholderNature.PERSON}  # noqa: RUF012

    civility: Mapped[Civility | None] = vocabulary_column(Civility, nullable=True, info=personal())
    first_name: Mapped[str | None] = mapped_column(String(100), nullable=True, info=personal())
    last_name: Mapped[str | None] = mapped_column(String(100), nullable=True, info=personal())
    job_title: Mapped[str | None] = mapped_column(String(200), nullable=True, info=personal())
    public_mandate: Mapped[str | None] = mapped_column(String(200), nullable=True, info=personal())
    legal_basis: Mapped[LegalBasis | None] = vocabulary_column(LegalBasis, nullable=True,
                                                               info=personal())
    source: Mapped[str | None] = mapped_column(String(200), nullable=True, info=personal())
    first_contact_on: Mapped[date | None] = mapped_column(nullable=True, info=personal())
    last_contact_on: Mapped[date | None] = mapped_column(nullable=True, info=personal())
    # Where an imported person's data came from (RGPD art. 14): file, when, by whom.
    imported_from: Mapped[str | None] = mapped_column(String(300), nullable=True,
                                                      info=personal())
    imported_at: Mapped[datetime | None] = mapped_column(nullable=True, info=personal())
    imported_by: Mapped[str | None] = mapped_column(String(200), nullable=True,
                                                    info=personal())


class Organisation(Stakeholder):
    """A legal or informal body: association, company, local authority…"""

    __mapper_args__ = {"polymorphic_identity": StakeholderNature.ORGANISATION}  # noqa: RUF012

    legal_form: Mapped[str | None] = mapped_column(String(100), nullable=True, info=not_personal())
    siren: Mapped[str | None] = mapped_column(String(9), nullable=True, index=True,
                                              info=not_personal())
    siret: Mapped[str | None] = mapped_column(String(14), nullable=True, index=True,
                                              info=not_personal())
    rna: Mapped[str | None] = mapped_column(String(10), nullable=True, info=not_personal())
    website: Mapped[str | None] = mapped_column(String(300), nullable=True, info=not_personal())


class Affiliation(Entity):
    """A person's role in an organisation over a period."""

    __tablename__ = "affiliation"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True, info=not_personal()
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True, info=not_personal()
    )
    role: Mapped[str | None] = mapped_column(String(200), info=personal())
    start_on: Mapped[date | None] = mapped_column(info=personal())
    end_on: Mapped[date | None] = mapped_column(info=personal())
