"""The import wizard: file → sheet and header row → columns → dry run → import.

Every reading, the dry run and the import run off the GUI thread through
``ui.workers.run_with_progress`` (a progress dialog after half a second, with a
Cancel button). One step runs at a time: starting another, or going back,
makes the previous one's result moot. Cancelling the wizard during the import
stops the import (the transaction is rolled back) and keeps the wizard open to
say so; nothing ever commits behind a closed window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from ingenierie.errors import UserError
from ingenierie.services.importing.control import CancelCheck, ProgressCallback
from ingenierie.services.importing.mapping.adjust import adjusted
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.mapping.headers import (
    ColumnMapping,
    MappingStore,
    detect_kind,
    map_columns,
)
from ingenierie.services.importing.pipeline import default_plan_name
from ingenierie.ui.context import AppContext
from ingenierie.ui.importing.dry_run_page import DryRunPage
from ingenierie.ui.importing.file_page import FilePage
from ingenierie.ui.importing.import_page import ImportPage
from ingenierie.ui.importing.loading import SheetSnapshot
from ingenierie.ui.importing.mapping_page import MappingPage
from ingenierie.ui.importing.sheet_page import SheetPage
from ingenierie.ui.importing.state import ImportState
from ingenierie.ui.workers import Task, run_with_progress

log = logging.getLogger(__name__)
T = TypeVar("T")


class ImportWizard(QWizard):
    """Imports one sheet of a workbook (or a CSV file) into the context's database."""

    progressed = Signal(str, int, int)
    """step, done, total (-1: unknown) — emitted from the worker thread; queued to GUI slots."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 store: MappingStore | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = store or MappingStore.default()
        self.state = ImportState()
        self.importing = False  # the import page's run: Cancel stops it rather than closing
        self._task: Task | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Import a workbook"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setMinimumSize(920, 660)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.dry_run_page,
                     self.import_page):
            self.addPage(page)
        self.progressed.connect(self.dry_run_page.show_progress)
        self.progressed.connect(self.import_page.show_progress)

    # --- the shared choices ------------------------------------------------------------------
    def set_snapshot(self, snapshot: SheetSnapshot) -> None:
        """A sheet was (re)read: a new set of headers starts the mapping afresh."""
        previous = self.state.snapshot
        self.state.snapshot = snapshot
        self.state.plan = None
        if previous is not None and (previous.path, previous.headers) == (
                snapshot.path, snapshot.headers):
            return
        self.state.saved_mapping = self._saved_mapping(snapshot)
        saved = self.state.saved_mapping
        self.state.detection = detect_kind(snapshot.headers, snapshot.sheet)
        # Another header row of the same file keeps the kind already proposed or chosen.
        kept = self.state.kind if previous is not None and previous.path == snapshot.path \
            else None
        self.state.kind = saved.kind if saved else self.state.detection.proposal or kept
        self.state.plan_name = default_plan_name(snapshot.path)
        self.state.mapping = None
        self.state.merge_choices = {}

    def set_kind(self, kind: RecordKind | None) -> None:
        if kind is not self.state.kind:
            self.state.kind, self.state.mapping, self.state.plan = kind, None, None

    def set_mapping(self, mapping: ColumnMapping) -> None:
        self.state.mapping, self.state.plan = mapping, None

    def current_mapping(self) -> ColumnMapping:
        """The mapping of the current headers and kind: the user's, a saved one, or automatic."""
        state, snapshot = self.state, self.state.snapshot
        assert snapshot is not None and state.kind is not None
        if state.mapping is None or state.mapping.kind is not state.kind:
            saved = state.saved_mapping
            state.mapping = (saved.applied_to(snapshot.headers)
                             if saved is not None and saved.kind is state.kind
                             else adjusted(map_columns(snapshot.headers, state.kind)))
        return state.mapping

    def _saved_mapping(self, snapshot: SheetSnapshot) -> ColumnMapping | None:
        try:
            return self.store.find(snapshot.headers)
        except (UserError, OSError):  # a damaged or unreadable saved file: map afresh
            log.warning("saved column mapping not readable in %s", self.store.directory,
                        exc_info=True)
            return None

    # --- work off the GUI thread ---------------------------------------------------------------
    def run(self, title: str, work: Callable[[ProgressCallback, CancelCheck], T],
            on_success: Callable[[T], Any], on_failure: Callable[[BaseException], Any]) -> None:
        """Run ``work(progress, cancelled)`` in the background; the callbacks run on the GUI
        thread, unless another step started (or the user went back) in the meantime."""
        self.abandon()
        generation = self._generation

        def job(task: Task) -> T:
            def progress(step: str, done: int, total: int | None) -> None:
                task.report(step, done, total)
                if shiboken6.isValid(self):
                    self.progressed.emit(step, done, -1 if total is None else total)
            return work(progress, task.cancelled)

        def finish(callback: Callable[[Any], Any]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                if generation == self._generation:
                    self._task = None
                    callback(value)
            return call

        self._task = run_with_progress(self, title, job, finish(on_success), finish(on_failure))

    @property
    def busy(self) -> bool:
        return self._task is not None

    def cancel_running(self) -> None:
        """Ask the running step to stop. Safe from any thread: it only raises a flag that
        the work checks between batches."""
        task = self._task
        if task is not None:
            task.cancel()

    def abandon(self) -> None:
        """Stop the running step and ignore whatever it returns."""
        self.cancel_running()
        self._task = None
        self._generation += 1

    def reject(self) -> None:
        if self.importing:
            self.cancel_running()  # the import page says when the rollback is done
            self.import_page.stopping()
            return
        self.abandon()
        super().reject()


def show_import_wizard(context: AppContext, parent: QWidget) -> ImportWizard:
    """Open the wizard over ``parent`` (window-modal); it deletes itself once closed."""
    wizard = ImportWizard(context, parent)
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard
