"""Evaluation campaigns of a project: when, how, with whom, what the partners declare.

A campaign cannot predate its project. Its participants are stakeholders with a
role in the evaluation; they need not be involved in the project (an external
evaluator seldom is).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ingenierie.errors import ValidationError
from ingenierie.models import Evaluation, EvaluationParticipant, Project, Stakeholder
from ingenierie.models.evaluation_vocabulary import EvaluationKind, EvaluationRole, EvaluationTiming
from ingenierie.models.vocabulary import CooperationStage, Posture
from ingenierie.services.common import (
    assign,
    fetch,
    fetch_reference,
    optional_text,
    set_archived,
    sync_links,
    to_optional_vocabulary,
    to_vocabulary,
    unless_archived,
)
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written


@dataclass(frozen=True, slots=True)
class EvaluationInput:
    """A campaign form; ``participants`` pairs a stakeholder id with their role."""

    evaluated_on: date
    kind: EvaluationKind | str = EvaluationKind.AUTO_EVALUATION
    timing: EvaluationTiming | str = EvaluationTiming.CONTINUE
    declared_stage: CooperationStage | str | None = None
    declared_posture: Posture | str | None = None
    narrative: str | None = None
    participants: tuple[tuple[uuid.UUID, EvaluationRole | str], ...] = ()


@dataclass(frozen=True, slots=True)
class EvaluationParticipantRow:
    stakeholder_id: uuid.UUID
    display_name: str
    role: EvaluationRole


@dataclass(frozen=True, slots=True)
class EvaluationRow:
    id: uuid.UUID
    project_id: uuid.UUID
    evaluated_on: date
    kind: EvaluationKind
    timing: EvaluationTiming
    declared_stage: CooperationStage | None
    declared_posture: Posture | None
    narrative: str | None
    participants: tuple[EvaluationParticipantRow, ...]
    archived: bool
    created_at: datetime

    @property
    def label(self) -> str:
        """``Mi-parcours du 12/03/2025``: how lists and charts name a campaign."""
        return f"{self.timing.label} du {self.evaluated_on:%d/%m/%Y}"

    def to_input(self) -> EvaluationInput:
        return EvaluationInput(
            evaluated_on=self.evaluated_on, kind=self.kind, timing=self.timing,
            declared_stage=self.declared_stage, declared_posture=self.declared_posture,
            narrative=self.narrative,
            participants=tuple((p.stakeholder_id, p.role) for p in self.participants))


def evaluation_columns(data: EvaluationInput, project: Project) -> dict[str, Any]:
    """A campaign's columns, checked against its project."""
    if not isinstance(data.evaluated_on, date) or isinstance(data.evaluated_on, datetime):
        raise ValidationError("La date de l'évaluation est obligatoire.", field="evaluated_on")
    if project.start_on is not None and data.evaluated_on < project.start_on:
        raise ValidationError(
            f"La date de l'évaluation ({data.evaluated_on:%d/%m/%Y}) précède le début du "
            f"projet ({project.start_on:%d/%m/%Y}).", field="evaluated_on")
    return {
        "evaluated_on": data.evaluated_on,
        "kind": to_vocabulary(EvaluationKind, data.kind, "kind", "Type d'évaluation"),
        "timing": to_vocabulary(EvaluationTiming, data.timing, "timing", "Moment"),
        "declared_stage": to_optional_vocabulary(CooperationStage, data.declared_stage,
                                                 "declared_stage", "Étape déclarée"),
        "declared_posture": to_optional_vocabulary(Posture, data.declared_posture,
                                                   "declared_posture", "Posture déclarée"),
        "narrative": optional_text(data.narrative, "narrative", "Le récit de l'évaluation"),
    }


def _write(session: Session, evaluation: Evaluation, project: Project,
           data: EvaluationInput) -> None:
    columns = evaluation_columns(data, project)
    roles: dict[uuid.UUID, EvaluationRole] = {}
    for stakeholder_id, role in data.participants:
        stakeholder = fetch_reference(session, Stakeholder, stakeholder_id, "participants",
                                      "Participant")
        roles[stakeholder.id] = to_vocabulary(EvaluationRole, role, "participants",
                                              "Rôle dans l'évaluation")
    assign(evaluation, columns)
    session.add(evaluation)
    session.flush()
    stored = session.scalars(select(EvaluationParticipant).where(
        EvaluationParticipant.evaluation_id == evaluation.id)).all()
    sync_links(session, stored, lambda p: p.stakeholder_id,
               {sid: {"evaluation_id": evaluation.id, "stakeholder_id": sid, "role": role}
                for sid, role in roles.items()}, EvaluationParticipant)
    session.flush()


