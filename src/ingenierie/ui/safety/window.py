"""What data safety adds to the main window: its actions and menus entries, and the
guards run each time a database is opened there.

When a database is installed: the journal is signed with the name of the
preferences, today's backup is made in the background (the first open of the
day), a database on a network share or in a synchronised folder is warned about
once (dismissible for good), and the window remembers the newest change. When the
window is activated again, a change written meanwhile by another window or program
makes every view refresh.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QMessageBox, QToolButton

from ingenierie.errors import DamagedDatabaseError, UserError
from ingenierie.models.vocabulary import StakeholderNature
from ingenierie.services.journal import project_journal, stakeholder_journal
from ingenierie.services.opening import open_for_use
from ingenierie.services.privacy.restoring import restore_keeping_erasures
from ingenierie.services.stakeholders.stakeholder import get_stakeholder
from ingenierie.storage import Database, last_good_backup
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.errors import damaged_handlers, show_error
from ingenierie.ui.safety.backups_dialog import BackupsDialog
from ingenierie.ui.safety.damaged import offer_restore
from ingenierie.ui.safety.journal_dialog import JournalDialog
from ingenierie.ui.safety.preferences import PreferencesDialog, SafetyPreferences
from ingenierie.ui.safety.privacy import RetentionDialog, erase_dialog, export_dialog
from ingenierie.ui.workers import run_in_background, run_with_progress

if TYPE_CHECKING:
    from ingenierie.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class SafetyActions(QObject):
    """Created by the main window before its menus; see the module's docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.preferences = SafetyPreferences()
        self._last_change: object = None
        make = self._make
        self.backups = make(self.tr("&Backups…"), self.show_backups)
        self.preferences_action = make(self.tr("P&references…"), self.show_preferences)
        self.project_journal = make(self.tr("&Journal of changes…"), self.show_project_journal)
        self.stakeholder_journal = make(self.tr("&Journal of changes…"),
                                        self.show_stakeholder_journal)
        self.export = make(self.tr("E&xport everything held (RGPD)…"), self.export_person)
        self.erase = make(self.tr("Erase the person (RGPD)…"), self.erase_person)
        self.retention = make(self.tr("Re&tention review (RGPD)…"), self.show_retention)
        self.file_entries = [self.backups, self.preferences_action]
        self.stakeholder_entries = [self.stakeholder_journal, self.export, self.erase,
                                    self.retention]
        window.installEventFilter(self)
        damaged_handlers.append(self.damaged_during_work)
        window.destroyed.connect(lambda: damaged_handlers.remove(self.damaged_during_work))

    def _make(self, text: str, handler: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: self._guarded(handler))
        return action

    def _guarded(self, handler: object) -> None:
        try:
            handler()  # type: ignore[operator]
        except UserError as error:
            show_error(self.window, error, self.window.log_path)

    @property
    def database(self) -> Database:
        return self.window.context.database

    # --- a database installed --------------------------------------------------------------
    def database_installed(self, database: Database) -> None:
        database.actor = self.preferences.author
        self._last_change = database.last_change()
        folder = self.preferences.backup_folder
        run_in_background(self.window, lambda: database.backup_daily(folder),
                          self._daily_done, self._daily_failed)
        warning = database.placement_warning
        if warning is not None and not self.preferences.warning_dismissed(database.location):
            # Once the window is on screen (at start-up it is not yet shown).
            QTimer.singleShot(0, self.window, lambda: self.warn_placement(warning))
        pane = self.window.workspace.directory.detail
        for action in (self.stakeholder_journal, self.export, self.erase):
            button = QToolButton(pane)
            button.setDefaultAction(action)
            pane.commands.insertWidget(pane.commands.count() - 1, button)

    def _daily_done(self, saved: Path | None) -> None:
        if saved is not None:
            log.info("daily backup written")
            self.window.statusBar().showMessage(
                self.tr("Today's backup was made: %1").replace("%1", saved.name), 6000)

    def _daily_failed(self, error: BaseException) -> None:
        show_error(self.window, error, self.window.log_path)

    def warn_placement(self, warning: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsafe place for the database"),
                          warning, QMessageBox.StandardButton.Ok, self.window)
        never = QCheckBox(self.tr("&Do not warn me again for this database"), box)
        box.setCheckBox(never)
        box.exec()
        if never.isChecked():
            self.preferences.dismiss_warning(self.database.location)

    def refresh_state(self) -> None:
        workspace = self.window.workspace
        stakeholder = workspace.current_stakeholder()
        self.stakeholder_journal.setEnabled(stakeholder is not None)
        person = stakeholder is not None and self._is_person(stakeholder[0])
        self.export.setEnabled(person)
        self.erase.setEnabled(person)
        self.project_journal.setEnabled(workspace.current_project() is not None)

    def _is_person(self, stakeholder_id: object) -> bool:
        record = self.window.workspace.directory.current_record()
        return record is not None and record.id == stakeholder_id and \
            record.nature is StakeholderNature.PERSON

    # --- another window wrote meanwhile -----------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.refresh_if_changed()
        return False

    def refresh_if_changed(self) -> bool:
        """Refresh every view when anyone committed a change since last seen; whether so."""
        try:
            latest = self.database.last_change()
        except UserError:
            return False
        if latest == self._last_change:
            return False
        self._last_change = latest
        self.window.context.changes.announce(ChangeSet.anything(*Kind))
        return True

    def damaged_during_work(self, error: DamagedDatabaseError) -> bool:
        """A damaged page met while working: offer the last good backup, then reopen."""
        if not shiboken6.isValid(self.window) or not self.window.isVisible():
            return False
        location = self.database.location
        if last_good_backup(location, self.preferences.backup_folders) is None:
            return False  # nothing to offer: the message alone
        if not offer_restore(self.window, location, error):
            return True
        run_with_progress(self.window, self.tr("Restoring…"),
                          lambda _task: open_for_use(location),
                          self.window.install_database)
        return True

    # --- dialogs ----------------------------------------------------------------------------
    def show_backups(self) -> None:
        dialog = BackupsDialog(self.database, self.preferences.backup_folders, self.window)
        dialog.restore_requested.connect(self.restore)
        dialog.exec()

    def restore(self, backup: Path) -> None:
        """Copy the current state, restore ``backup``, reopen the window on it."""
        location = self.database.location

        def work(_task: object) -> tuple[Database, str]:
            self.database.close()
            note = restore_keeping_erasures(location, backup,
                                            self.preferences.backup_folders).erasure_note()
            return open_for_use(location), note

        def done(result: tuple[Database, str]) -> None:
            restored, note = result
            self.window.install_database(restored)
            self.window.statusBar().showMessage(self.tr("Backup restored."), 8000)
            if note:
                QMessageBox.information(self.window, self.tr("Backup restored"), note)

        run_with_progress(self.window, self.tr("Restoring…"), work, done)

    def show_preferences(self) -> None:
        if PreferencesDialog(self.preferences, self.window).exec():
            self.database.actor = self.preferences.author

    def show_project_journal(self) -> None:
        target = self.window.workspace.current_project()
        if target is not None:
            JournalDialog(target[1], project_journal(self.database, target[0]),
                          self.window).exec()

    def show_stakeholder_journal(self) -> None:
        target = self.window.workspace.current_stakeholder()
        if target is not None:
            JournalDialog(target[1], stakeholder_journal(self.database, target[0]),
                          self.window).exec()

    def _person(self) -> tuple[object, str] | None:
        target = self.window.workspace.current_stakeholder()
        if target is None or not get_stakeholder(self.database, target[0]).is_person:
            return None
        return target[0], target[1]

    def export_person(self) -> None:
        if (person := self._person()) is not None:
            export_dialog(self.window.context, self.window, person[0], person[1])  # type: ignore[arg-type]

    def erase_person(self) -> None:
        if (person := self._person()) is not None:
            erase_dialog(self.window.context, self.window, person[0], person[1],  # type: ignore[arg-type]
                         self.preferences.backup_folders)

    def show_retention(self) -> None:
        RetentionDialog(self.window.context, self.preferences.backup_folders, self.window).exec()


