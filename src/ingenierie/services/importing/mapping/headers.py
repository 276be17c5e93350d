"""Find the header row of a sheet and map its columns to fields.

Headers are compared by :func:`header_key`: case, accents, spaces,
punctuation and a bracketed unit such as "(€)" are ignored, so ``NOM ``,
``Nom`` and ``nom`` meet, and so do ``E-mail`` and ``Email``. A header that
starts with a known name (``Téléphone portable``) matches it more weakly.
A mapping can be corrected by the user, saved as a small JSON file keyed by
the header signature, and found again for the next file of the same shape.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from platformdirs import user_data_path

from ingenierie.config import APP_NAME
from ingenierie.errors import UserError
from ingenierie.models.vocabulary import fold
from ingenierie.services.importing.mapping.document import read_document, write_document
from ingenierie.services.importing.mapping.fields import (
    FIELDS,
    KNOWN_UNUSED,
    Field,
    RecordKind,
    fields_for,
)
from ingenierie.services.importing.reading.table import CellValue
from ingenierie.services.output_files import write_file

#: How many non-blank rows from the top are searched for the header.
HEADER_SCAN_ROWS = 20
_PREFIX_MIN = 5  # a known name must be this long to match the start of a header
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_SHEET_HINTS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.PERSON: ("acteur", "personne", "contact", "annuaire", "participant"),
    RecordKind.ORGANISATION: ("organisation", "structure", "organisme", "partenaire"),
    RecordKind.PROJECT: ("projet",),
    RecordKind.INVOLVEMENT: ("implication", "role", "partie prenante"),
    RecordKind.INTERACTION: ("echange", "reunion", "interaction", "rencontre"),
    RecordKind.FUNDING: ("financement", "subvention", "financeur"),
    RecordKind.TERRITORY: ("territoire", "commune", "epci", "qpv", "quartier"),
    RecordKind.PLAN: ("plan",),
    RecordKind.INDICATOR_DEFINITION: ("indicateur", "bibliotheque", "referentiel"),
}


def header_key(text: str) -> str:
    """``"Montant accompagné (€)"`` → ``"montantaccompagne"``."""
    return _NOT_ALNUM.sub("", fold(_BRACKETS.sub(" ", text)))


@cache
def _keys(field: Field) -> frozenset[str]:
    return frozenset(header_key(name) for name in field.names)


def known_header_count(row: Sequence[CellValue], fields: Sequence[Field]) -> int:
    """How many cells of ``row`` are a known name of one of ``fields``."""
    keys = frozenset().union(*(_keys(f) for f in fields))
    return sum(1 for v in row if isinstance(v, str) and header_key(v) in keys)


def find_header_row(rows: Sequence[Sequence[CellValue]], fields: Sequence[Field]) -> int | None:
    """Index in ``rows`` of the row matching the most known header names of ``fields``.

    With fewer than two known names anywhere, falls back to the first row
    with as many text cells as the most textual row; ``None`` when every row
    is blank.
    """
    scores = [known_header_count(row, fields) for row in rows]
    if scores and max(scores) >= 2:
        return scores.index(max(scores))
    texts = [sum(1 for v in row if isinstance(v, str) and v.strip()) for row in rows]
    if not texts or max(texts) == 0:
        filled = [i for i, row in enumerate(rows) if any(v is not None for v in row)]
        return filled[0] if filled else None
    return texts.index(max(texts))


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which field each column feeds (``None``: the column is ignored)."""

    kind: RecordKind
    headers: tuple[str, ...]
    fields: tuple[str | None, ...]  # one field key (or None) per header
    #: Fields that several columns could fill equally well, with those columns (the first
    #: one feeds the field meanwhile): the automatic mapping's doubts, for the user to
    #: settle. A column chosen by the user, or a saved mapping, settles them.
    ambiguous: tuple[tuple[str, tuple[int, ...]], ...] = ()

    @property
    def signature(self) -> str:
        """A key for "a file of the same shape": the headers' keys, hashed."""
        return signature_of(self.headers)

    def column_of(self, key: str) -> int | None:
        """Index of the column mapped to field ``key``."""
        return self.fields.index(key) if key in self.fields else None

    def field_of(self, column: int) -> Field | None:
        key = self.fields[column]
        return next((f for f in fields_for(self.kind) if f.key == key), None)

    def unmapped(self) -> list[tuple[int, str]]:
        """Columns left out, as (index, header), to show the user."""
        return [(i, h) for i, (h, k) in enumerate(zip(self.headers, self.fields, strict=True))
                if k is None]

    def missing_required(self) -> list[Field]:
        """Required fields of the kind that no column feeds."""
        return [f for f in fields_for(self.kind) if f.required and f.key not in self.fields]

    def with_field(self, column: int, key: str | None) -> ColumnMapping:
        """A copy where ``column`` feeds ``key``; a column that fed ``key`` is released."""
        if key is not None and key not in {f.key for f in fields_for(self.kind)}:
            raise UserError(f"Champ inconnu pour « {self.kind.label} » : {key}.")
        fields = [None if k == key else k for k in self.fields]
        settled = {key, self.fields[column]}
        fields[column] = key
        return replace(self, fields=tuple(fields), ambiguous=tuple(
            (field, columns) for field, columns in self.ambiguous
            if field not in settled and column not in columns))

    def doubts(self, letter: Callable[[int], str] | None = None) -> list[str]:
        """The ambiguities, in French: « Nom » (A) ou « Nom de famille » (C) pour « Nom »
        (``letter`` gives a column's letter, when known)."""
        labels = {f.key: f.label for f in fields_for(self.kind)}

        def named(column: int) -> str:
            return f"« {self.headers[column]} »" + (f" ({letter(column)})" if letter else "")

        return [f"{' ou '.join(named(c) for c in columns)} pour le champ « {labels[key]} »"
                for key, columns in self.ambiguous]

    def to_json(self) -> str:
        return write_document(self.kind, self.headers, self.fields, self.signature)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """Raises UserError (French) when the text is not a saved mapping."""
        return cls(*read_document(text))

    def applied_to(self, headers: Sequence[str]) -> ColumnMapping:
        """This mapping carried over to ``headers`` by header name (new headers: automatic).

        Headers written twice (a plan's three « Montant € HT ») are taken in order."""
        saved: dict[str, list[str | None]] = {}
        for header, key in zip(self.headers, self.fields, strict=True):
            saved.setdefault(header_key(header), []).append(key)
        chosen: list[str | None] = []
        used: set[str | None] = {None}
        known = [header_key(header) in saved for header in headers]
        for header in headers:
            keys = saved.get(header_key(header))
            key = keys.pop(0) if keys else None
            chosen.append(key if key not in used else None)
            used.add(key)
        automatic = map_columns(headers, self.kind)
        for i, _header in enumerate(headers):
            auto = automatic.fields[i]
            if not known[i] and auto not in used:
                chosen[i] = auto
                used.add(auto)
        return ColumnMapping(self.kind, tuple(headers), tuple(chosen))


