"""Open a spreadsheet or CSV file to import: find its format, its sheets, its header.

The format is decided from the file's content, never its name (``formats``).
Workbooks are read with python-calamine (``workbook_reader``), CSV files are
streamed (``csv_reader``); both go through ``layout`` to find the header and
sort data rows from blank, total, section and footnote rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl

from ingenierie.errors import UserError
from ingenierie.services.importing.mapping.fields import Field, all_fields
from ingenierie.services.importing.mapping.headers import known_header_count
from ingenierie.services.importing.reading import csv_reader, workbook_reader
from ingenierie.services.importing.reading.formats import detect
from ingenierie.services.importing.reading.layout import build_table
from ingenierie.services.importing.reading.table import FileFormat, Table


def ensure_safe_xml() -> None:
    """Refuse to read workbooks when openpyxl would expand XML entities (no defusedxml)."""
    if not openpyxl.DEFUSEDXML:
        raise UserError("L'installation est incomplète : le module de sécurité « defusedxml » "
                        "est absent, la lecture des classeurs est désactivée.")


def detect_format(path: str | Path) -> FileFormat:
    """The file's real format, from its first bytes and, for zips, its parts.

    Raises ImportFileError for a missing, password-protected, truncated or
    unsupported file, and for a zip declaring an implausible uncompressed
    size (zip bomb); NoDataError for an empty (0-byte) file.
    """
    return detect(Path(path)).format


def list_sheets(path: str | Path) -> list[str]:
    """Names of the visible worksheets, in workbook order (``[]`` for a CSV file)."""
    path = Path(path)
    if detect(path).format is FileFormat.CSV:
        return []
    ensure_safe_xml()
    return workbook_reader.worksheet_names(path)


def open_table(path: str | Path, sheet: str | None = None, *, header_row: int | None = None,
               fields: Sequence[Field] | None = None, streaming: bool | None = None) -> Table:
    """Open one sheet (the first visible one by default) as a :class:`Table`.

    ``header_row`` (1-based) forces the header; otherwise the first 20
    non-blank rows are scanned for the row matching the most known headers of
    ``fields`` (every record kind's fields by default). Raises ImportFileError
    when the file cannot be read and NoDataError when the sheet holds nothing.
    A CSV file named .xlsx is read as CSV, with a notice on the table.
    ``streaming`` forces (True) or forbids (False) the slow, flat-memory reader
    for an xlsx sheet; by default sheets of more than about 150 000 rows use it.
    """
    path = Path(path)
    ensure_safe_xml()
    detected = detect(path)
    fields = all_fields() if fields is None else fields
    if detected.format is FileFormat.CSV:
        grid, sheet = csv_reader.load_grid(path), None
    else:
        sheet, grid = workbook_reader.load_grid(path, detected.format, sheet, streaming)
    table = build_table(path, detected.format, sheet, grid, header_row=header_row, fields=fields)
    if detected.notice:
        table.notices.append(detected.notice)
    if header_row is None and known_header_count(table.headers, fields) == 0:
        table.notices.append(
            f"Aucun en-tête de colonne connu n'a été reconnu : la ligne {table.header_row} est "
            "prise comme ligne d'en-tête. Vérifiez-la et corrigez la correspondance des colonnes.")
    return table
