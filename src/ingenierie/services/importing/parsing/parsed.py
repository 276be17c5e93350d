"""The outcome of parsing one cell, and what every parser treats as "no value"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Generic, TypeVar

from ingenierie.models.vocabulary import fold

T = TypeVar("T")

#: Written in cells to mean "nothing": read as empty, with a warning.
_PLACEHOLDER_SYMBOLS = frozenset({"-", "--", "---", "—", "–", "?", "??", "/", "…", "...", "#N/A"})
_PLACEHOLDER_WORDS = frozenset({
    "n a", "na", "n c", "nc", "n d", "nd", "n r", "nr", "s o", "sans objet", "neant", "aucun",
    "aucune", "inconnu", "inconnue", "non renseigne", "non renseignee", "non communique",
    "non communiquee", "a completer", "a venir", "null", "none", "nan",
})
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
#: Folding keeps digits and "@": text holding one is no placeholder word (e-mails, phones).
_NEVER_IN_WORDS = re.compile(r"[0-9@]")


@dataclass(frozen=True, slots=True)
class ParseResult(Generic[T]):
    """``value`` is None for an empty cell or when ``error`` is set.

    Messages are French and quote the raw value; the pipeline adds the
    location (file, sheet, row, column).
    """

    value: T | None = None
    error: str | None = None
    warning: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def empty(self) -> bool:
        return self.error is None and self.value is None

    @classmethod
    def of(cls, value: T, warning: str | None = None) -> ParseResult[T]:
        return cls(value=value, warning=warning)

    @classmethod
    def blank(cls, warning: str | None = None) -> ParseResult[T]:
        return cls(warning=warning)

    @classmethod
    def fail(cls, message: str) -> ParseResult[T]:
        return cls(error=message)


def drop_invisible(text: str) -> str:
    """Remove zero-width characters (often pasted along with e-mail addresses)."""
    return text.translate(_INVISIBLE)


def blank_or_placeholder(raw: object) -> ParseResult[T] | None:
    """The result for an empty or placeholder cell ("N/A", "néant", "-"), else None."""
    if raw is None:
        return ParseResult.blank()
    if not isinstance(raw, str):
        return None
    text = drop_invisible(raw).strip()
    if not text:
        return ParseResult.blank()
    if text.upper() in _PLACEHOLDER_SYMBOLS or (
            _NEVER_IN_WORDS.search(text) is None and fold(text) in _PLACEHOLDER_WORDS):
        return ParseResult.blank(f"« {text} » est lu comme une valeur vide.")
    return None


def show(raw: object) -> str:
    """A raw cell as the user typed or saw it: dates day first, a decimal comma (a whole
    number without ",0"), VRAI/FAUX as Excel writes them."""
    if isinstance(raw, datetime):
        return raw.strftime("%d/%m/%Y %H:%M" if raw.time() != time() else "%d/%m/%Y")
    if isinstance(raw, date):
        return raw.strftime("%d/%m/%Y")
    if isinstance(raw, bool):
        return "VRAI" if raw else "FAUX"
    if isinstance(raw, float):
        return (f"{raw:.0f}" if raw.is_integer() else repr(raw)).replace(".", ",")
    return str(raw)


#: Characters of a value quoted in a message: a 100 000-character cell is cut.
QUOTED = 200


def quote(raw: object) -> str:
    """A raw value in a message, between French quotes (see :func:`show`), cut when long."""
    return f"« {shortened(show(raw))} »"


def shortened(text: str) -> str:
    return text if len(text) <= QUOTED else f"{text[:QUOTED - 1]}…"
