"""Page 4: the dry run — what the import would do, with nothing written — and the choices:
records already stored updated or left as they are, hidden rows imported or left out,
repeated rows rejected or merged (each of these runs the dry run again), rows in error
refusing the import or skipped (and kept in a rejects workbook)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ingenierie.errors import UserError
from ingenierie.services.importing.control import ImportCancelled
from ingenierie.services.importing.pipeline import plan_import
from ingenierie.services.importing.report import ImportReport, Outcome
from ingenierie.services.output_files import OutputFileError, check_destination, database_files
from ingenierie.ui.errors import show_error
from ingenierie.ui.importing.file_choices import FileChoices
from ingenierie.ui.importing.report_view import ReportView
from ingenierie.ui.importing.state import StepPage, left_aligned, message_label, say


class DryRunPage(StepPage):
    """Runs ``plan_import`` each time the page is reached; the import page follows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dry run"))
        self.setSubTitle(self.tr("What the import would do. Nothing has been written to the "
                                 "database yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.status = message_label(self)
        self.error = message_label(self, error=True)
        self.retry_button = QPushButton(self.tr("&Run the dry run again"), self)
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        self.report_view = ReportView(self)
        self.report_view.hide()
        self.existing = QGroupBox(self.tr("Records already in the database"), self)
        self.update_existing = QRadioButton(
            self.tr("&Update them with the file's non-empty cells"), self)
        self.keep_existing = QRadioButton(
            self.tr("&Leave them as they are and only add the new ones (for an older list)"),
            self)
        existing = QButtonGroup(self)
        existing.addButton(self.update_existing)
        existing.addButton(self.keep_existing)
        self.update_existing.setChecked(True)
        self.keep_existing.toggled.connect(self._existing_changed)
        box = QVBoxLayout(self.existing)
        box.addWidget(self.update_existing)
        box.addWidget(self.keep_existing)
        self.existing.hide()
        self.file_choices = FileChoices(self)
        self.file_choices.changed.connect(self._file_choice_changed)
        self.choice = QGroupBox(self.tr("Rows with errors"), self)
        self.refuse = QRadioButton(self.tr("Import &nothing while the file has rows in error "
                                           "(correct the file, then import it again)"), self)
        self.skip = QRadioButton(self.tr("S&kip the rows in error and import the others"), self)
        group = QButtonGroup(self)
        group.addButton(self.refuse)
        group.addButton(self.skip)
        self.refuse.setChecked(True)
        self.keep_rejects = QCheckBox(self.tr("&Save the skipped rows in a rejects workbook, "
                                              "with the error of each:"), self)
        self.keep_rejects.setChecked(True)
        self.rejects_edit = QLineEdit(self)
        self.rejects_button = QPushButton(self.tr("Choose…"), self)
        self.rejects_button.clicked.connect(self._browse_rejects)
        rejects = QHBoxLayout()
        rejects.addSpacing(24)
        rejects.addWidget(self.keep_rejects)
        rejects.addWidget(self.rejects_edit, 1)
        rejects.addWidget(self.rejects_button)
        box = QVBoxLayout(self.choice)
        box.addWidget(self.refuse)
        box.addWidget(self.skip)
        box.addLayout(rejects)
        self.choice.hide()
        self.blocked = message_label(self, error=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(left_aligned(self.retry_button))
        layout.addWidget(self.report_view, 1)
        layout.addStretch(0)  # keeps the messages at the top while there is no report
        layout.addWidget(self.existing)
        layout.addWidget(self.file_choices)
        layout.addWidget(self.choice)
        layout.addWidget(self.blocked)
        for signal in (self.refuse.toggled, self.keep_rejects.toggled,
                       self.rejects_edit.textChanged):
            signal.connect(self._choice_changed)
        self._running = False
        self._confirmed_rejects: str | None = None  # chosen in the save dialog, which asked

    # --- the run --------------------------------------------------------------------------
    def initializePage(self) -> None:
        snapshot = self.state.snapshot
        assert snapshot is not None
        self.rejects_edit.setText(str(snapshot.path.with_name(
            self.tr("%1_rejects.xlsx").replace("%1", snapshot.path.stem))))
        blocked = self.keep_existing.blockSignals(True)
        (self.update_existing if self.state.update_existing else self.keep_existing
         ).setChecked(True)
        self.keep_existing.blockSignals(blocked)
        self.start()

    def cleanupPage(self) -> None:
        """Going back stops a dry run still running: its choices are being changed."""
        self.flow.abandon()
        self._set_running(False)

    def start(self) -> None:
        self.state.plan = None
        say(self.error, None)
        self.retry_button.hide()
        self.report_view.hide()
        self.choice.hide()
        say(self.blocked, None)
        say(self.status, self.tr("Dry run in progress…"))
        self._set_running(True)
        database, snapshot = self.flow.context.database, self.state.snapshot
        assert snapshot is not None
        options = self.state.options(dry_run=True)
        self.flow.run(self.tr("Dry run…"),
                      lambda progress, cancelled: plan_import(database, snapshot.path, options,
                                                              progress, cancelled),
                      self._planned, self._failed)

    def show_progress(self, step: str, done: int, _total: int) -> None:
        if self._running:
            say(self.status, self.tr("Dry run in progress: %1 (%2 rows)…")
                .replace("%1", step).replace("%2", str(done)))

    def _planned(self, report: ImportReport) -> None:
        self._set_running(False)
        if report.outcome is Outcome.CANCELLED:
            self._cancelled()
            return
        self.state.plan = report
        say(self.status, self.tr("%n row(s) read. Nothing has been written.", "",
                                 report.data_rows))
        self.report_view.show_report(report)
        self.report_view.show()
        stored = sum(c.updated + c.unchanged for c in report.counts.values())
        self.existing.setVisible(stored > 0 or self.keep_existing.isChecked())
        self.file_choices.show_report(self.state, report)
        self.choice.setVisible(report.refusal is None and report.rejected_rows > 0)
        self._choice_changed()

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, ImportCancelled):
            self._cancelled()
        elif isinstance(error, UserError):
            say(self.status, None)
            say(self.error, error.user_message())
            self.retry_button.show()
        else:
            say(self.status, None)
            say(self.error, self.tr("The dry run stopped on an unexpected error."))
            self.retry_button.show()
            show_error(self, error)

    def _cancelled(self) -> None:
        say(self.status, self.tr("Dry run cancelled: nothing has been written."))
        self.retry_button.show()

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.existing.setEnabled(not running)
        self.file_choices.setEnabled(not running)
        self.completeChanged.emit()

    # --- the choices --------------------------------------------------------------------
    def _existing_changed(self) -> None:
        """Another way with stored records changes the counts: simulate it again."""
        self.state.update_existing = self.update_existing.isChecked()
        if not self._running:
            self.start()

    def _file_choice_changed(self) -> None:
        """Hidden rows or repeated rows handled otherwise change the counts: run again."""
        if not self._running:
            self.start()

    def _browse_rejects(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Rejects workbook"), self.rejects_edit.text(),
            self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            self._confirmed_rejects = chosen
            self.rejects_edit.setText(chosen)
            self._choice_changed()  # the same name again is now confirmed

    def _choice_changed(self) -> None:
        skip = self.skip.isChecked()
        self.keep_rejects.setEnabled(skip)
        self.rejects_edit.setEnabled(skip and self.keep_rejects.isChecked())
        self.rejects_button.setEnabled(self.rejects_edit.isEnabled())
        text = self.rejects_edit.text().strip()
        self.state.skip_invalid = skip
        self.state.rejects_path = (Path(text).expanduser()
                                   if skip and self.keep_rejects.isChecked() and text else None)
        self.state.replace_rejects = text == self._confirmed_rejects
        say(self.blocked, self._blocking_reason())
        self.completeChanged.emit()

    def _blocking_reason(self) -> str | None:
        plan = self.state.plan
        if plan is None:
            return None
        if plan.refusal is not None:
            return plan.refusal
        if plan.rejected_rows and not self.skip.isChecked():
            return self.tr("%n row(s) have errors: correct the file and import it again, or "
                           "choose to skip them.", "", plan.rejected_rows)
        if self.skip.isChecked() and self.keep_rejects.isChecked() \
                and not self.rejects_edit.text().strip():
            return self.tr("Choose where to save the rejects workbook.")
        return self._rejects_refusal()

    def _rejects_refusal(self) -> str | None:
        """Why the rejects workbook could not be written there (a missing folder, a file
        that exists and was not confirmed in the save dialog, the database), if it could not."""
        path, snapshot = self.state.rejects_path, self.state.snapshot
        if path is None or snapshot is None:
            return None
        protected = database_files(self.flow.context.database.location) | {
            snapshot.path: "le fichier importé"}
        try:
            check_destination(path, replace=self.state.replace_rejects, protected=protected)
        except OutputFileError as error:
            return error.message
        return None

    def isComplete(self) -> bool:
        return (not self._running and self.state.plan is not None
                and self._blocking_reason() is None)
