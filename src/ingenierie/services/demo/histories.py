"""Cooperation stage histories: dated steps up the ladder, with stalls and steps back.

Each project starts at *information* shortly after it begins and climbs toward
the stage its scheme and age make likely; on the way it sometimes marks time
(the same stage recorded again, with the reason) or falls back one step. Every
entry is dated after the project's start, no later than its end or "today",
and strictly after the one before, so the latest entry is the current stage.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from ingenierie.models.vocabulary import CooperationStage, ProjectStatus, Scheme
from ingenierie.services.demo.context import DemoContext
from ingenierie.services.demo.directory import Row
from ingenierie.services.demo.projects import ProjectDraft
from ingenierie.services.demo.vocab_activity import BACK_EVIDENCE, EVIDENCE, STALL_EVIDENCE

LADDER = list(CooperationStage)
RANK = {stage: rank for rank, stage in enumerate(LADDER, start=1)}  # CooperationStage.rank, fast
# Schemes built on shared governance tend to climb higher.
DEEP = frozenset({Scheme.ENERGIE_CITOYENNE, Scheme.PTCE, Scheme.TIERS_LIEU, Scheme.TZCLD})


def stage_history(context: DemoContext, draft: ProjectDraft) -> list[Row]:
    """The project's StageChange rows, oldest first; sets ``draft.stage`` to the last one."""
    rng = context.rng
    target = _target_rank(context, draft)
    day = draft.start_on + timedelta(days=rng.randint(0, 45))
    if day > draft.last_day:
        day = draft.start_on
    officer = rng.choice(context.names.officers)
    rank = 1
    rows: list[Row] = []
    while True:
        recorded = _recorded_at(context, day)
        rows.append({"id": rng.key(), "project_id": draft.id, "stage": LADDER[rank - 1],
                     "entered_on": day, "recorded_by": officer,
                     "evidence": _evidence(context, rows, rank, day),
                     "created_at": recorded, "updated_at": recorded})
        day += timedelta(days=rng.randint(60, 420))
        if rank >= target or day > draft.last_day:
            break
        roll = rng.random()
        if roll < 0.12:
            continue  # marks time: the same stage again, and why
        rank += -1 if roll < 0.22 and rank > 1 else 1
    draft.stage = LADDER[rank - 1]
    return rows


def _recorded_at(context: DemoContext, day: date) -> datetime:
    """When the officer wrote the entry down: within the week, in office hours. Distinct
    times keep "the entry recorded last" well defined, as retracting one needs."""
    rng = context.rng
    written = min(day + timedelta(days=rng.randint(0, 6)), context.as_of)
    return datetime.combine(written, time(rng.randint(8, 17), rng.randint(0, 59)), UTC)


def _target_rank(context: DemoContext, draft: ProjectDraft) -> int:
    """How high the project will have climbed: deeper for commons-minded schemes, lower
    for projects abandoned or on hold."""
    rng = context.rng
    years = (draft.last_day - draft.start_on).days / 365
    ceiling = 6 if draft.scheme in DEEP else 5
    rank = min(ceiling, 1 + int(years * rng.uniform(0.5, 1.4)))
    if draft.status in (ProjectStatus.ABANDONNE, ProjectStatus.EN_VEILLE):
        rank = min(rank, 3)
    return max(1, rank)


def _evidence(context: DemoContext, rows: list[Row], rank: int, day: date) -> str:
    rng = context.rng
    previous = RANK[rows[-1]["stage"]] if rows else 0
    if rank == previous:
        pool = STALL_EVIDENCE
    elif rank < previous:
        pool = BACK_EVIDENCE
    else:
        pool = EVIDENCE[LADDER[rank - 1]]
    return rng.choice(pool).format(date=f"{day:%d/%m/%Y}")
