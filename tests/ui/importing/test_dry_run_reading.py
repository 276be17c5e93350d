"""The import wizard read as a user reads it: Enter on the mapping page goes on (it does not
save the mapping), duplicates get one verdict in both tabs, the messages stay readable, the
rejects workbook goes to the documents folder by default."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication
from wizard_support import HEADERS, messy_contacts, wait_idle

from ingenierie.ui.importing.report_view import NARROW_COLUMN_CHARACTERS
from ingenierie.ui.importing.wizard import ImportWizard


def twice_the_same_person(folder: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADERS)
    long_note = "Une note très longue " * 20
    for _ in range(2):
        sheet.append(("Petit", "Jeanne", "CCAS de Millau", "jeanne.petit@ccas.fr", None, None,
                      long_note))
    path = folder / "doublons.xlsx"
    workbook.save(path)
    return path


def test_enter_on_the_mapping_page_goes_on_without_saving_the_mapping(qtbot, open_wizard,
                                                                      store, tmp_path):
    wizard: ImportWizard = open_wizard()
    wizard.file_page.path_edit.setText(str(messy_contacts(tmp_path)))
    wizard.next()
    wait_idle(qtbot, wizard)
    wizard.next()
    page = wizard.mapping_page
    page.choose(0, "last_name")  # the one required field the file's headers did not name
    wizard.activateWindow()
    page.save_button.setFocus()  # Tab from the last column's field lands there
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.save_button)
    qtbot.keyClick(page.save_button, Qt.Key.Key_Return)
    wait_idle(qtbot, wizard)
    assert not store.directory.exists() or list(store.directory.glob("*.json")) == []
    assert "ingenierie import" not in page.saved.text()
    assert wizard.currentPage() is wizard.dry_run_page
    wizard.reject()


def test_duplicates_have_one_verdict_and_the_rejects_go_to_the_documents(qtbot, open_wizard,
                                                                        tmp_path):
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    documents.mkdir(parents=True)
    wizard: ImportWizard = open_wizard()
    wizard.file_page.path_edit.setText(str(twice_the_same_person(tmp_path)))
    wizard.next()
    wait_idle(qtbot, wizard)
    wizard.next()
    wizard.mapping_page.choose(0, "last_name")
    wizard.next()
    wait_idle(qtbot, wizard)
    view = wizard.dry_run_page.report_view
    handling = view.duplicates.item(0, 3).text()
    assert "erreur" in handling and "Problèmes" in handling
    problems = view.problems_model
    assert any(problems.problem_at(row).is_error and "Doublon" in problems.problem_at(row).message
               for row in range(problems.rowCount()))
    message_width = view.problems.columnWidth(5)
    widest = view.problems.fontMetrics().averageCharWidth() * NARROW_COLUMN_CHARACTERS
    assert all(view.problems.columnWidth(c) <= widest for c in range(5))
    assert message_width >= view.problems.viewport().width() // 3
    rejects = Path(wizard.dry_run_page.rejects_edit.text())
    assert rejects.parent == documents and rejects.name == "doublons_rejets.xlsx"
    wizard.reject()
