"""The one helper for work off the GUI thread: searches, imports, exports, demo data.

``run_in_background`` runs a function on the worker pool and calls ``on_success``
or ``on_failure`` back on the GUI thread. ``run_with_progress`` adds a progress
dialog shown only if the work lasts more than half a second, with a Cancel button
the work checks through :class:`Task` (``task.report`` and ``task.cancelled`` fit the
``progress`` / ``cancelled`` callables the services take). The work must open its
own database sessions: nothing of a session crosses threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")
PROGRESS_DELAY_MS = 500

_pool = QThreadPool()
_pool.setMaxThreadCount(2)
_running: set[_Relay] = set()  # a relay must outlive its job until its callback ran
_unfinished = 0  # jobs started and not yet returned, guarded by _idle
_idle = threading.Condition()


class Task:
    """What the work sees of its caller: where to report progress, whether to stop."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._relay: _Relay | None = None

    def report(self, step: str, done: int, total: int | None = None) -> None:
        """Progress, callable from the worker thread as often as wanted."""
        if self._relay is not None:
            self._relay.progressed.emit(step, done, -1 if total is None else total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Created in the GUI thread: what the worker emits reaches the callbacks there."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(str, int, int)

    def __init__(self, owner: QObject, on_success: Callable[[Any], Any],
                 on_failure: Callable[[BaseException], Any],
                 cleanup: Callable[[], None] | None = None,
                 on_progress: Callable[[str, int, int], None] | None = None) -> None:
        super().__init__()
        self.owner, self.on_success, self.on_failure = owner, on_success, on_failure
        self.cleanup, self.on_progress = cleanup, on_progress
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)
        self.progressed.connect(self._progressed)
        _running.add(self)

    def _progressed(self, step: str, done: int, total: int) -> None:
        if self.on_progress is not None:
            self.on_progress(step, done, total)

    def _finish(self, callback: Callable[[Any], Any], value: Any) -> None:
        _running.discard(self)
        self.deleteLater()
        if self.cleanup is not None:
            self.cleanup()
        if shiboken6.isValid(self.owner):
            callback(value)

    def _succeeded(self, result: object) -> None:
        self._finish(self.on_success, result)

    def _failed(self, error: BaseException) -> None:
        self._finish(self.on_failure, error)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            try:
                result = self.work()
            except BaseException as error:  # handed to the GUI thread, never swallowed
                self.relay.failed.emit(error)
            else:
                self.relay.succeeded.emit(result)
        except RuntimeError:  # the relay died with the application: nobody to tell
            log.debug("background job finished after the application")
        finally:
            _job_done()


def _start(job: _Job) -> None:
    global _unfinished
    with _idle:
        _unfinished += 1
    _pool.start(job)


def _job_done() -> None:
    global _unfinished
    with _idle:
        _unfinished -= 1
        _idle.notify_all()


def _show_failure(owner: QObject) -> Callable[[BaseException], None]:
    def report(error: BaseException) -> None:
        from ingenierie.ui.errors import show_error

        show_error(owner.window() if isinstance(owner, QWidget) else None, error)
    return report


def run_in_background(owner: QObject, work: Callable[[], T],
                      on_success: Callable[[T], Any],
                      on_failure: Callable[[BaseException], Any] | None = None) -> None:
    """Run ``work()`` off the GUI thread; call back on the GUI thread if ``owner`` still lives.

    Without ``on_failure``, errors are shown to the user (see ``ui.errors``).
    """
    relay = _Relay(owner, on_success, on_failure or _show_failure(owner))
    _start(_Job(work, relay))


def run_with_progress(parent: QWidget, title: str, work: Callable[[Task], T],
                      on_success: Callable[[T], Any],
                      on_failure: Callable[[BaseException], Any] | None = None) -> Task:
    """Long work with a progress dialog after :data:`PROGRESS_DELAY_MS` and a Cancel button.

    The work decides what cancelling means (usually: raise a ``UserError`` saying
    nothing was written, which then reaches ``on_failure``).
    """
    task = Task()
    dialog = QProgressDialog(title, QCoreApplication.translate("workers", "Cancel"), 0, 0,
                             parent)
    dialog.setWindowTitle(title)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(
        lambda: dialog.setLabelText(QCoreApplication.translate("workers", "Stopping…")))
    dialog.hide()
    QTimer.singleShot(PROGRESS_DELAY_MS, dialog, dialog.show)

    def progressed(step: str, done: int, total: int) -> None:
        if not dialog.wasCanceled():
            dialog.setLabelText(step)
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    def close_dialog() -> None:
        if shiboken6.isValid(dialog):
            dialog.canceled.disconnect()
            dialog.hide()  # not close(): its closeEvent would report a cancel
            dialog.deleteLater()

    relay = _Relay(parent, on_success, on_failure or _show_failure(parent), close_dialog,
                   progressed)
    task._relay = relay
    _start(_Job(lambda: work(task), relay))
    return task


def wait_for_workers(timeout_ms: int = 30_000) -> bool:
    """Block until every job started is done (closing a database, ending a test).

    Waits on a Python condition rather than ``QThreadPool.waitForDone``, which would
    keep the GIL from the very jobs it waits for.
    """
    with _idle:
        return _idle.wait_for(lambda: _unfinished == 0, timeout_ms / 1000)
