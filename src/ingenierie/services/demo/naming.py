"""Filling name templates with the places of one département, drawing only what is asked.

``template.format_map(PlaceNames(...))`` draws a commune only if the template
says ``{commune}``, so the many templates share one mechanism without paying
for a dozen draws each. The territories a name used are kept in ``used``: a
project called "TZCLD Pipriac-Saint-Ganton" is then linked to those communes.
"""

from __future__ import annotations

from ingenierie.services.demo.context import DemoContext
from ingenierie.services.demo.territories import Department, Place
from ingenierie.services.demo.vocab_organisations import (
    COLLECTIVES,
    CRAFTS,
    ENERGIES,
    PLACE_NOUNS,
)
from ingenierie.services.demo.vocab_places import (
    PAYS,
    RIVERS,
    at_place,
    of_department,
    of_place,
    of_river,
)
from ingenierie.services.demo.vocab_projects import PROJECT_PLACES, RESEARCH_TOPICS

_FRAGMENTS: dict[str, tuple[str, ...]] = {
    "river": RIVERS, "pays": PAYS, "collective": COLLECTIVES, "place_noun": PLACE_NOUNS,
    "craft": CRAFTS, "energy": ENERGIES, "topic": RESEARCH_TOPICS, "place": PROJECT_PLACES,
}


class PlaceNames(dict[str, str]):
    """Template values for one département, drawn on first use and then kept."""

    def __init__(self, context: DemoContext, department: Department, **fixed: str) -> None:
        super().__init__(fixed)
        self.context = context
        self.department = department
        self.used: dict[str, Place] = {}

    def __missing__(self, key: str) -> str:
        if key.startswith(("of_", "at_")):
            value = self._inflected(key)
        elif key in ("commune", "commune2", "epci", "partner", "qpv"):
            value = self._territory(key)
        else:
            value = self._plain(key)
        self[key] = value
        return value

    def _inflected(self, key: str) -> str:
        if key == "of_department":
            return of_department(self.department.name)
        if key == "of_river":
            return of_river(self["river"])
        return (of_place if key == "of_commune" else at_place)(self["commune"])

    def _territory(self, key: str) -> str:
        department = self.department
        if key == "qpv" and not department.qpvs:
            return f"Centre-ville {of_place(self['commune'])}"
        pool = {"commune": department.communes, "commune2": department.communes,
                "qpv": department.qpvs}.get(key, department.epcis)
        taken = list(self.used.values())
        place = self.context.rng.choice([p for p in pool if p not in taken] or pool)
        self.used[key] = place
        return place.name

    def choose(self, key: str, place: Place) -> None:
        """Make ``key`` name ``place`` rather than a drawn one."""
        self[key] = place.name
        self.used[key] = place

    def _plain(self, key: str) -> str:
        rng, department = self.context.rng, self.department
        match key:
            case "department":
                return department.name
            case "dept_code":
                return department.code
            case "region":
                return department.region
            case "surname":
                return rng.choice(self.context.names.surnames)
        return rng.choice(_FRAGMENTS[key])
