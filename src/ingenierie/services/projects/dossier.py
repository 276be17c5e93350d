"""A project's dossier: everything the project page and the project report show, read at once.

One transaction reads the project, its stakeholders, its stage history, its
exchanges and its funding, so the parts always agree with each other (the
current stage is the last step of the history shown, the counts are those of
the rows shown) even while another window or program writes. The derived
figures are computed here once, for the screens and the reports alike.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TypeVar

from ingenierie.models import Project
from ingenierie.models.vocabulary import CooperationStage, Posture, Quadrant
from ingenierie.services.common import fetch
from ingenierie.services.plans.plans import PlanPlace, plan_place
from ingenierie.services.projects.funding import FundingRow, project_funding_rows
from ingenierie.services.projects.interactions import InteractionRow, project_interaction_rows
from ingenierie.services.projects.involvements import InvolvementRow, project_involvement_rows
from ingenierie.services.projects.project import project_detail
from ingenierie.services.projects.records import ProjectDetail
from ingenierie.services.projects.stages import StageChangeRow, history_rows
from ingenierie.storage import Database

Member = TypeVar("Member", bound=Enum)


@dataclass(frozen=True, slots=True)
class FundingTotals:
    """The sums of a project's funding lines, in integer cents."""

    requested_cents: int
    granted_cents: int
    paid_cents: int


@dataclass(frozen=True, slots=True)
class ProjectDossier:
    """One consistent snapshot of a project.

    ``involvements`` run most influential first (each row knows its grid
    ``quadrant``), ``stage_history`` oldest first, ``interactions`` newest first,
    ``fundings`` by funder; archived records are left out. The counts list every
    member of their vocabulary, in its order, zeros included, so a chart or a
    table has a fixed set of bars or lines.
    """

    project: ProjectDetail
    involvements: tuple[InvolvementRow, ...]
    stage_history: tuple[StageChangeRow, ...]
    interactions: tuple[InteractionRow, ...]
    fundings: tuple[FundingRow, ...]
    funding_totals: FundingTotals
    participation_counts: tuple[tuple[CooperationStage, int], ...]
    posture_counts: tuple[tuple[Posture, int], ...]
    quadrant_counts: tuple[tuple[Quadrant, int], ...]
    at: date | None = None
    plan: PlanPlace | None = None  # the plan d'action the project is a fiche of, if any

    def count(self, member: CooperationStage | Posture | Quadrant) -> int:
        """How many stakeholders are at this participation level, posture or quadrant."""
        counts = (self.participation_counts if isinstance(member, CooperationStage) else
                  self.posture_counts if isinstance(member, Posture) else self.quadrant_counts)
        return next(number for counted, number in counts if counted is member)


def _counts(vocabulary: type[Member], values: Iterable[Member]) -> tuple[tuple[Member, int], ...]:
    tally = Counter(values)
    return tuple((member, tally[member]) for member in vocabulary)


def _covers(start: date | None, end: date | None, day: date) -> bool:
    return (start is None or start <= day) and (end is None or end >= day)


def project_dossier(db: Database, project_id: uuid.UUID, *, at: date | None = None
                    ) -> ProjectDossier:
    """The project as recorded, or as it stood on ``at``.

    With ``at``, the history and the exchanges stop at that day, the current stage
    is the one reached by then, and only the involvements and funding lines whose
    period covers that day are kept. Judgements (influence, interest, posture…)
    have no history: they are shown as last recorded. Raises ``NotFoundError``
    when the project does not exist.
    """
    with db.read() as session:
        detail = project_detail(session, fetch(session, Project, project_id, "Projet"))
        involvements = project_involvement_rows(session, project_id)
        history = history_rows(session, project_id)
        interactions = project_interaction_rows(session, project_id)
        fundings = project_funding_rows(session, project_id)
        plan = plan_place(session, project_id)
    if at is not None:
        history = [row for row in history if row.entered_on <= at]
        interactions = [row for row in interactions if row.occurred_on <= at]
        involvements = [row for row in involvements if _covers(row.start_on, row.end_on, at)]
        fundings = [row for row in fundings if _covers(row.start_on, row.end_on, at)]
        last = history[-1] if history else None
        detail = dataclasses.replace(detail, stage=last.stage if last else None,
                                     stage_since=last.entered_on if last else None)
    return ProjectDossier(
        project=detail, involvements=tuple(involvements), stage_history=tuple(history),
        interactions=tuple(interactions), fundings=tuple(fundings),
        funding_totals=FundingTotals(
            requested_cents=sum(row.requested_cents for row in fundings),
            granted_cents=sum(row.granted_cents for row in fundings),
            paid_cents=sum(row.paid_cents for row in fundings)),
        participation_counts=_counts(CooperationStage, (r.participation for r in involvements)),
        posture_counts=_counts(Posture, (r.posture for r in involvements)),
        quadrant_counts=_counts(Quadrant, (r.quadrant for r in involvements)),
        at=at, plan=plan)
