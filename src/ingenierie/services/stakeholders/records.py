"""The plain records stakeholder use cases take and return (no ORM object leaves a session)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from ingenierie.models import Organisation, Person, Stakeholder
from ingenierie.models.vocabulary import ActorKind, Civility, LegalBasis, StakeholderNature
from ingenierie.services.stakeholders.affiliations import AffiliationRow


@dataclass(frozen=True, slots=True)
class PersonInput:
    """A person form. ``actor_kind``, ``legal_basis`` and ``civility`` take a member, a code
    or a label (a civility also an abbreviation: Mme, M.…)."""

    last_name: str
    first_name: str | None = None
    actor_kind: ActorKind | str = ActorKind.AUTRE
    job_title: str | None = None
    email: str | None = None
    phone: str | None = None
    public_mandate: str | None = None
    legal_basis: LegalBasis | str | None = None
    source: str | None = None
    last_contact_on: date | None = None
    notes: str | None = None
    civility: Civility | str | None = None
    postal_code: str | None = None
    city: str | None = None
    first_contact_on: date | None = None


@dataclass(frozen=True, slots=True)
class OrganisationInput:
    """An organisation form; a SIREN left empty is taken from the SIRET."""

    name: str
    actor_kind: ActorKind | str = ActorKind.AUTRE
    legal_form: str | None = None
    siren: str | None = None
    siret: str | None = None
    rna: str | None = None
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    notes: str | None = None
    postal_code: str | None = None
    city: str | None = None


@dataclass(frozen=True, slots=True)
class StakeholderRow:
    """A line of the directory."""

    id: uuid.UUID
    nature: StakeholderNature
    actor_kind: ActorKind
    display_name: str
    email: str | None
    phone: str | None
    archived: bool


@dataclass(frozen=True, slots=True)
class StakeholderDetail:
    """A stakeholder's page. Fields of the other nature are None."""

    id: uuid.UUID
    nature: StakeholderNature
    actor_kind: ActorKind
    display_name: str
    email: str | None
    phone: str | None
    notes: str | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
    postal_code: str | None = None
    city: str | None = None
    civility: Civility | None = None
    first_name: str | None = None
    last_name: str | None = None
    job_title: str | None = None
    public_mandate: str | None = None
    legal_basis: LegalBasis | None = None
    source: str | None = None
    first_contact_on: date | None = None
    last_contact_on: date | None = None
    imported_from: str | None = None
    imported_at: datetime | None = None
    imported_by: str | None = None
    erased_at: datetime | None = None
    legal_form: str | None = None
    siren: str | None = None
    siret: str | None = None
    rna: str | None = None
    website: str | None = None
    affiliations: tuple[AffiliationRow, ...] = ()

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    @property
    def is_person(self) -> bool:
        return self.nature is StakeholderNature.PERSON

    def to_input(self) -> PersonInput | OrganisationInput:
        """The form values, to edit with ``dataclasses.replace`` and write back."""
        if self.is_person:
            return PersonInput(
                last_name=self.last_name or "", first_name=self.first_name,
                actor_kind=self.actor_kind, job_title=self.job_title, email=self.email,
                phone=self.phone, public_mandate=self.public_mandate,
                legal_basis=self.legal_basis, source=self.source,
                last_contact_on=self.last_contact_on, notes=self.notes,
                civility=self.civility, postal_code=self.postal_code, city=self.city,
                first_contact_on=self.first_contact_on)
        return OrganisationInput(
            name=self.display_name, actor_kind=self.actor_kind, legal_form=self.legal_form,
            siren=self.siren, siret=self.siret, rna=self.rna, website=self.website,
            email=self.email, phone=self.phone, notes=self.notes,
            postal_code=self.postal_code, city=self.city)


def person_display_name(first_name: str | None, last_name: str | None) -> str:
    """"Prénom Nom", as the directory shows and sorts a person."""
    return " ".join(filter(None, (first_name, last_name)))


def stakeholder_row(stakeholder: Stakeholder) -> StakeholderRow:
    return StakeholderRow(
        id=stakeholder.id, nature=stakeholder.nature, actor_kind=stakeholder.actor_kind,
        display_name=stakeholder.display_name, email=stakeholder.email,
        phone=stakeholder.phone, archived=stakeholder.archived_at is not None)


def stakeholder_detail(stakeholder: Stakeholder, affiliations: Sequence[AffiliationRow]
                       ) -> StakeholderDetail:
    common = StakeholderDetail(
        id=stakeholder.id, nature=stakeholder.nature, actor_kind=stakeholder.actor_kind,
        display_name=stakeholder.display_name, email=stakeholder.email,
        phone=stakeholder.phone, notes=stakeholder.notes, created_at=stakeholder.created_at,
        updated_at=stakeholder.updated_at, archived_at=stakeholder.archived_at,
        postal_code=stakeholder.postal_code, city=stakeholder.city,
        erased_at=stakeholder.erased_at, affiliations=tuple(affiliations))
    if isinstance(stakeholder, Person):
        return replace(
            common, first_name=stakeholder.first_name, last_name=stakeholder.last_name,
            job_title=stakeholder.job_title, public_mandate=stakeholder.public_mandate,
            legal_basis=stakeholder.legal_basis, source=stakeholder.source,
            civility=stakeholder.civility, first_contact_on=stakeholder.first_contact_on,
            last_contact_on=stakeholder.last_contact_on,
            imported_from=stakeholder.imported_from, imported_at=stakeholder.imported_at,
            imported_by=stakeholder.imported_by)
    assert isinstance(stakeholder, Organisation)
    return replace(
        common, legal_form=stakeholder.legal_form, siren=stakeholder.siren,
        siret=stakeholder.siret, rna=stakeholder.rna, website=stakeholder.website)
