"""A damaged database met at open: say so, and offer the newest backup that passes the
check — never a silent repair that would lose rows. The damaged file is copied
before anything is restored over it (``avant-restauration``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ingenierie.config import DatabaseLocation
from ingenierie.errors import DamagedDatabaseError, UserError
from ingenierie.services.privacy.restoring import restore_keeping_erasures
from ingenierie.storage import last_good_backup
from ingenierie.ui.errors import show_error, user_error_dialog
from ingenierie.ui.safety.preferences import SafetyPreferences

translate = QCoreApplication.translate


def offer_restore(parent: QWidget | None, location: DatabaseLocation,
                  error: DamagedDatabaseError) -> bool:
    """Offer to restore the last good backup; True when it was restored (open it again)."""
    folders = SafetyPreferences().backup_folders
    good = last_good_backup(location, folders)
    if good is None:
        user_error_dialog(parent, error).exec()  # not show_error: it would ask us again
        return False
    answer = QMessageBox.question(parent, translate("Damaged", "Damaged database"), translate(
        "Damaged", "%1\n\nThe newest backup that passes the check is:\n%2\n\nRestore it? "
        "The damaged file is kept as a copy beside the database.").replace(
        "%1", error.user_message()).replace("%2", str(good)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restored = restore_keeping_erasures(location, good, folders)
    except UserError as failure:
        show_error(parent, failure)
        return False
    if note := restored.erasure_note():
        QMessageBox.information(parent, translate("Damaged", "Backup restored"), note)
    return True
