"""Hostile files, built from scratch (the tests need nothing outside the repository).

Each builder writes one file into ``folder`` and returns its path. They are the
regression inputs of issue 9 and the raw material of the fuzzing strategies:
a small valid workbook or CSV, then a change to its XML, its zip or its shape.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"
HEADERS = ("Nom", "Prénom", "Organisme", "Courriel", "Notes")
ROWS = (("Martin", "Claire", "Mairie de Millau", "claire.martin@millau.fr", "Vue en mars"),
        ("Durand", "Paul", "Association des Tilleuls", "paul.durand@tilleuls.fr", None))


def people_workbook(folder: Path, name: str = "acteurs.xlsx",
                    rows: tuple[tuple[object, ...], ...] = ROWS,
                    headers: tuple[str, ...] = HEADERS, **cells: object) -> Path:
    """A small list of people; ``cells`` puts extra values at references (``XFD1=…``)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Acteurs"
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    for ref, value in cells.items():
        sheet[ref] = value
    path = folder / name
    book.save(path)
    return path


def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_parts(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def rewrite(path: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    parts = parts_of(path)
    parts[part] = change(parts[part])
    return write_parts(path, parts)


def extra_row(folder: Path, name: str, row_xml: str) -> Path:
    """The list with ``row_xml`` added at the end of its sheet data (absurd references)."""
    return rewrite(people_workbook(folder, name), SHEET,
                   lambda xml: xml.replace(b"</sheetData>", row_xml.encode() + b"</sheetData>"))


def absurd_cell(folder: Path, ref: str) -> Path:
    """A cell whose reference is beyond Excel's limits (``AAAAAA3``, ``D2147483648``)."""
    row = re.sub(r"^[A-Z]+", "", ref)
    return extra_row(folder, f"absurde-{ref}.xlsx",
                     f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row>')


def cells_without_references(folder: Path) -> Path:
    """A last row far down holding 20 000 cells without ``r``: calamine counts positions."""
    return extra_row(folder, "sans-references.xlsx",
                     '<row r="1048576">' + "<c><v>1</v></c>" * 20_000 + "</row>")


def compression_bomb(folder: Path, megabytes: int = 80) -> Path:
    """A sheet padded with blanks compressing about 1000:1 (over the floor, over the ratio)."""
    pad = b" " * (megabytes * 1024**2)
    return rewrite(people_workbook(folder, "bombe.xlsx"), SHEET,
                   lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + pad))


def malformed_part(folder: Path, part: str) -> Path:
    """One XML part cut in the middle of a tag (``xl/workbook.xml``, its ``.rels``…)."""
    name = "abime-" + part.replace("/", "_") + ".xlsx"
    return rewrite(people_workbook(folder, name), part, lambda xml: xml[: len(xml) // 2])


def corrupt_member(folder: Path, part: str = SHEET) -> Path:
    """The sheet's compressed bytes damaged in the archive (CRC or inflate error)."""
    path = people_workbook(folder, "membre-abime.xlsx")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(part)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 5, start + min(info.compress_size, 60)):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def sparse_and_truncated(folder: Path) -> Path:
    """A legitimate far cell (read by the streaming reader) in a sheet cut short."""
    path = people_workbook(folder, "creux-tronque.xlsx", XFD1048576="loin")
    return rewrite(path, SHEET, lambda xml: xml[: xml.rindex(b"</sheetData>") - 7])


def entity_declaration(folder: Path) -> Path:
    """A "billion laughs" DTD in the sheet XML."""
    dtd = (b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>')
    return rewrite(people_workbook(folder, "entites.xlsx"), SHEET,
                   lambda xml: xml.replace(b"<worksheet", dtd + b"<worksheet", 1))


def projects_with_amount(folder: Path, amount: object) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Projets"
    sheet.append(("Code", "Intitulé", "Dispositif", "Budget"))
    sheet.append(("PRJ-1", "Tiers-lieu", "tiers_lieu", amount))
    path = folder / "projets.xlsx"
    book.save(path)
    return path


def csv_text(rows: list[list[str]], separator: str = ";") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def wide_csv(folder: Path, columns: int) -> Path:
    """A CSV of ``columns`` columns (the column mapping once took time in their square)."""
    headers = ["Nom", "Prénom", *(f"Colonne {i}" for i in range(columns - 2))]
    rows = [headers] + [["Martin", f"Claire {r}", *map(str, range(columns - 2))]
                        for r in range(20)]
    path = folder / f"large-{columns}.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    return path


def oversized_field(folder: Path) -> Path:
    """An unclosed quote: one field swallows the rest of the file (over csv's limit)."""
    path = folder / "guillemet.csv"
    path.write_text('Nom;Prénom\n"' + "x" * 200_000 + ";Claire\n", encoding="utf-8")
    return path


def unresolved_sheet_part(folder: Path) -> Path:
    """A wide sheet reaching row 1 048 576 whose workbook.xml misspells the namespace of
    its relationship ids: calamine (no namespaces) finds the sheet, the scan did not."""
    path = people_workbook(folder, "partie-introuvable.xlsx", headers=("Nom",) * 200,
                           rows=(), A1048576="")
    rewrite(path, SHEET, lambda xml: xml.replace(
        b"</sheetData>", b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t></t></is>'
                         b"</c></row></sheetData>"))
    return rewrite(path, "xl/workbook.xml", lambda xml: xml.replace(
        b"2006/relationships\"", b"2006/relationshipz\"", 1))
