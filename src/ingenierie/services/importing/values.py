"""Parse the cells of one column into typed values, French style, never guessing.

Each parser takes a raw cell value (``str``, number, date, bool or None) and
returns a :class:`ParseResult`: the value (None when the cell is empty), or a
French error quoting the raw value, plus an optional warning when something
was restored (a lost leading zero, a ``mailto:`` prefix…).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TypeVar

from ingenierie.models.vocabulary import Vocabulary
from ingenierie.services.importing.fields import Field
from ingenierie.services.importing.parsed import ParseResult
from ingenierie.services.importing.table import CellValue

V = TypeVar("V", bound=Vocabulary)


def parse_text(raw: CellValue) -> ParseResult[str]:
    """Text kept byte for byte (leading = + - @, tabs, spaces included); blank → empty."""
    raise NotImplementedError


def parse_date(raw: CellValue) -> ParseResult[date]:
    """Date cells, Excel serials and French spellings (day first), 1950 … today + 10 years."""
    raise NotImplementedError


def parse_amount(raw: CellValue) -> ParseResult[int]:
    """An amount in euros as integer cents (``1 234,56 €`` → 123456)."""
    raise NotImplementedError


def parse_percent(raw: CellValue) -> ParseResult[Decimal]:
    """A percentage as the number before % (``12,5 %`` → Decimal("12.5"))."""
    raise NotImplementedError


def parse_int(raw: CellValue) -> ParseResult[int]:
    raise NotImplementedError


def parse_bool(raw: CellValue) -> ParseResult[bool]:
    """oui/non, vrai/faux, x, yes/no, 1/0; blank → empty (not False)."""
    raise NotImplementedError


def parse_postal_code(raw: CellValue) -> ParseResult[str]:
    raise NotImplementedError


def parse_phone(raw: CellValue) -> ParseResult[str]:
    raise NotImplementedError


def parse_email(raw: CellValue) -> ParseResult[str]:
    raise NotImplementedError


def parse_vocabulary(vocabulary: type[V], raw: CellValue) -> ParseResult[V]:
    raise NotImplementedError


def parse_value(field: Field, raw: CellValue) -> ParseResult[object]:
    """Dispatch on ``field.type`` (and ``field.vocabulary``)."""
    raise NotImplementedError
