"""Rows repeating one record in a file, merged into one when the user asks (never silently).

A list often names a person twice — the same name and e-mail, another job or another
organisation. Without the user's word such rows are rejected as duplicates and shown
in groups. Asked to merge (``--merge-repeated``, or the wizard's review), the sheet is
read once more beforehand: rows sharing a key that identifies a record (an e-mail, a
name within an organisation, a SIRET) form a group; its non-empty values are combined
into its first row; where rows disagree the first row's value is kept, unless the user
chose another row's (``choices``), and the conflict is shown side by side. A person's
organisations are all kept (one affiliation each), and notes are added up. The later
rows of a group are then accounted for as merged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ingenierie.models.vocabulary import fold
from ingenierie.services.importing.mapping.fields import Field, RecordKind
from ingenierie.services.importing.parsing.records import ParsedRow, SheetReader, show_value
from ingenierie.services.importing.report import Conflict, MergeGroup
from ingenierie.services.stakeholders.matching import clean_text

#: Fields whose values add up rather than conflict.
ADDED_UP = frozenset({"organisation", "notes"})
#: Where the organisations after the first are kept in the merged values.
MORE_ORGANISATIONS = "more_organisations"

Keys = Callable[[ParsedRow], list[tuple[str, Any]]]  # (reason, key) pairs
Choices = Mapping[tuple[int, str], int]  # (first row, field) -> chosen row


@dataclass(slots=True)
class Repeats:
    """The groups found in one sheet and what each merges into."""

    into: dict[int, int] = field(default_factory=dict)  # a later row -> its group's first
    values: dict[int, dict[str, Any]] = field(default_factory=dict)  # first row -> merged
    groups: list[MergeGroup] = field(default_factory=list)

    @classmethod
    def find(cls, reader: SheetReader, kind: RecordKind, keys: Keys,
             label: Callable[[ParsedRow], str], choices: Choices) -> Repeats:
        """Read the sheet, group the rows repeating one record, and merge each group."""
        group_of: dict[Any, int] = {}  # key -> first row of its group
        members: dict[int, list[int]] = {}
        reasons: dict[int, list[str]] = {}
        for chunk in reader.chunks():  # keys only: the rows themselves are read again below
            for parsed in chunk:
                if parsed.rejected:
                    continue
                pairs = keys(parsed)
                found = [(reason, group_of[key]) for reason, key in pairs if key in group_of]
                first = min((row for _, row in found), default=parsed.number)
                for _, key in pairs:
                    group_of.setdefault(key, first)
                if first != parsed.number:
                    members.setdefault(first, [first]).append(parsed.number)
                    said = reasons.setdefault(first, [])
                    said.extend(reason for reason, _ in found if reason not in said)
        wanted = {number for numbers in members.values() for number in numbers}
        rows = {parsed.number: parsed for chunk in (reader.chunks() if wanted else ())
                for parsed in chunk if parsed.number in wanted}
        repeats = cls()
        fields = {f.key: f for _, f in reader.columns}
        for first, numbers in sorted(members.items()):
            group = [rows[number] for number in numbers]
            values, filled, conflicts = _merge(group, fields, {
                key: row for (row_first, key), row in choices.items() if row_first == first})
            repeats.values[first] = values
            repeats.into.update((number, first) for number in numbers[1:])
            repeats.groups.append(MergeGroup(kind, reader.sheet, tuple(numbers),
                                             label(group[0]), ", ".join(reasons[first]),
                                             filled, conflicts))
        return repeats


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, str) and isinstance(right, str):
        return fold(clean_text(left)) == fold(clean_text(right))
    return bool(left == right)


def _merge(group: list[ParsedRow], fields: dict[str, Field], chosen: dict[str, int]
           ) -> tuple[dict[str, Any], tuple[str, ...], tuple[Conflict, ...]]:
    first = group[0]
    values = dict(first.values)
    filled, conflicts = [], []
    for key, field_ in fields.items():
        given = [(row.number, row.values[key]) for row in group if key in row.values]
        distinct: list[tuple[int, Any]] = []
        for row, value in given:
            if not any(_same(value, kept) for _, kept in distinct):
                distinct.append((row, value))
        if not distinct:
            continue
        if key not in first.values:
            filled.append(field_.label)
        if len(distinct) == 1:
            values[key] = distinct[0][1]
        elif key in ADDED_UP:
            values[key] = distinct[0][1]
            if key == "notes":
                values[key] = "\n".join(value for _, value in distinct)
            else:
                values[MORE_ORGANISATIONS] = [value for _, value in distinct[1:]]
        else:
            row = chosen.get(key, distinct[0][0])
            row = row if any(number == row for number, _ in distinct) else distinct[0][0]
            values[key] = next(value for number, value in distinct if number == row)
            conflicts.append(Conflict(key, field_.label, tuple(
                (number, show_value(field_, value)) for number, value in distinct), row))
    return values, tuple(filled), tuple(conflicts)
