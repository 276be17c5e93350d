"""The one helper for work off the GUI thread: searches, imports, exports, demo data.

``run_in_background`` runs a function on the worker pool and calls ``on_success``
or ``on_failure`` back on the GUI thread. ``run_with_progress`` adds a progress
dialog shown only if the work lasts more than half a second, with a Cancel button
the work checks through :class:`Task` (``task.report`` and ``task.cancelled`` fit the
``progress`` / ``cancelled`` callables the services take). The work must open its
own database sessions: nothing of a session crosses threads.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")
PROGRESS_DELAY_MS = 500

_pool = QThreadPool()
_pool.setMaxThreadCount(2)
_unfinished = 0  # jobs started and not yet returned, guarded by _idle
_idle = threading.Condition()
_ids = itertools.count(1)


class Task:
    """What the work sees of its caller: where to report progress, whether to stop."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._job_id = 0  # set once the job is started

    def report(self, step: str, done: int, total: int | None = None) -> None:
        """Progress, callable from the worker thread as often as wanted."""
        if self._job_id:
            _hub().progressed.emit(self._job_id, step, done, -1 if total is None else total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


@dataclass(eq=False)
class _Entry:
    """One job as the GUI thread holds it, from its start until its callbacks ran.

    Only the GUI thread may drop the last reference to what this holds. The work
    closure kept the :class:`Task` alive, whose ``cancel`` was connected to the
    progress dialog, and PySide disconnects a slot when its object dies: freed on a
    worker thread, the Task took Qt's signal-slot lock of the dialog there and then
    waited for the GIL, while the GUI thread held the GIL and waited for that lock
    in ``close_dialog`` — a deadlock. So the worker stores the outcome here, drops
    its references, and signals only the job's id.
    """

    work: Callable[[], Any]
    owner: QObject
    on_success: Callable[[Any], Any]
    on_failure: Callable[[BaseException], Any]
    cleanup: Callable[[], None] | None = None
    on_progress: Callable[[str, int, int], None] | None = None
    result: Any = None
    error: BaseException | None = None


class _Hub(QObject):
    """Lives in the GUI thread for the whole run: workers signal it with a job id only."""

    finished = Signal(int)
    progressed = Signal(int, str, int, int)

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[int, _Entry] = {}
        self.idle_callbacks: list[Callable[[], None]] = []
        self.finished.connect(self._finished)
        self.progressed.connect(self._progressed)

    def _progressed(self, job_id: int, step: str, done: int, total: int) -> None:
        entry = self.entries.get(job_id)
        if entry is not None and entry.on_progress is not None:
            entry.on_progress(step, done, total)

    def _finished(self, job_id: int) -> None:
        entry = self.entries.pop(job_id)
        try:
            if entry.cleanup is not None:
                entry.cleanup()
            if shiboken6.isValid(entry.owner):
                if entry.error is None:
                    entry.on_success(entry.result)
                else:
                    entry.on_failure(entry.error)
        finally:
            if not self.entries:
                callbacks, self.idle_callbacks = self.idle_callbacks, []
                for callback in callbacks:
                    callback()


_the_hub: _Hub | None = None


def _hub() -> _Hub:
    global _the_hub
    if _the_hub is None:
        _the_hub = _Hub()
    return _the_hub


class _Job(QRunnable):
    """Runs one entry's work; stores the outcome in the entry, then hands back only its id."""

    def __init__(self, job_id: int, entry: _Entry) -> None:
        super().__init__()
        self.job_id = job_id
        self.entry: _Entry | None = entry

    def run(self) -> None:
        entry, self.entry = self.entry, None
        assert entry is not None
        try:
            entry.result = entry.work()
        except BaseException as error:  # handed to the GUI thread, never swallowed
            entry.error = error
        del entry  # the GUI thread still holds it: nothing is freed here
        try:
            _hub().finished.emit(self.job_id)
        except RuntimeError:  # the hub died with the application: nobody to tell
            log.debug("background job finished after the application")
        finally:
            _job_done()


def _start(entry: _Entry, task: Task | None = None) -> None:
    global _unfinished
    job_id = next(_ids)
    _hub().entries[job_id] = entry
    if task is not None:
        task._job_id = job_id
    with _idle:
        _unfinished += 1
    _pool.start(_Job(job_id, entry))


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
    _start(_Entry(work, owner, on_success, on_failure or _show_failure(owner)))


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
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance(title) + 160)  # title whole
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # A lambda, not the bound method: PySide would tie the connection to the Task's
    # life, and a Task freed off the GUI thread would then disconnect from there.
    dialog.canceled.connect(lambda: task.cancel())
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

    _start(_Entry(lambda: work(task), parent, on_success, on_failure or _show_failure(parent),
                  close_dialog, progressed), task)
    return task


def when_workers_idle(callback: Callable[[], None]) -> None:
    """Call ``callback`` on the GUI thread once every job started has called back.

    What closes a database while the window goes on uses this rather than blocking
    the GUI thread with :func:`wait_for_workers`.
    """
    hub = _hub()
    if hub.entries:
        hub.idle_callbacks.append(callback)
    else:
        callback()


def wait_for_workers(timeout_ms: int = 30_000) -> bool:
    """Block until every job started has returned (quitting, ending a test).

    Waits on a Python condition rather than ``QThreadPool.waitForDone``, which would
    keep the GIL from the very jobs it waits for. Jobs never need the GUI thread to
    return (they only post events to it), so waiting there cannot deadlock.
    """
    with _idle:
        return _idle.wait_for(lambda: _unfinished == 0, timeout_ms / 1000)
