"""The observed cooperation profile of a project on a date: what the records show.

Who was involved on that date, at which participation level and with which
posture of the officer; how long the project stayed at each stage; how many
exchanges took place in the period and how many of the involved came to one.
Four queries, whatever the project's size.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ingenierie.models import Interaction, Involvement, Project, StageChange, Stakeholder
from ingenierie.models.vocabulary import (
    ActorKind,
    CooperationStage,
    InteractionKind,
    Posture,
)
from ingenierie.services.common import fetch
from ingenierie.services.evaluation.activity import (
    active_on,
    at_least,
    exchanges_between,
    present_between,
    stage_days,
    stage_on,
)
from ingenierie.storage import Database

#: Stakeholders who speak for the inhabitants.
INHABITANTS = (ActorKind.HABITANT, ActorKind.CONSEIL_CITOYEN)
_PLACES = Decimal("0.0001")


@dataclass(frozen=True, slots=True)
class ObservedProfile:
    """A project seen through its records on ``on``; exchanges counted after ``since``
    (from the start when None) up to ``on``."""

    project_id: uuid.UUID
    on: date
    since: date | None
    participation: tuple[tuple[CooperationStage, int], ...]  # the whole ladder, in order
    posture: tuple[tuple[Posture, int], ...]
    inhabitants: tuple[tuple[CooperationStage, int], ...]
    with_expected_effects: int
    with_observed_effects: int
    stage: CooperationStage | None
    stage_since: date | None
    stage_days: tuple[tuple[CooperationStage, int], ...]
    exchanges: tuple[tuple[InteractionKind, int], ...]  # kinds held at least once
    attended: int  # involved stakeholders present at one exchange at least

    @property
    def involved(self) -> int:
        return sum(count for _, count in self.participation)

    @property
    def exchange_count(self) -> int:
        return sum(count for _, count in self.exchanges)

    def at_level(self, stage: CooperationStage) -> int:
        return dict(self.participation)[stage]

    def with_posture(self, posture: Posture) -> int:
        return dict(self.posture)[posture]

    def share(self, count: int) -> Decimal | None:
        """``count`` out of the involved (None when nobody is)."""
        return (Decimal(count) / self.involved).quantize(_PLACES) if self.involved else None

    def share_at_least(self, stage: CooperationStage) -> Decimal | None:
        return self.share(sum(self.at_level(s) for s in at_least(stage)))

    @property
    def attendance_share(self) -> Decimal | None:
        return self.share(self.attended)


def profile_in(session: Session, project_id: uuid.UUID, on: date, since: date | None
               ) -> ObservedProfile:
    """The profile, inside an open transaction."""
    inhabitant = Stakeholder.actor_kind.in_(INHABITANTS)
    levels: Counter[CooperationStage] = Counter()
    postures: Counter[Posture] = Counter()
    inhabitants: Counter[CooperationStage] = Counter()
    expected = observed = 0
    for level, posture, is_inhabitant, has_expected, has_observed, count in session.execute(
            select(Involvement.participation, Involvement.posture, inhabitant,
                   Involvement.expected_effects.is_not(None),
                   Involvement.observed_effects.is_not(None), func.count())
            .join(Stakeholder, Stakeholder.id == Involvement.stakeholder_id)
            .where(Involvement.project_id == project_id, active_on(on))
            .group_by(Involvement.participation, Involvement.posture, inhabitant,
                      Involvement.expected_effects.is_not(None),
                      Involvement.observed_effects.is_not(None))):
        levels[level] += count
        postures[posture] += count
        inhabitants[level] += count if is_inhabitant else 0
        expected += count if has_expected else 0
        observed += count if has_observed else 0
    history = [(stage, entered) for stage, entered in session.execute(
        select(StageChange.stage, StageChange.entered_on)
        .where(StageChange.project_id == project_id)
        .order_by(StageChange.entered_on, StageChange.created_at))]
    current = stage_on(history, on)
    kinds = dict(session.execute(
        select(Interaction.kind, func.count()).where(exchanges_between(project_id, since, on))
        .group_by(Interaction.kind)).all())
    attended = session.scalar(select(func.count()).select_from(Involvement).where(
        Involvement.project_id == project_id, active_on(on),
        present_between(project_id, since, on))) or 0
    return ObservedProfile(
        project_id=project_id, on=on, since=since,
        participation=tuple((s, levels[s]) for s in CooperationStage),
        posture=tuple((p, postures[p]) for p in Posture),
        inhabitants=tuple((s, inhabitants[s]) for s in CooperationStage),
        with_expected_effects=expected, with_observed_effects=observed,
        stage=current[0] if current else None, stage_since=current[1] if current else None,
        stage_days=tuple(stage_days(history, on).items()),
        exchanges=tuple((k, kinds[k]) for k in InteractionKind if kinds.get(k)),
        attended=attended)


def observed_profile(db: Database, project_id: uuid.UUID, on: date, since: date | None = None
                     ) -> ObservedProfile:
    with db.read() as session:
        fetch(session, Project, project_id, "Projet")
        return profile_in(session, project_id, on, since)
