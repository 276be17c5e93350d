"""Starting the app: catalogues found, which database opens first, Qt's messages logged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QtMsgType

from ingenierie.config import DatabaseLocation, default_database_path
from ingenierie.ui.app import _qt_message, startup_location, translation_files
from ingenierie.ui.settings import AppSettings


def test_french_catalogues_include_qt_and_every_area() -> None:
    names = [path.name for path in translation_files("fr")]
    assert names[0] == "qtbase_fr.qm"
    assert {"workspace_fr.qm", "projects_fr.qm", "stakeholders_fr.qm"} <= set(names)
    assert all(path.exists() for path in translation_files("fr"))


def test_the_shipped_french_is_what_the_window_shows(qapp: Any) -> None:
    assert QCoreApplication.translate("WindowActions", "&New project…") == "&Nouveau projet…"
    assert QCoreApplication.translate("ProjectsScreen", "%Ln project(s)", "", 2) == "2 projets"
    assert QCoreApplication.translate("ProjectsScreen", "%Ln project(s)", "", 1) == "1 projet"


def test_the_last_database_reopens_unless_another_is_asked_for(tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    last = tmp_path / "territoire.sqlite"
    last.write_bytes(b"")
    settings.remember_database(DatabaseLocation.of_file(last))
    default = DatabaseLocation.of_file(default_database_path())
    assert startup_location(default, settings) == DatabaseLocation.of_file(last.resolve())
    explicit = DatabaseLocation.of_file(tmp_path / "autre.sqlite")
    assert startup_location(explicit, settings) == explicit
    last.unlink()
    assert startup_location(default, settings) == default


def test_qt_warnings_go_to_the_log(caplog: Any) -> None:
    _qt_message(QtMsgType.QtWarningMsg, None, "QFont::setPointSize: Point size <= 0")  # type: ignore[arg-type]
    assert ("qt", 30, "QFont::setPointSize: Point size <= 0") in caplog.record_tuples
