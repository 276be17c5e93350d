"""From a source row to field values: parse each mapped cell, note every problem.

A :class:`ParsedRow` carries the typed values of one row and the problems
found in it, each located at its cell. Any error rejects the row; the
record-kind modules then add the domain rules' own errors the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from ingenierie.errors import ValidationError
from ingenierie.services.common import euros
from ingenierie.services.importing.mapping.fields import Field, ValueType
from ingenierie.services.importing.mapping.headers import ColumnMapping
from ingenierie.services.importing.parsing.parsed import ParseResult, shortened, show
from ingenierie.services.importing.parsing.values import parser_for
from ingenierie.services.importing.reading.table import CellValue, Severity, SourceRow, Table
from ingenierie.services.importing.report import Problem

#: Rows parsed, matched and written together.
CHUNK_SIZE = 2000
#: Distinct values remembered per column.
MEMO_SIZE = 20_000
#: A full memo holding more distinct values than this share of the rows read is dropped.
UNIQUE_SHARE = 0.8


def show_value(field_: Field, value: Any) -> str:
    """A parsed value written back for a note (``1 234,56 €``, ``12/03/2024``…)."""
    if field_.type is ValueType.AMOUNT and isinstance(value, int):
        return euros(value)
    if field_.type is ValueType.BOOLEAN:
        return "oui" if value else "non"
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    return show(value)


@dataclass(slots=True)
class ParsedRow:
    """One source row's typed values (by field key) and the problems found in it."""

    source: SourceRow
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)

    @property
    def number(self) -> int:
        return self.source.number

    @property
    def rejected(self) -> bool:
        return any(p.is_error for p in self.problems)


class SheetReader:
    """Parses the mapped cells of one sheet's rows and locates every problem."""

    def __init__(self, table: Table, mapping: ColumnMapping) -> None:
        self.table = table
        self.mapping = mapping
        self.sheet = table.sheet
        by_key = {f.key: f for f in mapping.kind_fields()}
        self.columns: list[tuple[int, Field]] = [
            (index, by_key[key]) for index, key in enumerate(mapping.fields)
            if key is not None and key in by_key]
        self._column_of = {f.key: index for index, f in self.columns}
        self._lines: dict[tuple[str, type, Any], str] = {}
        # Lists repeat their values (kinds, towns, dates, organisations): each distinct
        # value is parsed once per column, up to a limit of remembered values. Text is
        # its own key; other values are keyed with their type, since True, 1 and 1.0
        # are equal keys otherwise.
        self._plan: list[tuple[int, str, Callable[[CellValue], ParseResult[Any]],
                               dict[Any, ParseResult[Any]], int]] = [
            (index, field_.key, parser_for(field_), {}, MEMO_SIZE)
            for index, field_ in self.columns]

    def chunks(self) -> Iterator[list[ParsedRow]]:
        """The sheet's rows, parsed, a chunk at a time."""
        rows = self.table.rows()
        seen = 0
        while chunk := list(islice(rows, CHUNK_SIZE)):
            yield [self.parse(row) for row in chunk]
            seen += len(chunk)
            self._forget_unique_columns(seen)

    def _forget_unique_columns(self, seen: int) -> None:
        """Forget a full memo whose values hardly repeated (e-mails, phones)."""
        self._plan = [
            (index, key, parse_cell, {}, 0)
            if limit and len(memo) >= limit and len(memo) > seen * UNIQUE_SHARE
            else (index, key, parse_cell, memo, limit)
            for index, key, parse_cell, memo, limit in self._plan]

    def parse(self, row: SourceRow) -> ParsedRow:
        parsed = ParsedRow(row, {})
        problems = parsed.problems
        for note in row.notes:
            problems.append(self._problem(row, note.column, note.severity, note.message))
        values, parsed_values = row.values, parsed.values
        for index, key, parse_cell, memo, limit in self._plan:
            raw = values[index]
            if raw is None:
                continue
            memo_key = raw if raw.__class__ is str else (raw.__class__, raw)
            result = memo.get(memo_key)
            if result is None:
                result = parse_cell(raw)
                if len(memo) < limit:
                    memo[memo_key] = result
            if result.error is not None:
                problems.append(self._problem(row, index, Severity.ERROR, result.error))
            elif result.value is not None:
                parsed_values[key] = result.value
            if result.warning is not None:
                problems.append(self._problem(row, index, Severity.WARNING, result.warning))
        return parsed

    def _problem(self, row: SourceRow, index: int | None, severity: Severity,
                 message: str) -> Problem:
        if index is None or not 0 <= index < len(self.table.headers):
            return Problem(severity, message, self.sheet, row.number)
        raw = row.values[index]
        return Problem(severity, message, self.sheet, row.number, self.table.headers[index],
                       self.table.column_letter(index),
                       None if raw is None else shortened(show(raw)))

    def error(self, parsed: ParsedRow, key: str | None, message: str,
              severity: Severity = Severity.ERROR) -> None:
        """Note a problem on the cell feeding field ``key`` (the whole row if none does)."""
        index = self._column_of.get(key) if key else None
        parsed.problems.append(self._problem(parsed.source, index, severity, message))

    def invalid(self, parsed: ParsedRow, error: ValidationError) -> None:
        """Note a domain rule's refusal on the cell of the field it names."""
        self.error(parsed, error.field, error.message)

    def mapped(self, keys: Iterable[str]) -> list[Field]:
        """The fields among ``keys`` that have a column in this sheet, in column order."""
        wanted = set(keys)
        return [field_ for _, field_ in self.columns if field_.key in wanted]

    def extras_note(self, parsed: ParsedRow, fields: list[Field]) -> str | None:
        """The values of ``fields`` (see :meth:`mapped`), which have no column of their own
        in the database, as ``Libellé : valeur`` lines."""
        lines = []
        for field_ in fields:
            if field_.key in parsed.values:
                value = parsed.values[field_.key]
                memo_key = (field_.key, value.__class__, value)
                line = self._lines.get(memo_key)
                if line is None:
                    line = f"{field_.label} : {show_value(field_, value)}"
                    if len(self._lines) < MEMO_SIZE:
                        self._lines[memo_key] = line
                lines.append(line)
        return "\n".join(lines) or None
