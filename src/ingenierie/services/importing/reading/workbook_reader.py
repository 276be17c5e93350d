"""Read workbooks (xlsx, xlsm, xlsb, ods, xls) with python-calamine; stream huge xlsx sheets.

Why calamine (measured on this 2-core machine, 100 000 × 15 sheet): about
88 000 rows/s raw with a 150 MB peak, where openpyxl's read-only mode reads
about 4 000 rows/s. Calamine does not trust the declared sheet dimension,
decodes ``_x000D_`` escapes, reads .ods/.xls/.xlsb too and parses XML with
quick-xml (no entity expansion). But it holds the whole sheet in memory
(about 1.5 kB per 15-column row), so an xlsx sheet whose XML exceeds
``STREAM_ABOVE`` (about 150 000 such rows) is streamed with openpyxl
read-only instead: slow, but flat in memory. So is a sheet whose cells are spread
far apart (one value in ``XFD1048576``): calamine's grid spans them all, 32 bytes a
cell, and would abort the process (see ``extent``). What calamine cannot tell —
formula cells and error values — and what openpyxl read-only cannot give —
merged ranges — come from ``sheet_xml``'s scan of the sheet XML; for .ods, all
three come from ``ods_xml``. In .xls and .xlsb, formulas give their cached values
without a warning.
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl
import python_calamine as calamine
from defusedxml import DefusedXmlException

from ingenierie.services.importing.reading.errors import ImportFileError, NoDataError
from ingenierie.services.importing.reading.extent import AbsurdReference
from ingenierie.services.importing.reading.formats import FORBIDDEN_XML
from ingenierie.services.importing.reading.layout import Grid, RawRows
from ingenierie.services.importing.reading.ods_xml import scan_ods_sheet
from ingenierie.services.importing.reading.sheet_xml import SheetScan, scan_sheet, sheet_size
from ingenierie.services.importing.reading.table import FileFormat

log = logging.getLogger(__name__)

#: Uncompressed sheet XML size above which an xlsx sheet is streamed (about 150 000 rows).
STREAM_ABOVE = 120 * 1024**2
_DAMAGED = ("Le classeur est endommagé ou incomplet et ne peut pas être lu : rouvrez-le dans "
            "Excel ou LibreOffice et enregistrez-le à nouveau.")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


#: What the parsers raise on a malformed file (openpyxl's descriptors raise TypeError on
#: an odd attribute, ElementTree's ParseError is a SyntaxError, calamine its own errors).
_PARSER_FAILURES = (OSError, EOFError, KeyError, IndexError, ValueError, TypeError,
                    AttributeError, SyntaxError, zipfile.BadZipFile, zlib.error,
                    calamine.CalamineError)


@contextmanager
def _reading(path: Path, sheet: str | None = None) -> Iterator[None]:
    """Turn a parser's failure on a malformed or hostile file into a French message."""
    try:
        yield
    except ImportFileError:
        raise
    except calamine.PasswordError as exc:
        raise ImportFileError("Ce classeur est protégé par mot de passe : retirez la protection "
                              "dans Excel puis importez-le à nouveau.", file=path) from exc
    except DefusedXmlException as exc:
        raise ImportFileError(FORBIDDEN_XML, file=path, sheet=sheet) from exc
    except AbsurdReference as error:
        raise ImportFileError(
            f"La référence de cellule « {error.ref} » dépasse les limites d'Excel (colonne "
            "XFD, ligne 1 048 576) ou décrit des cellules fusionnées impossibles : le classeur "
            "est endommagé ou fabriqué, il est refusé.", file=path, sheet=sheet) from error
    except _PARSER_FAILURES as exc:
        raise ImportFileError(_DAMAGED, file=path, sheet=sheet) from exc
    except BaseException as exc:  # a Rust panic in calamine is a BaseException
        if type(exc).__name__ != "PanicException":
            raise
        log.warning("calamine panicked on %s: %s", path.name, exc)
        raise ImportFileError(_DAMAGED, file=path, sheet=sheet) from exc


def _open(path: Path) -> calamine.CalamineWorkbook:
    with _reading(path):
        return calamine.CalamineWorkbook.from_path(str(path))


