"""Turn a sheet's raw rows into a Table: header, data rows, and the rows left out.

Shared by the workbook and CSV readers. Below the header, a row is left out
(and reported) when it is blank, a "Total" line, a footnote, or a section
label (a single text cell). Vertically merged cells are filled down with a
warning; formula and error cells get a note.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from ingenierie.models.vocabulary import fold
from ingenierie.services.importing.mapping.fields import Field
from ingenierie.services.importing.mapping.headers import HEADER_SCAN_ROWS, find_header_row
from ingenierie.services.importing.reading.errors import ImportFileError, NoDataError
from ingenierie.services.importing.reading.sheet_xml import CellMark, Marks, Range
from ingenierie.services.importing.reading.table import (
    CellNote,
    CellValue,
    FileFormat,
    Severity,
    SkippedRow,
    SkipReason,
    SourceRow,
    Table,
)

RawRows = Iterator[tuple[int, list[CellValue]]]  # (1-based row number, values from first_column)

_TOTAL = re.compile(r"^(sous )?total(aux)?\b")
_FOOTNOTE = re.compile(r"^(\*|\(\d+\)|\d+\)|[¹²³]|source|note|n\s?b\b|lecture|champ|avertissement)",
                       re.IGNORECASE)
#: In a narrower table, a lone text cell in column A or B is data, not a section label.
_SECTION_MIN_WIDTH = 4
#: Templates describe their columns under the header (Territoires en Transitions: a row
#: of field types, « Champ texte », then a row of instructions): words that tell them.
_DESCRIBING = re.compile(
    r"^(champ |ce champ|saisissez|choisissez|utilisez|indiquez|indiquer|renseignez|"
    r"reseignez|presentez|texte court|si vos|creez sous la forme|champ obligatoire)")
#: Rows just below the header looked at for such descriptions.
_DESCRIPTION_ROWS = 3


@dataclass(slots=True)
class Grid:
    """A sheet as a reader sees it, before any header is known."""

    rows: Callable[[], RawRows]
    first_column: int = 1  # 1-based column of each row's first value
    width: int | None = None  # columns used by the sheet, when the reader knows it
    merged: Sequence[Range] = ()
    marks: Marks = field(default_factory=dict)
    hidden: frozenset[int] = frozenset()  # 1-based rows hidden in the workbook
    filtered: bool = False


def is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def build_table(path: Path, format_: FileFormat, sheet: str | None, grid: Grid, *,
                header_row: int | None, fields: Sequence[Field]) -> Table:
    """Find (or take) the header row and return the Table streaming the rows below it."""
    where = f"La feuille « {sheet} »" if sheet else "Le fichier"
    if header_row is None:
        sample = _first_rows(grid)
        index = find_header_row([values for _, values in sample], fields)
        if index is None:
            raise NoDataError(f"{where} ne contient aucune donnée.", file=path, sheet=sheet)
        header_number, header_values = sample[index]
    else:
        found = next(((n, v) for n, v in grid.rows() if n == header_row), None)
        if found is None or all(is_blank(v) for v in found[1]):
            raise ImportFileError(f"La ligne d'en-tête {header_row} est vide ou n'existe pas.",
                                  file=path, sheet=sheet)
        header_number, header_values = found
    width = _width(grid, header_number, header_values)
    offset = grid.first_column - 1
    headers = tuple(
        _header_text(header_values[i] if i < len(header_values) else None, offset + i)
        for i in range(width))
    return Table(path=path, format=format_, sheet=sheet, header_row=header_number,
                 headers=headers, first_column=grid.first_column,
                 _source=lambda t: _data_rows(t, grid, width), filtered=grid.filtered)


def _first_rows(grid: Grid) -> list[tuple[int, list[CellValue]]]:
    sample = []
    for number, values in grid.rows():
        if not all(is_blank(v) for v in values):
            sample.append((number, values))
            if len(sample) == HEADER_SCAN_ROWS:
                break
    return sample


def _width(grid: Grid, header_number: int, header_values: list[CellValue]) -> int:
    """Up to the last named header or the last column holding data, whichever is further."""
    width = max((i + 1 for i, v in enumerate(header_values) if not is_blank(v)), default=0)
    if grid.width is not None:
        return max(width, grid.width)
    for number, values in grid.rows():
        if number > header_number:
            for i in range(len(values) - 1, width - 1, -1):
                if not is_blank(values[i]):
                    width = i + 1
                    break
    return width


def _header_text(value: CellValue, column: int) -> str:
    if is_blank(value):
        return f"Colonne {get_column_letter(column + 1)}"
    return value if isinstance(value, str) else str(value)


def _data_rows(table: Table, grid: Grid, width: int) -> Iterator[SourceRow]:
    header_number, offset = table.header_row, grid.first_column - 1
    covered = _vertical_merges(grid.merged, header_number, offset, width)
    anchor_columns: dict[int, set[int]] = defaultdict(set)
    for cells in covered.values():
        for _, (anchor_row, column) in cells:
            anchor_columns[anchor_row].add(column)
    marks_by_row: dict[int, list[tuple[int, CellMark]]] = defaultdict(list)
    for (row, col), mark in grid.marks.items():
        if row + 1 > header_number and 0 <= col - offset < width:
            marks_by_row[row + 1].append((col - offset, mark))
    wide_merges = {r0 + 1 for (r0, c0), (_, c1) in grid.merged if c1 > c0}
    anchors: dict[tuple[int, int], CellValue] = {}
    blanks: list[list[int]] = []  # runs of blank rows: [first, count]
    after_total = False
    described = 0  # rows below the header looked at for column descriptions
    for number, raw in grid.rows():
        if number <= header_number:
            continue
        filled = _first_filled(raw)
        special = number in covered or number in marks_by_row or number in anchor_columns
        if not filled and not special:
            _add_blank(blanks, number)  # not widened: a sparse sheet has a million of these
            continue
        values = list(raw[:width]) + [None] * (width - len(raw))
        notes: list[CellNote] = []
        marked = marks_by_row.get(number, ())
        if special:
            for column, anchor in covered.get(number, ()):
                value = anchors.get(anchor)
                if not is_blank(value) and is_blank(values[column]):
                    values[column] = value
                    notes.append(CellNote(column, Severity.WARNING,
                                          f"Cellule fusionnée : la valeur de la ligne "
                                          f"{anchor[0]} (« {value} ») est reprise."))
            for column, mark in marked:
                notes.append(_mark_note(column, mark, values))
                if mark.error:
                    values[column] = None
            for column in anchor_columns.get(number, ()):
                anchors[(number, column)] = values[column]
        if special or len(raw) > width:
            filled = _first_filled(values)
        if marked:  # a formula or error cell counts as content even when it reads as empty
            filled = sorted(set(filled) | {column for column, _ in marked})
        if not filled:
            _add_blank(blanks, number)
            continue
        reason = _skip_reason(values, filled, after_total, number in wide_merges)
        if described < _DESCRIPTION_ROWS:
            described += 1
            if reason is None and _describes_columns(values):
                reason = SkipReason.DESCRIPTION
            elif reason is None:
                described = _DESCRIPTION_ROWS  # data has begun
        table.skipped.extend(SkippedRow(n, SkipReason.BLANK, count=c) for n, c in blanks)
        blanks.clear()
        hidden = number in grid.hidden
        if reason is None and hidden and table.skip_hidden:
            reason = table.hidden_reason
        if reason is not None:
            after_total = after_total or reason is SkipReason.TOTAL
            table.skipped.append(SkippedRow(number, reason, _first_text(values, filled)))
            continue
        if hidden:
            table.hidden.append(number)
        yield SourceRow(number, tuple(values), tuple(notes), hidden)


def _add_blank(runs: list[list[int]], number: int) -> None:
    if runs and runs[-1][0] + runs[-1][1] == number:
        runs[-1][1] += 1
    else:
        runs.append([number, 1])


def _first_filled(values: list[CellValue]) -> list[int]:
    """The indexes of the first two non-blank cells: all that the row's sorting needs."""
    filled = []
    for index, value in enumerate(values):
        if value is not None and (value.__class__ is not str or value.strip()):  # is_blank
            filled.append(index)
            if len(filled) == 2:
                break
    return filled


