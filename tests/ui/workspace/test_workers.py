"""The background helper: results on the GUI thread, failures reported, cancel honoured."""

from __future__ import annotations

import gc
import threading
import time
import weakref
from typing import Any

from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from ingenierie.errors import UserError
from ingenierie.ui.workers import (
    Task,
    run_in_background,
    run_with_progress,
    wait_for_workers,
    when_workers_idle,
)


def test_success_is_called_back_on_the_gui_thread(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[int, bool]] = []
    run_in_background(owner, lambda: threading.get_ident(),
                      lambda worker: seen.append(
                          (worker, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: bool(seen))
    worker_thread, on_gui_thread = seen[0]
    assert worker_thread != threading.get_ident() and on_gui_thread


def test_failure_reaches_the_failure_callback(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    failures: list[BaseException] = []

    def work() -> None:
        raise UserError("Fichier illisible.")
    run_in_background(owner, work, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures[0].message == "Fichier illisible."


def test_no_callback_once_the_owner_is_gone(qtbot: Any) -> None:
    owner = QWidget()
    called: list[object] = []
    release = threading.Event()
    run_in_background(owner, release.wait, called.append)
    owner.deleteLater()
    qtbot.wait(10)
    release.set()
    assert wait_for_workers()
    qtbot.wait(20)
    assert called == []


def test_progress_appears_only_for_long_work_and_cancel_is_seen(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    run_with_progress(parent, "Rapide", lambda task: 42, results.append)
    qtbot.waitUntil(lambda: results == [42])
    assert not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]

    def slow(task: Task) -> str:
        for step in range(200):
            task.report("Lecture", step, 200)
            if task.cancelled():
                raise UserError("Import annulé : rien n'a été enregistré.")
            time.sleep(0.01)
        return "fini"
    failures: list[BaseException] = []
    run_with_progress(parent, "Import", slow, results.append, failures.append)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)),
                    timeout=3000)
    dialog = next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())
    assert dialog.labelText() == "Lecture" and dialog.maximum() == 200
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.text() == "Annuler"
    cancel.click()
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert failures[0].message.startswith("Import annulé") and results == [42]


def test_what_a_job_holds_is_freed_on_the_gui_thread(qtbot: Any) -> None:
    """A Task freed on a worker thread once deadlocked the window (see workers._Entry)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    freed_on: list[bool] = []
    done: list[object] = []
    for _ in range(20):
        task = run_with_progress(parent, "Rapide", lambda task: task.report("Lecture", 1, 1),
                                 done.append)
        weakref.finalize(task, lambda: freed_on.append(
            threading.current_thread() is threading.main_thread()))
        del task
    qtbot.waitUntil(lambda: len(done) == 20)
    assert wait_for_workers()
    gc.collect()
    assert freed_on == [True] * 20


def test_a_callback_waits_until_the_jobs_started_have_called_back(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    events: list[str] = []
    release = threading.Event()
    run_in_background(owner, release.wait, lambda _r: events.append("job"))
    when_workers_idle(lambda: events.append("idle"))
    qtbot.wait(20)
    assert events == []
    release.set()
    qtbot.waitUntil(lambda: events == ["job", "idle"])
    when_workers_idle(lambda: events.append("at once"))
    assert events[-1] == "at once"
