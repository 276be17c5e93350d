"""The portfolio dashboard as plain data: the projects a filter keeps, counted every way.

The same :class:`ProjectFilter` as the projects list. Participation and posture
are counted on two dates (the start and the end of the period chosen) to show how
they moved; stage changes by quarter within the period; indicators *en retard* on
the end date. Every figure names its projects by a selection (``figures``), which
:func:`projects_behind` turns into their keys — what a click on the figure shows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Float, and_, case, cast, extract, func, select
from sqlalchemy.orm import Session

from ingenierie.models import Indicator, Measurement, Project
from ingenierie.models.evaluation_vocabulary import Direction, ProgressStatus
from ingenierie.models.vocabulary import ProjectPhase, Scheme
from ingenierie.services.evaluation.activity import months_before
from ingenierie.services.evaluation.figures import (
    Dimension,
    Figure,
    Selection,
    Transition,
    by_column,
    by_stage,
    by_territory,
    involvement_figures,
    selection_criteria,
    transitions,
)
from ingenierie.services.evaluation.judging import indicators_to_judge, judge_all
from ingenierie.services.evaluation.progress import TOLERANCE, Progress
from ingenierie.services.projects.listing import ProjectFilter, matching_projects
from ingenierie.storage import Database
from ingenierie.storage.keys import Key, in_keys, key_column, uuid_of

#: The period shown when none is chosen.
DEFAULT_PERIOD_MONTHS = 12
#: The late indicators listed by name (the count covers them all), latest first.
LATE_LISTED = 200


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
    total: Figure  # every project the filter keeps
    by_stage: tuple[Figure, ...]  # on ``on``; the last figure is "Sans étape"
    by_scheme: tuple[Figure, ...]
    by_phase: tuple[Figure, ...]
    by_territory: tuple[Figure, ...]
    participation: tuple[Distribution, Distribution]  # on ``since``, on ``on``
    posture: tuple[Distribution, Distribution]
    transitions: tuple[Transition, ...]
    late: Figure  # indicators en retard on ``on``; its projects are those holding one
    late_indicators: tuple[LateIndicator, ...]


@dataclass(frozen=True, slots=True)
class _Late:
    key: Key
    project_key: Key
    progress: Progress


def _may_be_late() -> ColumnElement[bool]:
    """SQL's conservative guess of the typed rising or falling indicators that may be late
    (``progress.judge`` decides): behind the time elapsed by more than the tolerance, less
    a margin for rounding. Shares are ratios, so the stored scale of the values cancels
    out; dates are compared as seconds since the epoch (``extract``, on every engine)."""
    def seconds(column: Any) -> Any:
        return cast(extract("epoch", column), Float)

    measured_on, value = Measurement.measured_on, Measurement.value
    span = func.nullif(seconds(Indicator.target_on) - seconds(Indicator.baseline_on), 0)
    elapsed = case((measured_on >= Indicator.target_on, 1.0),
                   else_=(seconds(measured_on) - seconds(Indicator.baseline_on)) / span)
    share = cast(value - Indicator.baseline_value, Float) / func.nullif(
        Indicator.target_value - Indicator.baseline_value, 0)
    return elapsed - share > float(TOLERANCE) - 0.01


def late_indicators(session: Session, projects: Any, on: date) -> list[_Late]:
    """The live indicators *en retard* on ``on`` among ``projects``, latest measured first.

    Only those that can be late are judged: an observed one with a target; a typed
    one with a measurement, a target, and a date for it unless it should hold steady,
    and — rising or falling — behind time by SQL's guess (:func:`_may_be_late`).
    """
    typed = Indicator.computation.is_(None)
    indicators = session.execute(indicators_to_judge(on).where(
        Indicator.project_id.in_(projects), Indicator.archived_at.is_(None),
        Indicator.target_value.is_not(None),
        Indicator.target_on.is_not(None) | (Indicator.direction == Direction.STABILITE),
        ~typed | and_(Measurement.id.is_not(None),
                      (Indicator.direction == Direction.STABILITE) | _may_be_late()))).all()
    judged = judge_all(session, on, indicators)
    late = [_Late(i.key, i.project_key, judged[i.key][1]) for i in indicators
            if judged[i.key][1].status is ProgressStatus.EN_RETARD]
    return sorted(late, key=lambda row: row.progress.measured_on or on, reverse=True)


def portfolio(db: Database, wanted: ProjectFilter | None = None, *, on: date | None = None,
              since: date | None = None) -> Portfolio:
    """The dashboard over the projects ``wanted`` keeps, for the period ``since``–``on``
    (by default the twelve months up to today)."""
    wanted = wanted or ProjectFilter()
    on = on or date.today()
    since = since or months_before(on, DEFAULT_PERIOD_MONTHS)
    with db.read() as session:
        projects = matching_projects(db, wanted)
        total = session.scalar(select(func.count()).select_from(projects.subquery())) or 0
        late = late_indicators(session, projects, on)
        listed = late[:LATE_LISTED]
        project_keys = list({row.project_key for row in listed})
        titles: dict[str, str] = dict(session.execute(
            select(key_column(Project.id), Project.title)
            .where(in_keys(Project.id, project_keys))).all())
        names: dict[str, str] = dict(session.execute(
            select(key_column(Indicator.id), Indicator.title)
            .where(in_keys(Indicator.id, [row.key for row in listed]))).all())
        people = involvement_figures(session, projects, (since, on))
        return Portfolio(
            since=since, on=on,
            total=Figure("all", "Projets", total, Selection(Dimension.ALL)),
            by_stage=by_stage(session, projects, on),
            by_scheme=by_column(session, projects, Dimension.SCHEME, Scheme),
            by_phase=by_column(session, projects, Dimension.PHASE, ProjectPhase),
            by_territory=by_territory(session, projects),
            participation=(Distribution(since, people[(Dimension.PARTICIPATION, since)]),
                           Distribution(on, people[(Dimension.PARTICIPATION, on)])),
            posture=(Distribution(since, people[(Dimension.POSTURE, since)]),
                     Distribution(on, people[(Dimension.POSTURE, on)])),
            transitions=transitions(session, projects, since, on),
            late=Figure(ProgressStatus.EN_RETARD.value, ProgressStatus.EN_RETARD.label,
                        len(late), Selection(Dimension.LATE, on=on)),
            late_indicators=tuple(LateIndicator(
                uuid_of(row.key), row.project_key, titles[row.project_key], names[row.key],
                row.progress.share, row.progress.expected_share, row.progress.measured_on)
                for row in listed))


def projects_behind(db: Database, wanted: ProjectFilter, selection: Selection
                    ) -> tuple[Key, ...]:
    """The keys of the projects ``wanted`` keeps that ``selection`` stands for, by title:
    what the projects list shows after a click on a figure."""
    with db.read() as session:
        projects = matching_projects(db, wanted)
        if selection.dimension is Dimension.LATE:
            assert selection.on is not None
            holding = {row.project_key for row in
                       late_indicators(session, projects, selection.on)}
            criteria = [in_keys(Project.id, list(holding))]
        else:
            criteria = selection_criteria(selection)
        return tuple(key for key, in session.execute(
            select(key_column(Project.id)).where(Project.id.in_(projects), *criteria)
            .order_by(Project.title, Project.id)))
