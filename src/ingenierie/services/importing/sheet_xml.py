"""Find the formula and error cells of an xlsx sheet by streaming its XML.

python-calamine gives each cell's cached value but cannot tell a formula
(``=SUM(…)`` cached as 18153) from text typed as ``=1+1``, and it reads an
error cell (``#DIV/0!``) as empty. Both are visible in the sheet XML: a
formula cell has an ``<f>`` child, an error cell has ``t="e"``. The part is
decompressed in chunks and only chunks holding either marker are searched,
so a sheet without formulas costs one decompression pass.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

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


def scan_marks(path: Path, sheet: str) -> Marks:
    """Formula and error cells of ``sheet``; an empty dict when the part is not found."""
    with zipfile.ZipFile(path) as archive:
        part = sheet_parts(archive).get(sheet)
        if part is None or part not in archive.namelist():
            return {}
        with archive.open(part) as stream:
            return _scan(stream)


def _scan(stream: zipfile.ZipExtFile) -> Marks:
    marks: Marks = {}
    buffer = stream.read(_CHUNK)
    root = _ROOT.search(buffer)
    prefix = (root.group(1) or b"") if root else b""
    formula_tag, row_end = b"<" + prefix + b"f", b"</" + prefix + b"row>"
    formula_cell = re.compile(rb"<" + re.escape(prefix) + rb"c\b([^>]*)>\s*<" + re.escape(prefix)
                              + rb"f\b")
    error_cell = re.compile(rb"<" + re.escape(prefix) + rb'c\b([^>]*\bt="e"[^>]*)>(.*?)</'
                            + re.escape(prefix) + rb"c>", re.S)
    while buffer:
        more = stream.read(_CHUNK)
        cut = buffer.rfind(row_end) + len(row_end) if more else len(buffer)
        if more and cut < len(row_end):
            buffer += more  # no complete row yet: read on
            continue
        chunk, buffer = buffer[:cut], buffer[cut:] + more
        if formula_tag in chunk:
            for match in formula_cell.finditer(chunk):
                _mark(marks, match.group(1), formula=True)
        if b't="e"' in chunk:
            for match in error_cell.finditer(chunk):
                value = _VALUE.search(match.group(2))
                error = value.group(1).decode("utf-8", "replace") if value else "#ERREUR"
                _mark(marks, match.group(1), formula=formula_tag in match.group(2), error=error)
    return marks


def _mark(marks: Marks, attributes: bytes, *, formula: bool, error: str | None = None) -> None:
    ref = _REF.search(attributes)
    if ref is None:  # cells without a reference are legal but never written by Excel
        return
    key = (int(ref.group(2)) - 1, _column_index(ref.group(1)))
    previous = marks.get(key)
    marks[key] = CellMark(formula or bool(previous and previous.formula),
                          error or (previous.error if previous else None))
