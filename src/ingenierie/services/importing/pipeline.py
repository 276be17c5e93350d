"""Import a file: the dry run and the real import, one code path, one transaction.

Both read every row, apply every rule and write into a transaction, so the
dry run reports exactly what the import would do (database constraints
included); the dry run then rolls back. Everything is written through the
write gateway's bulk unit (``Database.bulk_write``): indexes kept in step once
at the end, a busy database or a full disk told in French. The import commits
only when nothing blocks it: an error, a cancel or a killed process leaves the
database as it was before the import.

Designed to run off the GUI thread: ``progress(step, done, total)`` is called
between batches and ``cancelled()`` is checked there; the function opens its
own unit of work and returns a plain :class:`ImportReport`. The rejects workbook,
when asked for, is checked before anything is read and written before the
commit: if it cannot be written, nothing is imported.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ingenierie.models.base import utcnow
from ingenierie.services.importing.control import (
    CancelCheck,
    ImportCancelled,
    Monitor,
    ProgressCallback,
)
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.mapping.headers import ColumnMapping
from ingenierie.services.importing.mapping.workbook import SelectedSheet, SheetChoice, select_sheets
from ingenierie.services.importing.parsing.records import SheetReader
from ingenierie.services.importing.reading.errors import NoDataError
from ingenierie.services.importing.rejects import write_rejects
from ingenierie.services.importing.report import ImportReport, Outcome, SheetReport
from ingenierie.services.importing.sheets.context import ImportContext, RejectedSheet
from ingenierie.services.importing.sheets.kinds import importer_for
from ingenierie.services.importing.sheets.known import Known
from ingenierie.services.importing.sheets.plan_book import PlanChoice
from ingenierie.services.output_files import check_destination, database_files
from ingenierie.storage import Database
from ingenierie.storage.bulk_write import BulkWrite

log = logging.getLogger(__name__)

#: The engine's cache during an import (KiB): new rows land all over the name indexes.
WRITE_CACHE_KIB = 32_768

#: From this size on (about 8 000 rows of a workbook) every stored stakeholder's keys
#: are read at once, while the file is parsed; a smaller file has only its own keys
#: looked up (``sheets.known``). Either way the import finds the same records.
READ_EVERY_KEY_FROM_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """The caller's choices. ``skip_invalid``: import the valid rows and set the
    others aside (in ``rejects_path`` if given) rather than refuse the import;
    ``replace_rejects``: the user confirmed replacing an existing rejects file.
    ``update_existing``: a row matching a stored record updates it with the file's
    non-empty cells; when False, stored records are left exactly as they are (an
    older list cannot overwrite what was entered since) and only new ones are added."""

    sheet: str | None = None
    header_row: int | None = None
    kind: RecordKind | None = None
    mapping: ColumnMapping | None = None
    skip_invalid: bool = False
    rejects_path: Path | None = None
    replace_rejects: bool = False
    update_existing: bool = True
    skip_hidden: bool = False  # leave out the rows hidden in the workbook (by hand or filter)
    #: Merge the rows repeating one person or organisation (``sheets.repeats``), each
    #: conflict settled by ``merge_choices`` — (sheet, first row, field) -> chosen row —
    #: or else by the first row.
    merge_repeated: bool = False
    merge_choices: tuple[tuple[tuple[str | None, int, str], int], ...] = ()
    plan_name: str | None = None  # a plan sheet's plan: by default, named after the file
    plan_code: str | None = None

    @property
    def choice(self) -> SheetChoice:
        return SheetChoice(self.sheet, self.header_row, self.kind, self.mapping)


def plan_import(db: Database, path: str | Path, options: ImportOptions | None = None,
                progress: ProgressCallback | None = None,
                cancelled: CancelCheck | None = None) -> ImportReport:
    """What importing ``path`` would do; nothing is written to the database."""
    return _execute(db, Path(path), options or ImportOptions(), Monitor(progress, cancelled),
                    commit=False)


def run_import(db: Database, path: str | Path, options: ImportOptions | None = None,
               progress: ProgressCallback | None = None,
               cancelled: CancelCheck | None = None) -> ImportReport:
    """Import ``path`` in one transaction, or nothing at all (see the report's outcome).

    Raises ImportFileError when the file cannot be read.
    """
    return _execute(db, Path(path), options or ImportOptions(), Monitor(progress, cancelled),
                    commit=True)


def _execute(db: Database, path: Path, options: ImportOptions, monitor: Monitor, *,
             commit: bool) -> ImportReport:
    report = ImportReport(file=path.name, skip_invalid=options.skip_invalid,
                          update_existing=options.update_existing,
                          skip_hidden=options.skip_hidden,
                          merge_repeated=options.merge_repeated)
    keep_files = database_files(db.location) | {path: "le fichier importé"}
    if options.rejects_path is not None:  # refused now rather than after a long import
        check_destination(options.rejects_path, replace=options.replace_rejects,
                          protected=keep_files)
    monitor.tick("Lecture du fichier", 0, None, force=True)
    rejects: list[RejectedSheet] = []
    with ThreadPoolExecutor(max_workers=1) as pool:
        # The workbook is parsed (by calamine, without holding the GIL) while the records
        # already stored are loaded: about a second less at 100 000 rows.
        reading = pool.submit(_read_sheets, path, options, report)
        try:
            with db.bulk_write(cache_kib=WRITE_CACHE_KIB) as bulk:
                bulk.describe(f"Import de « {path.name} »")
                _write(db, bulk, reading.result, report, monitor, rejects, commit,
                       options, keep_files, path)
            report.changes = bulk.changes
        except ImportCancelled:
            report.outcome = Outcome.CANCELLED
    log.info("import of %s: %s", path.name, report.outcome.value)
    return report


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # told by the reading, in French


def default_plan_name(path: Path) -> str:
    """A plan imported without a name is named after its file (« plan_climat_2024.xlsx »
    → « plan climat 2024 »)."""
    return " ".join(path.stem.replace("_", " ").split()) or "Plan d'action"


def _write(db: Database, bulk: BulkWrite, sheets_read: Callable[[], list[SelectedSheet]],
           report: ImportReport, monitor: Monitor, rejects: list[RejectedSheet],
           commit: bool, options: ImportOptions, keep_files: dict[Path, str],
           path: Path) -> None:
    """Plan and write every sheet in the bulk unit; discard it unless it is to be kept."""
    known = Known.load(bulk.connection, complete=_size(path) >= READ_EVERY_KEY_FROM_BYTES)
    sheets = sheets_read()
    if sheets:
        source = {"imported_from": report.file, "imported_at": utcnow(),
                  "imported_by": db.actor}
        plan = PlanChoice(options.plan_name or default_plan_name(path), options.plan_code)
        context = ImportContext(bulk, known, report, monitor, rejects, source=source,
                                plan=plan, choices=dict(options.merge_choices))
        keep = _import_sheets(context, sheets, commit)
    else:
        report.outcome, keep = Outcome.REFUSED, False
    if options.rejects_path is not None and report.rejected_rows:
        # Written before the commit: an import never claims rejects it lost.
        report.rejects_file = str(write_rejects(
            options.rejects_path, rejects, replace=options.replace_rejects,
            protected=keep_files))
    if keep and report.updated_rows:
        # Stored records are about to change: the database as last committed is
        # copied first, so that the user has a way back.
        report.backup_file = str(db.backup_before_import())
    if not keep:
        bulk.discard()


def _read_sheets(path: Path, options: ImportOptions, report: ImportReport
                 ) -> list[SelectedSheet]:
    """The sheets to import; none when the file holds no data (``report.refusal`` says)."""
    try:
        return select_sheets(path, options.choice, report)
    except NoDataError as error:
        report.refusal = error.message
        return []


def _import_sheets(ctx: ImportContext, sheets: list[SelectedSheet], commit: bool) -> bool:
    """Plan and write every sheet in the open transaction; True if it is to be committed."""
    for sheet in sheets:
        _import_sheet(ctx, sheet)
    ctx.bulk.session.flush()
    _decide(ctx.report, commit)
    keep = commit and ctx.report.outcome is Outcome.IMPORTED
    if keep:
        ctx.monitor.tick("Enregistrement", ctx.done, ctx.done, force=True)
    return keep


def _import_sheet(ctx: ImportContext, sheet: SelectedSheet) -> None:
    table, mapping = sheet.table, sheet.mapping
    summary = SheetReport(
        table.sheet, mapping.kind, table.header_row,
        columns=[(h, f.label if (f := mapping.field_of(i)) else None)
                 for i, h in enumerate(table.headers)])
    ctx.report.sheets.append(summary)
    before = ctx.done
    table.skip_hidden = ctx.report.skip_hidden
    importer_for(mapping.kind, exported=mapping.exported)(ctx, SheetReader(table, mapping)).run()
    summary.data_rows = ctx.done - before
    summary.skipped = list(table.skipped)
    summary.hidden, summary.filtered = list(table.hidden), table.filtered


def _decide(report: ImportReport, commit: bool) -> None:
    """Set the outcome (and the refusal, if any) once every row has been seen."""
    rejected = report.rejected_rows
    if report.data_rows == 0:
        report.refusal = "Le fichier ne contient aucune donnée : aucune ligne sous l'en-tête."
    elif rejected and not report.skip_invalid:
        report.refusal = (
            f"{rejected} ligne(s) comportent des erreurs. Corrigez-les, ou choisissez "
            "d'importer les autres lignes en écartant celles-ci (--skip-invalid).")
    elif rejected == report.data_rows:
        report.refusal = "Aucune ligne valide à importer."
    if not commit:
        report.outcome = Outcome.PLANNED
    else:
        report.outcome = Outcome.REFUSED if report.refusal else Outcome.IMPORTED
