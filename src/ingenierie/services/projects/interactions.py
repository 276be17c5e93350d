"""Interactions: the dated meetings, workshops and calls of a project, who took part, and
who follows up the next steps by when.

Participants may be any stakeholder of the directory: a resident who turns up at a
public meeting took part without becoming one of the project's stakeholders (the
grid places only those the officer chose to involve).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from ingenierie.errors import ValidationError
from ingenierie.models import Interaction, Participation, Project, Stakeholder
from ingenierie.models.vocabulary import (
    Civility,
    InteractionKind,
    Presence,
    StakeholderNature,
)
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
    next_steps_owner_id: uuid.UUID | None = None
    next_steps_due_on: date | None = None


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    stakeholder_id: uuid.UUID
    display_name: str
    presence: Presence
    civility: Civility | None = None
    is_person: bool = True

    @property
    def presence_label(self) -> str:
        """« Présente », « Présent », « Présent·e »: agreeing with who it is said of."""
        return self.presence.label_for(self.civility, person=self.is_person)


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
    next_steps_owner_id: uuid.UUID | None = None
    next_steps_owner_name: str | None = None
    next_steps_due_on: date | None = None

    def to_input(self) -> InteractionInput:
        return InteractionInput(
            occurred_on=self.occurred_on, title=self.title, kind=self.kind, place=self.place,
            notes=self.notes, decisions=self.decisions, next_steps=self.next_steps,
            participants=tuple((p.stakeholder_id, p.presence) for p in self.participants),
            next_steps_owner_id=self.next_steps_owner_id,
            next_steps_due_on=self.next_steps_due_on)


def apply_interaction(session: Session, interaction: Interaction, project: Project,
                      data: InteractionInput) -> None:
    """Validate ``data`` and write ``interaction`` of ``project``, participants included.

    The one set of rules for an interaction, used by the forms and the import.
    Adds the interaction to ``session``.
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
    if data.next_steps_owner_id is not None:
        fetch_reference(session, Stakeholder, data.next_steps_owner_id, "next_steps_owner_id",
                        "Responsable des suites")
    interaction.next_steps_owner_id = data.next_steps_owner_id
    interaction.next_steps_due_on = data.next_steps_due_on
    presences: dict[uuid.UUID, Presence] = {}
    for stakeholder_id, presence in data.participants:
        stakeholder = fetch_reference(session, Stakeholder, stakeholder_id, "participants",
                                      "Participant")
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
    owner = aliased(Stakeholder)
    found = session.execute(
        select(Interaction, Project.title, owner.display_name)
        .join(Project, Project.id == Interaction.project_id)
        .outerjoin(owner, owner.id == Interaction.next_steps_owner_id)
        .where(*criteria)
        .order_by(Interaction.occurred_on.desc(), Interaction.created_at.desc())).all()
    participants: dict[uuid.UUID, list[ParticipantRow]] = defaultdict(list)
    ids = [interaction.id for interaction, _, _ in found]
    for start in range(0, len(ids), 500):
        for interaction_id, stakeholder_id, name, presence, civility, nature in session.execute(
                select(Participation.interaction_id, Participation.stakeholder_id,
                       Stakeholder.display_name, Participation.presence,
                       Stakeholder.__table__.c.civility, Stakeholder.nature)
                .join(Stakeholder, Stakeholder.id == Participation.stakeholder_id)
                .where(Participation.interaction_id.in_(ids[start:start + 500]))
                .order_by(Stakeholder.sort_key)):
            participants[interaction_id].append(ParticipantRow(
                stakeholder_id, name, presence, civility and Civility(civility),
                nature is StakeholderNature.PERSON))
    return [InteractionRow(
        id=i.id, project_id=i.project_id, project_title=title, occurred_on=i.occurred_on,
        kind=i.kind, title=i.title, place=i.place, notes=i.notes, decisions=i.decisions,
        next_steps=i.next_steps, participants=tuple(participants[i.id]),
        archived=i.archived_at is not None, updated_at=i.updated_at,
        next_steps_owner_id=i.next_steps_owner_id, next_steps_owner_name=owner_name,
        next_steps_due_on=i.next_steps_due_on) for i, title, owner_name in found]


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
