"""Find the formula, error and merged cells of an xlsx sheet by streaming its XML.

python-calamine gives each cell's cached value but cannot tell a formula
(``=SUM(…)`` cached as 18153) from text typed as ``=1+1``, and it reads an
error cell (``#DIV/0!``) as empty. Both are visible in the sheet XML: a
formula cell has an ``<f>`` child, an error cell has ``t="e"``. The part is
decompressed in chunks and only chunks holding either marker are searched,
so a sheet without formulas costs one decompression pass. Merged ranges
(``<mergeCell ref="D40:D42"/>``) are read on the way, for the streaming reader
which has no other way to know them.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from defusedxml import ElementTree

from ingenierie.services.importing.reading.extent import (
    MAX_ROWS,
    AbsurdReference,
    Extent,
    column_index,
)

_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CHUNK = 1 << 20
#: Merged ranges never overlap in a real sheet: together they cover at most every row
#: of every column; far more is a file made to be filled down forever.
MAX_MERGED_ROWS = 4 * MAX_ROWS
_ROOT = re.compile(rb"<([\w.-]+:)?worksheet\b")
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_VALUE = re.compile(rb"<(?:[\w.-]+:)?v>([^<]*)</(?:[\w.-]+:)?v>")


@dataclass(frozen=True, slots=True)
class CellMark:
    """What the XML says about one cell: it holds a formula, an error value, or both."""

    formula: bool
    error: str | None = None  # "#DIV/0!", "#N/A"…


Marks = dict[tuple[int, int], CellMark]  # (0-based row, 0-based column) -> mark
Range = tuple[tuple[int, int], tuple[int, int]]  # 0-based ((row, col), (row, col)), inclusive


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> path of its XML part inside the archive."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "")
               for rel in rels.iter(f"{_PKG_REL_NS}Relationship")}
    parts = {}
    for sheet in workbook.iter(f"{_MAIN_NS}sheet"):
        target = targets.get(sheet.get(f"{_REL_NS}id"), "")
        if target:
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join("xl", target))
            parts[sheet.get("name", "")] = path
    return parts


@dataclass(slots=True)
class SheetScan:
    """What the scan found in one sheet part (``extent``: for xlsx only)."""

    marks: Marks = field(default_factory=dict)
    merged: list[Range] = field(default_factory=list)
    extent: Extent = field(default_factory=Extent)
    merged_rows: int = 0  # rows covered by the merged ranges, added up
    hidden: set[int] = field(default_factory=set)  # 0-based rows hidden (by hand or a filter)
    filtered: bool = False  # the sheet has a filter: its hidden rows are filtered out

    @property
    def first_column(self) -> int:  # 0-based column of the leftmost cell
        return self.extent.first_column

    @property
    def width(self) -> int:  # columns from first_column to the rightmost cell
        return self.extent.width


def _part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    part = sheet_parts(archive).get(sheet)
    return part if part in archive.namelist() else None


def sheet_size(path: Path, sheet: str) -> int:
    """The uncompressed size of the sheet's XML part, as the zip declares it."""
    with zipfile.ZipFile(path) as archive:
        part = _part(archive, sheet)
        return archive.getinfo(part).file_size if part else 0


def scan_sheet(path: Path, sheet: str) -> SheetScan:
    """Formula, error and merged cells of ``sheet``, and how far its cells reach (see
    ``extent``); empty, and irregular, when the part is not found. Raises
    ``AbsurdReference`` for a reference beyond Excel's limits."""
    result = SheetScan()
    with zipfile.ZipFile(path) as archive:
        part = _part(archive, sheet)
        if part is None:  # calamine may find it by other ways: its reach is unknown
            result.extent.irregular = True
        else:
            with archive.open(part) as stream:
                _scan(stream, result)
    return result


def _scan(stream: IO[bytes], result: SheetScan) -> None:
    buffer = stream.read(_CHUNK)
    root = _ROOT.search(buffer)
    raw_prefix = (root.group(1) or b"") if root else b""
    formula_tag, row_end = b"<" + raw_prefix + b"f", b"</" + raw_prefix + b"row>"
    prefix = re.escape(raw_prefix)
    formula_cell = re.compile(rb"<" + prefix + rb"c\b([^>]*)>\s*<" + prefix + rb"f\b")
    error_cell = re.compile(rb"<" + prefix + rb'c\b([^>]*\bt="e"[^>]*)>(.*?)</' + prefix + rb"c>",
                            re.S)
    merge_cell = re.compile(rb"<" + prefix
                            + rb'mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
    hidden_row = re.compile(rb"<" + prefix + rb'row\b([^>]*\bhidden="(?:1|true)"[^>]*)>')
    auto_filter = b"<" + raw_prefix + b"autoFilter"
    extent = result.extent = Extent(raw_prefix)
    while buffer:
        more = stream.read(_CHUNK)
        cut = buffer.rfind(row_end) + len(row_end) if more else len(buffer)
        if more and cut < len(row_end):
            buffer += more  # no complete row yet: read on
            continue
        chunk, buffer = buffer[:cut], buffer[cut:] + more
        extent.feed(chunk)
        if formula_tag in chunk:
            for match in formula_cell.finditer(chunk):
                _mark(result.marks, match.group(1), formula=True)
        if b't="e"' in chunk:
            for match in error_cell.finditer(chunk):
                value = _VALUE.search(match.group(2))
                error = value.group(1).decode("utf-8", "replace") if value else "#ERREUR"
                _mark(result.marks, match.group(1), formula=formula_tag in match.group(2),
                      error=error)
        if b"mergeCell " in chunk:
            for match in merge_cell.finditer(chunk):
                _merge(result, *match.groups())
        if b'hidden="' in chunk:
            for match in hidden_row.finditer(chunk):
                row = _ROW_NUMBER.search(match.group(1))
                if row is not None and len(row.group(1)) <= 7:
                    result.hidden.add(int(row.group(1)) - 1)
        result.filtered = result.filtered or auto_filter in chunk
    extent.finish()


def _merge(result: SheetScan, c0: bytes, r0: bytes, c1: bytes | None, r1: bytes | None) -> None:
    """Note a merged range, cut to the rows the sheet holds: a range down to row
    1 048 576 over an empty sheet would otherwise be filled down row by row."""
    if len(r0) > 7 or (r1 is not None and len(r1) > 7) or len(c0) > 3 or len(c1 or b"") > 3:
        raise AbsurdReference(f"{c0.decode()}{r0.decode()}")
    last = max(result.extent.last_row - 1, 0)
    top_left = (min(int(r0) - 1, last), column_index(c0))
    bottom_right = (min(int(r1) - 1, last), column_index(c1)) if c1 and r1 else top_left
    result.merged_rows += bottom_right[0] - top_left[0]
    if result.merged_rows > MAX_MERGED_ROWS:  # overlapping ranges, which Excel never writes
        raise AbsurdReference(f"{c0.decode()}{r0.decode()}:{(c1 or c0).decode()}"
                              f"{(r1 or r0).decode()}")
    result.merged.append((top_left, bottom_right))


def _mark(marks: Marks, attributes: bytes, *, formula: bool, error: str | None = None) -> None:
    ref = _REF.search(attributes)
    if ref is None:  # cells without a reference are legal but never written by Excel
        return
    key = (int(ref.group(2)) - 1, column_index(ref.group(1)))
    previous = marks.get(key)
    marks[key] = CellMark(formula or bool(previous and previous.formula),
                          error or (previous.error if previous else None))
