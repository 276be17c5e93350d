"""People of every kind, with contacts, a legal basis, and their organisations.

An elected person holds a mandate in a place of their département and is
affiliated to that place's council when the directory has it; professionals
work for an organisation of a matching kind; some inhabitants belong to an
association or a conseil citoyen. ``display_name`` and ``match_key`` are
written exactly as ``services.stakeholders`` writes them.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Any

from ingenierie.models.vocabulary import (
    ActorKind,
    Civility,
    LegalBasis,
    StakeholderNature,
    fold,
)
from ingenierie.services.demo.context import DemoContext
from ingenierie.services.demo.directory import Actor, Directory, Row, stakeholder_row
from ingenierie.services.demo.identifiers import phone, postal_code
from ingenierie.services.demo.randomness import DemoRandom, Weighted
from ingenierie.services.demo.territories import Department
from ingenierie.services.demo.vocab_people import (
    COMPOUND_FEMALE,
    COMPOUND_MALE,
    DELEGATIONS,
    FREE_MAIL_DOMAINS,
    JOBS,
    MANDATES,
    PERSON_NOTES,
    SOURCES,
)
from ingenierie.services.demo.vocab_places import of_department, of_place
from ingenierie.services.queries.ordering import person_sort_key
from ingenierie.services.stakeholders.matching import person_key

# Folding is the slow part of a key and names repeat: fold each name once, through
# the services' own function, and join the halves as it does ("last|first").
_surname_key = cache(lambda last: person_key(last, None))
_first_name_key = cache(lambda first: person_key(None, first))

PERSON_KINDS = Weighted({
    ActorKind.HABITANT: 20, ActorKind.ELU: 14, ActorKind.COLLECTIVITE: 10, ActorKind.EPCI: 6,
    ActorKind.ETAT: 5, ActorKind.ASSOCIATION: 12, ActorKind.ENTREPRISE: 7, ActorKind.ESS: 6,
    ActorKind.BAILLEUR_SOCIAL: 3, ActorKind.CENTRE_RESSOURCES: 2, ActorKind.BUREAU_ETUDES: 3,
    ActorKind.CHERCHEUR: 4, ActorKind.FORMATEUR: 2, ActorKind.CONSEIL_CITOYEN: 3,
    ActorKind.CONSEIL_DEVELOPPEMENT: 2, ActorKind.FINANCEUR: 2, ActorKind.AUTRE: 1,
})
# Which organisations a person of each kind works for or belongs to.
EMPLOYERS: dict[ActorKind, tuple[ActorKind, ...]] = {
    ActorKind.HABITANT: (ActorKind.ASSOCIATION, ActorKind.CONSEIL_CITOYEN, ActorKind.HABITANT),
    ActorKind.ELU: (ActorKind.COLLECTIVITE, ActorKind.EPCI),
    ActorKind.CONSEIL_DEVELOPPEMENT: (ActorKind.CONSEIL_DEVELOPPEMENT, ActorKind.EPCI),
    ActorKind.AUTRE: (ActorKind.AUTRE, ActorKind.ASSOCIATION),
}
PUBLIC_MISSION = frozenset({ActorKind.ELU, ActorKind.ETAT, ActorKind.COLLECTIVITE, ActorKind.EPCI,
                            ActorKind.CONSEIL_CITOYEN, ActorKind.CONSEIL_DEVELOPPEMENT})
SECOND_ROLES = ("Bénévole", "Membre du conseil d'administration", "Sociétaire", "Adhérent·e")


def add_people(context: DemoContext, directory: Directory,
               count: int) -> tuple[list[Row], list[Row]]:
    """``count`` people, every kind at least once: rows for ``stakeholder`` and ``affiliation``."""
    rng = context.rng
    kinds = list(ActorKind)[:count] + PERSON_KINDS.pick_many(rng, max(0, count - 17))
    people: list[Row] = []
    affiliations: list[Row] = []
    for kind in kinds:
        index = context.department_index()
        department = context.departments[index]
        female = rng.chance(0.5)
        first, last = _first_name(context, female), rng.choice(context.names.surnames)
        mandate, employer = _position(context, directory, kind, index, department, female)
        job = None if kind == ActorKind.ELU else rng.choice(JOBS[kind])[female]
        ident = rng.key()
        key = _surname_key(last) + _first_name_key(first)[1:]
        people.append(stakeholder_row(
            ident, StakeholderNature.PERSON, kind, f"{first} {last}", key,
            person_sort_key(last, first),
            civility=Civility.MADAME if female else Civility.MONSIEUR, first_name=first,
            last_name=last, job_title=job, public_mandate=mandate,
            **_contact(context, kind, department, first, last, employer)))
        directory.add(Actor(ident, kind, True, f"{first} {last}", index))
        if employer is not None:
            role = mandate or (rng.choice(SECOND_ROLES) if kind == ActorKind.HABITANT else job)
            affiliations.append(_affiliation(rng, context.as_of, ident, employer, role))
            if rng.chance(0.1):
                other = rng.choice(directory.local_organisations(index, (ActorKind.ASSOCIATION,)))
                if other is not employer:
                    affiliations.append(_affiliation(rng, context.as_of, ident, other,
                                                     rng.choice(SECOND_ROLES)))
    return people, affiliations


def _first_name(context: DemoContext, female: bool) -> str:
    rng = context.rng
    if rng.chance(0.05):
        return rng.choice(COMPOUND_FEMALE if female else COMPOUND_MALE)
    return rng.choice(context.names.female if female else context.names.male)


def _position(context: DemoContext, directory: Directory, kind: ActorKind, index: int,
              department: Department, female: bool) -> tuple[str | None, Actor | None]:
    """The mandate of an elected person, and the organisation a person belongs to."""
    rng = context.rng
    if kind == ActorKind.ELU:
        commune = rng.choice(department.communes).name
        epci = rng.choice(department.epcis).name
        template = rng.choice(MANDATES)[female]
        mandate = template.format(commune=commune, epci=epci, department=department.name,
                                  region=department.region, delegation=rng.choice(DELEGATIONS))
        council = (f"Mairie {of_place(commune)}" if "{commune}" in template else
                   epci if "{epci}" in template else
                   f"Conseil départemental {of_department(department.name)}"
                   if "{department}" in template else f"Région {department.region}")
        return mandate, directory.by_name.get(council)
    if kind == ActorKind.HABITANT and not rng.chance(0.25):
        return None, None
    candidates = directory.local_organisations(index, EMPLOYERS.get(kind, (kind,)))
    return None, rng.choice(candidates) if candidates else None


def _contact(context: DemoContext, kind: ActorKind, department: Department, first: str,
             last: str, employer: Actor | None) -> dict[str, Any]:
    rng, as_of = context.rng, context.as_of
    local = f"{_mail_part(first)}.{_mail_part(last)}"
    if employer is not None and kind != ActorKind.HABITANT:
        email = f"{local}@{employer.domain}"
    else:
        suffix = str(rng.randint(1, 99)) if rng.chance(0.3) else ""
        email = f"{local}{suffix}@{rng.choice(FREE_MAIL_DOMAINS)}"
    last_contact = (rng.day_between(as_of - timedelta(days=3 * 365), as_of) if rng.chance(0.85)
                    else rng.day_between(date(2018, 1, 1), as_of - timedelta(days=1100)))
    town = rng.choice(department.communes) if rng.chance(0.75) else None
    return {
        "email": email if rng.chance(0.8) else None,
        "phone": phone(rng, department.code, mobile=rng.chance(0.6)) if rng.chance(0.7) else None,
        "postal_code": postal_code(town.code) if town and town.code else None,
        "city": town.name if town else None,
        "legal_basis": _legal_basis(rng, kind),
        "source": rng.choice(SOURCES) if rng.chance(0.85) else None,
        "first_contact_on": (rng.day_between(last_contact - timedelta(days=6 * 365), last_contact)
                             if rng.chance(0.7) else None),
        "last_contact_on": last_contact,
        "notes": rng.choice(PERSON_NOTES) if rng.chance(0.05) else None,
    }


@cache
def _mail_part(name: str) -> str:
    folded = fold(name.replace("'", "").replace("’", ""))
    return "".join(c for c in folded.replace(" ", "-") if c.isascii() and (c.isalnum() or c == "-"))


def _legal_basis(rng: DemoRandom, kind: ActorKind) -> LegalBasis:
    """RGPD basis as DOMAIN.md §4 has it: public bodies 6-1-e, inhabitants mostly consent."""
    if kind in PUBLIC_MISSION:
        return LegalBasis.MISSION_INTERET_PUBLIC
    if kind == ActorKind.HABITANT:
        return LegalBasis.CONSENTEMENT if rng.chance(0.8) else LegalBasis.INTERET_LEGITIME
    if kind in (ActorKind.BUREAU_ETUDES, ActorKind.FORMATEUR) and rng.chance(0.4):
        return LegalBasis.CONTRAT
    return LegalBasis.CONSENTEMENT if rng.chance(0.15) else LegalBasis.INTERET_LEGITIME


def _affiliation(rng: DemoRandom, as_of: date, person: str, organisation: Actor,
                 role: str | None) -> Row:
    start = rng.day_between(as_of - timedelta(days=12 * 365), as_of - timedelta(days=30))
    ended = rng.chance(0.1)
    return {"id": rng.key(), "person_id": person, "organisation_id": organisation.id,
            "role": role, "start_on": start,
            "end_on": rng.day_between(start, as_of) if ended else None}
