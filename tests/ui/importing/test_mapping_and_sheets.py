"""Saved mappings taken up again for a file of the same shape; sheets and record kinds."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from wizard_support import HEADERS, ROWS, messy_contacts, wait_idle

from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.mapping.headers import ColumnMapping
from ingenierie.ui.importing.wizard import ImportWizard


def to_mapping_page(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wait_idle(qtbot, wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page


def same_columns_plain(folder: Path) -> Path:
    """The same columns as the messy file, header on row 1, other people."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADERS)
    sheet.append(("Petit", "Jeanne", "CCAS de Millau", "jeanne.petit@ccas.fr", None, None,
                  "Y-01"))
    path = folder / "autre export.xlsx"
    workbook.save(path)
    return path


def test_a_saved_mapping_is_applied_to_the_next_file_with_the_same_columns(
        qtbot, open_wizard, store, tmp_path: Path):
    first = open_wizard()
    to_mapping_page(qtbot, first, messy_contacts(tmp_path))
    page = first.mapping_page
    page.choose(0, "last_name")
    page.choose(6, "notes")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    [saved] = store.directory.glob("*.json")
    assert str(saved) in page.saved.text()
    assert "ingenierie import --mapping" in page.saved.text()
    from_cli = ColumnMapping.from_json(saved.read_text(encoding="utf-8"))
    assert from_cli == first.state.mapping
    first.reject()

    second = open_wizard()
    to_mapping_page(qtbot, second, same_columns_plain(tmp_path))
    page = second.mapping_page
    assert [c.currentData() for c in page.combos] == [
        "last_name", "first_name", "organisation", "email", "phone", "first_contact_on",
        "notes"]
    assert page.saved.text() == ("La correspondance enregistrée pour les fichiers qui ont ces "
                                 "colonnes est reprise.")
    assert page.isComplete()


def test_choosing_a_field_already_taken_releases_the_other_column(
        qtbot, open_wizard, tmp_path: Path):
    wizard = open_wizard()
    to_mapping_page(qtbot, wizard, messy_contacts(tmp_path))
    page = wizard.mapping_page

    page.choose(0, "first_name")

    assert page.combos[0].currentData() == "first_name"
    assert page.combos[1].currentData() is None
    assert page.summary.text() == "2 colonnes ignorées."


def projects_and_people(folder: Path) -> Path:
    workbook = Workbook()
    people = workbook.active
    assert people is not None
    people.title = "Acteurs"
    people.append(HEADERS)
    people.append(ROWS[5])
    projects = workbook.create_sheet("Projets")
    projects.append(("Code", "Intitulé", "Dispositif", "Date de début"))
    projects.append(("TL-01", "Tiers-lieu de Pontanézen", "Tiers-lieu", "01/03/2024"))
    path = folder / "classeur.xlsx"
    workbook.save(path)
    return path


def test_another_sheet_is_read_and_its_record_kind_guessed(qtbot, open_wizard, tmp_path: Path):
    wizard = open_wizard()
    wizard.file_page.path_edit.setText(str(projects_and_people(tmp_path)))
    wizard.next()
    wait_idle(qtbot, wizard)
    page = wizard.sheet_page
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "Acteurs", "Projets"]

    page.sheet_combo.setCurrentText("Projets")
    qtbot.waitUntil(lambda: wizard.state.snapshot.sheet == "Projets" and not wizard.busy)

    assert page.kind() is RecordKind.PROJECT
    assert page.kind_combo.currentText() == "Projets"
    assert page.model.row_at(1).values[:2] == ("TL-01", "Tiers-lieu de Pontanézen")
    wizard.next()
    assert [c.currentText() for c in wizard.mapping_page.combos] == [
        "Code", "Titre (obligatoire)", "Dispositif", "Date de début"]

    wizard.back()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(RecordKind.ORGANISATION))
    wizard.next()
    assert wizard.mapping_page.combos[1].currentText() == "— ignorer —"
    assert "«\u00a0Nom\u00a0»" in wizard.mapping_page.missing.text()


def test_a_csv_file_has_no_sheet_to_choose(qtbot, open_wizard, tmp_path: Path):
    path = tmp_path / "contacts.csv"
    path.write_bytes("Nom;Prénom;Courriel\r\nMartin;Claire;claire@millau.fr\r\n"
                     .encode("cp1252"))
    wizard = open_wizard()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wait_idle(qtbot, wizard)

    page = wizard.sheet_page
    assert not page.sheet_combo.isVisible() and page.csv_label.isVisible()
    assert page.header_spin.value() == 1 and page.kind() is RecordKind.PERSON
