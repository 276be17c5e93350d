"""Who takes part in each project, in what role, with what weight, and the officer's posture.

Most stakeholders of a project come from its département. Roles follow the
kind of actor (a funder funds, an inhabitant benefits, a consultancy brings
expertise); influence and interest follow the role; participation never goes
above the project's own stage; and the officer is more often *facilitateur*
in recent years, as the seed describes the shift away from the *sachant*.
"""

from __future__ import annotations

from datetime import date, timedelta

from ingenierie.models.vocabulary import (
    ActorKind,
    CooperationStage,
    InvolvementRole,
    Posture,
    ProjectStatus,
    Scheme,
)
from ingenierie.services.demo.context import DemoContext
from ingenierie.services.demo.directory import Actor, Directory, Row
from ingenierie.services.demo.histories import LADDER, RANK
from ingenierie.services.demo.projects import ProjectDraft
from ingenierie.services.demo.randomness import DemoRandom, Weighted
from ingenierie.services.demo.vocab_activity import EXPECTED_EFFECTS

R = InvolvementRole
K = ActorKind
_USUAL_ROLES = {R.PARTENAIRE: 40, R.MEMBRE_COPIL: 15, R.BENEFICIAIRE: 10, R.OPERATEUR: 8,
                R.CO_PORTEUR: 4, R.EXPERT: 5, R.FINANCEUR: 3, R.OPPOSANT: 2}
# A person sits on the committee for the body that funds: the body is the funder.
PERSON_ROLE = {R.FINANCEUR: R.MEMBRE_COPIL}
ROLES: dict[ActorKind, Weighted[InvolvementRole]] = {
    kind: Weighted(_USUAL_ROLES) for kind in ActorKind}
ROLES.update({
    K.FINANCEUR: Weighted({R.FINANCEUR: 80, R.MEMBRE_COPIL: 15, R.PARTENAIRE: 5}),
    K.ETAT: Weighted({R.FINANCEUR: 35, R.MEMBRE_COPIL: 40, R.PARTENAIRE: 25}),
    K.COLLECTIVITE: Weighted({R.FINANCEUR: 25, R.MEMBRE_COPIL: 30, R.CO_PORTEUR: 10,
                              R.PARTENAIRE: 35}),
    K.EPCI: Weighted({R.FINANCEUR: 25, R.MEMBRE_COPIL: 30, R.CO_PORTEUR: 10, R.PARTENAIRE: 35}),
    K.ELU: Weighted({R.MEMBRE_COPIL: 50, R.PARTENAIRE: 35, R.OPPOSANT: 8, R.CO_PORTEUR: 7}),
    K.HABITANT: Weighted({R.BENEFICIAIRE: 45, R.PARTENAIRE: 25, R.MEMBRE_COPIL: 20,
                          R.OPPOSANT: 10}),
    K.BUREAU_ETUDES: Weighted({R.EXPERT: 60, R.OPERATEUR: 40}),
    K.CHERCHEUR: Weighted({R.EXPERT: 70, R.PARTENAIRE: 30}),
    K.FORMATEUR: Weighted({R.OPERATEUR: 60, R.EXPERT: 20, R.PARTENAIRE: 20}),
    K.CENTRE_RESSOURCES: Weighted({R.EXPERT: 60, R.PARTENAIRE: 40}),
})
LEADS: dict[Scheme, tuple[ActorKind, ...]] = {
    Scheme.CONTRAT_DE_VILLE: (K.EPCI, K.COLLECTIVITE),
    Scheme.CONTRAT_DE_RECIPROCITE: (K.EPCI,),
    Scheme.PTCE: (K.ESS, K.ASSOCIATION),
    Scheme.TZCLD: (K.ASSOCIATION, K.COLLECTIVITE, K.ESS),
    Scheme.ENERGIE_CITOYENNE: (K.ESS, K.ASSOCIATION, K.COLLECTIVITE),
    Scheme.TIERS_LIEU: (K.ASSOCIATION, K.ESS),
    Scheme.PROJET_DE_TERRITOIRE: (K.EPCI, K.COLLECTIVITE),
    Scheme.LAB_DESIGN_PUBLIC: (K.COLLECTIVITE, K.ETAT, K.CENTRE_RESSOURCES),
    Scheme.RECHERCHE_ACTION: (K.CHERCHEUR, K.CENTRE_RESSOURCES, K.ASSOCIATION),
    Scheme.AUTRE: (K.ASSOCIATION, K.COLLECTIVITE, K.AUTRE),
}
# (influence range, interest range) by role, on the 1–5 scales.
SCORES: dict[InvolvementRole, tuple[tuple[int, int], tuple[int, int]]] = {
    R.PORTEUR: ((4, 5), (5, 5)), R.CO_PORTEUR: ((3, 5), (4, 5)), R.FINANCEUR: ((4, 5), (2, 4)),
    R.PARTENAIRE: ((2, 4), (2, 5)), R.OPERATEUR: ((2, 4), (3, 5)),
    R.BENEFICIAIRE: ((1, 2), (3, 5)), R.EXPERT: ((2, 3), (2, 4)),
    R.MEMBRE_COPIL: ((3, 5), (3, 4)), R.OPPOSANT: ((2, 5), (3, 5)),
}
ATTITUDES = Weighted({None: 5, -1: 5, 0: 25, 1: 45, 2: 20})
USUAL_COUNT = Weighted({4: 8, 6: 14, 8: 16, 10: 16, 12: 14, 15: 12, 20: 10, 30: 6, 45: 4})


