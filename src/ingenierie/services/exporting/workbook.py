"""Write the export: a summary sheet, then a sheet per kind of record, streamed.

Rows are read from the database in batches and appended to openpyxl's write-only
sheets as they come, so memory stays flat whatever the number of rows. Each sheet
has French headers, a frozen header row, an auto-filter and column widths; the first
sheet says what was exported, when, by whom, with which filters, how many rows each
sheet holds, and every change the export had to make to a text (see ``cells``).
The file is written through ``output_files``: complete, or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.dimensions import ColumnDimension, DimensionHolder
from openpyxl.worksheet.filters import AutoFilter

from ingenierie import __version__
from ingenierie.errors import UserError
from ingenierie.services.common import system_user_name
from ingenierie.services.exporting.cells import ColumnWriter, Warnings, header_cell
from ingenierie.services.exporting.selection import Selected, select_records
from ingenierie.services.exporting.sheets import EVALUATION_SHEETS, SHEETS, Sheet
from ingenierie.services.importing.mapping.exported import LAYOUT_VERSION, MARKER, SUMMARY_SHEET
from ingenierie.services.output_files import (
    check_destination,
    database_files,
    save_workbook,
    write_file,
)
from ingenierie.services.projects.selection import Scope
from ingenierie.storage import Database

ProgressCallback = Callable[[str, int, int | None], None]
CancelCheck = Callable[[], bool]
BATCH = 2000


def _widths(sheet: WriteOnlyWorksheet) -> DimensionHolder[str, ColumnDimension]:
    # A write-only sheet has the column dimensions of a Worksheet (Worksheet._setup sets
    # them at run time); the stubs copy only the declared class attributes.
    return sheet.column_dimensions  # type: ignore[attr-defined, no-any-return]


def _filter(sheet: WriteOnlyWorksheet) -> AutoFilter:
    return sheet.auto_filter  # type: ignore[attr-defined, no-any-return]  # as in _widths


class ExportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Export annulé : aucun fichier n'a été écrit.")


@dataclass(slots=True)
class ExportSummary:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)  # by sheet title
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def write_export(db: Database, scope: Scope, destination: Path, *, replace: bool = False,
                 protected: Mapping[Path, str] | None = None,
                 progress: ProgressCallback | None = None,
                 cancelled: CancelCheck | None = None, author: str | None = None
                 ) -> ExportSummary:
    """Export the records ``scope`` covers to ``destination`` (an ``.xlsx`` workbook)."""
    keep = database_files(db.location) | dict(protected or {})
    check_destination(destination, replace=replace, protected=keep)
    summary = ExportSummary(destination)
    described = scope.describe(db)
    chosen = select_records(db, scope)
    started = datetime.now().astimezone()

    def write(temporary: Path) -> None:
        workbook = Workbook(write_only=True)
        front = workbook.create_sheet(SUMMARY_SHEET)
        warnings = Warnings()
        done = 0
        try:
            for sheet in (*SHEETS, *EVALUATION_SHEETS):
                done = _write_sheet(db, workbook, sheet, chosen, warnings, summary, done,
                                    progress, cancelled)
        except BaseException:  # a cancel, a failure: the sheets' streams end here, not later
            for open_sheet in workbook.worksheets:
                if isinstance(open_sheet, WriteOnlyWorksheet) and not open_sheet.closed:
                    open_sheet.close()
            raise
        summary.warnings = warnings.lines()
        _write_summary(front, summary, described, started, author or system_user_name())
        if progress is not None:
            progress("Enregistrement du classeur", done, done)
        save_workbook(workbook, temporary)

    write_file(destination, write, replace=replace, protected=keep)
    return summary


def _write_sheet(db: Database, workbook: Workbook, spec: Sheet, chosen: Selected,
                 warnings: Warnings, summary: ExportSummary, done: int,
                 progress: ProgressCallback | None, cancelled: CancelCheck | None) -> int:
    sheet: WriteOnlyWorksheet = workbook.create_sheet(spec.title)
    for index, column in enumerate(spec.columns, start=1):
        _widths(sheet)[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.append([header_cell(sheet, column.header) for column in spec.columns])
    writers = [(ColumnWriter(sheet, spec.title, c.header, c.format, warnings), c.tidy)
               for c in spec.columns]
    count = 0
    with db.read() as session:
        result = session.execute(spec.query(chosen).execution_options(yield_per=BATCH))
        for batch in result.partitions():
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            for row in batch:
                count += 1
                number = count + 1
                sheet.append([writer.write(tidy(value) if tidy else value, number)
                              for (writer, tidy), value in zip(writers, row, strict=True)])
            if progress is not None:
                progress(spec.title, done + count, None)
    last = get_column_letter(len(spec.columns))
    _filter(sheet).ref = f"A1:{last}{count + 1}"
    summary.rows[spec.title] = count
    return done + count


def _write_summary(sheet: WriteOnlyWorksheet, summary: ExportSummary,
                   described: list[tuple[str, str]], started: datetime, author: str) -> None:
    _widths(sheet)["A"].width = 34
    _widths(sheet)["B"].width = 90
    sheet.append([header_cell(sheet, MARKER), f"version {LAYOUT_VERSION} du classeur"])
    sheet.append(["Exporté le", started.strftime("%d/%m/%Y à %H:%M")])
    sheet.append(["Par", author])
    sheet.append(["Application", f"Ingénierie {__version__}"])
    for label, value in described:
        sheet.append([f"Filtre : {label}", value])
    sheet.append([])
    sheet.append([header_cell(sheet, "Feuille"), header_cell(sheet, "Lignes")])
    for title, count in summary.rows.items():
        sheet.append([title, count])
    sheet.append([])
    sheet.append([header_cell(sheet, "Avertissements"),
                  "aucun" if not summary.warnings else f"{len(summary.warnings)}"])
    for line in summary.warnings:
        sheet.append(["", line])
    sheet.append([])
    sheet.append(["Réimporter", "Ce classeur se réimporte tel quel (Fichier ▸ Importer… ou "
                  "« ingenierie import ») : chaque fiche garde son identifiant, rien n'est "
                  "créé deux fois. Les colonnes sans équivalent dans la base (libellés "
                  "ajoutés pour la lecture) sont ignorées."])
