"""Page 1: the file to import. It is read before moving on, so a file that cannot be
read (unsupported, misnamed, password-protected, truncated) is explained right here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ingenierie.errors import UserError
from ingenierie.ui.errors import show_error
from ingenierie.ui.importing.loading import SheetSnapshot, load_sheet
from ingenierie.ui.importing.state import StepPage, message_label, say

PATTERNS = "*.xlsx *.xlsm *.xls *.ods *.csv"


class FilePage(StepPage):
    """A path typed or browsed to; Next reads it in the background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("File to import"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice one "
                                 "(.ods) or a CSV file. Nothing is written to the database "
                                 "before the last step."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Path of the file to import"))
        self.path_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.error = message_label(self, error=True)
        self.status = message_label(self)
        hint = QLabel(self.tr(
            "The file needs one row of column headers; title rows above it, blank rows, "
            "totals and notes below it are recognised and left out. To start from a clean "
            "sheet, use File ▸ Save the import template…"), self)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.path_edit)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(hint)
        self._loading = False
        self.path_edit.textChanged.connect(self._path_changed)

    def path(self) -> Path | None:
        """The path typed, pasted, or dropped from a file manager (a ``file://`` URL)."""
        text = self.path_edit.text().strip().strip('"')
        if text.startswith("file:"):
            text = QUrl(text).toLocalFile()
        return Path(text).expanduser() if text else None

    def browse(self) -> None:
        current = self.path()
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"),
            str(current.parent if current else Path.home()),
            self.tr("Workbooks and CSV files (%1);;All files (*)").replace("%1", PATTERNS))
        if chosen:
            self.path_edit.setText(chosen)

    def isComplete(self) -> bool:
        return self.path() is not None and not self._loading

    def validatePage(self) -> bool:
        path = self.path()
        snapshot = self.state.snapshot
        if path is None or (snapshot is not None and snapshot.path == path):
            return path is not None
        self._read(path)
        return False  # the wizard moves on once the file is read

    def _read(self, path: Path) -> None:
        self._set_loading(True)
        say(self.error, None)
        say(self.status, self.tr("Reading “%1”…").replace("%1", path.name))
        self.flow.run(self.tr("Reading “%1”…").replace("%1", path.name),
                      lambda _progress, _cancelled: load_sheet(path), self._read_done,
                      self._read_failed)

    def _read_done(self, snapshot: SheetSnapshot) -> None:
        self._set_loading(False)
        say(self.status, None)
        self.flow.set_snapshot(snapshot)
        self.flow.next()

    def _read_failed(self, error: BaseException) -> None:
        self._set_loading(False)
        say(self.status, None)
        if isinstance(error, UserError):
            say(self.error, error.user_message())
        else:
            say(self.error, self.tr("This file could not be read."))
            show_error(self, error)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.path_edit.setEnabled(not loading)
        self.browse_button.setEnabled(not loading)
        self.completeChanged.emit()

    def _path_changed(self) -> None:
        self.flow.state.snapshot = None
        say(self.error, None)
        self.completeChanged.emit()
