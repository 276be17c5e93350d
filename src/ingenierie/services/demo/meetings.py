"""Interactions of a project (meetings, workshops, calls) and who came to them.

Dates fall within the project's life; the number of meetings grows with its
age. Participants are drawn from the project's stakeholders: one or two for an
interview or a call, a dozen for a steering committee, up to thirty for a
public meeting; most are present, some excused, a few absent without notice.
"""

from __future__ import annotations

from ingenierie.models.vocabulary import InteractionKind, Presence
from ingenierie.services.demo.context import DemoContext
from ingenierie.services.demo.directory import Row
from ingenierie.services.demo.projects import ProjectDraft
from ingenierie.services.demo.randomness import Weighted
from ingenierie.services.demo.vocab_activity import (
    DECISIONS,
    MEETING_PLACES,
    NEXT_STEPS,
    NOTES,
    TITLES,
    TOPICS,
)

I = InteractionKind  # noqa: E741 - a short alias keeps the tables below readable
KINDS = Weighted({I.REUNION: 20, I.ATELIER: 15, I.COPIL: 10, I.COTECH: 12, I.ENTRETIEN: 12,
                  I.VISITE_TERRAIN: 6, I.REUNION_PUBLIQUE: 5, I.COURRIEL: 10, I.TELEPHONE: 10})
# (fewest, most) participants invited, before capping at the project's stakeholders.
INVITED = {I.REUNION: (3, 8), I.ATELIER: (5, 20), I.COPIL: (6, 15), I.COTECH: (3, 8),
           I.ENTRETIEN: (1, 2), I.VISITE_TERRAIN: (2, 6), I.REUNION_PUBLIQUE: (10, 30),
           I.COURRIEL: (1, 3), I.TELEPHONE: (1, 2)}
REMOTE = frozenset({I.COURRIEL, I.TELEPHONE})
DECIDING = frozenset({I.COPIL, I.COTECH})
PRESENCE = Weighted({Presence.PRESENT: 78, Presence.EXCUSE: 14, Presence.ABSENT: 8})


def meetings(context: DemoContext, draft: ProjectDraft) -> tuple[list[Row], list[Row]]:
    """Rows for ``interaction`` and ``participation``."""
    rng = context.rng
    span = (draft.last_day - draft.start_on).days
    count = rng.randint(1, 3) + rng.randint(0, min(span // 180, 10)) + (25 if draft.big else 0)
    days = sorted(rng.day_between(draft.start_on, draft.last_day) for _ in range(count))
    interactions: list[Row] = []
    participations: list[Row] = []
    committees = 0
    for day in days:
        kind = KINDS.pick(rng)
        committees += kind == I.COPIL
        low, high = INVITED[kind]
        invited = rng.sample(draft.involved, min(len(draft.involved), rng.randint(low, high)))
        ident = rng.key()
        values = {"topic": rng.choice(TOPICS), "number": str(committees),
                  "person": next((a.name for a, _ in invited if a.is_person),
                                 invited[0][0].name if invited else "un partenaire"),
                  "at_commune": draft.places["at_commune"]}
        interactions.append({
            "id": ident, "project_id": draft.id, "occurred_on": day, "kind": kind,
            "title": rng.choice(TITLES[kind]).format_map(values),
            "place": None if kind in REMOTE else rng.choice(MEETING_PLACES).format_map(
                draft.places),
            "notes": rng.choice(NOTES) if rng.chance(0.7) else None,
            "decisions": rng.choice(DECISIONS) if rng.chance(
                0.8 if kind in DECIDING else 0.25) else None,
            "next_steps": rng.choice(NEXT_STEPS) if rng.chance(0.5) else None,
        })
        participations += [
            {"id": rng.key(), "interaction_id": ident, "stakeholder_id": actor.id,
             "presence": Presence.PRESENT if kind in REMOTE else PRESENCE.pick(rng)}
            for actor, _role in invited]
    return interactions, participations
