"""Cells of the export: typed, formatted, and never executable.

Dates are dates, amounts numbers in euros with a € format, shares percentages. Line
breaks are written as LF, the only one a workbook's XML gives back. Text
is data: one starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return —
which a spreadsheet would run as a formula — is written as a string cell with
Excel's « quote prefix » (the text is unchanged and stays text when edited), and
``#N/A`` stays the text ``#N/A`` rather than an error value. Characters a workbook
cannot hold are removed, and a text over 32 767 characters (a cell's limit) is cut;
both are counted as warnings for the summary sheet — never silently.

Styled cells are made once per column and refilled row after row: openpyxl's
write-only sheet writes each row as it is appended, so one template serves them all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MAX_CELL = 32_767
_RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ERROR_LOOKALIKE = re.compile(r"^#[A-Z0-9/!?]+[!?]?$")


class Format(Enum):
    """How a column's values are written."""

    TEXT = "text"
    ID = "id"
    DATE = "date"
    EUROS = "euros"  # integer cents in, euros out
    PERCENT = "percent"  # a share (0.25) shown as 25 %
    INTEGER = "integer"
    DECIMAL = "decimal"


NUMBER_FORMATS = {Format.DATE: "DD/MM/YYYY", Format.EUROS: '#,##0.00\\ "€"',
                  Format.PERCENT: "0%", Format.DECIMAL: "0.####"}
HEADER_FONT = Font(bold=True, color="1F2D3D")
HEADER_FILL = PatternFill("solid", fgColor="E1ECF8")


@dataclass(slots=True)
class Warnings:
    """What the export had to change, by (sheet, column, what): counted, shown in the
    summary with the first row concerned."""

    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    first_row: dict[tuple[str, str, str], int] = field(default_factory=dict)

    def add(self, sheet: str, column: str, what: str, row: int) -> None:
        key = (sheet, column, what)
        self.counts[key] += 1
        self.first_row.setdefault(key, row)

    def lines(self) -> list[str]:
        return [f"Feuille « {sheet} », colonne « {column} » : {what} dans "
                f"{count} cellule(s), à partir de la ligne {self.first_row[(sheet, column, what)]}."
                for (sheet, column, what), count in sorted(self.counts.items())]


CONTROL = "caractères de contrôle retirés"
CUT = f"texte coupé à {MAX_CELL:,} caractères (limite d'une cellule)".replace(",", " ")


def header_cell(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    return cell


class ColumnWriter:
    """Turns one column's values into what the write-only sheet appends."""

    def __init__(self, sheet: WriteOnlyWorksheet, name: str, header: str, fmt: Format,
                 warnings: Warnings) -> None:
        self.sheet_name, self.header, self.format = name, header, fmt
        self.warnings = warnings
        self._styled = WriteOnlyCell(sheet)
        if fmt in NUMBER_FORMATS:
            self._styled.number_format = NUMBER_FORMATS[fmt]
        self._text = WriteOnlyCell(sheet)
        self._text.quotePrefix = True
        self.write: Callable[[Any, int], Any] = {
            Format.TEXT: self._write_text, Format.ID: self._write_plain,
            Format.INTEGER: self._write_plain, Format.DATE: self._write_styled,
            Format.EUROS: self._write_euros, Format.PERCENT: self._write_styled,
            Format.DECIMAL: self._write_styled}[fmt]

    def _write_plain(self, value: Any, _row: int) -> Any:
        return value

    def _write_styled(self, value: Any, _row: int) -> Any:
        if value is None:
            return None
        self._styled.value = value
        return self._styled

    def _write_euros(self, cents: int | None, row: int) -> Any:
        return None if cents is None else self._write_styled(cents / 100, row)

    def _write_text(self, value: Any, row: int) -> Any:
        if value is None:
            return None
        text = value.label if isinstance(value, Enum) and hasattr(value, "label") else str(value)
        if _ILLEGAL.search(text):
            text = _ILLEGAL.sub("", text)
            self.warnings.add(self.sheet_name, self.header, CONTROL, row)
        if len(text) > MAX_CELL:
            text = text[:MAX_CELL]
            self.warnings.add(self.sheet_name, self.header, CUT, row)
        risky = text.startswith(_RISKY_STARTS)
        if "\r" in text:  # a workbook's XML reads a bare CR back as LF: write what it reads
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if risky or _ERROR_LOOKALIKE.match(text):
            self._text.value = text
            self._text.data_type = "s"  # openpyxl took it for a formula or an error value
            return self._text
        return text
