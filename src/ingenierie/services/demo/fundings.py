"""Money for each project: who funds it, through which instrument, and how much.

Each stakeholder involved as *financeur* brings one funding (sometimes two);
the lead sometimes adds its own funds, and citizen energy projects raise money
from the public. Amounts keep their order: nothing is paid before it is
granted, a refused or pending request has nothing granted, a settled one was
paid in full.
"""

from __future__ import annotations

from ingenierie.models.vocabulary import (
    ActorKind,
    FundingInstrument,
    FundingStatus,
    InvolvementRole,
    ProjectStatus,
    Scheme,
)
from ingenierie.services.demo.context import DemoContext
from ingenierie.services.demo.directory import Actor, Row
from ingenierie.services.demo.projects import YEAR, ProjectDraft
from ingenierie.services.demo.randomness import DemoRandom, Weighted
from ingenierie.services.demo.vocab_activity import LOCAL_GRANTS, PROGRAMMES, STATE_GRANTS

F = FundingInstrument
S = FundingStatus
PUBLIC_INSTRUMENTS = Weighted({F.SUBVENTION: 4, F.CPO: 2, F.MARCHE: 1, F.APPEL_A_PROJETS: 1})
INSTRUMENTS: dict[ActorKind, Weighted[FundingInstrument]] = {
    ActorKind.FINANCEUR: Weighted({F.SUBVENTION: 3, F.APPEL_A_PROJETS: 3, F.MECENAT: 1,
                                   F.CPO: 1}),
    ActorKind.ETAT: Weighted({F.SUBVENTION: 3, F.APPEL_A_PROJETS: 3}),
    ActorKind.COLLECTIVITE: PUBLIC_INSTRUMENTS,
    ActorKind.EPCI: PUBLIC_INSTRUMENTS,
    ActorKind.ENTREPRISE: Weighted({F.MECENAT: 1}),
}
OTHER_INSTRUMENTS = Weighted({F.VALORISATION: 2, F.MECENAT: 1})
OWN = frozenset({F.FONDS_PROPRES, F.VALORISATION, F.FINANCEMENT_PARTICIPATIF})
OWN_STATUS = Weighted({S.ENVISAGE: 15, S.ACCORDE: 25, S.VERSE: 30, S.SOLDE: 30})
LATER_STATUS = Weighted({S.ACCORDE: 30, S.VERSE: 30, S.DEMANDE: 15, S.REFUSE: 10, S.SOLDE: 15})
GRANTED = frozenset({S.ACCORDE, S.VERSE, S.SOLDE})


def fundings(context: DemoContext, draft: ProjectDraft) -> list[Row]:
    rng = context.rng
    rows = []
    for actor, role in draft.involved:
        if role == InvolvementRole.FINANCEUR:
            instruments = INSTRUMENTS.get(actor.kind, OTHER_INSTRUMENTS)
            for _ in range(2 if rng.chance(0.15) else 1):
                rows.append(_funding(context, draft, actor, instruments.pick(rng)))
        elif role == InvolvementRole.PORTEUR:
            if rng.chance(0.2):
                own = F.FONDS_PROPRES if rng.chance(0.6) else F.VALORISATION
                rows.append(_funding(context, draft, actor, own))
            if draft.scheme == Scheme.ENERGIE_CITOYENNE and rng.chance(0.5):
                rows.append(_funding(context, draft, actor, F.FINANCEMENT_PARTICIPATIF))
    return rows


def _funding(context: DemoContext, draft: ProjectDraft, funder: Actor,
             instrument: FundingInstrument) -> Row:
    rng = context.rng
    start = rng.day_between(draft.start_on, draft.last_day)
    status = (OWN_STATUS.pick(rng) if instrument in OWN
              else _status(rng, draft, (context.as_of - start).days))
    budget = draft.row["budget_cents"]
    requested = (round(budget * rng.uniform(0.05, 0.5), -4) if budget
                 else round(rng.log_uniform(5_000, 200_000), -2) * 100) or 100_000
    granted = (min(requested, max(10_000, round(requested * rng.uniform(0.5, 1.0), -4)))
               if status in GRANTED else 0)
    paid = (granted if status == S.SOLDE else
            round(granted * rng.uniform(0.3, 1.0), -2) if status == S.VERSE else 0)
    programme = rng.choice(_programmes(funder, instrument)).format(
        year=start.year, year_end=start.year + 2)
    return {"id": rng.key(), "project_id": draft.id, "funder_id": funder.id,
            "programme": programme, "instrument": instrument, "status": status,
            "requested_cents": int(requested), "granted_cents": int(granted),
            "paid_cents": int(paid), "start_on": start,
            "end_on": start + rng.randint(1, 3) * YEAR}


def _programmes(funder: Actor, instrument: FundingInstrument) -> tuple[str, ...]:
    if instrument == F.SUBVENTION and funder.kind == ActorKind.ETAT:
        return STATE_GRANTS
    if instrument == F.SUBVENTION and funder.kind in (ActorKind.COLLECTIVITE, ActorKind.EPCI):
        return LOCAL_GRANTS
    return PROGRAMMES[instrument]


def _status(rng: DemoRandom, draft: ProjectDraft, days_ago: int) -> FundingStatus:
    """Settled once the project is over, still being sought when it has just begun."""
    if draft.status == ProjectStatus.TERMINE:
        return rng.choices((S.SOLDE, S.VERSE, S.REFUSE), (70, 20, 10))[0]
    if days_ago < 180:
        return S.ENVISAGE if rng.chance(0.5) else S.DEMANDE
    return LATER_STATUS.pick(rng)
