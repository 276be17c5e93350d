"""Asking the passphrase of an encrypted database when it is opened.

The passphrase goes into the location, in memory only: the window's title, the
recent databases and the settings show and keep the file's path without it. A
wrong one is said in French and asked again; nothing is changed in the file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ingenierie.config import DatabaseLocation
from ingenierie.errors import PassphraseRequired

translate = QCoreApplication.translate


def ask_passphrase(parent: QWidget | None, location: DatabaseLocation,
                   error: PassphraseRequired) -> DatabaseLocation | None:
    """The location with the passphrase typed, or None when the user cancels."""
    text, ok = QInputDialog.getText(
        parent, translate("Passphrase", "Encrypted database"),
        error.user_message() + "\n\n" + translate("Passphrase", "Passphrase:"),
        QLineEdit.EchoMode.Password)
    if not ok or not text:
        return None
    return location.with_passphrase(text)
