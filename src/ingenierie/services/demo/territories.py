"""The demo's map: regions, départements, EPCI, communes, QPV and a few project territories.

Codes follow the official shapes our validators check: a commune is its
département plus three digits (two overseas, where the département has three),
an EPCI carries a SIREN, a QPV of the 2024 list reads ``QN`` + département + two
digits + a letter. Parents chain commune → EPCI → département → région.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from ingenierie.models.vocabulary import TerritoryKind
from ingenierie.services.demo.identifiers import SirenIssuer
from ingenierie.services.demo.randomness import DemoRandom
from ingenierie.services.demo.vocab_places import (
    BRETON,
    BRETON_PREFIXES,
    BRETON_ROOTS,
    BRETON_TOWNS,
    COMMUNE_BASES,
    COMMUNE_QUALIFIERS,
    CORE_DEPARTMENTS,
    CORSICAN,
    CORSICAN_ROOTS,
    CORSICAN_SUFFIXES,
    DEPARTMENT_NAMES,
    EPCI_RURAL,
    EPCI_URBAN,
    OVERSEAS,
    OVERSEAS_TOWNS,
    PAYS,
    PROJECT_TERRITORIES,
    QPV_NAMES,
    REGIONS,
    RIVERS,
    SAINTS,
    of_place,
    of_river,
)

Row = dict[str, Any]
# Territories already in the database, by (kind, code): appended data reuses them.
Existing = dict[tuple[str, str], str]


@dataclass(frozen=True, slots=True)
class Place:
    """A territory as the rest of the demo sees it: enough to link to it and name it."""

    id: str
    name: str
    code: str | None = None


@dataclass(slots=True)
class Department:
    """One département and what lies in it; the unit the demo anchors actors and projects to."""

    code: str
    name: str
    region: str
    place: Place
    communes: list[Place] = field(default_factory=list)
    epcis: list[Place] = field(default_factory=list)
    urban_communes: list[Place] = field(default_factory=list)
    qpvs: list[Place] = field(default_factory=list)
    project_territories: list[Place] = field(default_factory=list)


@dataclass(slots=True)
class Geography:
    """Every generated territory: rows to insert and the départements that hold them."""

    departments: list[Department]
    rows: list[Row] = field(default_factory=list)


class _Builder:
    def __init__(self, rng: DemoRandom, sirens: SirenIssuer, existing: Existing) -> None:
        self.rng = rng
        self.sirens = sirens
        self.existing = existing
        self.rows: list[Row] = []

    def add(self, kind: TerritoryKind, code: str | None, name: str,
            parent: Place | None) -> Place:
        ident = self.rng.key()
        known = self.existing.get((kind.value, code)) if code else None
        if known is None:
            self.rows.append({"id": ident, "kind": kind, "code": code, "name": name,
                              "parent_id": parent.id if parent else None})
        return Place(known or ident, name, code)


def build_geography(rng: DemoRandom, size: int, sirens: SirenIssuer,
                    existing: Existing) -> Geography:
    """Territories in proportion to ``size`` (the number of stakeholders)."""
    builder = _Builder(rng, sirens, existing)
    commune_total = min(max(size // 25, 100), 5000)
    codes = _chosen_departments(rng, min(max(commune_total // 40, 10), 101))
    per_department = commune_total // len(codes)
    regions: dict[str, Place] = {}
    departments = []
    for code in codes:
        region_code, region_name = _region_of(code)
        if region_code not in regions:
            regions[region_code] = builder.add(TerritoryKind.REGION, region_code, region_name,
                                               None)
        name = DEPARTMENT_NAMES[code]
        department = Department(code, name, region_name, builder.add(
            TerritoryKind.DEPARTEMENT, code, name, regions[region_code]))
        count = max(8, round(per_department * rng.uniform(0.6, 1.4)))
        _fill_department(builder, department,
                         min(count, len(OVERSEAS_TOWNS[code])) if code in OVERSEAS else count)
        departments.append(department)
    return Geography(departments, builder.rows)


def _chosen_departments(rng: DemoRandom, count: int) -> list[str]:
    others = sorted(set(DEPARTMENT_NAMES) - set(CORE_DEPARTMENTS))
    rng.shuffle(others)
    return [*CORE_DEPARTMENTS, *others][:count]


def _region_of(department: str) -> tuple[str, str]:
    return next((code, name) for code, name, members in REGIONS if department in members)


def _fill_department(builder: _Builder, department: Department, count: int) -> None:
    rng = builder.rng
    overseas = department.code in OVERSEAS
    numbers = sorted(rng.sample(range(1, 60 if overseas else 900), count))
    names: set[str] = set()
    specs = [(f"{department.code}{n:02d}" if overseas else f"{department.code}{n:03d}",
              _unique(lambda: commune_name(rng, department.code), names)) for n in numbers]
    rng.shuffle(specs)
    groups = _group_sizes(rng, count)
    start = 0
    for index, group_size in enumerate(groups):
        members = specs[start:start + group_size]
        start += group_size
        seat = members[0][1]
        template = rng.choice(EPCI_URBAN if index == 0 else EPCI_RURAL)
        river = rng.choice(RIVERS)
        epci_name = template.format(commune=seat, of_commune=of_place(seat), pays=rng.choice(PAYS),
                                    river=river, of_river=of_river(river))
        siren_prefix = "200" if rng.chance(0.5) else "24" + _two_digits(department.code)
        epci = builder.add(TerritoryKind.EPCI, builder.sirens.issue(siren_prefix), epci_name,
                           department.place)
        department.epcis.append(epci)
        communes = [builder.add(TerritoryKind.COMMUNE, code, name, epci) for code, name in members]
        department.communes.extend(communes)
        if index == 0:
            department.urban_communes = communes[:3]
    _add_qpvs(builder, department)
    _add_project_territories(builder, department)


def _group_sizes(rng: DemoRandom, count: int) -> list[int]:
    """The first group is the urban EPCI (a third of the communes), then rural ones of 4–15."""
    sizes = [max(3, count // 3)]
    left = count - sizes[0]
    while left > 0:
        size = min(left, rng.randint(4, 15))
        sizes.append(size)
        left -= size
    return sizes


def _two_digits(department: str) -> str:
    return "20" if department in CORSICAN else department[:2]


def _add_qpvs(builder: _Builder, department: Department) -> None:
    """Priority neighbourhoods of the 2024 list in the urban communes.

    Corsica is left out: its QPV codes contain 2A/2B, which the ``QN`` + three
    digits shape our validator checks cannot hold.
    """
    if department.code in CORSICAN:
        return
    rng = builder.rng
    count = rng.randint(6, 10) if department.code == "93" else rng.randint(1, 4)
    names: set[str] = set()
    for number in range(1, count + 1):
        commune = rng.choice(department.urban_communes)
        name = _unique(partial(_qpv_name, rng, of_place(commune.name)), names)
        code = f"QN{department.code.zfill(3)}{number:02d}{rng.choice(string.ascii_uppercase)}"
        department.qpvs.append(builder.add(TerritoryKind.QPV, code, name, commune))


def _add_project_territories(builder: _Builder, department: Department) -> None:
    """"Territoires de projet": named by the people who drew them, with no official code."""
    rng = builder.rng
    names: set[str] = set()
    for _ in range(rng.randint(1, 2)):
        name = _unique(lambda: _project_territory_name(rng, department), names)
        department.project_territories.append(
            builder.add(TerritoryKind.CUSTOM, None, name, None))


def _qpv_name(rng: DemoRandom, of_commune: str) -> str:
    return rng.choice(QPV_NAMES).format(of_commune=of_commune)


def _project_territory_name(rng: DemoRandom, department: Department) -> str:
    commune = rng.choice(department.communes).name
    river = rng.choice(RIVERS)
    return rng.choice(PROJECT_TERRITORIES).format(
        commune=commune, of_commune=of_place(commune), pays=rng.choice(PAYS), river=river,
        of_river=of_river(river))


def commune_name(rng: DemoRandom, department: str) -> str:
    """A name that sounds like the region: Breton, Corsican, overseas or mainland."""
    if department in OVERSEAS:
        return rng.choice(OVERSEAS_TOWNS[department])
    if department in CORSICAN:
        return rng.choice(CORSICAN_ROOTS) + rng.choice(CORSICAN_SUFFIXES)
    if department in BRETON and rng.chance(0.5):
        if rng.chance(0.2):
            return rng.choice(BRETON_TOWNS)
        return rng.choice(BRETON_PREFIXES) + rng.choice(BRETON_ROOTS)
    roll, base = rng.random(), rng.choice(COMMUNE_BASES)
    if roll < 0.3:
        return base
    if roll < 0.45:
        return f"{base}-sur-{rng.choice(RIVERS)}"
    if roll < 0.55:
        return f"{base}-en-{rng.choice(PAYS)}"
    if roll < 0.68:
        return base + rng.choice(COMMUNE_QUALIFIERS)
    saint = rng.choice(SAINTS)
    if roll < 0.82:
        return f"{saint}-d'{base}" if base[0] in "AEIOUÉ" else f"{saint}-de-{base}"
    if roll < 0.92:
        return f"{saint}-sur-{rng.choice(RIVERS)}"
    return saint


def _unique(make: Callable[[], str], seen: set[str]) -> str:
    """A name not in ``seen`` (then added to it); numbered only if the pool runs dry."""
    name = make()
    for _ in range(60):
        if name not in seen:
            break
        name = make()
    base, number = name, 2
    while name in seen:
        name, number = f"{base} {number}", number + 1
    seen.add(name)
    return name
