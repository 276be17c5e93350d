"""What every part of the demo draws from: the seeded generator, the day the data is "as of",
name pools and the map.

Faker is slow per call, so it is asked once for a few hundred names, seeded
like the rest; the hot loops then only pick from these lists.
"""

from __future__ import annotations

from bisect import bisect
from dataclasses import dataclass, field
from datetime import date

from faker import Faker

from ingenierie.services.demo.identifiers import SirenIssuer
from ingenierie.services.demo.randomness import DemoRandom
from ingenierie.services.demo.territories import Department, Existing, Geography, build_geography
from ingenierie.services.demo.vocab_people import EXTRA_SURNAMES

# The demo world's "today". Fixed, so that a seed gives the same data on any day.
AS_OF = date(2026, 6, 30)
POOL_SIZE = 600


@dataclass(frozen=True, slots=True)
class NamePools:
    """First names by gender and surnames, drawn once from Faker's fr_FR locale."""

    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]
    officers: tuple[str, ...]


@dataclass(slots=True)
class DemoContext:
    """Shared state of one generation run."""

    rng: DemoRandom
    names: NamePools
    geography: Geography
    sirens: SirenIssuer
    as_of: date = AS_OF
    department_cumulative: list[int] = field(default_factory=list)

    @property
    def departments(self) -> list[Department]:
        return self.geography.departments

    def department_index(self) -> int:
        """A département drawn in proportion to its number of communes."""
        return bisect(self.department_cumulative,
                      self.rng.random() * self.department_cumulative[-1])


def build_context(seed: int | str, size: int, existing: Existing) -> DemoContext:
    rng = DemoRandom(seed)
    names = _name_pools(rng.getrandbits(32))
    sirens = SirenIssuer(rng)
    geography = build_geography(rng, size, sirens, existing)
    weights, total = [], 0
    for department in geography.departments:
        total += len(department.communes)
        weights.append(total)
    return DemoContext(rng, names, geography, sirens, department_cumulative=weights)


def _name_pools(seed: int) -> NamePools:
    fake = Faker("fr_FR")
    fake.seed_instance(seed)
    female = tuple(fake.first_name_female() for _ in range(POOL_SIZE))
    male = tuple(fake.first_name_male() for _ in range(POOL_SIZE))
    # Faker's surnames, each drawn about as often as the rarer names we add.
    surnames = tuple(fake.last_name() for _ in range(POOL_SIZE * 2)) + EXTRA_SURNAMES * 3
    officers = tuple(f"{fake.first_name()} {fake.last_name()}" for _ in range(12))
    return NamePools(female, male, surnames, officers)
