"""A person's affiliations to organisations: role and period.

Affiliations are plain links, removed rather than archived; ``remove_affiliation``
returns what it removed so an undo can add it back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from ingenierie.models import Affiliation, Organisation, Person
from ingenierie.services.common import (
    check_period,
    fetch,
    fetch_reference,
    optional_text,
)
from ingenierie.storage import Database
from ingenierie.storage.changes import Written


@dataclass(frozen=True, slots=True)
class AffiliationInput:
    organisation_id: uuid.UUID
    role: str | None = None
    start_on: date | None = None
    end_on: date | None = None


@dataclass(frozen=True, slots=True)
class AffiliationRow:
    id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    organisation_id: uuid.UUID
    organisation_name: str
    role: str | None
    start_on: date | None
    end_on: date | None

    def to_input(self) -> AffiliationInput:
        return AffiliationInput(organisation_id=self.organisation_id, role=self.role,
                                start_on=self.start_on, end_on=self.end_on)


def apply_affiliation(session: Session, affiliation: Affiliation, data: AffiliationInput) -> None:
    """Validate ``data`` and write it onto ``affiliation`` (whose person is already set)."""
    fetch_reference(session, Organisation, data.organisation_id, "organisation_id",
                    "Organisation")
    check_period(data.start_on, data.end_on)
    affiliation.organisation_id = data.organisation_id
    affiliation.role = optional_text(data.role, "role", "La fonction", 200)
    affiliation.start_on, affiliation.end_on = data.start_on, data.end_on


def _rows(session: Session, *criteria: ColumnElement[bool]) -> list[AffiliationRow]:
    person, organisation = aliased(Person), aliased(Organisation)
    query = (select(Affiliation, person.display_name, organisation.display_name)
             .join(person, person.id == Affiliation.person_id)
             .join(organisation, organisation.id == Affiliation.organisation_id)
             .where(*criteria)
             .order_by(organisation.display_name, person.display_name))
    return [AffiliationRow(
        id=a.id, person_id=a.person_id, person_name=person_name,
        organisation_id=a.organisation_id, organisation_name=organisation_name,
        role=a.role, start_on=a.start_on, end_on=a.end_on)
        for a, person_name, organisation_name in session.execute(query)]


def affiliation_rows(session: Session, stakeholder_id: uuid.UUID) -> list[AffiliationRow]:
    """A person's organisations, or an organisation's people."""
    return _rows(session, (Affiliation.person_id == stakeholder_id)
                 | (Affiliation.organisation_id == stakeholder_id))


def add_affiliation(db: Database, person_id: uuid.UUID, data: AffiliationInput
                    ) -> Written[AffiliationRow]:
    with db.write() as session:
        fetch(session, Person, person_id, "Personne")
        affiliation = Affiliation(person_id=person_id)
        apply_affiliation(session, affiliation, data)
        session.add(affiliation)
        session.flush()
        row = _rows(session, Affiliation.id == affiliation.id)[0]
    return Written(row, session.changes)


def update_affiliation(db: Database, affiliation_id: uuid.UUID, data: AffiliationInput
                       ) -> Written[AffiliationRow]:
    with db.write() as session:
        affiliation = fetch(session, Affiliation, affiliation_id, "Affiliation")
        apply_affiliation(session, affiliation, data)
        session.flush()
        row = _rows(session, Affiliation.id == affiliation.id)[0]
    return Written(row, session.changes)


def remove_affiliation(db: Database, affiliation_id: uuid.UUID) -> Written[AffiliationRow]:
    with db.write() as session:
        affiliation = fetch(session, Affiliation, affiliation_id, "Affiliation")
        row = _rows(session, Affiliation.id == affiliation.id)[0]
        session.delete(affiliation)
    return Written(row, session.changes)


def stakeholder_affiliations(db: Database, stakeholder_id: uuid.UUID) -> list[AffiliationRow]:
    with db.read() as session:
        return affiliation_rows(session, stakeholder_id)
