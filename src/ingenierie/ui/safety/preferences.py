"""Preferences of data safety: who signs the journal, where daily backups go, which
placement warnings the user dismissed — and the dialog that edits the first two."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ingenierie.config import DatabaseLocation
from ingenierie.storage.audit import system_actor
from ingenierie.ui.settings import APPLICATION, ORGANISATION


class SafetyPreferences:
    """Typed access to the keys of this feature, in the app's settings store."""

    AUTHOR = "safety/author"
    BACKUP_FOLDER = "safety/backup_folder"
    DISMISSED = "safety/dismissed_placement_warnings"

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                         ORGANISATION, APPLICATION)

    def _text(self, key: str) -> str:
        value = self._store.value(key)
        return value.strip() if isinstance(value, str) else ""

    @property
    def author(self) -> str:
        """The name set by the user, else the system user's."""
        return self._text(self.AUTHOR) or system_actor()

    @property
    def backup_folder(self) -> Path | None:
        """Where daily backups go (None: beside the database)."""
        text = self._text(self.BACKUP_FOLDER)
        return Path(text) if text else None

    @property
    def backup_folders(self) -> list[Path]:
        folder = self.backup_folder
        return [folder] if folder is not None else []

    def save(self, author: str, backup_folder: str) -> None:
        self._store.setValue(self.AUTHOR, author.strip())
        self._store.setValue(self.BACKUP_FOLDER, backup_folder.strip())
        self._store.sync()

    def _dismissed(self) -> list[str]:
        value = self._store.value(self.DISMISSED)
        if isinstance(value, str):
            value = [value]
        return [item for item in value or [] if isinstance(item, str)]

    def warning_dismissed(self, location: DatabaseLocation) -> bool:
        return str(location.resolved()) in self._dismissed()

    def dismiss_warning(self, location: DatabaseLocation) -> None:
        self._store.setValue(self.DISMISSED, [*self._dismissed(), str(location.resolved())])
        self._store.sync()


class PreferencesDialog(QDialog):
    """The author's name and the folder of daily backups."""

    def __init__(self, preferences: SafetyPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(560)
        self.author = QLineEdit(preferences._text(preferences.AUTHOR), self)
        self.author.setPlaceholderText(system_actor())
        self.folder = QLineEdit(str(preferences.backup_folder or ""), self)
        self.folder.setPlaceholderText(self.tr("Beside the database"))
        choose = QPushButton(self.tr("&Choose…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name in the journal of changes:"), self.author)
        form.addRow(self.tr("&Folder of daily backups:"), row)
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder of daily backups"),
                                                  self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        self.preferences.save(self.author.text(), self.folder.text())
        super().accept()