def evaluation_rows(session: Session, *criteria: Any) -> list[EvaluationRow]:
    """Campaigns matching ``criteria`` with their participants, newest first."""
    found = session.scalars(select(Evaluation).where(*criteria).order_by(
        Evaluation.evaluated_on.desc(), Evaluation.created_at.desc())).all()
    participants: dict[uuid.UUID, list[EvaluationParticipantRow]] = defaultdict(list)
    for evaluation_id, stakeholder_id, name, role in session.execute(
            select(EvaluationParticipant.evaluation_id, EvaluationParticipant.stakeholder_id,
                   Stakeholder.display_name, EvaluationParticipant.role)
            .join(Stakeholder, Stakeholder.id == EvaluationParticipant.stakeholder_id)
            .where(EvaluationParticipant.evaluation_id.in_([e.id for e in found]))
            .order_by(Stakeholder.display_name)):
        participants[evaluation_id].append(EvaluationParticipantRow(stakeholder_id, name, role))
    return [EvaluationRow(
        id=e.id, project_id=e.project_id, evaluated_on=e.evaluated_on, kind=e.kind,
        timing=e.timing, declared_stage=e.declared_stage, declared_posture=e.declared_posture,
        narrative=e.narrative, participants=tuple(participants[e.id]),
        archived=e.archived_at is not None, created_at=e.created_at) for e in found]


def create_evaluation(db: Database, project_id: uuid.UUID, data: EvaluationInput
                      ) -> Written[EvaluationRow]:
    with db.write() as session:
        project = fetch(session, Project, project_id, "Projet")
        evaluation = Evaluation(id=uuid.uuid4(), project_id=project.id)
        _write(session, evaluation, project, data)
        row = evaluation_rows(session, Evaluation.id == evaluation.id)[0]
    return Written(row, session.changes)


def update_evaluation(db: Database, evaluation_id: uuid.UUID, data: EvaluationInput
                      ) -> Written[EvaluationRow]:
    """Replace every field, participants included, with ``data``."""
    with db.write() as session:
        evaluation = fetch(session, Evaluation, evaluation_id, "Évaluation")
        project = session.get_one(Project, evaluation.project_id)
        with session.no_autoflush:
            _write(session, evaluation, project, data)
        row = evaluation_rows(session, Evaluation.id == evaluation.id)[0]
    return Written(row, session.changes)


def get_evaluation(db: Database, evaluation_id: uuid.UUID) -> EvaluationRow:
    with db.read() as session:
        fetch(session, Evaluation, evaluation_id, "Évaluation")
        return evaluation_rows(session, Evaluation.id == evaluation_id)[0]


def project_evaluations(db: Database, project_id: uuid.UUID, include_archived: bool = False
                        ) -> list[EvaluationRow]:
    """The project's campaigns, newest first."""
    with db.read() as session:
        fetch(session, Project, project_id, "Projet")
        return evaluation_rows(session, Evaluation.project_id == project_id,
                               *unless_archived(Evaluation, include_archived))


def earlier_than(evaluation: Evaluation) -> list[Any]:
    """Criteria for the project's live campaigns before ``evaluation`` (by date, then by
    creation for two on one day)."""
    on = evaluation.evaluated_on
    return [Evaluation.project_id == evaluation.project_id, Evaluation.archived_at.is_(None),
            Evaluation.id != evaluation.id,
            (Evaluation.evaluated_on < on)
            | ((Evaluation.evaluated_on == on) & (Evaluation.created_at < evaluation.created_at))]


def previous_evaluation(session: Session, evaluation: Evaluation) -> Evaluation | None:
    """The project's live campaign just before ``evaluation``."""
    return session.scalar(select(Evaluation).where(*earlier_than(evaluation)).order_by(
        Evaluation.evaluated_on.desc(), Evaluation.created_at.desc()).limit(1))


def earliest_evaluation_date(session: Session, project_id: uuid.UUID) -> date | None:
    """The date of the project's first live campaign; the project cannot start after it."""
    return session.scalar(select(func.min(Evaluation.evaluated_on)).where(
        Evaluation.project_id == project_id, Evaluation.archived_at.is_(None)))


def archive_evaluation(db: Database, evaluation_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Evaluation, evaluation_id, "Évaluation", True)


def restore_evaluation(db: Database, evaluation_id: uuid.UUID) -> ChangeSet:
    """Restore a campaign, unless its project now starts after it."""
    with db.write() as session:
        evaluation = fetch(session, Evaluation, evaluation_id, "Évaluation")
        project = session.get_one(Project, evaluation.project_id)
        evaluation_columns(EvaluationInput(evaluation.evaluated_on), project)
        evaluation.archived_at = None
    return session.changes