def worksheet_names(path: Path) -> list[str]:
    """Visible worksheets, in workbook order."""
    with _open(path) as workbook:
        return [meta.name for meta in workbook.sheets_metadata
                if meta.typ == calamine.SheetTypeEnum.WorkSheet
                and meta.visible == calamine.SheetVisibleEnum.Visible]


def load_grid(path: Path, format_: FileFormat, sheet: str | None,
              streaming: bool | None = None) -> tuple[str, Grid]:
    """The sheet's name and its Grid; the first visible worksheet when ``sheet`` is None.

    ``streaming`` forces (True) or forbids (False) the openpyxl streaming
    reader for an xlsx sheet; by default it is chosen by the sheet's size.
    """
    names = worksheet_names(path)
    if sheet is None:
        if not names:
            raise NoDataError("Le classeur ne contient aucune feuille de données.", file=path)
        sheet = names[0]
    if sheet not in names and sheet not in _all_names(path):
        listed = ", ".join(f"« {n} »" for n in names)
        raise ImportFileError(f"Le classeur n'a pas de feuille « {sheet} » "
                              f"(feuilles : {listed}).", file=path)
    if format_ is FileFormat.ODS:
        with _reading(path, sheet):  # XML cut short, a DTD…
            scan = scan_ods_sheet(path, sheet)
        grid = _calamine_grid(path, sheet, merged=scan.merged)
        _take_scan(grid, scan)
        return sheet, grid
    if format_ is not FileFormat.XLSX:
        return sheet, _calamine_grid(path, sheet, merged=None)
    scan = _scan_xlsx(path, sheet)
    if streaming is None:  # calamine holds a grid spanning the cells: only when it is small
        streaming = _part_size(path, sheet) > STREAM_ABOVE or not scan.extent.dense
    if streaming:
        left = scan.first_column
        grid = Grid(rows=lambda: _openpyxl_rows(path, sheet, left), first_column=left + 1,
                    width=scan.width, merged=scan.merged)
    else:
        grid = _calamine_grid(path, sheet, merged=scan.merged)
    _take_scan(grid, scan)
    return sheet, grid


def _take_scan(grid: Grid, scan: SheetScan) -> None:
    """What the XML scan found that the reader cannot tell: marks and hidden rows."""
    grid.marks = scan.marks
    grid.hidden = frozenset(row + 1 for row in scan.hidden)
    grid.filtered = scan.filtered


def _scan_xlsx(path: Path, sheet: str) -> SheetScan:
    with _reading(path, sheet):
        return scan_sheet(path, sheet)


def _part_size(path: Path, sheet: str) -> int:
    with _reading(path, sheet):
        return sheet_size(path, sheet)


def _all_names(path: Path) -> list[str]:
    with _open(path) as workbook:
        return list(workbook.sheet_names)


def _calamine_grid(path: Path, sheet: str, merged: list[Any] | None) -> Grid:
    with _open(path) as workbook, _reading(path, sheet):
        data = workbook.get_sheet_by_name(sheet)
    start = data.start

    def rows() -> RawRows:
        return _calamine_rows(data.iter_rows()) if start else iter(())

    return Grid(rows=rows, first_column=start[1] + 1 if start else 1,
                width=data.width if start else 0,
                merged=tuple(merged if merged is not None else data.merged_cell_ranges or ()))


def _calamine_rows(source: Iterator[list[Any]]) -> RawRows:
    # calamine yields rows from the sheet's first row, columns from its first used column;
    # numbers come as floats (1000.0), blanks as "". Inlined: this runs for every cell.
    for index, values in enumerate(source, start=1):
        yield index, [None if v == "" else int(v) if v.__class__ is float and v.is_integer()
                      else v for v in values]


def _openpyxl_rows(path: Path, sheet: str, left: int) -> RawRows:
    """Stream with openpyxl read-only: dimension reset, ``_x000D_`` escapes decoded."""
    with _reading(path, sheet):
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            worksheet = workbook[sheet]
            worksheet.reset_dimensions()
            for index, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                yield index, [_openpyxl_cell(v) for v in values[left:]]
        finally:
            workbook.close()


def _openpyxl_cell(value: Any) -> Any:
    if value == "" or value is None:
        return None
    if value.__class__ is str and "_x" in value:
        return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    if value.__class__ is float and value.is_integer():
        return int(value)
    return value
