"""How far an xlsx sheet's cells really reach, found before python-calamine reads it.

Calamine holds a sheet as one dense grid spanning its cells, 32 bytes a cell: one
value in ``XFD1048576`` (Excel's last cell, a legal file) asks for 512 GiB and the
process aborts (SIGABRT, no message). So the sheet XML is searched first, chunk by
chunk of whole rows, on the pass ``sheet_xml`` already makes. Looking at every
cell's reference would cost as much as a third of calamine's own read; instead:

- the first chunk (the header and the first thousands of rows) gives the span of
  columns exactly; later chunks are only searched for a cell *outside* that span;
- each chunk's ``<row r="…">`` numbers give its last row, and the chunk is
  searched for a cell whose row is beyond it (a row without ``r`` does not matter:
  its cells carry their own reference, or are caught by the next search);
- and for a cell that does not start with its reference (``<c r="…"``), whose
  position calamine counts and these searches cannot bound.

In a file written by Excel, LibreOffice or openpyxl none of these searches
matches, so each costs one scan of the chunk in C. A reference beyond Excel's
limits (``AAAAAA3``, ``D2147483648``) is refused in French, naming the cell. A
grid much larger than the cells it holds, or an irregular sheet, is read by the
streaming reader, whose rows are only as long as their last cell.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

#: Excel's limits: column XFD, row 1 048 576.
MAX_COLUMNS = 16_384
MAX_ROWS = 1_048_576
#: A grid up to this many cells is always fine for calamine (128 MiB)…
DENSE_ALWAYS = 4 * 1024**2
#: …and up to this many (512 MiB) when the cells fill at least a quarter of it.
DENSE_AT_MOST = 16 * 1024**2
DENSE_FILL = 4
_LETTERS = string.ascii_uppercase


class AbsurdReference(ValueError):
    """A cell or row beyond Excel's limits; ``ref`` is as written in the file."""

    def __init__(self, ref: str) -> None:
        super().__init__(ref)
        self.ref = ref


def column_index(letters: bytes | str) -> int:
    """0-based column of ``"A"``, ``"XFD"``…"""
    index = 0
    for char in letters.encode() if isinstance(letters, str) else letters:
        index = index * 26 + (char - 64)
    return index - 1


def column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = _LETTERS[rest] + letters
    return letters


def _greater(text: str, alphabet: str, any_char: str) -> list[str]:
    """Regex options for the strings of ``alphabet`` greater than ``text`` (same length)."""
    options = []
    for i, char in enumerate(text):
        position = alphabet.index(char)
        if position + 1 < len(alphabet):
            rest = len(text) - i - 1
            options.append(f"{text[:i]}[{alphabet[position + 1]}-{alphabet[-1]}]"
                           + (f"{any_char}{{{rest}}}" if rest else ""))
    return options


def _smaller(text: str) -> list[str]:
    """Regex options for the column letters before ``text``."""
    options = [f"[A-Z]{{1,{len(text) - 1}}}"] if len(text) > 1 else []
    for i, char in enumerate(text):
        if char != "A":
            rest = len(text) - i - 1
            options.append(f"{text[:i]}[A-{chr(ord(char) - 1)}]"
                           + (f"[A-Z]{{{rest}}}" if rest else ""))
    return options


def _rows_above(number: int) -> str:
    digits = str(number)
    return "|".join([rf"[1-9]\d{{{len(digits)},}}",
                     *_greater(digits, string.digits, r"\d")])


def _columns_outside(first: int, last: int) -> str:
    low, high = column_letters(first), column_letters(last)
    return "|".join([f"[A-Z]{{{len(high) + 1},}}", *_greater(high, _LETTERS, "[A-Z]"),
                     *_smaller(low)])


