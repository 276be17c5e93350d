"""The portfolio dashboard as plain data: the projects a filter keeps, counted every way.

The same :class:`ProjectFilter` as the projects list; every figure carries the
keys of its projects, so that a click on it shows them in the list. Participation
and posture are counted on two dates (the start and the end of the period
chosen) to show how they moved; stage changes by quarter within the period;
indicators *en retard* on the end date.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ingenierie.models import Indicator, Involvement, Project
from ingenierie.models.evaluation_vocabulary import ProgressStatus
from ingenierie.models.vocabulary import CooperationStage, Posture, ProjectPhase, Scheme
from ingenierie.services.evaluation.activity import months_before
from ingenierie.services.evaluation.figures import (
    Figure,
    Transition,
    by_column,
    by_stage,
    by_territory,
    involvements_by,
    transitions,
)
from ingenierie.services.evaluation.indicators import indicator_rows
from ingenierie.services.projects.listing import ProjectFilter, matching_projects
from ingenierie.storage import Database
from ingenierie.storage.keys import Key, key_column, key_of

#: The period shown when none is chosen.
DEFAULT_PERIOD_MONTHS = 12


@dataclass(frozen=True, slots=True)
class Distribution:
    """Involvements active on ``on``, counted by level or posture."""

    on: date
    figures: tuple[Figure, ...]

    @property
    def total(self) -> int:
        return sum(figure.count for figure in self.figures)


@dataclass(frozen=True, slots=True)
class LateIndicator:
    indicator_id: uuid.UUID
    project_key: Key
    project_title: str
    title: str
    share: Decimal | None
    expected_share: Decimal | None
    measured_on: date | None


@dataclass(frozen=True, slots=True)
class Portfolio:
    since: date
    on: date
    projects: tuple[Key, ...]  # every project the filter keeps, by title
    by_stage: tuple[Figure, ...]  # on ``on``; the last figure is "Sans étape"
    by_scheme: tuple[Figure, ...]
    by_phase: tuple[Figure, ...]
    by_territory: tuple[Figure, ...]
    participation: tuple[Distribution, Distribution]  # on ``since``, on ``on``
    posture: tuple[Distribution, Distribution]
    transitions: tuple[Transition, ...]
    late: Figure  # projects with an indicator en retard on ``on``
    late_indicators: tuple[LateIndicator, ...]


def portfolio(db: Database, wanted: ProjectFilter | None = None, *, on: date | None = None,
              since: date | None = None) -> Portfolio:
    """The dashboard over the projects ``wanted`` keeps, for the period ``since``–``on``
    (by default the twelve months up to today)."""
    wanted = wanted or ProjectFilter()
    on = on or date.today()
    since = since or months_before(on, DEFAULT_PERIOD_MONTHS)
    with db.read() as session:
        projects = matching_projects(db, wanted)
        keys = [key for key, in session.execute(
            select(key_column(Project.id)).where(Project.id.in_(projects))
            .order_by(Project.title))]
        late = [row for row in indicator_rows(session, on, Indicator.project_id.in_(projects),
                                              Indicator.archived_at.is_(None))
                if row.progress.status is ProgressStatus.EN_RETARD]
        titles = dict(session.execute(select(Project.id, Project.title).where(
            Project.id.in_([row.project_id for row in late]))).all())
        return Portfolio(
            since=since, on=on, projects=tuple(keys),
            by_stage=by_stage(session, projects, on),
            by_scheme=by_column(session, projects, Project.scheme, Scheme),
            by_phase=by_column(session, projects, Project.phase, ProjectPhase),
            by_territory=by_territory(session, projects),
            participation=tuple(Distribution(day, involvements_by(
                session, projects, Involvement.participation, CooperationStage, day))
                for day in (since, on)),  # type: ignore[arg-type]
            posture=tuple(Distribution(day, involvements_by(
                session, projects, Involvement.posture, Posture, day))
                for day in (since, on)),  # type: ignore[arg-type]
            transitions=transitions(session, projects, since, on),
            late=Figure(ProgressStatus.EN_RETARD.value, ProgressStatus.EN_RETARD.label,
                        len(late), tuple(dict.fromkeys(key_of(r.project_id) for r in late))),
            late_indicators=tuple(LateIndicator(
                row.id, key_of(row.project_id), titles[row.project_id], row.title,
                row.progress.share, row.progress.expected_share, row.progress.measured_on)
                for row in late))
