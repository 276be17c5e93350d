"""The « Sauvegardes » dialog: every backup with its date, reason, size and counts; make
one now, verify one, restore one.

Restoring is the window's business (it copies the current file, restores, and
reopens on the restored data): the dialog asks for confirmation, then emits
:attr:`BackupsDialog.restore_requested` and closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ingenierie.storage import Database
from ingenierie.storage.backups import BackupInfo
from ingenierie.ui.errors import show_error
from ingenierie.ui.safety.tables import fill, read_only_table
from ingenierie.ui.workers import run_with_progress


def size_text(size: int) -> str:
    """« 12,4 Mo » (French decimal comma)."""
    for unit in ("o", "Ko", "Mo", "Go"):
        if size < 1024 or unit == "Go":
            text = f"{size:.1f}" if unit != "o" else str(size)
            return f"{text.replace('.', ',')} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


class BackupsDialog(QDialog):
    restore_requested = Signal(object)  # the backup's Path

    def __init__(self, database: Database, folders: list[Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.folders = database, folders
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups"))
        self.resize(860, 440)
        where = folders[0] if folders else database.folder
        self.where = QLabel(self.tr("Daily backups go to: %1").replace("%1", str(where)), self)
        self.where.setWordWrap(True)
        self.table = read_only_table([self.tr("Date"), self.tr("Reason"), self.tr("Size"),
                                      self.tr("Projects"), self.tr("People"),
                                      self.tr("File")], self, 5)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.make = QPushButton(self.tr("&Back up now"), self)
        self.verify = QPushButton(self.tr("&Verify"), self)
        self.restore = QPushButton(self.tr("&Restore…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.make, self.verify, self.restore):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.make.clicked.connect(self._make)
        self.verify.clicked.connect(self._verify)
        self.restore.clicked.connect(self._restore)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        self.backups = self.database.backups(self.folders)
        fill(self.table, [(f"{info.made_at:%d/%m/%Y %H:%M}", info.reason.label,
                           size_text(info.size),
                           "" if info.projects is None else str(info.projects),
                           "" if info.people is None else str(info.people),
                           str(info.path)) for info in self.backups])
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.verify.setEnabled(chosen)
        self.restore.setEnabled(chosen)

    def _make(self) -> None:
        folder = self.folders[0] if self.folders else None
        run_with_progress(self, self.tr("Backing up…"),
                          lambda _task: self.database.backup(folder),
                          lambda _path: self.refresh(),
                          lambda error: show_error(self, error))

    def _verify(self) -> None:
        info = self.selected()
        if info is None:
            return
        if self.database.verify_backup(info.path):
            QMessageBox.information(self, self.tr("Backups"), self.tr(
                "The backup of %1 passes the integrity check.").replace(
                "%1", f"{info.made_at:%d/%m/%Y %H:%M}"))
        else:
            QMessageBox.warning(self, self.tr("Backups"), self.tr(
                "The backup of %1 is damaged: do not restore it.").replace(
                "%1", f"{info.made_at:%d/%m/%Y %H:%M}"))

    def _restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(self, self.tr("Restore a backup"), self.tr(
            "Replace the data of the database by the backup of %1?\n\nThe current data is "
            "copied first (“before restore” backup), so this can be undone by restoring "
            "that copy.").replace("%1", f"{info.made_at:%d/%m/%Y %H:%M}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(info.path)
            self.accept()



