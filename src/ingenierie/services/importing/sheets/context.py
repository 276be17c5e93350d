"""The state one import shares across its sheets: its bulk unit, lookups, report, rejects."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ingenierie.services.importing.control import Monitor
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.parsing.records import ParsedRow, SheetReader
from ingenierie.services.importing.reading.table import CellValue
from ingenierie.services.importing.report import Counts, DuplicateGroup, ImportReport
from ingenierie.services.importing.sheets.known import Known
from ingenierie.services.importing.sheets.plan_book import PlanChoice
from ingenierie.storage.bulk import OrderedIds
from ingenierie.storage.bulk_write import BulkWrite


@dataclass(slots=True)
class RejectedRow:
    """A row left out, with its original cells and why, for the rejects workbook."""

    number: int
    values: tuple[CellValue, ...]
    reasons: str


@dataclass(slots=True)
class RejectedSheet:
    sheet: str | None
    headers: tuple[str, ...]
    rows: list[RejectedRow] = field(default_factory=list)


@dataclass(slots=True)
class ImportContext:
    """What every record-kind module needs while it plans and writes one sheet."""

    bulk: BulkWrite  # rows in bulk; the session for the kinds written through ORM rules
    known: Known
    report: ImportReport
    monitor: Monitor
    rejects: list[RejectedSheet] = field(default_factory=list)
    plan: PlanChoice | None = None  # the plan a plan sheet goes into
    #: The user's choices in the conflicts of merged rows: (sheet, first row, field) -> row.
    choices: Mapping[tuple[str | None, int, str], int] = field(default_factory=dict)
    new_id: OrderedIds = field(default_factory=OrderedIds)  # keys of rows written in bulk
    done: int = 0  # rows handled so far, over every sheet
    # Where the people written come from (RGPD art. 14): imported_from, _at, _by.
    source: dict[str, Any] = field(default_factory=dict)

    @property
    def connection(self) -> Connection:
        return self.bulk.connection

    @property
    def session(self) -> Session:
        return self.bulk.session

    @property
    def update_existing(self) -> bool:
        """Whether a row matching a stored record may change it (``ImportOptions``)."""
        return self.report.update_existing

    def merge_choices(self, sheet: str | None) -> dict[tuple[int, str], int]:
        """The user's choices for the merged rows of one sheet: (first row, field) -> row."""
        return {(first, key): row for (where, first, key), row in self.choices.items()
                if where == sheet}

    def counts(self, kind: RecordKind) -> Counts:
        return self.report.counts_for(kind)

    def start_sheet(self, reader: SheetReader) -> None:
        self.rejects.append(RejectedSheet(reader.sheet, reader.table.headers))

    def finish_row(self, kind: RecordKind, parsed: ParsedRow) -> bool:
        """Record the row's problems; count and keep it aside if rejected. True if kept."""
        self.report.problems.extend(parsed.problems)
        self.done += 1
        if not parsed.rejected:
            return True
        self.counts(kind).rejected += 1
        reasons = " ; ".join(
            (f"{p.column} : " if p.column else "") + p.message
            for p in parsed.problems if p.is_error)
        self.rejects[-1].rows.append(RejectedRow(parsed.number, parsed.source.values, reasons))
        return False

    def duplicate(self, group: DuplicateGroup) -> None:
        self.report.duplicates.append(group)

    def tick(self, step: str) -> None:
        self.monitor.tick(step, self.done)


def count(counts: Counts, outcome: str, number: int = 1) -> None:
    """Count records "new", "updated" or "unchanged"."""
    setattr(counts, outcome, getattr(counts, outcome) + number)
