"""Plans d'action: their codes, the list of them, and where a project sits in one.

A plan is made by importing it (``importing.sheets.plans``) and written back by
``exporting.tet``; what the window shows of it — a project's plan and axis path on
its page, the plans the projects list filters by — is read here.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ingenierie.models import Plan, PlanAction, PlanAxis
from ingenierie.models.vocabulary import ActionStatus, CitizenParticipation, Priority, fold
from ingenierie.storage import Database

#: A plan's code is short: it prefixes the codes of its actions (« PCAET-012 »).
CODE_LENGTH = 20
_NOT_CODE = re.compile(r"[^0-9A-Z]+")
_LITTLE_WORDS = frozenset({"DE", "DU", "DES", "LA", "LE", "LES", "ET", "EN", "AU", "AUX",
                           "POUR", "SUR"})


def plan_code(name: str, taken: Iterable[str]) -> str:
    """A code for a plan named ``name``, unlike any of ``taken``: its words in capitals,
    without accents nor elided letters, joined by hyphens, the little words left out when
    too long (« Plan climat 2024 » → « PLAN-CLIMAT-2024 », « PCAET du Val d'Exemple » →
    « PCAET-DU-VAL-EXEMPLE », « Contrat local de santé… » → « CONTRAT-LOCAL-SANTE »)."""
    words = [word for word in _NOT_CODE.split(fold(name).upper()) if len(word) > 1 or
             word.isdigit()] or ["PLAN"]
    if len("-".join(words)) > CODE_LENGTH:  # too long: the little words go first
        words = [word for word in words if word not in _LITTLE_WORDS] or words
    code = words[0][:CODE_LENGTH]
    for word in words[1:]:
        if len(code) + 1 + len(word) > CODE_LENGTH:
            break
        code = f"{code}-{word}"
    used = {fold(other) for other in taken}
    candidate, number = code, 2
    while fold(candidate) in used:
        candidate, number = f"{code[:CODE_LENGTH - 3]}-{number}", number + 1
    return candidate


def action_code(plan: str, number: int) -> str:
    """The code of a plan's ``number``-th action."""
    return f"{plan}-{number:03d}"


@dataclass(frozen=True, slots=True)
class PlanRow:
    """A plan, as the projects list's filter offers it."""

    id: uuid.UUID
    code: str
    name: str
    actions: int

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


def list_plans(db: Database) -> list[PlanRow]:
    """The plans not archived, by name, with how many actions each holds."""
    with db.read() as session:
        counts: dict[uuid.UUID, int] = {
            plan_id: number for plan_id, number in session.execute(
                select(PlanAction.plan_id, func.count()).group_by(PlanAction.plan_id))}
        plans = session.scalars(select(Plan).where(Plan.archived_at.is_(None)))
        rows = [PlanRow(plan.id, plan.code, plan.name, counts.get(plan.id, 0)) for plan in plans]
    return sorted(rows, key=lambda row: fold(row.name))


@dataclass(frozen=True, slots=True)
class PlanPlace:
    """Where a project sits in its plan, and what the plan says of it."""

    plan_id: uuid.UUID
    plan_code: str
    plan_name: str
    axes: tuple[str, ...]  # the axis path, the axis first
    status: ActionStatus | None
    priority: Priority | None
    citizen_participation: CitizenParticipation | None
    continuous: bool | None
    objectives: str | None
    governance: str | None
    means: str | None
    services: str | None
    financing: str | None


def axis_paths(session: Session, plan_id: uuid.UUID) -> dict[uuid.UUID, tuple[str, ...]]:
    """Every axis of a plan, with the titles from its plan's axis down to itself."""
    axes = {axis.id: axis for axis in session.scalars(
        select(PlanAxis).where(PlanAxis.plan_id == plan_id))}

    def path(axis: PlanAxis) -> tuple[str, ...]:
        parent = axes.get(axis.parent_id) if axis.parent_id else None
        return (*(path(parent) if parent else ()), axis.title)

    return {axis_id: path(axis) for axis_id, axis in axes.items()}


def plan_place(session: Session, project_id: uuid.UUID) -> PlanPlace | None:
    """The project's place in its plan, read in an open transaction; None outside any."""
    found = session.execute(select(PlanAction, Plan).join(Plan, Plan.id == PlanAction.plan_id)
                            .where(PlanAction.project_id == project_id)).first()
    if found is None:
        return None
    action, plan = found
    paths = axis_paths(session, plan.id) if action.axis_id else {}
    return PlanPlace(
        plan_id=plan.id, plan_code=plan.code, plan_name=plan.name,
        axes=paths.get(action.axis_id, ()) if action.axis_id else (),
        status=action.status, priority=action.priority,
        citizen_participation=action.citizen_participation, continuous=action.continuous,
        objectives=action.objectives, governance=action.governance, means=action.means,
        services=action.services, financing=action.financing)
