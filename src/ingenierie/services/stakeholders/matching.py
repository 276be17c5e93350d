"""Keys that find the same stakeholder written differently.

Used for matching only: the original spelling is what is stored and shown.
Folding removes case, accents (NFC or NFD alike), hyphens and repeated spaces
and writes œ as oe, so "Marie-Hélène DUBŒUF" and "marie helene duboeuf" meet.
"""

from __future__ import annotations

from ingenierie.models.vocabulary import fold

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def clean_text(text: str) -> str:
    """Drop zero-width characters and collapse whitespace (NBSP included)."""
    return " ".join(text.translate(_INVISIBLE).split())


def person_key(last_name: str | None, first_name: str | None) -> str:
    return names_key(clean_text(last_name or ""), clean_text(first_name or ""))


def names_key(last_name: str, first_name: str | None) -> str:
    """:func:`person_key` of names already through :func:`clean_text`."""
    return f"{fold(last_name)}|{fold(first_name or '')}"


def organisation_key(name: str) -> str:
    return fold(clean_text(name))


def email_key(email: str | None) -> str | None:
    return clean_text(email).casefold() if email else None
