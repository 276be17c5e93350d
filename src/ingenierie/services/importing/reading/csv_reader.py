"""Read CSV files as published by INSEE, BANATIC or exported by Excel, streamed.

Encoding: a BOM decides (UTF-8, UTF-16); otherwise UTF-8 if the whole file
decodes as UTF-8, else Windows-1252. Separator: whichever of ``;`` ``,`` tab
``|`` splits the first lines into the most consistent number of fields.
Cells written ``="01004"`` (to keep a leading zero in Excel) are unwrapped.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import Counter
from pathlib import Path

from ingenierie.services.importing.reading.errors import ImportFileError
from ingenierie.services.importing.reading.layout import Grid, RawRows
from ingenierie.services.importing.reading.table import CellValue

_SEPARATORS = (";", ",", "\t", "|")
_SAMPLE_LINES = 50
_SAMPLE_LINE_LENGTH = 1 << 20
_EXCEL_TEXT = re.compile(r'^="(.*)"$', re.S)
_UNKNOWN_ENCODING = ("L'encodage des caractères de ce fichier CSV n'est pas reconnu : "
                     "enregistrez-le en « CSV UTF-8 » puis importez-le à nouveau.")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def detect_encoding(path: Path) -> str:
    with path.open("rb") as stream:
        head = stream.read(4)
        for bom, encoding in _BOMS:
            if head.startswith(bom):
                return encoding
        stream.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := stream.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def detect_separator(lines: list[str]) -> str:
    """The separator giving the most lines with the same (> 1) number of fields."""
    best, best_score = ";", (0, 0)
    for separator in _SEPARATORS:
        try:
            counts = Counter(len(row) for row in csv.reader(lines, delimiter=separator) if row)
        except csv.Error:  # a NUL byte, a field too long: the reading will say so
            continue
        if not counts:
            continue
        fields, lines_agreeing = counts.most_common(1)[0]
        score = (lines_agreeing, fields) if fields > 1 else (0, 0)
        if score > best_score:
            best, best_score = separator, score
    return best


def _malformed(error: csv.Error, line: int) -> str:
    if "field larger than field limit" in str(error):
        limit = f"{csv.field_size_limit():,}".replace(",", " ")
        return (f"Une cellule du fichier CSV, vers la ligne {line}, dépasse {limit} "
                "caractères : ce n'est pas une liste (un guillemet non fermé, peut-être).")
    return (f"Le fichier CSV est mal formé vers la ligne {line} : il ne peut pas être lu "
            "jusqu'au bout.")


def _cell(text: str) -> CellValue:
    if not text:
        return None
    wrapped = _EXCEL_TEXT.match(text)
    return wrapped.group(1) if wrapped else text


def load_grid(path: Path) -> Grid:
    encoding = detect_encoding(path)
    try:
        with path.open(encoding=encoding, newline="") as stream:
            # Lines are cut for the guess: a file of one endless line stays a small sample.
            separator = detect_separator([stream.readline(_SAMPLE_LINE_LENGTH)
                                          for _ in range(_SAMPLE_LINES)])
    except UnicodeDecodeError as exc:  # cp1252 leaves five bytes undefined
        raise ImportFileError(_UNKNOWN_ENCODING, file=path) from exc

    def rows() -> RawRows:
        with path.open(encoding=encoding, newline="") as stream:
            reader = csv.reader(stream, delimiter=separator)
            start = 1
            try:
                for record in reader:
                    yield start, [_cell(text) for text in record]
                    start = reader.line_num + 1
            except csv.Error as exc:
                raise ImportFileError(_malformed(exc, start), file=path) from exc
            except UnicodeDecodeError as exc:
                raise ImportFileError(_UNKNOWN_ENCODING, file=path) from exc

    return Grid(rows=rows)

