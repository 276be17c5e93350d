"""A project's cooperation stage: an append-only, dated history with evidence.

There is deliberately no update or delete: the climb and the stalls of the
history are what the officer reads, so a mistake is corrected by a new entry.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ingenierie.errors import ValidationError
from ingenierie.models import Project, StageChange
from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.common import fetch, optional_text, to_vocabulary
from ingenierie.services.validation import require_text
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written


@dataclass(frozen=True, slots=True)
class StageChangeRow:
    """One step of the history: the stage entered, when, on what evidence."""

    id: uuid.UUID
    project_id: uuid.UUID
    stage: CooperationStage
    entered_on: date
    evidence: str
    recorded_by: str | None
    recorded_at: datetime


def _row(change: StageChange) -> StageChangeRow:
    return StageChangeRow(
        id=change.id, project_id=change.project_id, stage=change.stage,
        entered_on=change.entered_on, evidence=change.evidence,
        recorded_by=change.recorded_by, recorded_at=change.created_at)


def move_to_stage(db: Database, project_id: uuid.UUID, stage: CooperationStage | str,
                  entered_on: date, evidence: str, recorded_by: str | None = None,
                  *, today: date | None = None) -> Written[StageChangeRow]:
    """Record that the project entered ``stage`` on ``entered_on``.

    ``today`` exists for tests and imports that replay a history; it defaults
    to the computer's date.
    """
    member = to_vocabulary(CooperationStage, stage, "stage", "Étape de coopération")
    text = require_text(evidence, "evidence", "La preuve (ce qui atteste l'étape)", 10_000)
    author = optional_text(recorded_by, "recorded_by", "Le nom de la personne qui enregistre", 200)
    if not isinstance(entered_on, date) or isinstance(entered_on, datetime):
        raise ValidationError("La date d'entrée dans l'étape est obligatoire.", field="entered_on")
    if entered_on > (today or date.today()):
        raise ValidationError(
            f"La date d'entrée dans l'étape ({entered_on:%d/%m/%Y}) est dans le futur : "
            "on n'enregistre qu'une étape déjà franchie.", field="entered_on")
    with db.write() as session:
        project = fetch(session, Project, project_id, "Projet")
        if project.start_on is not None and entered_on < project.start_on:
            raise ValidationError(
                f"La date d'entrée dans l'étape ({entered_on:%d/%m/%Y}) précède le début "
                f"du projet ({project.start_on:%d/%m/%Y}).", field="entered_on")
        change = StageChange(project_id=project.id, stage=member, entered_on=entered_on,
                             evidence=text, recorded_by=author)
        session.add(change)
        session.flush()
        row = _row(change)
    return Written(row, session.changes)


def retract_stage_change(db: Database, change_id: uuid.UUID) -> ChangeSet:
    """Take back the entry recorded last for its project: the undo of ``move_to_stage``.

    Only that entry can go; earlier ones are the history and stay (a mistake found
    later is corrected by a new entry).
    """
    with db.write() as session:
        change = fetch(session, StageChange, change_id, "Étape de coopération")
        last = session.scalar(
            select(StageChange.id).where(StageChange.project_id == change.project_id)
            .order_by(StageChange.created_at.desc()).limit(1))
        if last != change.id:
            raise ValidationError(
                "Seule la dernière étape enregistrée peut être retirée ; les étapes plus "
                "anciennes font partie de l'historique.", field="stage")
        session.delete(change)
    return session.changes


def history_rows(session: Session, project_id: uuid.UUID) -> list[StageChangeRow]:
    """The project's stage changes, oldest first, inside an open transaction."""
    changes = session.scalars(
        select(StageChange).where(StageChange.project_id == project_id)
        .order_by(StageChange.entered_on, StageChange.created_at))
    return [_row(change) for change in changes]


def stage_history(db: Database, project_id: uuid.UUID) -> list[StageChangeRow]:
    """The project's stage changes, oldest first."""
    with db.read() as session:
        fetch(session, Project, project_id, "Projet")
        return history_rows(session, project_id)


def current_stages(session: Session, project_ids: Collection[uuid.UUID] | None = None
                   ) -> dict[uuid.UUID, tuple[CooperationStage, date]]:
    """Each project's latest stage and the date it was entered, for the given projects
    (all of them when ``project_ids`` is None). Projects with no history are absent."""
    ranked = select(
        StageChange.project_id, StageChange.stage, StageChange.entered_on,
        func.row_number().over(
            partition_by=StageChange.project_id,
            order_by=(StageChange.entered_on.desc(), StageChange.created_at.desc()),
        ).label("rank"),
    )
    if project_ids is not None:
        ranked = ranked.where(StageChange.project_id.in_(list(project_ids)))
    latest = ranked.subquery()
    rows = session.execute(
        select(latest.c.project_id, latest.c.stage, latest.c.entered_on)
        .where(latest.c.rank == 1))
    return {project_id: (stage, entered_on) for project_id, stage, entered_on in rows}


def earliest_stage_date(session: Session, project_id: uuid.UUID) -> date | None:
    """The first date in the history; a project cannot start after it."""
    return session.scalar(
        select(func.min(StageChange.entered_on)).where(StageChange.project_id == project_id))
