"""What the records say about a project on a date: the building blocks of every observed
figure (observed indicators, the cooperation profile, the dashboard).

An involvement is *active* on a date when it is not archived and the date falls
within its period; a missing start or end leaves that side open. Participation
levels and postures have no history of their own (only the project's stage
has one): on a past date, an involvement active then counts with its current
level and posture.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_

from ingenierie.models import Interaction, Involvement, Participation
from ingenierie.models.vocabulary import CooperationStage, Presence

#: The window of the "per quarter" measures: the three months up to the date.
WINDOW_MONTHS = 3


def months_before(on: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day when it is shorter)."""
    year, month = divmod(on.year * 12 + on.month - 1 - months, 12)
    return date(year, month + 1, min(on.day, monthrange(year, month + 1)[1]))


def active_on(on: Any) -> ColumnElement[bool]:
    """Involvements active on ``on`` (a date or a date column)."""
    return and_(Involvement.archived_at.is_(None),
                or_(Involvement.start_on.is_(None), Involvement.start_on <= on),
                or_(Involvement.end_on.is_(None), Involvement.end_on >= on))


def exchanges_between(project_id: Any, since: Any, on: Any) -> ColumnElement[bool]:
    """Live interactions of ``project_id`` after ``since`` (None: from the start) up to
    ``on`` included."""
    criteria = [Interaction.project_id == project_id, Interaction.archived_at.is_(None),
                Interaction.occurred_on <= on]
    if since is not None:
        criteria.append(Interaction.occurred_on > since)
    return and_(*criteria)


def present_between(project_id: Any, since: Any, on: Any) -> ColumnElement[bool]:
    """The involved stakeholder came to at least one of those interactions."""
    return exists().where(Participation.interaction_id == Interaction.id,
                          Participation.stakeholder_id == Involvement.stakeholder_id,
                          Participation.presence == Presence.PRESENT,
                          exchanges_between(project_id, since, on))


def at_least(stage: CooperationStage) -> list[CooperationStage]:
    """The rungs from ``stage`` up the ladder."""
    return [s for s in CooperationStage if s.rank >= stage.rank]


def stage_days(changes: Iterable[tuple[CooperationStage, date]], on: date
               ) -> dict[CooperationStage, int]:
    """Days spent at each stage up to ``on``, from a history sorted oldest first.

    A stage lasts until the next change (or ``on``); a stage entered twice adds up.
    """
    days = dict.fromkeys(CooperationStage, 0)
    history = [(stage, entered) for stage, entered in changes if entered <= on]
    ends = [entered for _, entered in history[1:]] + [on]
    for (stage, entered), left in zip(history, ends, strict=False):
        days[stage] += (left - entered).days
    return days


def stage_on(changes: Iterable[tuple[CooperationStage, date]], on: date
             ) -> tuple[CooperationStage, date] | None:
    """The stage the project was at on ``on`` and since when (None before its history)."""
    reached = [(stage, entered) for stage, entered in changes if entered <= on]
    return reached[-1] if reached else None