def involve(context: DemoContext, directory: Directory, draft: ProjectDraft) -> list[Row]:
    """The project's involvement rows; the lead becomes the project's ``lead_id``."""
    rng = context.rng
    leads = directory.local_organisations(draft.department, LEADS[draft.scheme])
    lead = rng.choice(leads) if leads else rng.choice(directory.actors)
    draft.row["lead_id"] = lead.id
    chosen = {lead.id: lead, **{a.id: a for a in _others(rng, directory, draft)}}
    rows = []
    for actor in chosen.values():
        role = R.PORTEUR if actor is lead else ROLES[actor.kind].pick(rng)
        if actor.is_person:
            role = PERSON_ROLE.get(role, role)
        draft.involved.append((actor, role))
        rows.append(_row(context, draft, actor, role))
    return rows


def _others(rng: DemoRandom, directory: Directory, draft: ProjectDraft) -> list[Actor]:
    """Mostly local stakeholders, some from anywhere (funders, networks, researchers)."""
    count = rng.randint(190, 210) if draft.big else rng.randint(1, USUAL_COUNT.pick(rng))
    count = min(count, len(directory.actors) - 1)
    local = directory.by_department[draft.department]
    picked = rng.sample(local, min(len(local), round(count * 0.85)))
    picked += rng.sample(directory.actors, count - len(picked))
    return picked


def _row(context: DemoContext, draft: ProjectDraft, actor: Actor, role: InvolvementRole) -> Row:
    rng = context.rng
    (low_influence, high_influence), (low_interest, high_interest) = SCORES[role]
    span = (draft.last_day - draft.start_on).days
    start = draft.start_on + timedelta(days=rng.randint(0, min(span, 730)))
    if draft.status in (ProjectStatus.TERMINE, ProjectStatus.ABANDONNE):
        end: date | None = draft.last_day
    else:
        end = rng.day_between(start, draft.last_day) if rng.chance(0.07) else None
    return {
        "id": rng.key(), "project_id": draft.id, "stakeholder_id": actor.id, "role": role,
        "influence": rng.randint(low_influence, high_influence),
        "interest": rng.randint(low_interest, high_interest),
        "attitude": _attitude(rng, role), "participation": _participation(rng, draft, role),
        "posture": _posture(rng, start.year),
        "expected_effects": rng.choice(EXPECTED_EFFECTS) if rng.chance(0.35) else None,
        "start_on": start, "end_on": end,
    }


def _attitude(rng: DemoRandom, role: InvolvementRole) -> int | None:
    if role == R.PORTEUR:
        return 2
    if role == R.OPPOSANT:
        return rng.choice((-2, -1))
    return rng.randint(1, 2) if role == R.CO_PORTEUR else ATTITUDES.pick(rng)


def _participation(rng: DemoRandom, draft: ProjectDraft,
                   role: InvolvementRole) -> CooperationStage:
    """A rung no higher than the project's own stage; the lead stands on it."""
    top = RANK[draft.stage]
    if role == R.PORTEUR:
        rank = top
    elif role in (R.CO_PORTEUR, R.MEMBRE_COPIL):
        rank = rng.randint(max(1, top - 1), top)
    elif role in (R.BENEFICIAIRE, R.OPPOSANT):
        rank = rng.randint(1, min(top, 3))
    else:
        rank = rng.randint(1, top)
    return LADDER[rank - 1]


def _posture(rng: DemoRandom, year: int) -> Posture:
    """From mostly *sachant* in 2015 to mostly *facilitateur* ten years on."""
    years = max(0, year - 2015)
    facilitateur = min(0.7, 0.2 + 0.05 * years)
    sachant = max(0.1, 0.55 - 0.045 * years)
    roll = rng.random()
    if roll < facilitateur:
        return Posture.FACILITATEUR
    return Posture.SACHANT if roll < facilitateur + sachant else Posture.MIXTE
