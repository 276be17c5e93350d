"""Fixtures for the workspace screens: a demo database, the real main window, modal answers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication

from ingenierie.services.demo.generator import generate_demo
from ingenierie.storage import Database
from ingenierie.ui.main_window import MainWindow
from ingenierie.ui.settings import AppSettings
from ingenierie.ui.workers import wait_for_workers

DEMO_SIZE = 300  # stakeholders; the demo makes about a tenth as many projects


@pytest.fixture(autouse=True)
def drained_workers(qapp: object) -> Iterator[None]:
    """Background queries finish before the database of the test is closed."""
    yield
    assert wait_for_workers()


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, DEMO_SIZE, seed=7)
    return db


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def settled(qtbot: Any, window: MainWindow) -> MainWindow:
    """Wait until the lists shown so far hold the result of their latest query
    (the directory queries once its tab is first shown)."""
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.projects._shown_once and not any(
        screen.model.is_loading and screen._shown_once
        for screen in (workspace.projects, workspace.directory)))
    return window


@pytest.fixture
def window(qtbot: Any, demo_db: Database, settings: AppSettings) -> MainWindow:
    main = MainWindow(demo_db, settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return settled(qtbot, main)


def answer(button_text: str) -> Callable[[], None]:
    """Click ``button_text`` in the next modal dialog, once it is open."""
    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, click)
            return
        buttons = dialog.findChildren(QAbstractButton)
        matching = [b for b in buttons if b.text().replace("&", "") == button_text]
        assert matching, [b.text() for b in buttons]
        matching[0].click()

    def arm() -> None:
        QTimer.singleShot(0, click)
    return arm


@pytest.fixture
def next_dialog() -> Callable[[str], None]:
    """``next_dialog("Archiver")`` before an action that opens a modal dialog."""
    return lambda text: answer(text)()



@pytest.fixture
def settle(qtbot: Any) -> Callable[[MainWindow], MainWindow]:
    """``settle(window)`` waits for the lists to show their latest query."""
    return lambda main: settled(qtbot, main)