@dataclass(slots=True)
class Extent:
    """The reach of one sheet's cells, fed a chunk of whole rows at a time."""

    prefix: bytes = b""  # the sheet's namespace prefix ("x:"), if any
    cells: int = 0  # an estimate: the cells of the first chunk, times the chunks read
    last_row: int = 0
    first_column: int = 0
    last_column: int = -1
    irregular: bool = False  # a cell without a leading reference
    _chunks: int = 0
    _tag: bytes = field(init=False)  # "<" and the prefix, escaped for a pattern
    _rows: re.Pattern[bytes] = field(init=False)

    def __post_init__(self) -> None:
        self._tag = b"<" + re.escape(self.prefix)
        self._rows = re.compile(self._tag + rb'row r="([0-9]+)"')

    def feed(self, chunk: bytes) -> None:
        tag = self._tag
        if self._chunks == 0:
            letters = set(re.findall(tag + rb'c r="([A-Z]+)', chunk))
            for distinct in letters:
                self._check_column(chunk, distinct)
            columns = [column_index(distinct) for distinct in letters]
            self.first_column, self.last_column = min(columns, default=0), max(columns,
                                                                                default=-1)
            self.cells = chunk.count(b"<" + self.prefix + b'c r="')
        self._chunks += 1
        rows = self._rows.findall(chunk)
        if any(len(row) > 7 for row in rows) or (rows and max(map(int, rows)) > MAX_ROWS):
            row = next(r for r in rows if len(r) > 7 or int(r) > MAX_ROWS)
            raise AbsurdReference(self._first_cell_of(chunk, row))
        if rows:
            self.last_row = max(self.last_row, *map(int, rows))
        # One search, for what a well-formed sheet never holds: a cell outside the
        # columns met so far or below the chunk's last row, or a cell without a leading
        # reference. Its literal prefix "<c" keeps it to one C scan of the chunk.
        odd = re.compile(tag + rb'c(?: r="(?:((?:' + _columns_outside(
            self.first_column, max(self.last_column, 0)).encode() + rb')[0-9]+)"'
            + rb'|[A-Z]+(' + _rows_above(self.last_row).encode() + rb')")'
            + rb'|(?! r=")[\s/>])')
        for match in odd.finditer(chunk):
            self._odd(chunk, match)

    def _odd(self, chunk: bytes, match: re.Match[bytes]) -> None:
        if match.group(1):
            letters = re.match(rb"[A-Z]+", match.group(1))
            assert letters is not None
            column = self._check_column(chunk, letters.group())
            self.first_column = min(self.first_column, column)
            self.last_column = max(self.last_column, column)
            row = match.group(1)[letters.end():]
        elif match.group(2):
            row = match.group(2)
        else:
            self.irregular = True
            return
        if len(row) > 7 or int(row) > MAX_ROWS:
            ref = re.search(rb'r="([A-Z]+' + row + rb')"', match.group())
            raise AbsurdReference((ref.group(1) if ref else row).decode())
        self.last_row = max(self.last_row, int(row))

    def _first_cell_of(self, chunk: bytes, row: bytes) -> str:
        """The reference of the first cell of row ``row`` (or the row's number)."""
        found = re.search(self._tag + rb'row r="' + row + rb'"[^>]*>\s*' + self._tag
                          + rb'c r="([A-Z]*[0-9]*)"', chunk)
        return (found.group(1) if found else row).decode()

    def _check_column(self, chunk: bytes, letters: bytes) -> int:
        column = column_index(letters)
        if len(letters) > 3 or column >= MAX_COLUMNS:
            found = re.search(self._tag + rb'c r="(' + letters
                              + rb'[0-9]*)"', chunk)
            raise AbsurdReference((found.group(1) if found else letters).decode())
        return column

    def finish(self) -> None:
        """Scale the cell count of the first chunk to the chunks read."""
        self.cells *= max(self._chunks, 1)

    @property
    def width(self) -> int:
        return self.last_column - self.first_column + 1 if self.last_column >= 0 else 0

    @property
    def dense(self) -> bool:
        """Whether calamine may hold the sheet as a grid: small, or mostly filled."""
        grid = self.width * self.last_row
        if self.irregular:
            return False
        return grid <= DENSE_ALWAYS or (grid <= DENSE_AT_MOST and grid <= DENSE_FILL * self.cells)
