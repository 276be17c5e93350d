"""Hypothesis strategies that build files to import: CSV, xlsx, and ``--mapping`` JSON.

A generated case is plain data (texts, references, byte edits), turned into a file
by :func:`write_case`, so that hypothesis can shrink it and print it readably: a
failing case is copied into ``test_regressions.py`` as a builder call.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from . import builders

KNOWN_HEADERS = ("Nom", "Prénom", "Organisme", "Courriel", "Téléphone", "Code postal",
                 "Commune", "Notes", "Intitulé", "Code", "Budget", "Date", "Civilité",
                 "Type d'acteur", "Projet", "Rôle", "Influence", "Intérêt")
ODD_TEXT = st.sampled_from(["", " ", "=1+1", "@SUM(A1)", "Ze\u0301lie", "Jean\u202egnp.exe",
                            "\x01\x07", "1e999", "inf", "nan", "31/02/2024", "1 234,56 €",
                            "(12)", "99999999999999999999999", "\ufeff", "\u2028", "\x00",
                            "😀" * 3, "x" * 20_000, "﷽", "\udcff"])
CELL_TEXT = st.one_of(st.text(max_size=40), ODD_TEXT, st.sampled_from(KNOWN_HEADERS))
CELL = st.one_of(CELL_TEXT, st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                 st.booleans(), st.none())
SEPARATORS = st.sampled_from([";", ",", "\t", "|"])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"])
COLUMN_LETTERS = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=4)
ROW_NUMBERS = st.one_of(st.integers(1, 40), st.sampled_from([1_048_576, 1_048_577,
                                                             2_147_483_648, 10**12]))
XML_PARTS = ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", builders.SHEET,
             "xl/styles.xml", "[Content_Types].xml", "docProps/app.xml")


@dataclass(frozen=True)
class CsvCase:
    rows: list[list[str]]
    separator: str
    encoding: str


@dataclass(frozen=True)
class XlsxCase:
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    far_cells: tuple[tuple[str, int, str], ...]  # (letters, row, text), injected in the XML
    edits: tuple[tuple[str, int, bytes], ...]  # (part, offset per mille, bytes written)
    cut: tuple[str, int] | None  # a part cut at this per mille of its length
    drop: str | None  # a part removed from the zip


def _shaped(draw: st.DrawFn, cell: st.SearchStrategy[object]) -> list[list[object]]:
    """Tall (up to 400 rows) or wide (up to 3 000 columns), rarely both."""
    wide = draw(st.booleans())
    columns = draw(st.integers(1, 3000) if wide else st.integers(1, 12))
    count = draw(st.integers(0, 5) if wide else st.integers(0, 400))
    headers = draw(st.lists(st.sampled_from(KNOWN_HEADERS) | CELL_TEXT, min_size=columns,
                            max_size=columns))
    row = st.lists(cell, min_size=0, max_size=columns)
    return [headers, *(draw(row) for _ in range(count))]


@st.composite
def csv_cases(draw: st.DrawFn) -> CsvCase:
    rows = [[("" if v is None else str(v)) for v in r] for r in _shaped(draw, CELL)]
    return CsvCase(rows, draw(SEPARATORS), draw(ENCODINGS))


@st.composite
def xlsx_cases(draw: st.DrawFn) -> XlsxCase:
    table = _shaped(draw, CELL)
    return XlsxCase(
        headers=tuple(str(h) for h in table[0][:200]),
        rows=tuple(tuple(r[:200]) for r in table[1:60]),
        far_cells=tuple(draw(st.lists(st.tuples(COLUMN_LETTERS, ROW_NUMBERS, CELL_TEXT),
                                      max_size=3))),
        edits=tuple(draw(st.lists(st.tuples(st.sampled_from(XML_PARTS), st.integers(0, 1000),
                                            st.binary(min_size=1, max_size=8)), max_size=3))),
        cut=draw(st.none() | st.tuples(st.sampled_from(XML_PARTS), st.integers(0, 999))),
        drop=draw(st.none() | st.sampled_from(XML_PARTS)))


MAPPING_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["format", "type", "colonnes", "en-tete", "champ",
                                       "version"]) | st.text(max_size=5), children, max_size=4),
    max_leaves=20)


@st.composite
def mapping_texts(draw: st.DrawFn) -> str:
    """Saved mappings, right or wrong in any part, or any JSON at all."""
    columns = draw(st.lists(st.fixed_dictionaries(
        {"en-tete": st.sampled_from(builders.HEADERS) | MAPPING_JSON,
         "champ": st.sampled_from(["last_name", "first_name", "email", "notes", "pointure",
                                   None]) | MAPPING_JSON}), max_size=6))
    saved = {"format": "ingenierie-correspondance-colonnes", "version": 1,
             "type": draw(st.sampled_from(["person", "project", "personne"]) | MAPPING_JSON),
             "colonnes": columns}
    return draw(st.sampled_from([json.dumps(saved)]) | MAPPING_JSON.map(json.dumps)
                | st.integers(1, 20_000).map(lambda depth: "[" * depth + "]" * depth)
                | st.text(max_size=30))


def write_case(case: CsvCase | XlsxCase, folder: Path) -> Path:
    if isinstance(case, CsvCase):
        path = folder / "cas.csv"
        text = builders.csv_text([list(r) for r in case.rows], case.separator)
        path.write_bytes(text.encode(case.encoding, errors="replace"))
        return path
    path = builders.people_workbook(folder, "cas.xlsx", rows=tuple(
        tuple(_storable(v) for v in row) for row in case.rows),
        headers=tuple(str(_storable(h)) for h in case.headers))
    parts = builders.parts_of(path)
    if case.far_cells:
        cells = "".join(f'<row r="{row}"><c r="{letters}{row}" t="inlineStr"><is><t>'
                        f"{_xml_text(text)}</t></is></c></row>"
                        for letters, row, text in case.far_cells)
        parts[builders.SHEET] = parts[builders.SHEET].replace(
            b"</sheetData>", cells.encode("utf-8", "replace") + b"</sheetData>")
    for part, where, data in case.edits:
        if part in parts:
            body = parts[part]
            at = len(body) * where // 1000
            parts[part] = body[:at] + data + body[at + len(data):]
    if case.cut and case.cut[0] in parts:
        parts[case.cut[0]] = parts[case.cut[0]][: len(parts[case.cut[0]]) * case.cut[1] // 1000]
    if case.drop:
        parts.pop(case.drop, None)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _storable(value: object) -> object:
    """What openpyxl accepts in a cell (it refuses control characters in text)."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value).encode("utf-8", "replace").decode()
    if isinstance(value, float) and value != value:
        return None
    return value


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
