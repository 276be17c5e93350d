"""Funding of projects: who funds, through which instrument, and how much in integer cents.

A funder may grant more or less than requested, but never pay more than granted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from ingenierie.errors import ValidationError
from ingenierie.models import Funding, Project, Stakeholder
from ingenierie.models.vocabulary import FundingInstrument, FundingStatus
from ingenierie.services.common import (
    check_cents,
    check_period,
    euros,
    fetch,
    fetch_reference,
    optional_text,
    set_archived,
    to_vocabulary,
    unless_archived,
)
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written


@dataclass(frozen=True, slots=True)
class FundingInput:
    funder_id: uuid.UUID
    instrument: FundingInstrument | str = FundingInstrument.SUBVENTION
    status: FundingStatus | str = FundingStatus.ENVISAGE
    programme: str | None = None
    requested_cents: int = 0
    granted_cents: int = 0
    paid_cents: int = 0
    start_on: date | None = None
    end_on: date | None = None


@dataclass(frozen=True, slots=True)
class FundingRow:
    id: uuid.UUID
    project_id: uuid.UUID
    project_title: str
    funder_id: uuid.UUID
    funder_name: str
    programme: str | None
    instrument: FundingInstrument
    status: FundingStatus
    requested_cents: int
    granted_cents: int
    paid_cents: int
    start_on: date | None
    end_on: date | None
    archived: bool

    def to_input(self) -> FundingInput:
        return FundingInput(
            funder_id=self.funder_id, instrument=self.instrument, status=self.status,
            programme=self.programme, requested_cents=self.requested_cents,
            granted_cents=self.granted_cents, paid_cents=self.paid_cents,
            start_on=self.start_on, end_on=self.end_on)


def apply_funding(session: Session, funding: Funding, data: FundingInput) -> None:
    """Validate ``data`` and write it onto ``funding``: the forms' rules, which the
    spreadsheet import follows too. Raises :class:`ValidationError` naming the field."""
    fetch_reference(session, Stakeholder, data.funder_id, "funder_id", "Financeur")
    funding.funder_id = data.funder_id
    funding.instrument = to_vocabulary(FundingInstrument, data.instrument, "instrument",
                                       "Instrument")
    funding.status = to_vocabulary(FundingStatus, data.status, "status", "Statut")
    funding.programme = optional_text(data.programme, "programme", "Le programme", 200)
    requested = check_cents(data.requested_cents, "requested_cents", "Le montant demandé")
    granted = check_cents(data.granted_cents, "granted_cents", "Le montant accordé")
    paid = check_cents(data.paid_cents, "paid_cents", "Le montant versé")
    assert requested is not None and granted is not None and paid is not None
    if paid > granted:
        raise ValidationError(
            f"Le montant versé ({euros(paid)}) dépasse le montant accordé ({euros(granted)}).",
            field="paid_cents")
    funding.requested_cents, funding.granted_cents, funding.paid_cents = (
        requested, granted, paid)
    check_period(data.start_on, data.end_on)
    funding.start_on, funding.end_on = data.start_on, data.end_on


def _rows(session: Session, *criteria: ColumnElement[bool]) -> list[FundingRow]:
    session.flush()
    query = (select(Funding, Project.title, Stakeholder.display_name)
             .join(Project, Project.id == Funding.project_id)
             .join(Stakeholder, Stakeholder.id == Funding.funder_id)
             .where(*criteria)
             .order_by(Stakeholder.display_name, Funding.start_on))
    return [FundingRow(
        id=f.id, project_id=f.project_id, project_title=title, funder_id=f.funder_id,
        funder_name=funder, programme=f.programme, instrument=f.instrument, status=f.status,
        requested_cents=f.requested_cents, granted_cents=f.granted_cents,
        paid_cents=f.paid_cents, start_on=f.start_on, end_on=f.end_on,
        archived=f.archived_at is not None) for f, title, funder in session.execute(query)]


def create_funding(db: Database, project_id: uuid.UUID, data: FundingInput
                   ) -> Written[FundingRow]:
    with db.write() as session:
        fetch(session, Project, project_id, "Projet")
        funding = Funding(id=uuid.uuid4(), project_id=project_id)
        apply_funding(session, funding, data)
        session.add(funding)
        row = _rows(session, Funding.id == funding.id)[0]
    return Written(row, session.changes)


def update_funding(db: Database, funding_id: uuid.UUID, data: FundingInput
                   ) -> Written[FundingRow]:
    with db.write() as session:
        funding = fetch(session, Funding, funding_id, "Financement")
        with session.no_autoflush:
            apply_funding(session, funding, data)
        row = _rows(session, Funding.id == funding.id)[0]
    return Written(row, session.changes)


def get_funding(db: Database, funding_id: uuid.UUID) -> FundingRow:
    with db.read() as session:
        fetch(session, Funding, funding_id, "Financement")
        return _rows(session, Funding.id == funding_id)[0]


def project_funding_rows(session: Session, project_id: uuid.UUID,
                         include_archived: bool = False) -> list[FundingRow]:
    """The project's funding lines, by funder, inside an open transaction."""
    return _rows(session, Funding.project_id == project_id,
                 *unless_archived(Funding, include_archived))


def funder_funding_rows(session: Session, funder_id: uuid.UUID,
                        include_archived: bool = False) -> list[FundingRow]:
    """What a funder funds, in every project, inside an open transaction."""
    return _rows(session, Funding.funder_id == funder_id,
                 *unless_archived(Funding, include_archived))


def project_funding(db: Database, project_id: uuid.UUID, include_archived: bool = False
                    ) -> list[FundingRow]:
    """The project's funding lines, by funder."""
    with db.read() as session:
        fetch(session, Project, project_id, "Projet")
        return project_funding_rows(session, project_id, include_archived)


def stakeholder_funding(db: Database, funder_id: uuid.UUID, include_archived: bool = False
                        ) -> list[FundingRow]:
    """What a funder funds, in every project."""
    with db.read() as session:
        fetch(session, Stakeholder, funder_id, "Acteur")
        return funder_funding_rows(session, funder_id, include_archived)


def archive_funding(db: Database, funding_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Funding, funding_id, "Financement", True)


def restore_funding(db: Database, funding_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Funding, funding_id, "Financement", False)
