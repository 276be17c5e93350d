"""How errors reach the user: a French message for expected ones, an apology for bugs.

An expected error (:class:`~ingenierie.errors.UserError`) is shown as it is. Anything
else is a bug: its traceback goes to the log file, and the user sees a short apology,
the log's path and a button that copies the details for a bug report — never the
traceback itself.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ingenierie.errors import UserError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

APP_TITLE = "Ingénierie"  # a name, not translated
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class ErrorDialog(QDialog):
    """A message, optional details kept out of sight, and "Copier les détails"."""

    def __init__(self, parent: QWidget | None, title: str, message: str, details: str,
                 *, critical: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.details = details
        icon = QLabel(self)
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if critical
                  else QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumWidth(380)
        self.copied = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("Copy the details"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copied.setText(self.tr("The details are in the clipboard."))



def user_error_dialog(parent: QWidget | None, error: UserError) -> ErrorDialog:
    details = f"{type(error).__name__}: {error.user_message()}"
    return ErrorDialog(parent, APP_TITLE, error.user_message(), details, critical=False)


def bug_dialog(parent: QWidget | None, details: str, log_path: Path | None) -> ErrorDialog:
    message = translate("ErrorMessages", "Sorry, something unexpected went wrong. What was "
                        "already saved is safe; the last action may not have been completed.")
    if log_path is not None:
        message += "\n\n" + translate(
            "ErrorMessages", "The details were written to the log file:\n%1").replace(
            "%1", str(log_path))
    return ErrorDialog(parent, translate("ErrorMessages", "Unexpected error"), message, details,
                       critical=True)


def show_error(parent: QWidget | None, error: BaseException,
               log_path: Path | None = None) -> None:
    """Tell the user about ``error``: its message if expected, an apology if a bug."""
    if isinstance(error, UserError):
        log.info("user error shown: %s", error.summary())
        log.debug("user error message: %s", error.user_message())
        user_error_dialog(parent, error).exec()
        return
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error\n%s", details)
    bug_dialog(parent, details, log_path).exec()


def install_excepthook(log_path: Path | None) -> ExceptHook:
    """Route uncaught exceptions (slots, event handlers) to :func:`show_error`.

    Returns the previous hook. A second error while a dialog is open is only logged,
    so one bug cannot stack dialogs.
    """
    previous = sys.excepthook
    showing = False

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            previous(kind, error, trace)
            return
        if showing:
            log.error("further error while reporting one",
                      exc_info=(kind, error, trace))
            return
        showing = True
        try:
            show_error(QApplication.activeWindow(), error.with_traceback(trace), log_path)
        finally:
            showing = False

    sys.excepthook = hook
    return previous
