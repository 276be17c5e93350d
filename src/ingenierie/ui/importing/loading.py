"""What the wizard reads from a file before importing: its sheets, its header, its first rows.

Runs off the GUI thread and holds no Qt. The preview keeps the rows as they are in
the file, from the top of the sheet (the title block above the header too), each
with its role, so the user sees which row is taken as the header and which rows
will be left out, and why. The header and the rows left out are decided by the
import's own reader (``open_table``): the preview cannot disagree with the import.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import Enum
from itertools import takewhile
from pathlib import Path

from ingenierie.services.importing.mapping.headers import detect_kind
from ingenierie.services.importing.parsing.parsed import show
from ingenierie.services.importing.reading import csv_reader, workbook_reader
from ingenierie.services.importing.reading.errors import NoDataError
from ingenierie.services.importing.reading.layout import RawRows, is_blank
from ingenierie.services.importing.reading.opening import detect_format, list_sheets, open_table
from ingenierie.services.importing.reading.table import (
    CellValue,
    FileFormat,
    SkipReason,
    SourceRow,
    Table,
)

#: Rows shown below the header row.
PREVIEW_DATA_ROWS = 20
#: Example values kept per column, for the mapping page.
SAMPLES = 3


class RowRole(Enum):
    """What the import makes of a row of the preview."""

    ABOVE = "above"  # above the header (a title block): never imported
    HEADER = "header"
    DATA = "data"
    SKIPPED = "skipped"  # below the header but left out: blank, total, section, footnote


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row of the sheet as written, one text per column of the table."""

    number: int  # Excel row, or CSV line
    values: tuple[str, ...]
    role: RowRole
    reason: str = ""  # French, for a skipped row ("ligne de total"…)


@dataclass(frozen=True, slots=True)
class SheetSnapshot:
    """One sheet of a file as the wizard shows it; plain data, safe to pass between threads."""

    path: Path
    format: FileFormat
    sheets: tuple[str, ...]  # empty for a CSV file
    sheet: str | None
    header_row: int
    headers: tuple[str, ...]
    letters: tuple[str, ...]  # the Excel column letter of each header
    rows: tuple[PreviewRow, ...]
    samples: tuple[tuple[str, ...], ...]  # a few values of each column, from the data rows
    notices: tuple[str, ...]  # French remarks on the file (a CSV named .xlsx…)


def load_sheet(path: Path, sheet: str | None = None,
               header_row: int | None = None) -> SheetSnapshot:
    """Read ``sheet`` (by default the first one holding data) for the wizard.

    ``header_row`` forces the header (the user's correction); otherwise the
    import's detection finds it. Raises ImportFileError for an unreadable file
    and NoDataError when no sheet holds anything.
    """
    file_format = detect_format(path)
    sheets = tuple(list_sheets(path))
    table = _open(path, sheets, sheet, header_row)
    limit = table.header_row + PREVIEW_DATA_ROWS
    data = list(_data_rows_until(table, limit))
    roles = {number: (RowRole.SKIPPED, row.reason.label) for row in table.skipped
             for number in range(row.number, min(row.last, limit) + 1)}
    roles.update((row.number, (RowRole.DATA, "")) for row in data)
    roles[table.header_row] = (RowRole.HEADER, "")
    width = len(table.headers)
    snapshot = SheetSnapshot(
        path=path, format=file_format, sheets=sheets, sheet=table.sheet,
        header_row=table.header_row, headers=table.headers,
        letters=tuple(table.column_letter(i) for i in range(width)), rows=(),
        samples=_samples(data, width), notices=tuple(table.notices))
    del table, data  # the sheet they hold is let go before it is read again, as written
    rows = []
    for number, cells in _raw_rows(path, file_format, snapshot.sheet, limit):
        values = tuple(show(v) if not is_blank(v) else "" for v in cells[:width])
        values += ("",) * (width - len(values))
        # Blank rows after the last data row are not reported by the reader: blank.
        role, reason = roles.get(number, (RowRole.SKIPPED, SkipReason.BLANK.label))
        if number < snapshot.header_row:
            role, reason = RowRole.ABOVE, ""
        rows.append(PreviewRow(number, values, role, reason))
    return replace(snapshot, rows=tuple(rows))


def _open(path: Path, sheets: tuple[str, ...], sheet: str | None,
          header_row: int | None) -> Table:
    """The table asked for; with no sheet named, the first sheet whose rows are of a kind
    recognised (a plan's sheet after its « Mode d'emploi »), else the first not empty."""
    if sheet is not None or len(sheets) < 2:
        return open_table(path, sheet, header_row=header_row)
    first: Table | None = None
    for name in sheets:
        try:
            table = open_table(path, name, header_row=header_row)
        except NoDataError:
            continue
        if detect_kind(table.headers, table.sheet).confident:
            return table
        first = first or table
    if first is None:
        raise NoDataError("Le classeur ne contient aucune donnée.", file=path)
    return first


def _data_rows_until(table: Table, limit: int) -> Iterator[SourceRow]:
    """Data rows up to row ``limit``; the rows left out before it are then in ``table.skipped``."""
    for row in table.rows():
        if row.number > limit:
            return
        yield row


def _raw_rows(path: Path, file_format: FileFormat, sheet: str | None,
              limit: int) -> list[tuple[int, list[CellValue]]]:
    """The sheet's rows up to row ``limit``, as written (the sheet itself is then let go)."""
    if file_format is FileFormat.CSV:
        rows: RawRows = csv_reader.load_grid(path).rows()
    else:
        rows = workbook_reader.load_grid(path, file_format, sheet)[1].rows()
    return list(takewhile(lambda row: row[0] <= limit, rows))


def _samples(rows: list[SourceRow], width: int) -> tuple[tuple[str, ...], ...]:
    found: list[list[str]] = [[] for _ in range(width)]
    for row in rows:
        for column, value in enumerate(row.values):
            if not is_blank(value) and len(found[column]) < SAMPLES \
                    and (text := show(value)) not in found[column]:
                found[column].append(text)
    return tuple(tuple(values) for values in found)
