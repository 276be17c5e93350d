"""Write what the dialog asked for off the GUI thread, then offer to open it.

The services report progress and check the cancel between pages (a report) or
batches of rows (an export); a cancel or a failure leaves no file. A cancel is the
user's own choice: the status bar says that nothing was written, no warning box. Once
written,
a message offers to open the file or the folder holding it (not modal: the user
may as well go on working).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ingenierie.services.exporting.workbook import ExportCancelled, write_export
from ingenierie.services.projects.listing import ProjectFilter
from ingenierie.services.reporting.document import ReportCancelled
from ingenierie.services.reporting.options import ReportOptions, check_logo
from ingenierie.services.reporting.portfolio_report import write_portfolio_report
from ingenierie.services.reporting.project_report import write_project_report
from ingenierie.ui.context import AppContext
from ingenierie.ui.errors import show_error
from ingenierie.ui.reporting.dialog import OutputDialog, OutputKind, OutputRequest
from ingenierie.ui.settings import AppSettings
from ingenierie.ui.workers import Task, run_with_progress


def ask_and_write(parent: QWidget, context: AppContext, kind: OutputKind, *,
                  project: tuple[UUID, str] | None = None,
                  wanted: ProjectFilter | None = None,
                  settings: AppSettings | None = None) -> OutputDialog:
    """Show the dialog (window-modal); once accepted, write the file in the background."""
    dialog = OutputDialog(context, kind, project=project, wanted=wanted, settings=settings,
                          parent=parent)
    dialog.accepted.connect(lambda: write(parent, context, dialog.request))
    dialog.open()
    return dialog


def write(parent: QWidget, context: AppContext, request: OutputRequest | None) -> None:
    if request is None:
        return
    database = context.database

    def work(task: Task) -> Path:
        if request.kind is OutputKind.EXPORT:
            return write_export(database, request.scope, request.path, replace=request.replace,
                                progress=task.report, cancelled=task.cancelled).path
        options = ReportOptions(period=request.period, structure=request.structure,
                                logo=check_logo(request.logo) if request.logo else None)
        if request.scope.project_id is not None:
            return write_project_report(database, request.scope.project_id, request.path,
                                        options, replace=request.replace, progress=task.report,
                                        cancelled=task.cancelled).path
        return write_portfolio_report(database, request.scope, request.path, options,
                                      replace=request.replace, progress=task.report,
                                      cancelled=task.cancelled).path

    title = (QCoreApplication.translate("reporting", "Writing the report…")
             if request.kind is OutputKind.REPORT
             else QCoreApplication.translate("reporting", "Exporting…"))
    run_with_progress(parent, title, work, lambda path: offer_to_open(parent, path),
                      failure_reporter(parent))


STATUS_MS = 8000


def failure_reporter(parent: QWidget) -> Callable[[BaseException], None]:
    """A cancel told in the window's status bar; any other failure in the error dialog."""
    def report(error: BaseException) -> None:
        window = parent.window()
        if isinstance(error, ReportCancelled | ExportCancelled) \
                and isinstance(window, QMainWindow):
            window.statusBar().showMessage(error.message, STATUS_MS)
            return
        show_error(window, error)
    return report


def offer_to_open(parent: QWidget, path: Path) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("reporting", "File written"),
                      QCoreApplication.translate("reporting", "“%1” is written.")
                      .replace("%1", path.name), parent=parent)
    box.setInformativeText(str(path))
    open_file = box.addButton(QCoreApplication.translate("reporting", "Open the file"),
                              QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(QCoreApplication.translate("reporting", "Open the folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_file)

    def chosen() -> None:
        clicked = box.clickedButton()
        if clicked is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif clicked is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    box.finished.connect(chosen)
    box.open()
    return box
