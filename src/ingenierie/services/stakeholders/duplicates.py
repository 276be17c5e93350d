"""Finding stakeholders that are probably already in the directory.

Two levels: a strict check that refuses a creation (same folded name and a
shared organisation or e-mail for a person; same name, SIREN or SIRET for an
organisation), and a wider search a form shows while the user types.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from ingenierie.errors import DuplicateError
from ingenierie.models import Affiliation, Organisation, Person, Stakeholder
from ingenierie.services.stakeholders.matching import email_key, organisation_key, person_key
from ingenierie.services.stakeholders.records import (
    OrganisationInput,
    PersonInput,
    StakeholderRow,
    stakeholder_row,
)
from ingenierie.storage import Database


class DuplicateStakeholderError(DuplicateError):
    """The stakeholder being written looks like one already there; ``existing`` says which."""

    def __init__(self, message: str, existing: tuple[StakeholderRow, ...]) -> None:
        self.existing = existing
        super().__init__(message, field="name")


def _same_email(email: str | None) -> ColumnElement[bool] | None:
    key = email_key(email)
    return func.lower(Stakeholder.email) == key if key else None


def person_duplicates(session: Session, person: Person,
                      organisation_ids: Iterable[uuid.UUID]) -> list[Stakeholder]:
    """People with the same name who also share an organisation or the e-mail."""
    shared = [c for c in (_same_email(person.email),) if c is not None]
    organisation_ids = list(organisation_ids)
    if organisation_ids:
        shared.append(Stakeholder.id.in_(select(Affiliation.person_id).where(
            Affiliation.organisation_id.in_(organisation_ids))))
    if not shared:
        return []
    return list(session.scalars(select(Person).where(
        Person.match_key == person.match_key, Person.id != person.id, or_(*shared))))


def organisation_duplicates(session: Session, organisation: Organisation
                            ) -> list[Stakeholder]:
    """Organisations with the same name, or the same SIREN or SIRET."""
    same = [Organisation.match_key == organisation.match_key]
    if organisation.siren:
        same.append(Organisation.siren == organisation.siren)
    if organisation.siret:
        same.append(Organisation.siret == organisation.siret)
    return list(session.scalars(select(Organisation).where(
        Organisation.id != organisation.id, or_(*same))))


def refuse_duplicates(existing: list[Stakeholder], shown: str) -> None:
    """Raise :class:`DuplicateStakeholderError` naming the look-alikes, if any."""
    if not existing:
        return
    names = ", ".join(f"« {s.display_name} »" + (" (archivé·e)" if s.archived_at else "")
                      for s in existing[:3])
    raise DuplicateStakeholderError(
        f"« {shown} » existe peut-être déjà : {names}. Ouvrez la fiche existante, "
        "ou confirmez qu'il s'agit d'un autre acteur.",
        tuple(stakeholder_row(s) for s in existing))


def find_possible_duplicates(db: Database, data: PersonInput | OrganisationInput, *,
                             exclude_id: uuid.UUID | None = None, limit: int = 20,
                             include_archived: bool = False) -> list[StakeholderRow]:
    """Stakeholders that may be the one described by ``data``: same folded name, or the
    same e-mail, SIREN or SIRET. Wider than the check that refuses a creation."""
    if isinstance(data, PersonInput):
        same = [Stakeholder.match_key == person_key(data.last_name, data.first_name)]
    else:
        same = [Stakeholder.match_key == organisation_key(data.name)]
        for column, value in ((Organisation.siren, data.siren), (Organisation.siret, data.siret)):
            if value and value.strip():
                same.append(column == "".join(value.split()))
    condition = _same_email(data.email)
    if condition is not None:
        same.append(condition)
    query = select(Stakeholder).where(or_(*same)).order_by(Stakeholder.display_name).limit(limit)
    if exclude_id is not None:
        query = query.where(Stakeholder.id != exclude_id)
    if not include_archived:
        query = query.where(Stakeholder.archived_at.is_(None))
    with db.read() as session:
        return [stakeholder_row(s) for s in session.scalars(query)]
