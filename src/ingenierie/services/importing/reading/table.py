"""What a reader hands to the rest of the import: a header and numbered source rows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path

#: A cell value as readers give it: text is kept byte for byte, blanks are ``None``.
CellValue = str | int | float | bool | date | datetime | time | timedelta | None


class Severity(StrEnum):
    """How serious a note is: a warning lets the row through, an error blocks it."""

    WARNING = "warning"
    ERROR = "error"


class FileFormat(StrEnum):
    """A file's real format, found from its content rather than its name."""

    XLSX = "xlsx"  # also .xlsm: an Office Open XML zip
    XLSB = "xlsb"
    ODS = "ods"
    XLS = "xls"  # legacy BIFF inside an OLE2 container
    CSV = "csv"


@dataclass(frozen=True, slots=True)
class CellNote:
    """Something the reader knows about one cell (formula, error value, merged cell)."""

    column: int  # 0-based index into Table.headers
    severity: Severity
    message: str  # French, for the user


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One data row: ``number`` is the Excel row (1-based) or the CSV line of the record.

    ``values`` has exactly one item per header.
    """

    number: int
    values: tuple[CellValue, ...]
    notes: tuple[CellNote, ...] = ()
    hidden: bool = False  # hidden in the workbook, by hand or by a filter


class SkipReason(StrEnum):
    """Why a row below the header was not treated as data; ``label`` is French."""

    label: str

    def __new__(cls, code: str, label: str) -> SkipReason:
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member

    BLANK = "blank", "ligne vide"
    SECTION = "section", "intitulé de section"
    TOTAL = "total", "ligne de total"
    FOOTNOTE = "footnote", "note de bas de tableau"
    HIDDEN = "hidden", "ligne masquée"
    FILTERED = "filtered", "ligne masquée par un filtre"
    DESCRIPTION = "description", "description des colonnes (types de champ ou consignes)"


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row left out of the data, reported to the user with its reason."""

    number: int
    reason: SkipReason
    text: str = ""  # the row's first text, to show which row it was
    count: int = 1  # blank rows come as one run: a sparse sheet may have a million

    @property
    def last(self) -> int:
        return self.number + self.count - 1


@dataclass(slots=True)
class Table:
    """One sheet (or CSV file) read from its header row down.

    ``rows()`` streams the data rows and can be called again to restart; it
    may raise ImportFileError part-way (a CSV damaged further down), so
    nothing read before must be committed. ``skipped`` lists the rows left
    out; it is complete once ``rows()`` has been exhausted (blank rows after
    the last data row are not reported). ``notices`` are file-level remarks
    for the user (a CSV named .xlsx, a header guessed without known names).
    """

    path: Path
    format: FileFormat
    sheet: str | None  # None for CSV
    header_row: int  # 1-based Excel row, or CSV line number
    headers: tuple[str, ...]  # blank headers become "Colonne F"
    first_column: int  # 1-based Excel column of headers[0]
    _source: Callable[[Table], Iterator[SourceRow]] = field(repr=False)
    skipped: list[SkippedRow] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # file-level remarks, French
    hidden: list[int] = field(default_factory=list)  # data rows hidden in the workbook, read
    filtered: bool = False  # the sheet has a filter: its hidden rows are filtered out
    skip_hidden: bool = False  # leave hidden rows out (``skipped``) rather than read them

    @property
    def file_name(self) -> str:
        return self.path.name

    def column_letter(self, index: int) -> str:
        """The Excel column letter of ``headers[index]`` ("A", "B"…)."""
        # Here, not at the top: the window's number fields use this package's parsers,
        # and openpyxl takes a third of a second to load.
        from openpyxl.utils import get_column_letter

        return get_column_letter(self.first_column + index)

    @property
    def hidden_reason(self) -> SkipReason:
        return SkipReason.FILTERED if self.filtered else SkipReason.HIDDEN

    def rows(self) -> Iterator[SourceRow]:
        """Stream the data rows; skipped rows are collected into ``skipped``, hidden ones
        read into ``hidden``, on the way."""
        self.skipped.clear()
        self.hidden.clear()
        return self._source(self)
