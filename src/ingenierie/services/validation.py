"""Checks on official identifiers and contact details, with French error messages.

Each ``check_*`` returns the value in its canonical form or raises
:class:`ValidationError` naming the field; ``None`` and blank strings mean
"not given" and come back as ``None``. Every text is cleaned on the way
(:func:`clean_characters`): NFC, no control or bidirectional formatting
characters — silently in a form, with a warning on its cell in an import.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from ingenierie.errors import ValidationError

_INSEE_COMMUNE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")
# The département part takes three characters: 093, 974, or 02A / 02B for Corsica.
_QPV_2015 = re.compile(r"^QP(?:\d{3}|02[AB])\d{3}$")
_QPV_2024 = re.compile(r"^QN(?:\d{3}|02[AB])\d{2}[A-Z]$")
# Not 00…; Corsica's postal codes are 20xxx, but lists often write the INSEE 2A / 2B.
_POSTAL_CODE = re.compile(r"^(?!00)\d{5}$|^2[AB]\d{3}$")
_RNA = re.compile(r"^W\d{9}$")
# Deliberately plain: one @, a dotted domain, no spaces. Real deliverability is
# the mail server's business; this catches typing and pasting accidents.
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[A-Za-z]{2,}$")


#: Control characters (tab, line feed and carriage return aside) and the bidirectional
#: formatting ones: an override (U+202E) shows « Jean\u202egnp.exe » as « Jeanexe.png ».
_UNSAFE = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F,
                         *range(0x80, 0xA0), 0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                         *range(0x2066, 0x206A)])
#: A text longer than this is stored, but an import warns about it (a whole file pasted
#: into one cell, an unclosed quote in a CSV).
LONG_TEXT = 10_000


def clean_characters(text: str) -> str:
    """``text`` in NFC (a decomposed « é » is one character again) without control or
    bidirectional formatting characters; every text the rules store goes through it."""
    if text.isascii() and text.isprintable():  # most texts: nothing to do
        return text
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.translate(_UNSAFE)


def has_unsafe_characters(text: str) -> bool:
    """Whether :func:`clean_characters` removes anything (normalising aside)."""
    return not text.isprintable() and text != text.translate(_UNSAFE)


def blank_to_none(value: str | None) -> str | None:
    """The cleaned text without its outer whitespace, ``None`` when nothing is left."""
    if value is None:
        return None
    stripped = clean_characters(value).strip()
    return stripped or None


def luhn_valid(digits: str) -> bool:
    """The checksum SIREN and SIRET numbers carry in their last digit."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def _is_la_poste(siret: str) -> bool:
    """La Poste's establishments share one SIREN and use a digit-sum rule instead of Luhn."""
    return siret.startswith("356000000") and sum(map(int, siret)) % 5 == 0


def _compact(value: str) -> str:
    return "".join(value.split()).upper()


def check_insee_commune(value: str | None, field: str = "code") -> str | None:
    """Commune INSEE code: 5 characters, digits or 2A/2B for Corsica."""
    value = blank_to_none(value)
    if value is None:
        return None
    code = _compact(value)
    if not _INSEE_COMMUNE.match(code):
        raise ValidationError(
            f"Code INSEE de commune invalide : « {value} » (attendu : 5 caractères, "
            "par exemple 01004 ou 2A004).", field=field)
    return code


def check_siren(value: str | None, field: str = "siren") -> str | None:
    """SIREN: 9 digits with a valid Luhn key (also the code of an EPCI)."""
    value = blank_to_none(value)
    if value is None:
        return None
    code = _compact(value)
    if not (len(code) == 9 and code.isdigit() and luhn_valid(code)):
        raise ValidationError(
            f"Numéro SIREN invalide : « {value} » (attendu : 9 chiffres avec une clé valide).",
            field=field)
    return code


def check_siret(value: str | None, field: str = "siret") -> str | None:
    """SIRET: 14 digits, SIREN + establishment number, Luhn-checked (La Poste excepted)."""
    value = blank_to_none(value)
    if value is None:
        return None
    code = _compact(value)
    if not (len(code) == 14 and code.isdigit() and (luhn_valid(code) or _is_la_poste(code))):
        raise ValidationError(
            f"Numéro SIRET invalide : « {value} » (attendu : 14 chiffres avec une clé valide).",
            field=field)
    return code


def check_qpv_code(value: str | None, field: str = "code") -> str | None:
    """QPV: QP + 6 digits (2015 list) or QN + 5 digits + a letter (2024 list)."""
    value = blank_to_none(value)
    if value is None:
        return None
    code = _compact(value)
    if not (_QPV_2015.match(code) or _QPV_2024.match(code)):
        raise ValidationError(
            f"Code QPV invalide : « {value} » (attendu : QP093028 ou QN07501M).", field=field)
    return code


def check_postal_code(value: str | None, field: str = "postal_code") -> str | None:
    """French postal code: 5 digits (2A/2B + 3 digits accepted for Corsica), spaces dropped."""
    value = blank_to_none(value)
    if value is None:
        return None
    code = _compact(value)
    if not _POSTAL_CODE.match(code):
        raise ValidationError(
            f"Code postal invalide : « {value} » (attendu : 5 chiffres, par exemple 01000).",
            field=field)
    return code


def check_contact_dates(first_contact_on: date | None, last_contact_on: date | None,
                        field: str = "first_contact_on") -> None:
    """The first contact cannot come after the last one."""
    if first_contact_on and last_contact_on and first_contact_on > last_contact_on:
        raise ValidationError(
            f"Le premier contact ({first_contact_on:%d/%m/%Y}) ne peut pas être postérieur "
            f"au dernier ({last_contact_on:%d/%m/%Y}).", field=field)


def check_rna(value: str | None, field: str = "rna") -> str | None:
    value = blank_to_none(value)
    if value is None:
        return None
    code = _compact(value)
    if not _RNA.match(code):
        raise ValidationError(
            f"Numéro RNA invalide : « {value} » (attendu : W suivi de 9 chiffres).", field=field)
    return code


def check_email(value: str | None, field: str = "email") -> str | None:
    value = blank_to_none(value)
    if value is None:
        return None
    if not _EMAIL.match(value) or ".." in value or value.endswith("."):
        raise ValidationError(
            f"Adresse électronique invalide : « {value} » (attendu : nom@domaine.fr).",
            field=field)
    return value


def check_score(value: int, field: str, low: int, high: int, label: str) -> int:
    """An integer judgement on a closed scale, e.g. influence 1–5 or attitude −2…+2."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            f"{label} doit être un entier entre {low} et {high} (valeur reçue : {value}).",
            field=field)
    return value


def require_text(value: str | None, field: str, label: str, max_length: int) -> str:
    text = blank_to_none(value)
    if text is None:
        raise ValidationError(f"{label} est obligatoire.", field=field)
    if len(text) > max_length:
        raise ValidationError(
            f"{label} est trop long ({len(text)} caractères, {max_length} au plus).", field=field)
    return text
