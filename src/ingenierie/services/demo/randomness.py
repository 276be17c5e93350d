"""The demo's single source of chance: a seeded generator, so a seed always gives the same data.

Identifiers come from it too (``uuid.uuid4`` would differ on every run): version 7
keys whose clock is a counter, so that each table's keys come in increasing order
and its index grows at one end. They are made as keys (``storage.keys``: 32 hex
digits), so no ``uuid.UUID`` object is built for each row. The weighted draws keep
cumulative weights so that drawing a million values stays cheap.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from itertools import accumulate, count
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ingenierie.storage.bulk import OrderedIds

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem  # random.Random.choice's own parameter type

T = TypeVar("T")

#: The demo keys' clock starts here (2025-01-01 UTC, in ms) and ticks once per key.
KEY_CLOCK_START = 1_735_689_600_000


class DemoRandom(random.Random):
    """``random.Random`` with the few draws the demo makes over and over.

    ``choice`` and ``randint`` are redefined on top of ``random()``: the library's
    versions draw bits until one fits, several Python calls each, and the demo
    makes millions of them. Uniformity is kept; the sequence is still seeded.
    """

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def __init__(self, x: Any = None) -> None:
        super().__init__(x)
        self._ids = OrderedIds(clock=count(KEY_CLOCK_START).__next__, bits=self.getrandbits)

    def key(self) -> str:
        """The next primary key, as a key (32 hex digits): later than the previous one,
        the same for the same seed."""
        return self._ids.hex()

    def chance(self, probability: float) -> bool:
        return self.random() < probability

    def day_between(self, first: date, last: date) -> date:
        """A day in ``first`` … ``last`` (both included); ``first`` if the span is empty."""
        span = (last - first).days
        return first if span <= 0 else first + timedelta(days=self.randint(0, span))

    def log_uniform(self, low: float, high: float) -> float:
        """Amounts spread like real budgets: as many between 10 k and 100 k as 100 k–1 M."""
        return float(low * (high / low) ** self.random())


class Weighted(Generic[T]):
    """A population with weights, prepared once and drawn from many times."""

    def __init__(self, weights: Mapping[T, float] | Sequence[tuple[T, float]]) -> None:
        pairs = list(weights.items()) if isinstance(weights, Mapping) else list(weights)
        self.population = [item for item, _ in pairs]
        self._cumulative = list(accumulate(weight for _, weight in pairs))

    def pick(self, rng: random.Random) -> T:
        return self.population[bisect(self._cumulative, rng.random() * self._cumulative[-1])]

    def pick_many(self, rng: random.Random, count: int) -> list[T]:
        return rng.choices(self.population, cum_weights=self._cumulative, k=count)
