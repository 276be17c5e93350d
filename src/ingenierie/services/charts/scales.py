"""Axes as plain data: round ticks for a value axis, French month ticks for a date axis.

A chart in the window and the same chart in a PDF place their ticks and labels
from these values, so that both show ``0 – 5 – 10 – 15`` and ``janv. 2025``
rather than whatever each drawing library would choose.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ingenierie.services.evaluation.values import french_number

MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
          "oct.", "nov.", "déc.")
_STEPS = (1, 2, 2.5, 5, 10)


def number_label(value: float | Decimal, places: int = 2) -> str:
    """``1234.5`` → ``1 234,5``: rounded to ``places``, written the French way."""
    return french_number(Decimal(str(round(float(value), places))))


@dataclass(frozen=True, slots=True)
class ValueScale:
    """A value axis from ``low`` to ``high`` with ticks every ``step``."""

    low: float
    high: float
    step: float

    @property
    def ticks(self) -> tuple[float, ...]:
        count = round((self.high - self.low) / self.step)
        return tuple(self.low + i * self.step for i in range(count + 1))

    def labels(self) -> tuple[str, ...]:
        places = 0 if float(self.step).is_integer() else 2
        return tuple(number_label(tick, places) for tick in self.ticks)

    def fraction(self, value: float | Decimal) -> float:
        """Where ``value`` lies on the axis: 0 at ``low``, 1 at ``high``."""
        return (float(value) - self.low) / (self.high - self.low)


def value_scale(values: Sequence[float | Decimal], *, ticks: int = 5, include_zero: bool = True,
                whole: bool = False) -> ValueScale:
    """A scale covering ``values`` with about ``ticks`` round steps (1, 2, 2,5 or 5 × 10ⁿ;
    whole numbers only when ``whole``: counts of projects)."""
    numbers = [float(v) for v in values] or [0.0, 1.0]
    low, high = min(numbers), max(numbers)
    if include_zero:
        low, high = min(low, 0.0), max(high, 0.0)
    if high == low:
        high = low + (abs(low) or 1.0)
    raw = max((high - low) / max(1, ticks), 1.0 if whole else 0.0)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(s * magnitude for s in _STEPS
                if s * magnitude >= raw and (not whole or float(s * magnitude).is_integer()))
    if float(step).is_integer() and magnitude >= 1:
        step = float(int(step))
    return ValueScale(math.floor(low / step) * step, math.ceil(high / step) * step, step)


@dataclass(frozen=True, slots=True)
class DateScale:
    """A date axis from ``start`` to ``end`` with labelled ticks."""

    start: date
    end: date
    ticks: tuple[tuple[date, str], ...]

    def fraction(self, day: date) -> float:
        return (day - self.start).days / max(1, (self.end - self.start).days)


def month_label(day: date) -> str:
    """``janv. 2025``."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def date_scale(days: list[date], *, most: int = 8) -> DateScale:
    """A span covering ``days``, a little wider, with at most ``most`` ticks on the first
    of a month (every 1, 3, 6 or 12 months) or of a year."""
    first, last = min(days), max(days)
    margin = max(15, (last - first).days // 20)
    start = date.fromordinal(first.toordinal() - margin)
    end = date.fromordinal(last.toordinal() + margin)
    months = (end.year - start.year) * 12 + end.month - start.month
    every = next((m for m in (1, 3, 6, 12) if months / m <= most),
                 12 * math.ceil(months / 12 / most))
    ticks = []
    index = start.year * 12 + start.month  # months from year 0: the month after ``start``
    while (day := date(index // 12, index % 12 + 1, 1)) <= end:
        if every >= 12:
            if day.month == 1 and day.year % (every // 12) == 0:
                ticks.append((day, str(day.year)))
        elif (day.month - 1) % every == 0:
            ticks.append((day, month_label(day)))
        index += 1
    return DateScale(start, end, tuple(ticks))
