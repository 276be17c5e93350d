"""Involvements: a stakeholder's role, weight, stance and the officer's posture in a project.

Influence, interest, attitude and posture about a person are judgements, hence
personal data (DOMAIN.md §4): they are validated strictly and never guessed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ingenierie.errors import DuplicateError
from ingenierie.models import Involvement, Project, Stakeholder
from ingenierie.models.vocabulary import (
    ActorKind,
    CooperationStage,
    InvolvementRole,
    Posture,
    Quadrant,
    StakeholderNature,
)
from ingenierie.services.common import (
    assign,
    check_period,
    fetch,
    optional_text,
    set_archived,
    to_vocabulary,
    unless_archived,
)
from ingenierie.services.validation import check_score
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written


@dataclass(frozen=True, slots=True)
class InvolvementInput:
    """An involvement form; vocabulary fields take a member, a code or a label."""

    role: InvolvementRole | str = InvolvementRole.PARTENAIRE
    influence: int = 3
    interest: int = 3
    attitude: int | None = None
    participation: CooperationStage | str = CooperationStage.INFORMATION
    posture: Posture | str = Posture.MIXTE
    expected_effects: str | None = None
    start_on: date | None = None
    end_on: date | None = None


@dataclass(frozen=True, slots=True)
class InvolvementRow:
    """One stakeholder in one project, with where they sit on the power/interest grid."""

    id: uuid.UUID
    project_id: uuid.UUID
    project_title: str
    stakeholder_id: uuid.UUID
    stakeholder_name: str
    nature: StakeholderNature
    actor_kind: ActorKind
    role: InvolvementRole
    influence: int
    interest: int
    attitude: int | None
    participation: CooperationStage
    posture: Posture
    expected_effects: str | None
    start_on: date | None
    end_on: date | None
    archived: bool
    observed_effects: str | None = None  # set when the project is evaluated (evaluation.effects)

    @property
    def quadrant(self) -> Quadrant:
        return Quadrant.of(self.influence, self.interest)

    def to_input(self) -> InvolvementInput:
        return InvolvementInput(
            role=self.role, influence=self.influence, interest=self.interest,
            attitude=self.attitude, participation=self.participation, posture=self.posture,
            expected_effects=self.expected_effects, start_on=self.start_on, end_on=self.end_on)


def _check_grid(influence: int, interest: int) -> tuple[int, int]:
    return (check_score(influence, "influence", 1, 5, "L'influence"),
            check_score(interest, "interest", 1, 5, "L'intérêt"))


def involvement_columns(data: InvolvementInput) -> dict[str, Any]:
    """An involvement's columns from ``data``: scores checked, vocabulary read, period checked.

    The one set of rules for an involvement, used by the forms and, in bulk, by the
    spreadsheet import. Raises :class:`ValidationError` naming the field at fault.
    """
    role = to_vocabulary(InvolvementRole, data.role, "role", "Rôle")
    influence, interest = _check_grid(data.influence, data.interest)
    columns = {
        "role": role,
        "influence": influence,
        "interest": interest,
        "attitude": None if data.attitude is None else check_score(
            data.attitude, "attitude", -2, 2, "L'attitude"),
        "participation": to_vocabulary(CooperationStage, data.participation,
                                       "participation", "Niveau de participation"),
        "posture": to_vocabulary(Posture, data.posture, "posture", "Posture"),
        "expected_effects": optional_text(data.expected_effects, "expected_effects",
                                          "Les effets utiles attendus"),
    }
    check_period(data.start_on, data.end_on)
    columns.update(start_on=data.start_on, end_on=data.end_on)
    return columns


def _query() -> Select[Involvement, str, Stakeholder]:
    return (select(Involvement, Project.title, Stakeholder)
            .join(Project, Project.id == Involvement.project_id)
            .join(Stakeholder, Stakeholder.id == Involvement.stakeholder_id))


def _row(involvement: Involvement, project_title: str, stakeholder: Stakeholder
         ) -> InvolvementRow:
    i = involvement
    return InvolvementRow(
        id=i.id, project_id=i.project_id, project_title=project_title,
        stakeholder_id=i.stakeholder_id, stakeholder_name=stakeholder.display_name,
        nature=stakeholder.nature, actor_kind=stakeholder.actor_kind, role=i.role,
        influence=i.influence, interest=i.interest, attitude=i.attitude,
        participation=i.participation, posture=i.posture,
        expected_effects=i.expected_effects, start_on=i.start_on, end_on=i.end_on,
        archived=i.archived_at is not None, observed_effects=i.observed_effects)


def _read(session: Session, involvement_id: uuid.UUID) -> InvolvementRow:
    session.flush()
    found = session.execute(_query().where(Involvement.id == involvement_id)).first()
    if found is None:
        fetch(session, Involvement, involvement_id, "Implication")  # raises NotFoundError
    assert found is not None
    return _row(*found)


def add_involvement(db: Database, project_id: uuid.UUID, stakeholder_id: uuid.UUID,
                    data: InvolvementInput) -> Written[InvolvementRow]:
    """Involve a stakeholder in a project; once per project (restore an archived one)."""
    involvement = Involvement(id=uuid.uuid4(), project_id=project_id,
                              stakeholder_id=stakeholder_id)
    assign(involvement, involvement_columns(data))
    with db.write() as session:
        project = fetch(session, Project, project_id, "Projet")
        stakeholder = fetch(session, Stakeholder, stakeholder_id, "Acteur")
        existing = session.scalar(select(Involvement).where(
            Involvement.project_id == project_id, Involvement.stakeholder_id == stakeholder_id))
        if existing is not None:
            hint = (" (implication archivée : restaurez-la)"
                    if existing.archived_at is not None else "")
            raise DuplicateError(
                f"« {stakeholder.display_name} » est déjà impliqué·e dans le projet "
                f"« {project.title} »{hint}.", field="stakeholder_id")
        session.add(involvement)
        row = _read(session, involvement.id)
    return Written(row, session.changes)


def update_involvement(db: Database, involvement_id: uuid.UUID, data: InvolvementInput
                       ) -> Written[InvolvementRow]:
    with db.write() as session:
        involvement = fetch(session, Involvement, involvement_id, "Implication")
        assign(involvement, involvement_columns(data))
        row = _read(session, involvement.id)
    return Written(row, session.changes)


def set_grid_position(db: Database, involvement_id: uuid.UUID, influence: int, interest: int
                      ) -> Written[InvolvementRow]:
    """Move a stakeholder on the power/interest grid (a drag, or its undo)."""
    influence, interest = _check_grid(influence, interest)
    with db.write() as session:
        involvement = fetch(session, Involvement, involvement_id, "Implication")
        involvement.influence, involvement.interest = influence, interest
        row = _read(session, involvement.id)
    return Written(row, session.changes)


def get_involvement(db: Database, involvement_id: uuid.UUID) -> InvolvementRow:
    with db.read() as session:
        return _read(session, involvement_id)


def project_involvement_rows(session: Session, project_id: uuid.UUID,
                             include_archived: bool = False) -> list[InvolvementRow]:
    """The project's stakeholders, most influential first, then by name, inside an open
    transaction (the project is not checked)."""
    query = _query().where(Involvement.project_id == project_id,
                           *unless_archived(Involvement, include_archived)).order_by(
        Involvement.influence.desc(), Involvement.interest.desc(), Stakeholder.display_name)
    return [_row(*found) for found in session.execute(query)]


def stakeholder_involvement_rows(session: Session, stakeholder_id: uuid.UUID,
                                 include_archived: bool = False) -> list[InvolvementRow]:
    """The projects a stakeholder takes part in, by project title, inside an open
    transaction (the stakeholder is not checked)."""
    query = _query().where(Involvement.stakeholder_id == stakeholder_id,
                           *unless_archived(Involvement, include_archived)).order_by(Project.title)
    return [_row(*found) for found in session.execute(query)]


def project_involvements(db: Database, project_id: uuid.UUID, include_archived: bool = False
                         ) -> list[InvolvementRow]:
    """The project's stakeholders, most influential first, then by name."""
    with db.read() as session:
        fetch(session, Project, project_id, "Projet")
        return project_involvement_rows(session, project_id, include_archived)


def stakeholder_involvements(db: Database, stakeholder_id: uuid.UUID,
                             include_archived: bool = False) -> list[InvolvementRow]:
    """The projects a stakeholder takes part in, by project title."""
    with db.read() as session:
        fetch(session, Stakeholder, stakeholder_id, "Acteur")
        return stakeholder_involvement_rows(session, stakeholder_id, include_archived)


def archive_involvement(db: Database, involvement_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Involvement, involvement_id, "Implication", True)


def restore_involvement(db: Database, involvement_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Involvement, involvement_id, "Implication", False)
