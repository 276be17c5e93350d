"""``ingenierie gui`` for real, in its own process: the window opens on the database,
in French, and the database and the settings are there when it closes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingenierie.storage import open_database

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ingenierie.config import DatabaseLocation
from ingenierie.ui.app import run

app = QApplication(sys.argv)

def look_then_quit():
    window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
    print("TITLE", window.windowTitle())
    print("MENUS", [a.text() for a in window.menuBar().actions()])
    window.close()

QTimer.singleShot(1500, look_then_quit)
sys.exit(run(DatabaseLocation.of_file(sys.argv[1])))
"""


@pytest.mark.slow
def test_the_app_starts_in_french_on_the_database_and_quits_cleanly(tmp_path: Path) -> None:
    database = tmp_path / "territoire.sqlite"
    open_database(database).close()  # only the default database is created at start
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(database)], env=environment,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "TITLE territoire.sqlite — Ingénierie" in done.stdout
    assert "'&Fichier', '&Édition', '&Projets', '&Acteurs'" in done.stdout
    assert database.exists()
    assert "Traceback" not in done.stderr
    settings = next(Path(environment["XDG_CONFIG_HOME"]).rglob("Ingenierie.ini"))
    assert "territoire.sqlite" in settings.read_text(encoding="utf-8")