def signature_of(headers: Sequence[str]) -> str:
    joined = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


@cache
def _lookup(kind: RecordKind) -> tuple[dict[str, list[int]], dict[int, dict[str, list[int]]]]:
    """The kind's field names, to look a header key up rather than compare it to each:
    exact key -> field indexes, and prefix length -> {prefix -> field indexes}."""
    exact: dict[str, list[int]] = {}
    prefixes: dict[int, dict[str, list[int]]] = {}
    for index, field in enumerate(fields_for(kind)):
        for key in _keys(field):
            exact.setdefault(key, []).append(index)
            if len(key) >= _PREFIX_MIN:
                prefixes.setdefault(len(key), {}).setdefault(key, []).append(index)
    return exact, prefixes


def _candidates(key: str, strength: int, kind: RecordKind) -> list[int]:
    """Indexes of the fields ``key`` matches with ``strength`` — 2: one of the field's
    names; 1: starts with one of its names at least ``_PREFIX_MIN`` long — in field
    order: a dictionary look-up per prefix length, whatever the number of columns."""
    exact, prefixes = _lookup(kind)
    if strength == 2:
        return exact.get(key, [])
    equal = set(exact.get(key, ()))
    found = {index for length, names in prefixes.items() if len(key) >= length
             for index in names.get(key[:length], ()) if index not in equal}
    return sorted(found)


