"""Projects of every scheme: title, dates, phase and status that agree, territories, themes.

A project's territories follow from its title: "TZCLD Pipriac-Saint-Ganton"
covers those two communes, a contract "Brest métropole – Centre Ouest Bretagne"
has a partner EPCI, a contrat de ville targets QPV. Phase and status are read
off the dates: a project begun last spring is still in its diagnostic, one
that ended is in evaluation or capitalisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ingenierie.models.vocabulary import (
    CooperationStage,
    InvolvementRole,
    ProjectPhase,
    ProjectStatus,
    Scheme,
    TerritoryRole,
)
from ingenierie.services.demo.context import DemoContext
from ingenierie.services.demo.directory import Actor, Row
from ingenierie.services.demo.naming import PlaceNames
from ingenierie.services.demo.randomness import DemoRandom, Weighted
from ingenierie.services.demo.territories import Department, Place
from ingenierie.services.demo.vocab_projects import COMMONS, PROFILES

SCHEMES = Weighted({scheme: profile.weight for scheme, profile in PROFILES.items()})
FIRST_START = date(2015, 1, 1)
YEAR = timedelta(days=365)
# Phase reached after so many days of work.
PHASE_AFTER = ((1800, ProjectPhase.SUIVI_EVALUATION), (730, ProjectPhase.MISE_EN_OEUVRE),
               (365, ProjectPhase.ELABORATION), (180, ProjectPhase.DIAGNOSTIC),
               (0, ProjectPhase.EMERGENCE))
COMMONS_OF = {Scheme.ENERGIE_CITOYENNE: 0, Scheme.TIERS_LIEU: 1, Scheme.AUTRE: 2,
              Scheme.RECHERCHE_ACTION: 3, Scheme.PTCE: 4}
PERIMETER_KEYS = ("epci", "commune", "commune2")


@dataclass(slots=True)
class ProjectDraft:
    """A project being generated, and what its histories, people and money depend on."""

    id: str
    scheme: Scheme
    department: int
    start_on: date
    last_day: date  # the end of the project, or the demo's "today" if it goes on
    status: ProjectStatus
    row: Row
    places: PlaceNames
    big: bool = False
    stage: CooperationStage = CooperationStage.INFORMATION
    involved: list[tuple[Actor, InvolvementRole]] = field(default_factory=list)


def draft_project(context: DemoContext, number: str, scheme: Scheme,
                  themes: dict[str, str], big: bool
                  ) -> tuple[ProjectDraft, list[Row], list[Row]]:
    """The project, and the rows linking it to its territories and to its themes."""
    rng = context.rng
    profile = PROFILES[scheme]
    index = _department_for(context, scheme)
    department = context.departments[index]
    places = PlaceNames(context, department)
    if scheme in (Scheme.CONTRAT_DE_VILLE, Scheme.CONTRAT_DE_RECIPROCITE):
        places.choose("epci", department.epcis[0])  # the city: QPV lie in the urban EPCI
    title = rng.choice(profile.titles).format_map(places)
    start, end, status, phase = _timeline(rng, context.as_of)
    ident = rng.key()
    budget = None if rng.chance(0.12) or (phase == ProjectPhase.EMERGENCE and rng.chance(0.5)) \
        else round(rng.log_uniform(*profile.budget_euros), -2) * 100
    funds = [rng.chance(chance) for chance in profile.funds]
    commons = (COMMONS[COMMONS_OF.get(scheme, rng.randrange(len(COMMONS)))]
               if rng.chance(profile.commons) else (None, None, None))
    row = {
        "id": ident, "code": f"{profile.code}-{start.year}-{number}", "title": title,
        "summary": rng.choice(profile.summaries).format_map(places), "scheme": scheme,
        "phase": phase, "status": status, "start_on": start, "end_on": end, "lead_id": None,
        "budget_cents": budget, "funds_public": funds[0] or not any(funds),
        "funds_market": funds[1], "funds_non_market": funds[2], "funds_volunteer": funds[3],
        "commons_resource": commons[0], "commons_community": commons[1],
        "commons_rules": commons[2],
    }
    last_day = end if end is not None and end < context.as_of else context.as_of
    draft = ProjectDraft(ident, scheme, index, start, last_day, status, row, places, big)
    theme_rows = [{"id": rng.key(), "project_id": ident, "theme_id": theme}
                  for theme in _themes(rng, scheme, themes)]
    return draft, _territory_links(context, draft, department), theme_rows


def _department_for(context: DemoContext, scheme: Scheme) -> int:
    """Any département, except that a contrat de ville needs one with QPV."""
    index = context.department_index()
    if scheme == Scheme.CONTRAT_DE_VILLE and not context.departments[index].qpvs:
        index = next(i for i, d in enumerate(context.departments) if d.qpvs)
    return index


def _timeline(rng: DemoRandom, as_of: date
              ) -> tuple[date, date | None, ProjectStatus, ProjectPhase]:
    start = rng.day_between(FIRST_START, as_of - timedelta(days=20))
    elapsed = (as_of - start).days
    roll = rng.random()
    if elapsed > 3 * 365 and roll < 0.3:
        end = rng.day_between(start + 2 * YEAR, min(as_of - timedelta(days=1), start + 8 * YEAR))
        phase = ProjectPhase.CAPITALISATION if rng.chance(0.4) else ProjectPhase.SUIVI_EVALUATION
        return start, end, ProjectStatus.TERMINE, phase
    if elapsed > 120 and roll < 0.36:
        end = rng.day_between(start + timedelta(days=90), as_of - timedelta(days=1))
        return start, end, ProjectStatus.ABANDONNE, _phase_after((end - start).days, capped=True)
    if roll < 0.45:
        return start, None, ProjectStatus.EN_VEILLE, _phase_after(elapsed, capped=True)
    planned = start + rng.randint(3, 6) * YEAR
    known_end = planned if planned > as_of and rng.chance(0.4) else None
    return start, known_end, ProjectStatus.ACTIF, _phase_after(elapsed + rng.randint(-60, 60))


def _phase_after(days: int, capped: bool = False) -> ProjectPhase:
    """The phase a project reaches after ``days``; one put on hold never went past doing."""
    phase = next(phase for threshold, phase in PHASE_AFTER if days >= threshold) \
        if days >= 0 else ProjectPhase.EMERGENCE
    return ProjectPhase.MISE_EN_OEUVRE if capped and phase == ProjectPhase.SUIVI_EVALUATION \
        else phase


def _territory_links(context: DemoContext, draft: ProjectDraft,
                     department: Department) -> list[Row]:
    rng, places = context.rng, draft.places
    links: list[tuple[Place, TerritoryRole]] = [
        (places.used[key], TerritoryRole.PERIMETRE) for key in PERIMETER_KEYS
        if key in places.used]
    if not links:
        links.append((_default_perimeter(rng, draft.scheme, department), TerritoryRole.PERIMETRE))
    if "partner" in places.used:
        links.append((places.used["partner"], TerritoryRole.PARTENAIRE))
    elif rng.chance(0.1):
        other = rng.choice(context.departments).epcis
        links.append((rng.choice(other), TerritoryRole.PARTENAIRE))
    targets = [places.used["qpv"]] if "qpv" in places.used else []
    if draft.scheme == Scheme.CONTRAT_DE_VILLE:
        targets += rng.sample(department.qpvs, min(len(department.qpvs), rng.randint(1, 3)))
    links += [(qpv, TerritoryRole.QPV_CIBLE) for qpv in dict.fromkeys(targets)]
    unique = dict.fromkeys((place.id, role) for place, role in links)
    return [{"id": rng.key(), "project_id": draft.id, "territory_id": territory, "role": role}
            for territory, role in unique]


def _default_perimeter(rng: DemoRandom, scheme: Scheme, department: Department) -> Place:
    if department.project_territories and (
            scheme == Scheme.RECHERCHE_ACTION or rng.chance(0.2)):
        return rng.choice(department.project_territories)
    if scheme in (Scheme.TIERS_LIEU, Scheme.ENERGIE_CITOYENNE, Scheme.AUTRE):
        return rng.choice(department.communes)
    return rng.choice(department.epcis)


def _themes(rng: DemoRandom, scheme: Scheme, themes: dict[str, str]) -> list[str]:
    """One to three of the scheme's usual themes, sometimes one more; shipped themes only."""
    usual = [themes[name] for name in PROFILES[scheme].themes if name in themes]
    chosen = rng.sample(usual, min(len(usual), rng.randint(1, 3)))
    if themes and rng.chance(0.2):
        chosen.append(rng.choice(list(themes.values())))
    return list(dict.fromkeys(chosen))
