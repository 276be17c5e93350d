"""Read French numbers: ``1 234,56 €``, ``1.234,56``, ``-1 234,56``, ``(1 234,56)``, ``12 %``.

Numbers are parsed with Decimal, never float. Thousands may be separated by
a space (normal, non-breaking U+00A0 or narrow U+202F) or a dot; the decimal
separator is a comma, or a dot followed by one or two digits. What could be
read two ways (``1.234``, ``1,234``), approximations (``env. 3000``), ranges
(``3 000 à 5 000``), scientific notation and non-Latin digits are errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ingenierie.services.importing.parsing.parsed import ParseResult, blank_or_placeholder, quote
from ingenierie.services.importing.reading.table import CellValue

_CENT = Decimal("0.01")
#: A thousand billion: beyond any amount, count or percentage a list of projects holds.
TOO_LARGE = Decimal(10) ** 15
_CURRENCY = re.compile(r"(€|\beuros?\b|\beur\b)", re.IGNORECASE)
_APPROXIMATE = re.compile(r"^(env\b|environ\b|~|≈|ca\.|approx|\+/-|±)|environ", re.IGNORECASE)
_RANGE = re.compile(r"\d\s*(à|a|-|–|—|/)\s*[+-]?\d", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_SPACE_GROUPS = re.compile(r"^\d{1,3}(?:[\s\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$")
_FRENCH = re.compile(r"^\d{1,3}(?:\.\d{3})+,\d+$")  # 1.234,56
_ENGLISH = re.compile(r"^\d{1,3}(?:,\d{3})+\.\d+$")  # 1,234.56
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}$")  # 1.234.567
_COMMA_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3}){2,}$")  # 1,234,567 (English)
_PLAIN = re.compile(r"^\d+(?:[.,]\d+)?$")


@dataclass(frozen=True, slots=True)
class _Number:
    value: Decimal | None = None
    error: str | None = None
    warning: str | None = None


def _read(text: str, what: str) -> _Number:
    """The Decimal written in ``text`` (no currency, no percent sign), or why not."""
    raw = text
    body = text.strip()
    if any(c.isdigit() and not c.isascii() for c in body):
        return _Number(error=f"{quote(raw)} : chiffres non latins, écrivez le {what} avec les "
                       "chiffres 0 à 9.")
    if _APPROXIMATE.search(body):
        return _Number(error=f"{quote(raw)} est approximatif : indiquez un {what} précis.")
    negative = False
    if body.startswith("(") and body.endswith(")"):
        body, negative = body[1:-1].strip(), True
        warning = f"{quote(raw)} : le nombre entre parenthèses est lu comme négatif."
    else:
        warning = None
    if body[:1] in "-−+":
        negative, body = body[0] != "+", body[1:].strip()
    if _RANGE.search(body):
        return _Number(error=f"{quote(raw)} est une fourchette : indiquez un seul {what}.")
    if "e" in body.lower() and re.search(r"\d[eE][+-]?\d", body):
        return _Number(error=f"{quote(raw)} : la notation scientifique n'est pas acceptée, "
                       f"écrivez le {what} en entier.")
    if _SPACES.search(body):
        if not _SPACE_GROUPS.match(body):
            return _Number(error=f"{quote(raw)} n'est pas un {what} lisible (espaces mal "
                           "placés ?).")
        body = _SPACES.sub("", body)
    digits, english = _normalise(body)
    if digits is None:
        return _Number(error=f"{quote(raw)} n'est pas un {what} lisible ou peut se lire de deux "
                       "façons (par exemple 1 234,56).")
    if english:
        warning = f"{quote(raw)} est écrit à l'anglaise : lu comme {digits.replace('.', ',')}."
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return _Number(error=f"{quote(raw)} n'est pas un {what} lisible.")
    return _bounded(_Number(-value if negative else value, warning=warning), raw, what)


def _bounded(number: _Number, raw: CellValue, what: str) -> _Number:
    """Refuse what no list means: infinity, NaN (a float cell may hold them) and numbers
    beyond ``TOO_LARGE``, which Decimal's rounding cannot even quantize to the cent."""
    value = number.value
    if value is not None and (not value.is_finite() or abs(value) >= TOO_LARGE):
        return _Number(error=f"{quote(raw)} n'est pas un {what} plausible.")
    return number