def _map(keys: Sequence[str], kind: RecordKind
         ) -> tuple[list[str | None], list[int], list[tuple[str, tuple[int, ...]]]]:
    """The field chosen for each header key, the strength of each choice, and the fields
    other columns left unmapped match just as strongly (the doubts)."""
    fields = fields_for(kind)
    chosen: list[str | None] = [None] * len(keys)
    strengths = [0] * len(keys)
    used: set[str] = set()
    for strength in (2, 1):
        for i, key in enumerate(keys):
            if chosen[i] is not None or not key:
                continue
            for index in _candidates(key, strength, kind):
                if fields[index].key not in used:
                    chosen[i], strengths[i] = fields[index].key, strength
                    used.add(fields[index].key)
                    break
    return chosen, strengths, _doubts(keys, kind, chosen, strengths)


def _doubts(keys: Sequence[str], kind: RecordKind, chosen: list[str | None],
            strengths: list[int]) -> list[tuple[str, tuple[int, ...]]]:
    fields = fields_for(kind)
    rivals: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if chosen[i] is not None or not key:
            continue
        for strength in (2, 1):
            for index in _candidates(key, strength, kind):
                field = fields[index].key
                first = chosen.index(field) if field in chosen else None
                if first is not None and strengths[first] == strength:
                    rivals.setdefault(field, [first]).append(i)
    return [(field, tuple(columns)) for field, columns in rivals.items()]


def map_columns(headers: Sequence[str], kind: RecordKind) -> ColumnMapping:
    """The automatic mapping: exact names first, then headers starting with a known name.

    Each field is fed by one column at most (the leftmost); a second
    "Téléphone" column stays unmapped and is reported. Linear in the number of
    columns (a CSV may have thousands).
    """
    chosen, _, doubts = _map([header_key(h) for h in headers], kind)
    return ColumnMapping(kind, tuple(headers), tuple(chosen), tuple(doubts))


#: A kind is recognised when this share of the named columns fits it…
CONFIDENT_SHARE = 0.5
#: …with at least this many columns recognised (or every column, if fewer)…
CONFIDENT_COLUMNS = 3
#: …and this far ahead of the next kind, unless the sheet's name points to it.
CONFIDENT_MARGIN = 0.15
_UNNAMED = re.compile(r"^Colonne [A-Z]{1,3}$")  # a blank header, named by the reader
#: Fields that lists of every sort have (a title, a description, an identifier): a kind is
#: recognised only with one of its other fields too, or a sheet named for it. A list of
#: indicators (« identifiant, titre, description, thématiques ») is no list of projects.
_COMMONPLACE: dict[RecordKind, frozenset[str]] = {
    RecordKind.PROJECT: frozenset({"code", "title", "summary", "themes", "notes"}),
    RecordKind.INTERACTION: frozenset({"title", "notes", "place"}),
}


@dataclass(frozen=True, slots=True)
class KindScore:
    """How well a sheet's headers fit one kind of record."""

    kind: RecordKind
    recognised: int  # columns mapped to one of the kind's fields
    score: float  # share of the named columns recognised (a prefix counts half), + a hint
    complete: bool  # every required field has a column
    hinted: bool  # the sheet's name points to the kind
    telling: bool  # a field other than the commonplace ones is recognised