def _vertical_merges(merged: Sequence[Range], header_number: int, offset: int,
                     width: int) -> dict[int, list[tuple[int, tuple[int, int]]]]:
    """Row number -> [(column, (anchor row number, column))] for cells covered by a merge."""
    covered: dict[int, list[tuple[int, tuple[int, int]]]] = defaultdict(list)
    for (r0, c0), (r1, _c1) in merged:
        column = c0 - offset
        if r1 > r0 and r0 + 1 > header_number and 0 <= column < width:
            for row in range(r0 + 2, r1 + 2):
                covered[row].append((column, (r0 + 1, column)))
    return covered


def _mark_note(column: int, mark: CellMark, values: list[CellValue]) -> CellNote:
    if mark.error:
        return CellNote(column, Severity.ERROR,
                        f"La cellule contient une erreur de calcul ({mark.error}) : "
                        "corrigez la formule.")
    if is_blank(values[column]):
        return CellNote(column, Severity.WARNING,
                        "Formule sans valeur calculée : la cellule est lue comme vide.")
    return CellNote(column, Severity.WARNING,
                    f"La cellule contient une formule : sa dernière valeur calculée "
                    f"(« {values[column]} ») est importée.")


def _skip_reason(values: list[CellValue], filled: list[int], after_total: bool,
                 merged_across: bool) -> SkipReason | None:
    first = values[filled[0]]
    if isinstance(first, str) and first.lstrip()[:1] in "TtSs" and _TOTAL.match(fold(first)):
        return SkipReason.TOTAL
    if len(filled) == 1 and isinstance(first, str):
        if after_total or _FOOTNOTE.match(first.strip()):
            return SkipReason.FOOTNOTE
        if merged_across or (len(values) >= _SECTION_MIN_WIDTH and filled[0] <= 1):
            return SkipReason.SECTION
    return None


def _describes_columns(values: list[CellValue]) -> bool:
    """Whether most of the row's texts describe a column rather than hold a value."""
    texts = [fold(value.lstrip("➔➜→-• ")) for value in values
             if isinstance(value, str) and value.strip()]
    described = sum(1 for text in texts if _DESCRIBING.match(text))
    return len(texts) >= 3 and described * 2 >= len(texts)


#: Characters of a skipped row's text quoted in the report.
_QUOTED_TEXT = 80


def _first_text(values: list[CellValue], filled: list[int]) -> str:
    """The row's first text, its first line only, cut if long: enough to find the row."""
    text = next((str(values[i]).strip() for i in filled if not is_blank(values[i])), "")
    line = text.splitlines()[0].strip() if text else ""
    return line if len(line) <= _QUOTED_TEXT and line == text else \
        f"{line[:_QUOTED_TEXT - 1]}…"
