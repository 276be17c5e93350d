"""How errors reach the user: a French message for expected ones, an apology for bugs.

An expected error (:class:`~ingenierie.errors.UserError`) is shown as it is. Anything
else is a bug: its traceback goes to the log file, and the user sees a short apology,
the log's path and a button that copies the details for a bug report — never the
traceback itself.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
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

from ingenierie.errors import DamagedDatabaseError, UserError
from ingenierie.storage.database import abandon_units_of_this_thread

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


#: Offers a way out of a damaged database met during work (the window sets it: restore
#: the last good backup); returns True when it dealt with the error.
damaged_handlers: list[Callable[[DamagedDatabaseError], bool]] = []


def show_error(parent: QWidget | None, error: BaseException,
               log_path: Path | None = None) -> None:
    """Tell the user about ``error``: its message if expected, an apology if a bug."""
    if isinstance(error, DamagedDatabaseError) and any(
            handler(error) for handler in list(damaged_handlers)):
        return
    if isinstance(error, UserError):
        log.info("user error shown: %s", error.summary())
        log.debug("user error message: %s", error.user_message())
        user_error_dialog(parent, error).exec()
        return
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error\n%s", details)
    bug_dialog(parent, details, log_path).exec()


class _Courier(QObject):
    """Lives on the GUI thread: carries an error raised on another thread to the dialog
    (a queued signal), since widgets must never be touched from a worker."""

    carried = Signal(object)


def install_excepthook(log_path: Path | None) -> ExceptHook:
    """Route uncaught exceptions (slots, timers, event handlers, worker threads) to
    :func:`show_error`, on the GUI thread.

    PySide prints an exception raised in a slot and goes on, the screen half updated.
    Here it is logged, the write units the failing thread had open are rolled back
    when they end (``storage.database.abandon_units_of_this_thread``), and the
    apology is shown — at once on the GUI thread, through a queued signal from any
    other (Python threads too: ``threading.excepthook``). Returns the previous
    ``sys.excepthook``. A second error while a dialog is open is only logged, so one
    bug cannot stack dialogs.
    """
    previous = sys.excepthook
    showing = False
    courier = _Courier()

    def report(error: BaseException) -> None:
        nonlocal showing
        if showing:
            log.error("further error while reporting one", exc_info=error)
            return
        showing = True
        try:
            show_error(QApplication.activeWindow(), error, log_path)
        finally:
            showing = False

    courier.carried.connect(report)

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        app = QApplication.instance()
        if issubclass(kind, KeyboardInterrupt) or app is None:
            previous(kind, error, trace)
            return
        abandoned = abandon_units_of_this_thread()
        if abandoned:
            log.error("%d unit(s) of work open on the failing thread will roll back", abandoned)
        error = error.with_traceback(trace)
        if QThread.currentThread() is app.thread():
            report(error)
        else:
            courier.carried.emit(error)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    return previous
