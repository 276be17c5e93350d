"""Read postal codes, phone numbers and e-mail addresses as French lists hold them.

Excel drops the leading zero of a postal code or phone typed as a number
(``1000``, ``612345678``): it is put back with a warning. Phones are written
the French way (``06 12 34 56 78``; ``0590 12 34 56`` overseas; ``+33 6 12 34
56 78`` kept international). E-mail addresses lose ``mailto:``, zero-width
characters and a display name, and are then checked by
``services.validation.check_email``.
"""

from __future__ import annotations

import re

from ingenierie.errors import ValidationError
from ingenierie.services.importing.parsing.parsed import (
    ParseResult,
    blank_or_placeholder,
    drop_invisible,
    quote,
)
from ingenierie.services.importing.reading.table import CellValue
from ingenierie.services.validation import check_email, check_postal_code

#: Overseas prefixes written 0590 12 34 56 rather than 05 90 12 34 56.
_OVERSEAS = ("0262", "0263", "0269", "0508", "0590", "0594", "0596", "0639", "0690", "0691",
             "0692", "0693", "0694", "0696", "0697")
_TEL_PREFIX = re.compile(r"^(t[eé]l[eé]phone|t[eé]l|phone)\.?\s*:?\s*", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s.\-/\u00a0\u202f]+")
_NOT_PHONE = re.compile(r"[^\d\s.\-/+()\u00a0\u202f]")
_FRENCH = re.compile(r"0[1-9]\d{8}")
_FRENCH_INTERNATIONAL = re.compile(r"(?:\+33|0033)0?(\d{9})")
_INTERNATIONAL = re.compile(r"\+\d{6,15}")
_LOST_ZERO = re.compile(r"[1-9]\d{8}")
_ADDRESS_SEPARATORS = re.compile(r"[;,\s]+")
_DISPLAY_NAME = re.compile(r"^(.*?)<([^<>]+)>$")
_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
#: What most cells hold, already as stored: checked at once, the long way skipped.
_PLAIN_EMAIL = re.compile(r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+"
                          r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PLAIN_PHONE = re.compile(r"0[1-9](?: \d\d){4}")


def parse_postal_code(raw: CellValue) -> ParseResult[str]:
    """Five digits (or 2A/2B + 3 for Corsica); a number missing its leading zero is fixed."""
    empty: ParseResult[str] | None = blank_or_placeholder(raw)
    if empty is not None:
        return empty
    expected = "attendu : 5 chiffres, par exemple 01000"
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        return ParseResult.fail(f"{quote(raw)} n'est pas un code postal ({expected}).")
    if isinstance(raw, int | float):
        if raw != int(raw):
            return ParseResult.fail(f"{quote(raw)} n'est pas un code postal ({expected}).")
        digits = str(int(raw))
        if len(digits) == 4 and digits != "0000":
            return ParseResult.of("0" + digits, f"Le code postal {quote(raw)} a perdu son zéro "
                                  f"initial dans Excel : il est rétabli (0{digits}).")
        code = digits
    else:
        code = raw
    try:
        return ParseResult(value=check_postal_code(code))
    except ValidationError as exc:
        return ParseResult.fail(exc.message)


def _french(ten_digits: str) -> str:
    d = ten_digits
    if d.startswith(_OVERSEAS):
        return f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}"
    return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}"


def _international(nine_digits: str) -> str:
    return f"+33 {nine_digits[0]} " + " ".join(nine_digits[i:i + 2] for i in range(1, 9, 2))


def _invalid_phone(raw: CellValue) -> ParseResult[str]:
    return ParseResult.fail(f"Numéro de téléphone invalide : {quote(raw)} (attendu : 10 "
                            "chiffres, par exemple 06 12 34 56 78).")


def parse_phone(raw: CellValue) -> ParseResult[str]:
    """A French number formatted ``06 12 34 56 78``; other international numbers kept as typed."""
    if raw.__class__ is str and _PLAIN_PHONE.fullmatch(raw) and \
            raw[:2] + raw[3:5] not in _OVERSEAS:
        return ParseResult(raw)
    empty: ParseResult[str] | None = blank_or_placeholder(raw)
    if empty is not None:
        return empty
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        return _invalid_phone(raw)
    if isinstance(raw, int | float):
        if raw != int(raw):
            return _invalid_phone(raw)
        digits = str(int(raw))
        if len(digits) == 11 and digits.startswith("33") and digits[2] != "0":
            return ParseResult.of(_international(digits[2:]), f"Le numéro {quote(raw)} a perdu "
                                  "son « + » dans Excel : il est rétabli.")
        text = digits
    else:
        text = _TEL_PREFIX.sub("", raw.strip())
    if _NOT_PHONE.search(text):
        return _invalid_phone(raw)
    if "(0)" in text:
        text = text.replace("(0)", "" if text.startswith("+") else "0")
    compact = _SEPARATORS.sub("", text)
    if len(compact) >= 18 and sum(c.isdigit() for c in compact) >= 18:
        return ParseResult.fail(f"{quote(raw)} contient deux numéros : un seul par cellule.")
    if _FRENCH.fullmatch(compact):
        return ParseResult.of(_french(compact))
    if match := _FRENCH_INTERNATIONAL.fullmatch(compact):
        return ParseResult.of(_international(match.group(1)))
    if _INTERNATIONAL.fullmatch(compact):
        return ParseResult.of(" ".join(_SEPARATORS.sub(" ", text).split()))
    if _LOST_ZERO.fullmatch(compact):
        return ParseResult.of(_french("0" + compact), f"Le numéro {quote(raw)} a perdu son zéro "
                              "initial : il est rétabli.")
    return _invalid_phone(raw)


def parse_email(raw: CellValue) -> ParseResult[str]:
    """One address per cell, spelling kept (case included); checked by ``check_email``."""
    if raw.__class__ is str and _PLAIN_EMAIL.fullmatch(raw):
        return ParseResult(raw)
    empty: ParseResult[str] | None = blank_or_placeholder(raw)
    if empty is not None:
        return empty
    if not isinstance(raw, str):
        return ParseResult.fail(f"{quote(raw)} n'est pas une adresse électronique.")
    text = drop_invisible(raw).strip()
    warnings = []
    if text != raw.strip():
        warnings.append(f"Des caractères invisibles ont été retirés de {quote(text)}.")
    text = _MAILTO.sub("", text).strip()
    if text.count("@") > 1 and \
            sum(1 for part in _ADDRESS_SEPARATORS.split(text) if "@" in part) > 1:
        return ParseResult.fail(f"{quote(raw)} contient plusieurs adresses : une seule par "
                                "cellule (mettez les autres en note).")
    named = _DISPLAY_NAME.match(text)
    if named:
        text = named.group(2).strip()
        warnings.append(f"Seule l'adresse {quote(text)} est gardée (le nom "
                        f"{quote(named.group(1).strip())} est retiré).")
    try:
        address = check_email(text)
    except ValidationError as exc:
        return ParseResult.fail(exc.message)
    if address and not address.split("@")[0].isascii():
        warnings.append(f"L'adresse {quote(address)} contient des caractères accentués avant "
                        "« @ » : beaucoup de messageries ne les acceptent pas.")
    return ParseResult(value=address, warning=" ".join(warnings) or None)
