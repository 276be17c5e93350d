"""Open a spreadsheet or CSV file to import: find its format, its sheets, its header.

The format is decided from the file's content, never its name. Workbooks are
read with python-calamine (fast; xlsx, xlsm, xlsb, ods, xls); formula and
error cells of xlsx/xlsm are found by a streamed scan of the sheet XML.
CSV files are streamed line by line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ingenierie.services.importing.fields import Field
from ingenierie.services.importing.table import FileFormat, Table


def detect_format(path: str | Path) -> FileFormat:
    """The file's real format, from its first bytes and, for zips, its parts.

    Raises ImportFileError for a missing, empty, password-protected,
    truncated or unsupported file, and for a zip declaring an implausible
    uncompressed size (zip bomb).
    """
    raise NotImplementedError


def list_sheets(path: str | Path) -> list[str]:
    """Names of the visible worksheets, in workbook order (``[]`` for a CSV file)."""
    raise NotImplementedError


def open_table(path: str | Path, sheet: str | None = None, *, header_row: int | None = None,
               fields: Sequence[Field] | None = None) -> Table:
    """Open one sheet (the first visible one by default) as a :class:`Table`.

    ``header_row`` (1-based) forces the header; otherwise the first ~20 rows are
    scanned for the row matching the most known headers of ``fields`` (every
    record kind's fields by default). Raises ImportFileError when the file
    cannot be read and NoDataError when the sheet holds nothing.
    """
    raise NotImplementedError
