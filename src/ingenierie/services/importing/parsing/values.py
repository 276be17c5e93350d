"""Parse the cells of one column into typed values, French style, never guessing.

Each parser takes a raw cell value (``str``, number, date, bool or None) and
returns a :class:`ParseResult`: the value (None when the cell is empty), or a
French error quoting the raw value, plus an optional warning when something
was restored (a lost leading zero, a display name dropped…). Placeholders
such as "N/A", "néant" or "-" read as empty, with a warning, in every typed
column; text columns keep them.

Text is parsed byte for byte: leading ``= + - @``, tabs, carriage returns
and outer spaces included. It is data, never a formula (exports neutralise
it); matching keys fold spacing and case, so nothing is lost by keeping the
user's spelling. Only a cell holding nothing but whitespace reads as empty.
The domain rules the forms share then trim outer whitespace before storing
(a name's inner runs of spaces too): a TAB before ``=1+1`` goes, ``=1+1`` stays.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from ingenierie.models.vocabulary import Vocabulary, fold
from ingenierie.services.importing.mapping.fields import Field, ValueType
from ingenierie.services.importing.parsing.contacts import (
    parse_email,
    parse_phone,
    parse_postal_code,
)
from ingenierie.services.importing.parsing.dates import parse_date
from ingenierie.services.importing.parsing.numbers import parse_amount, parse_int, parse_percent
from ingenierie.services.importing.parsing.parsed import (
    ParseResult,
    blank_or_placeholder,
    quote,
    show,
)
from ingenierie.services.importing.reading.table import CellValue
from ingenierie.services.projects.lifecycle import Lifecycle, lifecycle_words, read_lifecycle
from ingenierie.services.validation import LONG_TEXT, has_unsafe_characters

__all__ = [
    "ParseResult", "parse_amount", "parse_bool", "parse_date", "parse_email", "parse_int",
    "parse_percent", "parse_phone", "parse_postal_code", "parse_text", "parse_value",
    "parse_vocabulary", "parser_for",
]

V = TypeVar("V", bound=Vocabulary)
_TRUE = frozenset({"oui", "o", "vrai", "x", "yes", "y", "true", "1", "ok", "✓", "✔"})
_FALSE = frozenset({"non", "n", "faux", "no", "false", "0"})


def parse_text(raw: CellValue) -> ParseResult[str]:
    """Text kept as typed (the domain rules clean it: a warning says when they will); a
    number or date cell is written the French way."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return ParseResult.blank()
    if isinstance(raw, str):
        return ParseResult.of(raw, _text_warning(raw))
    if isinstance(raw, bool):
        return ParseResult.of("oui" if raw else "non")
    return ParseResult.of(show(raw))


def _text_warning(text: str) -> str | None:
    """What the domain rules will change or what looks wrong in a text (see
    ``validation.clean_characters``)."""
    if len(text) > LONG_TEXT:
        length = f"{len(text):,}".replace(",", " ")
        return (f"Texte très long ({length} caractères) : il est enregistré en entier, "
                "vérifiez que la cellule ne contient pas autre chose que prévu.")
    if has_unsafe_characters(text):
        return ("Caractères invisibles retirés (caractères de contrôle ou d'inversion du sens "
                "d'écriture, qui peuvent masquer le vrai texte).")
    return None


def parse_bool(raw: CellValue) -> ParseResult[bool]:
    """oui/non, vrai/faux, x, yes/no, 1/0; blank → empty (not False)."""
    empty: ParseResult[bool] | None = blank_or_placeholder(raw)
    if empty is not None:
        return empty
    if isinstance(raw, bool):
        return ParseResult.of(raw)
    key = fold(str(raw))
    if key in _TRUE:
        return ParseResult.of(True)
    if key in _FALSE:
        return ParseResult.of(False)
    return ParseResult.fail(f"{quote(raw)} n'est pas une réponse oui/non (attendu : oui, non, "
                            "vrai, faux ou x).")


def parse_vocabulary(vocabulary: type[V], raw: CellValue) -> ParseResult[V]:
    """A value of a closed list by its French label or code, written loosely."""
    empty: ParseResult[V] | None = blank_or_placeholder(raw)
    if empty is not None:
        return empty
    member = vocabulary.parse(str(raw))
    if member is None:
        labels = ", ".join(m.label for m in vocabulary)
        return ParseResult.fail(f"{quote(raw)} n'est pas une valeur reconnue (valeurs "
                                f"possibles : {labels}).")
    return ParseResult.of(member)


def parse_lifecycle(raw: CellValue) -> ParseResult[Lifecycle]:
    """A project's status or phase, either written in either column (« En cours »,
    « Émergence », « Terminé »…): what the word says of both (``projects.lifecycle``)."""
    said = read_lifecycle(raw) if isinstance(raw, str) else None  # « À venir » is a status
    if said is not None:
        return ParseResult.of(said)
    empty: ParseResult[Lifecycle] | None = blank_or_placeholder(raw)
    if empty is not None:
        return empty
    words = ", ".join(lifecycle_words())
    return ParseResult.fail(f"{quote(raw)} n'est ni un statut ni une phase de projet "
                            f"reconnus (valeurs possibles : {words}).")


_PARSERS: dict[ValueType, Callable[[CellValue], ParseResult[Any]]] = {
    ValueType.TEXT: parse_text,
    ValueType.DATE: parse_date,
    ValueType.AMOUNT: parse_amount,
    ValueType.PERCENT: parse_percent,
    ValueType.INTEGER: parse_int,
    ValueType.BOOLEAN: parse_bool,
    ValueType.POSTAL_CODE: parse_postal_code,
    ValueType.PHONE: parse_phone,
    ValueType.EMAIL: parse_email,
    ValueType.LIFECYCLE: parse_lifecycle,
}


def parse_value(field: Field, raw: CellValue) -> ParseResult[Any]:
    """Dispatch on ``field.type`` (and ``field.vocabulary``)."""
    return parser_for(field)(raw)


def parser_for(field: Field) -> Callable[[CellValue], ParseResult[Any]]:
    """The parser of ``field``'s cells: :func:`parse_value` with the dispatch done once."""
    if field.type is ValueType.VOCABULARY:
        if field.vocabulary is None:
            raise ValueError(f"field {field.key} has no vocabulary")
        return partial(parse_vocabulary, field.vocabulary)
    return _PARSERS[field.type]
