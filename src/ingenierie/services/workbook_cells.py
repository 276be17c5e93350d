"""Cells of the workbooks we write (rejects, exports): text stays text, never a formula.

A value typed by a user that starts with ``=``, ``+``, ``-`` or ``@`` would be run
as a formula by a spreadsheet if written as one; written as a string cell it is
shown as typed. Characters XML cannot hold are replaced, visibly.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet


def sheet_cell(sheet: WriteOnlyWorksheet, value: Any, *, bold: bool = False,
               number_format: str | None = None) -> Cell:
    """A write-only cell holding ``value`` with its own type (dates as dates, numbers as
    numbers, text as text)."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # text stays text, even "=1+1"
    if bold:
        cell.font = Font(bold=True)
    if number_format is not None:
        cell.number_format = number_format
    return cell
