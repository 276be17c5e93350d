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

_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CHUNK = 1 << 20
_ROOT = re.compile(rb"<([\w.-]+:)?worksheet\b")
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
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


def _column_index(letters: bytes) -> int:
    index = 0
    for char in letters:
        index = index * 26 + (char - 64)
    return index - 1


@dataclass(slots=True)
class SheetScan:
    """What the scan found in one sheet part; ``width`` only when asked for."""

    marks: Marks = field(default_factory=dict)
    merged: list[Range] = field(default_factory=list)
    first_column: int = 0  # 0-based column of the leftmost cell; with width, when asked for
    width: int | None = None  # columns from first_column to the rightmost cell


def _part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    part = sheet_parts(archive).get(sheet)
    return part if part in archive.namelist() else None


def sheet_size(path: Path, sheet: str) -> int:
    """The uncompressed size of the sheet's XML part, as the zip declares it."""
    with zipfile.ZipFile(path) as archive:
        part = _part(archive, sheet)
        return archive.getinfo(part).file_size if part else 0


def scan_sheet(path: Path, sheet: str, *, measure_width: bool = False) -> SheetScan:
    """Formula, error and merged cells of ``sheet`` (empty when the part is not found).

    ``measure_width`` also finds the leftmost and rightmost cells (costlier: every
    cell is looked at).
    """
    result = SheetScan(width=0 if measure_width else None)
    with zipfile.ZipFile(path) as archive:
        part = _part(archive, sheet)
        if part is not None:
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
    cell_column = re.compile(rb"<" + prefix + rb'c\b[^>]*?\br="([A-Z]{1,3})\d')
    measure, columns = result.width is not None, set[int]()
    while buffer:
        more = stream.read(_CHUNK)
        cut = buffer.rfind(row_end) + len(row_end) if more else len(buffer)
        if more and cut < len(row_end):
            buffer += more  # no complete row yet: read on
            continue
        chunk, buffer = buffer[:cut], buffer[cut:] + more
        if measure:
            columns.update(_column_index(letters) for letters in set(cell_column.findall(chunk)))
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
                c0, r0, c1, r1 = match.groups()
                top_left = (int(r0) - 1, _column_index(c0))
                bottom_right = (int(r1) - 1, _column_index(c1)) if c1 and r1 else top_left
                result.merged.append((top_left, bottom_right))
    if measure and columns:
        result.first_column, result.width = min(columns), max(columns) - min(columns) + 1


def _mark(marks: Marks, attributes: bytes, *, formula: bool, error: str | None = None) -> None:
    ref = _REF.search(attributes)
    if ref is None:  # cells without a reference are legal but never written by Excel
        return
    key = (int(ref.group(2)) - 1, _column_index(ref.group(1)))
    previous = marks.get(key)
    marks[key] = CellMark(formula or bool(previous and previous.formula),
                          error or (previous.error if previous else None))
