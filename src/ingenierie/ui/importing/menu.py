"""The File menu's import commands: the wizard, and the template workbook to fill in.

The wizard and the template writer (with the workbook libraries, 0.3–0.5 s to load) are
imported when their command is first chosen, not when the window starts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from ingenierie.errors import UserError
from ingenierie.services.output_files import database_files
from ingenierie.ui.context import AppContext
from ingenierie.ui.errors import show_error

MESSAGE_MS = 8000


class ImportActions(QObject):
    """"Import a workbook…" (Ctrl+I) and "Save the import template…", ready for a menu."""

    def __init__(self, window: QWidget, context: Callable[[], AppContext]) -> None:
        super().__init__(window)
        self.window = window
        self.import_workbook = QAction(self.tr("&Import a workbook…"), self)
        self.import_workbook.setShortcut(QKeySequence("Ctrl+I"))
        self.import_workbook.setStatusTip(self.tr(
            "Import stakeholders, projects, involvements, exchanges, fundings, official "
            "territory lists or a plan d'action from an Excel, LibreOffice or CSV file, "
            "after a dry run."))
        self.import_workbook.triggered.connect(lambda: _show_wizard(context(), window))
        self.save_template = QAction(self.tr("Save the import &template…"), self)
        self.save_template.setStatusTip(self.tr(
            "A workbook with one sheet per kind of record, its columns and an example row."))
        self.save_template.triggered.connect(lambda: save_import_template(
            window, protected=database_files(context().database.location)))

    @property
    def entries(self) -> list[QAction]:
        return [self.import_workbook, self.save_template]


def _show_wizard(context: AppContext, window: QWidget) -> None:
    from ingenierie.ui.importing.wizard import show_import_wizard

    show_import_wizard(context, window)


def save_import_template(parent: QWidget, path: Path | None = None, *,
                         protected: Mapping[Path, str] | None = None) -> Path | None:
    """Ask where to save the template (unless ``path`` is given), write it, say where.

    An existing file is replaced only when the save dialog asked (it does, for the
    very name chosen), never one of ``protected`` (the open database).
    """
    confirmed = False
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ImportActions", "Save the import template"),
            str(Path.home() / QCoreApplication.translate("ImportActions",
                                                          "import_template.xlsx")),
            QCoreApplication.translate("ImportActions", "Excel workbook (*.xlsx)"))
        if not chosen:
            return None
        path, confirmed = Path(chosen), True
    if path.suffix.lower() != ".xlsx":
        path, confirmed = path.with_name(path.name + ".xlsx"), False  # not the name asked about
    from ingenierie.services.importing.template import write_template

    try:
        written = write_template(path, replace=confirmed, protected=protected)
    except UserError as error:
        show_error(parent, error)
        return None
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(QCoreApplication.translate(
            "ImportActions", "Import template saved: %1").replace("%1", str(written)), MESSAGE_MS)
    return written