def _normalise(body: str) -> tuple[str | None, bool]:
    """Digits with a dot as decimal point, and whether the English style was used."""
    if _FRENCH.match(body):
        return body.replace(".", "").replace(",", "."), False
    if _ENGLISH.match(body):
        return body.replace(",", ""), True
    if _DOT_THOUSANDS.match(body):
        return body.replace(".", ""), False
    if _COMMA_THOUSANDS.match(body):
        return body.replace(",", ""), True
    if not _PLAIN.match(body):
        return None, False
    if "," in body:
        whole, decimals = body.split(",")
        # "1,234" could be 1.234 (French) or 1234 (English): refuse three decimals.
        return (f"{whole}.{decimals}" if len(decimals) != 3 else None), False
    if "." in body and len(body.split(".")[1]) == 3:
        return None, False  # "1.234": 1234 (French thousands) or 1.234?
    return body, False


def _number_cell(raw: CellValue, what: str) -> _Number | None:
    """A number typed in a cell (not text); None when ``raw`` is text."""
    if isinstance(raw, bool):
        return _Number(error=f"{quote(raw)} n'est pas un {what}.")
    if isinstance(raw, int):
        return _bounded(_Number(Decimal(raw)), raw, what)
    if isinstance(raw, float):
        return _bounded(_Number(Decimal(repr(raw))), raw, what)
    if not isinstance(raw, str):
        return _Number(error=f"{quote(raw)} n'est pas un {what}.")
    return None


def parse_amount(raw: CellValue) -> ParseResult[int]:
    """An amount in euros as integer cents (``1 234,56 €`` → 123456)."""
    empty: ParseResult[int] | None = blank_or_placeholder(raw)
    if empty is not None:
        return empty
    number = _number_cell(raw, "montant")
    if number is None:
        text = str(raw)
        if "%" in text:
            return ParseResult.fail(f"{quote(raw)} est un pourcentage, pas un montant.")
        number = _read(_CURRENCY.sub(" ", text), "montant")
    if number.value is None:
        return ParseResult.fail(number.error or f"{quote(raw)} n'est pas un montant.")
    cents = number.value.quantize(_CENT, rounding=ROUND_HALF_UP)
    warning = number.warning
    if abs(cents - number.value) > Decimal("1e-9"):
        if isinstance(raw, str):
            return ParseResult.fail(f"{quote(raw)} a plus de deux décimales : indiquez le "
                                    "montant au centime près.")
        warning = f"{quote(raw)} est arrondi au centime : {cents}."
    return ParseResult.of(int(cents * 100), warning)


def parse_percent(raw: CellValue) -> ParseResult[Decimal]:
    """A percentage as the number before % (``12,5 %`` → Decimal("12.5")).

    A cell formatted as a percentage holds a fraction (0.125 shows as 12,5 %):
    a number strictly between -1 and 1 is read that way, with a warning.
    """
    empty: ParseResult[Decimal] | None = blank_or_placeholder(raw)
    if empty is not None:
        return empty
    number = _number_cell(raw, "pourcentage")
    if number is not None and number.value is not None and isinstance(raw, float) \
            and -1 < raw < 1 and raw != 0:
        percent = (number.value * 100).normalize()
        shown = f"{percent:f}".replace(".", ",")
        return ParseResult.of(percent, f"{quote(raw)} est lu comme {shown} %.")
    if number is None:
        number = _read(str(raw).replace("%", " "), "pourcentage")
    if number.value is None:
        return ParseResult.fail(number.error or f"{quote(raw)} n'est pas un pourcentage.")
    return ParseResult.of(number.value, number.warning)


def parse_int(raw: CellValue) -> ParseResult[int]:
    """A whole number (``3``, ``+2``, ``-1``, ``12 345``)."""
    empty: ParseResult[int] | None = blank_or_placeholder(raw)
    if empty is not None:
        return empty
    number = _number_cell(raw, "nombre entier") or _read(str(raw), "nombre entier")
    if number.value is None:
        return ParseResult.fail(number.error or f"{quote(raw)} n'est pas un nombre entier.")
    if number.value != number.value.to_integral_value():
        return ParseResult.fail(f"{quote(raw)} n'est pas un nombre entier.")
    return ParseResult.of(int(number.value), number.warning)


def parse_decimal(raw: CellValue) -> ParseResult[Decimal]:
    """A number that may have decimals (``1 234,5``, ``-0,25``, ``3``): indicator values."""
    empty: ParseResult[Decimal] | None = blank_or_placeholder(raw)
    if empty is not None:
        return empty
    number = _number_cell(raw, "nombre") or _read(str(raw), "nombre")
    if number.value is None:
        return ParseResult.fail(number.error or f"{quote(raw)} n'est pas un nombre.")
    return ParseResult.of(number.value, number.warning)
