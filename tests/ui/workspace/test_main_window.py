"""The window around the screens: menus with real capabilities, switching databases, settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from ingenierie.config import DatabaseLocation
from ingenierie.errors import DatabaseFileError
from ingenierie.storage import Database, open_database
from ingenierie.ui.main_window import MainWindow
from ingenierie.ui.settings import AppSettings


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    found = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        found[menu_action.text().replace("&", "")] = [
            a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    return found


def test_menus_are_french_and_every_entry_does_something(window: MainWindow) -> None:
    menus = menu_texts(window)
    assert list(menus) == ["Fichier", "Édition", "Projets", "Acteurs", "Affichage", "Aide"]
    assert menus["Fichier"] == ["Nouvelle base…", "Ouvrir une base…", "Bases récentes",
                                "Importer un classeur…", "Enregistrer le modèle d'import…",
                                "Sauvegardes…", "Préférences…", "Quitter"]
    assert menus["Projets"][:3] == ["Nouveau projet…", "Ouvrir la fiche du projet",
                                    "Modifier le projet…"]
    assert "Fusionner deux doublons…" in menus["Acteurs"]
    actions = window.window_actions
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            assert action.isSeparator() or action.menu() or action.receivers("2triggered()") \
                or action in (actions.undo, actions.redo), action.text()
    shortcuts = {a.shortcut().toString() for a in (
        actions.new_project, actions.edit_project, actions.archive_project,
        actions.search, actions.undo, actions.redo)}
    assert shortcuts == {"Ctrl+N", "F2", "Del", "Ctrl+F", "Ctrl+Z", "Ctrl+Shift+Z"}


def test_switching_to_a_new_database_rebuilds_the_workspace(
        qtbot: Any, window: MainWindow, tmp_path: Path, settle: Any) -> None:
    first_path = window.context.database.location.file
    other = tmp_path / "territoire-b.sqlite"
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        window.switch_database(DatabaseLocation.of_file(other), create=True)
    settle(window)
    assert window.context.database.location.file == other
    assert window.workspace.projects.model.rowCount() == 0
    assert window.counts.text() == "0 projet"
    assert "Aucun projet pour l'instant" in window.workspace.projects.table.empty_text
    assert window.windowTitle() == "territoire-b.sqlite — Ingénierie"
    assert window.settings.recent_databases[:2] == [DatabaseLocation.of_file(other.resolve()),
                                                    DatabaseLocation.of_file(first_path.resolve())]
    assert not window.window_actions.undo.isEnabled()

    window._fill_recent_menu()
    [back] = [a for a in window.recent_menu.actions() if a.text().startswith(first_path.name)]
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        back.trigger()
    settle(window)
    assert window.context.database.location.file == first_path
    assert window.workspace.projects.model.rowCount() > 10


def test_a_file_that_is_not_a_database_leaves_the_current_one_open(
        qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("ingenierie.ui.main_window.show_error",
                        lambda _parent, error, _log=None: shown.append(error))
    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"pas une base")
    current = window.context.database.location.file
    window.switch_database(DatabaseLocation.of_file(notes), create=False)
    qtbot.waitUntil(lambda: bool(shown))
    assert isinstance(shown[0], DatabaseFileError)
    assert window.context.database.location.file == current
    assert window.workspace.projects.model.rowCount() > 10


def test_geometry_and_last_database_are_remembered(
        qtbot: Any, demo_db: Database, tmp_path: Path) -> None:
    store = tmp_path / "settings.ini"
    first = MainWindow(demo_db, AppSettings(QSettings(str(store), QSettings.Format.IniFormat)))
    qtbot.addWidget(first)
    first.resize(first.width(), 520)  # the offscreen screen is only 800 pixels wide
    first.show()
    first.close()
    settings = AppSettings(QSettings(str(store), QSettings.Format.IniFormat))
    assert settings.last_database == DatabaseLocation.of_file(demo_db.location.file.resolve())
    with open_database(demo_db.location.file) as again:
        second = MainWindow(again, settings)
        qtbot.addWidget(second)
        assert second.height() == 520
        second.close()


def test_recent_list_is_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    paths = [DatabaseLocation.of_file(tmp_path / f"base{i}.sqlite") for i in range(10)]
    for path in [*paths, paths[3]]:
        settings.remember_database(path)
    recent = settings.recent_databases
    assert recent[0] == paths[3] and len(recent) == 8 and len(set(recent)) == 8
    settings.forget_database(paths[3])
    assert paths[3] not in settings.recent_databases
