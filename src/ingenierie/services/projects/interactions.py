"""Interactions: the dated meetings, workshops and calls of a project, and who took part.

Participants are stakeholders involved in the project: someone new is first
added to the project's stakeholders, so the grid and the attendance agree.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from ingenierie.errors import ValidationError
from ingenierie.models import Interaction, Involvement, Participation, Project, Stakeholder
from ingenierie.models.vocabulary import InteractionKind, Presence
from ingenierie.services.common import (
    fetch,
    fetch_reference,
    optional_text,
    set_archived,
    sync_links,
    to_vocabulary,
    unless_archived,
)
from ingenierie.services.validation import require_text
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written


@dataclass(frozen=True, slots=True)
class InteractionInput:
    """An interaction form; ``participants`` pairs a stakeholder id with their presence."""

    occurred_on: date
    title: str
    kind: InteractionKind | str = InteractionKind.REUNION
    place: str | None = None
    notes: str | None = None
    decisions: str | None = None
    next_steps: str | None = None
    participants: tuple[tuple[uuid.UUID, Presence | str], ...] = ()


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    stakeholder_id: uuid.UUID
    display_name: str
    presence: Presence


@dataclass(frozen=True, slots=True)
class InteractionRow:
    id: uuid.UUID
    project_id: uuid.UUID
    project_title: str
    occurred_on: date
    kind: InteractionKind
    title: str
    place: str | None
    notes: str | None
    decisions: str | None
    next_steps: str | None
    participants: tuple[ParticipantRow, ...]
    archived: bool
    updated_at: datetime

    def to_input(self) -> InteractionInput:
        return InteractionInput(
            occurred_on=self.occurred_on, title=self.title, kind=self.kind, place=self.place,
            notes=self.notes, decisions=self.decisions, next_steps=self.next_steps,
            participants=tuple((p.stakeholder_id, p.presence) for p in self.participants))


def apply_interaction(session: Session, interaction: Interaction, project: Project,
                      data: InteractionInput) -> None:
    """Validate ``data`` and write ``interaction`` of ``project``, participants included.

    The one set of rules for an interaction, used by the forms and the import; each
    participant must be involved in the project. Adds the interaction to ``session``.
    """
    if not isinstance(data.occurred_on, date):
        raise ValidationError("La date de l'échange est obligatoire.", field="occurred_on")
    interaction.occurred_on = data.occurred_on
    interaction.title = require_text(data.title, "title", "L'objet de l'échange", 300)
    interaction.kind = to_vocabulary(InteractionKind, data.kind, "kind", "Type d'échange")
    interaction.place = optional_text(data.place, "place", "Le lieu", 300)
    interaction.notes = optional_text(data.notes, "notes", "Les notes")
    interaction.decisions = optional_text(data.decisions, "decisions", "Les décisions")
    interaction.next_steps = optional_text(data.next_steps, "next_steps", "Les suites à donner")
    presences: dict[uuid.UUID, Presence] = {}
    involved = set(session.scalars(select(Involvement.stakeholder_id)
                                   .where(Involvement.project_id == project.id)))
    for stakeholder_id, presence in data.participants:
        stakeholder = fetch_reference(session, Stakeholder, stakeholder_id, "participants",
                                      "Participant")
        if stakeholder.id not in involved:
            raise ValidationError(
                f"« {stakeholder.display_name} » n'est pas impliqué·e dans le projet "
                f"« {project.title} » : ajoutez-le d'abord aux acteurs du projet.",
                field="participants")
        presences[stakeholder.id] = to_vocabulary(Presence, presence, "participants",
                                                  "Présence")
    session.add(interaction)
    session.flush()
    sync_links(session, session.scalars(select(Participation).where(
        Participation.interaction_id == interaction.id)), lambda link: link.stakeholder_id,
        {sid: {"interaction_id": interaction.id, "stakeholder_id": sid, "presence": p}
         for sid, p in presences.items()}, Participation)


def interaction_rows(session: Session, *criteria: ColumnElement[bool]) -> list[InteractionRow]:
    """Interactions matching ``criteria`` with their participants, inside an open transaction."""
    session.flush()
    found = session.execute(
        select(Interaction, Project.title).join(Project, Project.id == Interaction.project_id)
        .where(*criteria)
        .order_by(Interaction.occurred_on.desc(), Interaction.created_at.desc())).all()
    participants: dict[uuid.UUID, list[ParticipantRow]] = defaultdict(list)
    ids = [interaction.id for interaction, _ in found]
    for start in range(0, len(ids), 500):
        for interaction_id, stakeholder_id, name, presence in session.execute(
                select(Participation.interaction_id, Participation.stakeholder_id,
                       Stakeholder.display_name, Participation.presence)
                .join(Stakeholder, Stakeholder.id == Participation.stakeholder_id)
                .where(Participation.interaction_id.in_(ids[start:start + 500]))
                .order_by(Stakeholder.display_name)):
            participants[interaction_id].append(ParticipantRow(stakeholder_id, name, presence))
    return [InteractionRow(
        id=i.id, project_id=i.project_id, project_title=title, occurred_on=i.occurred_on,
        kind=i.kind, title=i.title, place=i.place, notes=i.notes, decisions=i.decisions,
        next_steps=i.next_steps, participants=tuple(participants[i.id]),
        archived=i.archived_at is not None, updated_at=i.updated_at) for i, title in found]


def create_interaction(db: Database, project_id: uuid.UUID, data: InteractionInput
                       ) -> Written[InteractionRow]:
    with db.write() as session:
        project = fetch(session, Project, project_id, "Projet")
        interaction = Interaction(id=uuid.uuid4(), project_id=project.id)
        apply_interaction(session, interaction, project, data)
        row = interaction_rows(session, Interaction.id == interaction.id)[0]
    return Written(row, session.changes)


def update_interaction(db: Database, interaction_id: uuid.UUID, data: InteractionInput
                       ) -> Written[InteractionRow]:
    """Replace every field, participants included, with ``data``."""
    with db.write() as session:
        interaction = fetch(session, Interaction, interaction_id, "Échange")
        project = fetch(session, Project, interaction.project_id, "Projet")
        with session.no_autoflush:
            apply_interaction(session, interaction, project, data)
        row = interaction_rows(session, Interaction.id == interaction.id)[0]
    return Written(row, session.changes)


def get_interaction(db: Database, interaction_id: uuid.UUID) -> InteractionRow:
    with db.read() as session:
        fetch(session, Interaction, interaction_id, "Échange")
        return interaction_rows(session, Interaction.id == interaction_id)[0]


def project_interaction_rows(session: Session, project_id: uuid.UUID,
                             include_archived: bool = False) -> list[InteractionRow]:
    """The project's interactions, newest first, inside an open transaction."""
    return interaction_rows(session, Interaction.project_id == project_id,
                            *unless_archived(Interaction, include_archived))