@dataclass(frozen=True, slots=True)
class Detection:
    """What a sheet holds: the kinds it could be, best first, and whether the best is sure.

    A guess from one or two matching columns is never enough: below the thresholds the
    caller asks (the wizard) or refuses, naming the candidates (the command line).
    """

    scores: tuple[KindScore, ...]
    named: int  # columns with a header

    @property
    def kind(self) -> RecordKind | None:
        """The kind recognised, or None when no kind is clearly recognised."""
        return self.scores[0].kind if self.confident else None

    @property
    def proposal(self) -> RecordKind | None:
        """What the wizard proposes: the kind recognised, else the kind most of the columns
        fit even though a required column is not found by its name (the mapping page then
        asks for it); None when nothing fits that well."""
        if self.confident:
            return self.scores[0].kind
        best = max(self.scores, key=lambda score: score.score)
        fits = best.score >= CONFIDENT_SHARE and (best.telling or best.hinted) and \
            best.recognised >= min(CONFIDENT_COLUMNS, max(self.named, 2))
        return best.kind if fits and not best.complete else None

    @property
    def confident(self) -> bool:
        best, *others = self.scores
        enough = best.recognised >= min(CONFIDENT_COLUMNS, max(self.named, 2))
        ahead = not others or best.score - others[0].score >= CONFIDENT_MARGIN or \
            (best.hinted and not others[0].hinted)
        return best.complete and (best.telling or best.hinted) and enough and \
            best.score >= CONFIDENT_SHARE and ahead

    def candidates(self) -> list[KindScore]:
        """The kinds some column fits, best first."""
        return [score for score in self.scores if score.recognised]

    def describe(self) -> str:
        """The candidates in French: « projets (2 colonnes reconnues sur 8), … »."""
        found = [f"{score.kind.label.lower()} ({score.recognised} colonne(s) reconnue(s) "
                 f"sur {self.named})" for score in self.candidates()]
        return ", ".join(found) or "aucun"


@cache
def _unused_keys(kind: RecordKind) -> frozenset[str]:
    return frozenset(header_key(name) for name in KNOWN_UNUSED.get(kind, ()))


def detect_kind(headers: Sequence[str], sheet: str | None = None) -> Detection:
    """How well the headers (and the sheet's name) fit each kind of record."""
    sheet_key = fold(sheet or "")
    keys = [header_key(h) for h in headers]
    named = sum(1 for h, key in zip(headers, keys, strict=True)
                if key and not _UNNAMED.match(h))
    scores = []
    for kind in RecordKind:
        chosen, strengths, _ = _map(keys, kind)
        unused = _unused_keys(kind)
        strengths = [2 if not strength and key in unused else strength
                     for key, strength in zip(keys, strengths, strict=True)]
        hinted = any(hint in sheet_key for hint in _SHEET_HINTS[kind])
        share = sum(strengths) / 2 / max(named, 1)
        commonplace = _COMMONPLACE.get(kind, frozenset())
        scores.append(KindScore(
            kind, sum(1 for s in strengths if s), min(1.0, share + (0.2 if hinted else 0)),
            all(f.key in chosen for f in fields_for(kind) if f.required), hinted,
            any(key is not None and key not in commonplace for key in chosen)))
    ranked = sorted(scores, key=lambda s: (s.complete, s.score, -list(FIELDS).index(s.kind)),
                    reverse=True)
    return Detection(tuple(ranked), named)


class MappingStore:
    """Saved mappings in a folder, one JSON file per header signature and kind."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @classmethod
    def default(cls) -> MappingStore:
        """The store in the user's data folder, next to the default database."""
        return cls(user_data_path(APP_NAME, appauthor=False) / "correspondances")

    def _path(self, signature: str, kind: RecordKind) -> Path:
        return self.directory / f"{signature}-{kind.value}.json"

    def save(self, mapping: ColumnMapping) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        text = mapping.to_json()
        # The store's own file: replaced without asking, but never left half written.
        return write_file(self._path(mapping.signature, mapping.kind),
                          lambda temporary: temporary.write_text(text, encoding="utf-8"),
                          replace=True)

    def find(self, headers: Sequence[str], kind: RecordKind | None = None) -> ColumnMapping | None:
        """The mapping saved for this header signature (and kind, if given), if any."""
        signature = signature_of(headers)
        kinds = [kind] if kind else list(RecordKind)
        for candidate in kinds:
            path = self._path(signature, candidate)
            if path.is_file():
                return ColumnMapping.from_json(path.read_text(encoding="utf-8"))
        return None
