"""Read dates the way French users write them: day first, never month first.

Accepted: date cells, Excel serial numbers, ``12/03/2024``, ``12.03.24``,
``2024-03-12``, ``12 mars 2024``, ``1er avril 2024``, ``mardi 12 mars 2024``,
with an optional time (``14h30``, ``14:30``) which is dropped. Anything else —
a missing day or year, an impossible day, a date before 1950 or more than ten
years ahead — is an error quoting the value, never a guess.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from ingenierie.models.vocabulary import fold
from ingenierie.services.importing.parsing.parsed import ParseResult, blank_or_placeholder, quote
from ingenierie.services.importing.reading.table import CellValue

EARLIEST_YEAR = 1950
FUTURE_YEARS = 10
_EXCEL_EPOCH = date(1899, 12, 30)
_MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
}
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_ISO_DATETIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_TIME_SUFFIX = re.compile(r"\s+(a\s+)?\d{1,2}\s*(h\s*(\d{2})?|:\d{2}(:\d{2})?)$")
_YMD = re.compile(r"^(\d{4}) (\d{1,2}) (\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2}) (\d{1,2}) (\d{2}|\d{4})$")
_D_MONTH_Y = re.compile(r"^(\d{1,2})(?:er)? ([a-z]+) (\d{2}|\d{4})$")
_SERIAL_TEXT = re.compile(r"^\d{5}$")
_NO_YEAR = re.compile(r"^(\d{1,2})(?:er)? (\d{1,2}|[a-z]+)$")
_NO_DAY = re.compile(r"^(\d{1,2}|[a-z]+) (\d{4})$")
_EXPECTED = "attendu : JJ/MM/AAAA, par exemple 12/03/2024"


def _latest() -> date:
    """The last plausible date: today, ten years on (28 February for a 29th)."""
    today = date.today()
    try:
        return today.replace(year=today.year + FUTURE_YEARS)
    except ValueError:
        return today.replace(year=today.year + FUTURE_YEARS, day=28)


def _plausible(day: date, raw: object) -> ParseResult[date]:
    if day.year < EARLIEST_YEAR:
        return ParseResult.fail(
            f"La date {quote(raw)} est antérieure à {EARLIEST_YEAR} : sans doute une cellule "
            "vide ou un nombre pris pour une date.")
    if day > _latest():
        return ParseResult.fail(f"La date {quote(raw)} est trop loin dans le futur "
                                f"(après {_latest().year}).")
    return ParseResult.of(day)


def _from_serial(serial: float, raw: object, warning: str | None = None) -> ParseResult[date]:
    try:
        day = _EXCEL_EPOCH + timedelta(days=int(serial))
    except OverflowError:
        day = date.max
    if day.year < EARLIEST_YEAR or day > _latest():
        return ParseResult.fail(f"Le nombre {quote(raw)} n'est pas une date plausible "
                                f"({_EXPECTED}).")
    return ParseResult.of(day, warning)


def _full_year(year: int) -> int:
    """A two-digit year in the plausible window (24 → 2024, 68 → 1968)."""
    if year >= 100:
        return year
    recent = 2000 + year
    return recent if recent <= _latest().year else 1900 + year


def _build(year: int, month: int, day: int, raw: object) -> ParseResult[date]:
    try:
        found = date(_full_year(year), month, day)
    except ValueError:
        return ParseResult.fail(f"La date {quote(raw)} n'existe pas.")
    return _plausible(found, raw)


def parse_date(raw: CellValue) -> ParseResult[date]:
    """Date cells, Excel serials and French spellings (day first), 1950 … today + 10 years."""
    empty: ParseResult[date] | None = blank_or_placeholder(raw)
    if empty is not None:
        return empty
    if isinstance(raw, datetime):
        return _plausible(raw.date(), raw)
    if isinstance(raw, date):
        return _plausible(raw, raw)
    if isinstance(raw, bool | time | timedelta):
        return ParseResult.fail(f"{quote(raw)} n'est pas une date ({_EXPECTED}).")
    if isinstance(raw, int | float):
        return _from_serial(raw, raw)
    return _parse_text(str(raw))


def _parse_text(raw: str) -> ParseResult[date]:
    text = raw.strip()
    iso = _ISO_DATETIME.match(text)
    if iso:
        text = iso.group(1)
    key = fold(text)
    key = re.sub(r"^le ", "", key)
    key = re.sub(rf"^({'|'.join(_WEEKDAYS)}) ", "", key)
    key = _TIME_SUFFIX.sub("", key)
    if match := _YMD.match(key):
        year, month, day = map(int, match.groups())
        return _build(year, month, day, raw)
    if match := _DMY.match(key):
        day, month, year = map(int, match.groups())
        return _build(year, month, day, raw)
    if (match := _D_MONTH_Y.match(key)) and match.group(2) in _MONTHS:
        return _build(int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1)), raw)
    if _SERIAL_TEXT.match(key):
        return _from_serial(int(key), raw, f"Le nombre {quote(raw)} est lu comme un numéro de "
                            "série de date Excel.")
    if re.fullmatch(r"\d{4}", key):
        return ParseResult.fail(f"{quote(raw)} : il manque le jour et le mois ({_EXPECTED}).")
    if _NO_DAY.match(key):
        return ParseResult.fail(f"{quote(raw)} : il manque le jour ({_EXPECTED}).")
    if _NO_YEAR.match(key):
        return ParseResult.fail(f"{quote(raw)} : il manque l'année ({_EXPECTED}).")
    return ParseResult.fail(f"{quote(raw)} n'est pas une date reconnue ({_EXPECTED}).")
