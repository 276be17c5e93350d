"""Organisations of every kind, named after the places of their département.

"Mairie de Pipriac", "Association Les Jardins du Lavoir", "SCIC Énergies
citoyennes du Vexin", "Seine-Saint-Denis Habitat": each kind has its own
templates, and a name is never given twice (a directory full of identical
"Comité des fêtes" would look like duplicates to be merged).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ingenierie.models.vocabulary import ActorKind, StakeholderNature, fold
from ingenierie.services.demo.context import DemoContext
from ingenierie.services.demo.directory import Actor, Directory, Row, stakeholder_row
from ingenierie.services.demo.identifiers import phone, postal_code, rna
from ingenierie.services.demo.naming import PlaceNames
from ingenierie.services.demo.randomness import Weighted
from ingenierie.services.demo.territories import Department
from ingenierie.services.demo.vocab_organisations import (
    LOCAL_LAW_DEPARTMENTS,
    NAMES,
    NO_LEGAL_PERSONALITY,
)
from ingenierie.services.queries.ordering import sort_key
from ingenierie.services.stakeholders.matching import organisation_key

ORGANISATION_KINDS = Weighted({
    ActorKind.ASSOCIATION: 30, ActorKind.ENTREPRISE: 20, ActorKind.ESS: 10,
    ActorKind.COLLECTIVITE: 8, ActorKind.EPCI: 3, ActorKind.ETAT: 3, ActorKind.BAILLEUR_SOCIAL: 2,
    ActorKind.CENTRE_RESSOURCES: 2, ActorKind.BUREAU_ETUDES: 4, ActorKind.CHERCHEUR: 2,
    ActorKind.FORMATEUR: 3, ActorKind.CONSEIL_CITOYEN: 2, ActorKind.CONSEIL_DEVELOPPEMENT: 1,
    ActorKind.FINANCEUR: 3, ActorKind.HABITANT: 2, ActorKind.AUTRE: 3, ActorKind.ELU: 1,
})
EPCI_FORM = "Établissement public de coopération intercommunale"
_STOP_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux",
                         "en", "sur", "communaute", "communes"})


def add_organisations(context: DemoContext, directory: Directory, count: int) -> list[Row]:
    """``count`` organisations, every kind at least once, as rows for ``stakeholder``."""
    rng = context.rng
    kinds = list(ActorKind)[:count] + ORGANISATION_KINDS.pick_many(rng, max(0, count - 17))
    rows = []
    for kind in kinds:
        index = context.department_index()
        department = context.departments[index]
        name, forms, places = _unique_name(context, directory, kind, department)
        ident = rng.key()
        domain = organisation_domain(name, kind)
        rows.append(stakeholder_row(
            ident, StakeholderNature.ORGANISATION, kind, name, organisation_key(name),
            sort_key(name),
            **_details(context, department, forms, places, domain)))
        directory.add(Actor(ident, kind, False, name, index, domain))
    return rows


def _unique_name(context: DemoContext, directory: Directory, kind: ActorKind,
                 department: Department) -> tuple[str, tuple[str, ...], PlaceNames]:
    """A name not yet in the directory, the legal forms that fit it, the places it used."""
    rng = context.rng
    for _ in range(8):
        template, forms = rng.choice(NAMES[kind])
        places = PlaceNames(context, department)
        name = template.format_map(places)
        if name not in directory.by_name:
            return name, forms, places
    # Directories tell homonyms apart by their département, then by the town.
    base = name
    name = f"{base} ({department.code})"
    while name in directory.by_name:
        name = f"{base} – {rng.choice(department.communes).name}"
    return name, forms, places


def _details(context: DemoContext, department: Department, forms: tuple[str, ...],
             places: PlaceNames, domain: str) -> dict[str, Any]:
    rng = context.rng
    legal_form = rng.choice(forms) if forms else None
    is_association = legal_form is not None and legal_form.startswith("Association")
    if is_association and department.code in LOCAL_LAW_DEPARTMENTS:
        legal_form = "Association de droit local (Alsace-Moselle)"
    # The EPCI itself carries its own SIREN, the code of its territory.
    epci = places.used.get("epci")
    siren = epci.code if epci is not None and legal_form == EPCI_FORM else None
    # "Mairie de Pipriac" is in Pipriac; most others are somewhere in their département.
    town = places.used.get("commune") or (
        rng.choice(department.communes) if rng.chance(0.8) else None)
    if not siren and legal_form and legal_form not in NO_LEGAL_PERSONALITY and rng.chance(0.8):
        siren = context.sirens.issue(_siren_prefix(legal_form))
    return {
        "legal_form": legal_form,
        "siren": siren,
        "siret": context.sirens.siret(siren) if siren and rng.chance(0.7) else None,
        "rna": rna(rng, department.code) if is_association and rng.chance(0.8) else None,
        "website": f"https://www.{domain}" if rng.chance(0.6) else None,
        "email": f"contact@{domain}" if rng.chance(0.5) else None,
        "phone": phone(rng, department.code, mobile=False) if rng.chance(0.7) else None,
        "postal_code": postal_code(town.code) if town and town.code else None,
        "city": town.name if town else None,
    }


def _siren_prefix(legal_form: str) -> str:
    """INSEE numbers the State from 1 and local public bodies from 2."""
    if "l'État" in legal_form:
        return "1"
    if legal_form in ("Commune", "Département", "Région", "Établissement public communal",
                      "Office public de l'habitat", "Syndicat mixte"):
        return "2"
    return ""


@cache
def organisation_domain(name: str, kind: ActorKind) -> str:
    """"Mairie de Pipriac" → "mairie-pipriac.fr"; associations get ".org"."""
    words = [w for w in fold(name.replace("’", "").replace("'", "")).split()
             if w not in _STOP_WORDS and w.isalnum() and w.isascii()]
    slug = "-".join(words[:3]) or "structure"
    return f"{slug}.org" if kind in (ActorKind.ASSOCIATION, ActorKind.ESS) else f"{slug}.fr"
