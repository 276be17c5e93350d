"""Find the header row of a sheet and map its columns to fields.

Headers are compared after folding (case, accents, spacing, punctuation and a
trailing unit such as "(€)" ignored). A mapping can be corrected by the user,
saved as a small JSON file keyed by the header signature, and found again for
the next file of the same shape.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ingenierie.services.importing.fields import Field, RecordKind
from ingenierie.services.importing.table import CellValue

#: How many rows from the top are searched for the header.
HEADER_SCAN_ROWS = 20


def find_header_row(rows: Sequence[Sequence[CellValue]], fields: Sequence[Field]) -> int | None:
    """Index in ``rows`` of the row matching the most known header names of ``fields``.

    Falls back to the first row with at least two text cells when no row
    matches a known name; ``None`` when every row is blank.
    """
    raise NotImplementedError


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which field each column feeds (``None``: the column is ignored)."""

    kind: RecordKind
    headers: tuple[str, ...]
    fields: tuple[str | None, ...]  # one field key (or None) per header

    @property
    def signature(self) -> str:
        """A key for "a file of the same shape": the folded headers, hashed."""
        raise NotImplementedError

    def column_of(self, key: str) -> int | None:
        """Index of the column mapped to field ``key``."""
        raise NotImplementedError

    def unmapped(self) -> list[tuple[int, str]]:
        """Columns left out, as (index, header), to show the user."""
        raise NotImplementedError

    def missing_required(self) -> list[Field]:
        """Required fields of the kind that no column feeds."""
        raise NotImplementedError

    def with_field(self, column: int, key: str | None) -> ColumnMapping:
        """A copy where ``column`` feeds ``key`` (a key is fed by one column at most)."""
        raise NotImplementedError

    def to_json(self) -> str:
        raise NotImplementedError

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """Raises UserError (French) when the text is not a saved mapping."""
        raise NotImplementedError

    def applied_to(self, headers: Sequence[str]) -> ColumnMapping:
        """This mapping carried over to ``headers`` by header name (new headers: automatic)."""
        raise NotImplementedError


def map_columns(headers: Sequence[str], kind: RecordKind) -> ColumnMapping:
    """The automatic mapping of ``headers`` to ``kind``'s fields."""
    raise NotImplementedError


def guess_kind(headers: Sequence[str], sheet: str | None = None) -> RecordKind:
    """The record kind whose fields the headers (and sheet name) match best."""
    raise NotImplementedError


class MappingStore:
    """Saved mappings in a folder, one JSON file per header signature."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def save(self, mapping: ColumnMapping) -> Path:
        raise NotImplementedError

    def find(self, headers: Sequence[str], kind: RecordKind | None = None) -> ColumnMapping | None:
        """The mapping saved for this header signature, if any."""
        raise NotImplementedError