def invited_interaction_rows(session: Session, stakeholder_id: uuid.UUID,
                             include_archived: bool = False) -> list[InteractionRow]:
    """The interactions a stakeholder was invited to, in every project, newest first,
    inside an open transaction."""
    invited = select(Participation.interaction_id).where(
        Participation.stakeholder_id == stakeholder_id)
    return interaction_rows(session, Interaction.id.in_(invited),
                            *unless_archived(Interaction, include_archived))


def project_interactions(db: Database, project_id: uuid.UUID, include_archived: bool = False
                         ) -> list[InteractionRow]:
    """The project's interactions, newest first."""
    with db.read() as session:
        fetch(session, Project, project_id, "Projet")
        return project_interaction_rows(session, project_id, include_archived)


def stakeholder_interactions(db: Database, stakeholder_id: uuid.UUID,
                             include_archived: bool = False) -> list[InteractionRow]:
    """The interactions a stakeholder was invited to, in every project, newest first."""
    with db.read() as session:
        fetch(session, Stakeholder, stakeholder_id, "Acteur")
        return invited_interaction_rows(session, stakeholder_id, include_archived)


def archive_interaction(db: Database, interaction_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Interaction, interaction_id, "Échange", True)


def restore_interaction(db: Database, interaction_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Interaction, interaction_id, "Échange", False)
