"""Page 5: the import itself, in one transaction, then what it did.

On success the open lists are told what changed (``context.changes``); on a
cancel, a refusal or an error the transaction was rolled back and the page says
the database was not changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget, QWizard

from ingenierie.errors import UserError
from ingenierie.services.importing.control import ImportCancelled
from ingenierie.services.importing.pipeline import run_import
from ingenierie.services.importing.report import ImportReport, Outcome
from ingenierie.ui.errors import show_error
from ingenierie.ui.importing.report_view import ReportView
from ingenierie.ui.importing.state import StepPage, left_aligned, message_label, say


class ImportPage(StepPage):
    """Starts the import on arrival; Finish is offered once it has ended, however it ended."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("All or nothing: the rows are written in one transaction, "
                                 "which a cancel or an error undoes entirely."))
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        font = self.outcome.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.outcome.setFont(font)
        self.detail = message_label(self)
        self.retry_button = QPushButton(self.tr("&Run the import again"), self)
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        self.report_view = ReportView(self)
        self.report_view.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.outcome)
        layout.addWidget(self.detail)
        layout.addLayout(left_aligned(self.retry_button))
        layout.addWidget(self.report_view, 1)
        layout.addStretch(0)  # keeps the messages at the top while there is no report
        self.result: ImportReport | None = None

    def initializePage(self) -> None:
        self.start()

    def isComplete(self) -> bool:
        return not self.flow.importing

    def start(self) -> None:
        self.result = None
        self.retry_button.hide()
        self.report_view.hide()
        say(self.detail, None)
        self.outcome.setText(self.tr("Import in progress…"))
        self._set_importing(True)
        database, snapshot = self.flow.context.database, self.state.snapshot
        assert snapshot is not None
        options = self.state.options(dry_run=False)
        self.flow.run(self.tr("Importing…"),
                      lambda progress, cancelled: run_import(database, snapshot.path, options,
                                                             progress, cancelled),
                      self._done, self._failed)

    def show_progress(self, step: str, done: int, _total: int) -> None:
        if self.flow.importing and self.result is None:
            self.outcome.setText(self.tr("Import in progress: %1 (%2 rows)…")
                                 .replace("%1", step).replace("%2", str(done)))

    def stopping(self) -> None:
        """The user asked to cancel: say so until the rollback is done."""
        self.outcome.setText(self.tr("Cancelling the import…"))

    def _done(self, report: ImportReport) -> None:
        self._set_importing(False)
        self.result = report
        if report.outcome is Outcome.CANCELLED:
            self._cancelled()
            return
        self.report_view.show_report(report)
        self.report_view.show()
        if report.outcome is Outcome.IMPORTED:
            self.outcome.setText(self.tr("Import finished: the data has been saved."))
            details = []
            if report.rejects_file:
                details.append(self.tr("The rows skipped are in “%1”.")
                               .replace("%1", report.rejects_file))
            if report.backup_file:
                details.append(self.tr("A copy of the database as it was before the import "
                                       "is in “%1”.").replace("%1", report.backup_file))
            say(self.detail, "\n".join(details) or None)
            self.flow.context.changes.announce(report.changes)
        else:
            self.outcome.setText(self.tr("Import refused: the database was not changed."))
            say(self.detail, report.refusal)

    def _failed(self, error: BaseException) -> None:
        self._set_importing(False)
        if isinstance(error, ImportCancelled):
            self._cancelled()
            return
        self.outcome.setText(self.tr("Import stopped: the database was not changed."))
        self.retry_button.show()
        if isinstance(error, UserError):
            say(self.detail, error.user_message())
        else:
            show_error(self, error)

    def _cancelled(self) -> None:
        self.outcome.setText(self.tr("Import cancelled: the database was not changed."))
        self.retry_button.show()

    def _set_importing(self, importing: bool) -> None:
        """While importing, Cancel stops the import; once it ended, only Finish is left."""
        self.flow.importing = importing
        self.flow.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, not importing)
        self.completeChanged.emit()
