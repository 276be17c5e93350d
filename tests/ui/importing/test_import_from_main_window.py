"""The import from the main window's File menu, down to the refreshed directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from wizard_support import messy_contacts, wait_idle

from ingenierie.ui.importing.wizard import ImportWizard
from ingenierie.ui.main_window import MainWindow
from ingenierie.ui.settings import AppSettings


def file_menu(window: MainWindow):
    return next(action.menu() for action in window.menuBar().actions()
                if action.text() == "&Fichier")


def test_file_menu_import_runs_the_wizard_and_the_directory_shows_the_new_people(
        qtbot, db, tmp_path: Path):
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    directory = window.workspace.directory
    window.workspace.setCurrentWidget(directory)
    qtbot.waitUntil(lambda: directory._shown_once and not directory.model.is_loading)
    assert directory.model.rowCount() == 0

    entries = {a.text(): a for a in file_menu(window).actions() if a.text()}
    assert "Enregistrer le &modèle d’import…" in entries
    importing = entries["&Importer un classeur…"]
    assert importing.shortcut().toString() == "Ctrl+I"
    importing.trigger()
    wizard = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ImportWizard) and w.isVisible())
    assert wizard.context is window.context

    wizard.file_page.path_edit.setText(str(messy_contacts(tmp_path)))
    wizard.next()
    wait_idle(qtbot, wizard)
    wizard.next()
    wizard.mapping_page.choose(0, "last_name")
    wizard.next()
    wait_idle(qtbot, wizard)
    wizard.dry_run_page.skip.setChecked(True)
    wizard.dry_run_page.keep_rejects.setChecked(False)
    wizard.next()
    wait_idle(qtbot, wizard)
    assert wizard.import_page.outcome.text() == (
        "Import terminé\u00a0: les données sont enregistrées.")
    wizard.accept()

    qtbot.waitUntil(lambda: directory.model.rowCount() == 5)  # 3 people, 2 organisations
