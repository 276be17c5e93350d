"""The wizard's rejects workbook and the menu's template: an existing file is replaced only
after the save dialog asked, the database and the file being imported never."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl import Workbook
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWizard
from wizard_support import people, wait_idle, walk_to_dry_run

from ingenierie.config import DatabaseLocation
from ingenierie.services.output_files import database_files
from ingenierie.ui.errors import ErrorDialog
from ingenierie.ui.importing.menu import save_import_template


def one_bad_row(folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(("Nom", "Prénom", "Courriel"))
    sheet.append(("Martin", "Claire", "claire.martin@millau.fr"))
    sheet.append(("Durand", "Paul", "paul.durand@"))
    path = folder / "contacts.xlsx"
    book.save(path)
    return path


def to_skipping_rows(qtbot, open_wizard, tmp_path: Path):
    wizard = open_wizard()
    walk_to_dry_run(qtbot, wizard, one_bad_row(tmp_path))
    page = wizard.dry_run_page
    page.skip.setChecked(True)
    return wizard, page


def commit_enabled(wizard) -> bool:
    return wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_an_existing_rejects_file_typed_in_blocks_until_chosen_in_the_dialog(
        qtbot, db, open_wizard, tmp_path: Path, monkeypatch):
    wizard, page = to_skipping_rows(qtbot, open_wizard, tmp_path)
    rejects = tmp_path / "rejets.xlsx"
    rejects.write_bytes(b"le travail d'hier")
    page.rejects_edit.setText(str(rejects))
    assert not commit_enabled(wizard)
    assert page.blocked.text() == (f"Le fichier « {rejects} » existe déjà : choisissez un "
                                   "autre nom, ou confirmez son remplacement.")

    # The save dialog asks before choosing an existing file: choosing it there confirms.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(rejects), ""))
    page.rejects_button.click()
    assert commit_enabled(wizard) and not page.blocked.isVisible()
    wizard.next()
    wait_idle(qtbot, wizard)
    assert wizard.import_page.outcome.text() == \
        "Import terminé\u00a0: les données sont enregistrées."
    assert openpyxl.load_workbook(rejects).active["A1"].value is not None


def test_the_database_or_a_missing_folder_as_rejects_file_blocks_the_import(
        qtbot, db, open_wizard, tmp_path: Path):
    wizard, page = to_skipping_rows(qtbot, open_wizard, tmp_path)
    page.rejects_edit.setText(str(db.location.file))
    assert not commit_enabled(wizard)
    assert "est la base de données ouverte" in page.blocked.text()
    page.rejects_edit.setText(str(wizard.state.snapshot.path))
    assert "est le fichier importé" in page.blocked.text()
    page.rejects_edit.setText(str(tmp_path / "absent" / "rejets.xlsx"))
    assert "n'existe pas" in page.blocked.text() and not commit_enabled(wizard)
    assert people(db) == {}


def test_the_template_replaces_a_file_only_when_the_dialog_asked(qtbot, tmp_path: Path,
                                                                 monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    existing = tmp_path / "modèle.xlsx"
    existing.write_bytes(b"mon modele")
    database = tmp_path / "base.xlsx"  # a database may bear any name
    database.write_bytes(b"base")
    protected = database_files(DatabaseLocation.of_file(database))
    errors: list[str] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda dialog: errors.append(dialog.message.text()))

    assert save_import_template(window, existing, protected=protected) is None
    assert existing.read_bytes() == b"mon modele" and "existe déjà" in errors[-1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(existing), ""))
    assert save_import_template(window, protected=protected) == existing
    assert "Listes" in openpyxl.load_workbook(existing).sheetnames

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(database), ""))
    assert save_import_template(window, protected=protected) is None
    assert database.read_bytes() == b"base" and "base de données ouverte" in errors[-1]
