"""An exception raised in a slot, a timer or a worker thread: logged, the unit of work
that was open rolled back, and the apology shown on the GUI thread."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ingenierie.models import Theme
from ingenierie.storage import Database
from ingenierie.ui.errors import install_excepthook


class Emitter(QObject):
    saving = Signal()


@pytest.fixture
def apologies(monkeypatch: Any, qapp: QApplication) -> Any:
    """Each dialog the hook shows: its text, and whether it was on the GUI thread."""
    shown: list[tuple[str, bool]] = []
    monkeypatch.setattr("ingenierie.ui.errors.ErrorDialog.exec", lambda dialog: shown.append(
        (dialog.message.text(), QThread.currentThread() is qapp.thread())) or 0)
    previous, previous_thread = sys.excepthook, threading.excepthook
    install_excepthook(Path("/tmp/ingenierie.log"))
    yield shown
    sys.excepthook, threading.excepthook = previous, previous_thread


def themes(db: Database) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(Theme.name)))


def test_a_slot_raising_inside_a_write_rolls_it_back_logs_and_apologises(
        db: Database, apologies: Any, caplog: Any, qtbot: Any) -> None:
    emitter = Emitter()

    def failing_slot() -> None:
        raise RuntimeError("slot cassé")

    emitter.saving.connect(failing_slot)
    with pytest.raises(Exception, match="n'a pas été enregistrée"), db.write() as session:
        session.add(Theme(name="Moitié d'enregistrement"))
        session.flush()
        emitter.saving.emit()  # PySide reports the slot's error and carries on
        session.add(Theme(name="Suite"))
    assert "Moitié d'enregistrement" not in themes(db) and "Suite" not in themes(db)
    assert "RuntimeError: slot cassé" in caplog.text
    assert apologies and apologies[0][0].startswith("Désolé") and apologies[0][1]


def test_a_timer_raising_is_reported_too(apologies: Any, caplog: Any, qtbot: Any) -> None:
    def failing() -> None:
        raise ValueError("minuteur cassé")

    QTimer.singleShot(0, failing)
    qtbot.waitUntil(lambda: bool(apologies))
    assert "ValueError: minuteur cassé" in caplog.text


def test_a_worker_threads_error_is_shown_on_the_gui_thread(
        apologies: Any, caplog: Any, qtbot: Any) -> None:
    def work() -> None:
        raise LookupError("travail cassé")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(apologies))
    assert apologies == [(apologies[0][0], True)]
    assert "LookupError: travail cassé" in caplog.text
