"""The actors of a project: edited in place, added (existing or new), removed and restored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton, QSpinBox

from ingenierie.models.vocabulary import CooperationStage, InvolvementRole, Posture
from ingenierie.services.projects import involvements
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import OrganisationInput
from ingenierie.ui.projects.page import actors_model as columns
from ingenierie.ui.projects.page.involvement_dialog import InvolvementDialog
from ingenierie.ui.stakeholders.dialog import StakeholderDialog


def row_of(tab, name: str) -> int:
    return next(i for i, r in enumerate(tab.model.rows()) if r.stakeholder_name == name)


def edit_cell(qtbot, tab, name: str, column: int):
    """Open the in-place editor of a cell, as a click on it does."""
    index = tab.model.index(row_of(tab, name), column)
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = tab.view.indexWidget(index)
    assert editor is not None
    return editor


def choose(editor: QComboBox, label: str) -> None:
    editor.setCurrentIndex(editor.findText(label))
    editor.activated.emit(editor.currentIndex())


@pytest.fixture(autouse=True)
def actors_shown(page):
    page.tabs.setCurrentWidget(page.actors)


def test_the_table_shows_everyone_with_their_quadrant(page):
    tab = page.actors
    assert tab.model.rowCount() == 6
    region = row_of(tab, "Région Bretagne")
    assert tab.model.index(region, columns.QUADRANT).data() == "Tenir satisfait"
    assert tab.model.index(region, columns.POSTURE).data() == "Sachant"
    assert tab.summary.text() == "6 acteurs · 3 à gérer de près"


def test_posture_and_participation_are_set_in_place_and_undone(qtbot, page, context, db,
                                                               workspace):
    tab = page.actors
    region = workspace.involvement_ids["Région Bretagne"]

    choose(edit_cell(qtbot, tab, "Région Bretagne", columns.POSTURE), "Facilitateur")
    choose(edit_cell(qtbot, tab, "Région Bretagne", columns.PARTICIPATION), "Concertation")

    row = involvements.get_involvement(db, region)
    assert (row.posture, row.participation) == (Posture.FACILITATEUR,
                                                CooperationStage.CONCERTATION)
    assert context.undo_stack.undoText() == (
        "Participation de « Région Bretagne » : Concertation")
    qtbot.waitUntil(lambda: tab.model.index(row_of(tab, "Région Bretagne"),
                                            columns.PARTICIPATION).data() == "Concertation")
    context.undo_stack.undo()
    context.undo_stack.undo()
    row = involvements.get_involvement(db, region)
    assert (row.posture, row.participation) == (Posture.SACHANT, CooperationStage.CONSULTATION)


def test_a_score_typed_in_place_moves_the_dot_on_the_grid(qtbot, page, db, workspace):
    tab = page.actors
    editor = edit_cell(qtbot, tab, "Yann Kerhervé", columns.INFLUENCE)
    assert isinstance(editor, QSpinBox)
    editor.selectAll()
    QTest.keyClicks(editor, "3")
    QTest.keyClick(editor, Qt.Key.Key_Return)

    yann = workspace.involvement_ids["Yann Kerhervé"]
    qtbot.waitUntil(lambda: involvements.get_involvement(db, yann).influence == 3)
    qtbot.waitUntil(lambda: page.grid.grid.dot_item(yann).dot.influence == 3)


def test_an_existing_stakeholder_is_added_from_the_directory(qtbot, context, db, page,
                                                             typist, workspace):
    ademe = stakeholders.create_organisation(db, OrganisationInput("ADEME Bretagne", "etat")).value
    dialog = InvolvementDialog(context, page, workspace.project_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    assert dialog.error_text("stakeholder_id") == (
        "Choisissez un acteur dans les suggestions, ou décrivez-en un nouveau.")

    typist(dialog.picker, "ADEME Bretagne")
    qtbot.waitUntil(lambda: dialog.picker.value() == ademe.id)
    dialog.role.set_value(InvolvementRole.FINANCEUR)
    dialog.influence.setValue(4)
    dialog.interest.setValue(2)
    assert dialog.quadrant.text() == "Grille pouvoir / intérêt : Tenir satisfait"
    dialog.accept()

    added = involvements.get_involvement(db, dialog.saved_id)
    assert (added.stakeholder_name, added.role, added.influence) == (
        "ADEME Bretagne", InvolvementRole.FINANCEUR, 4)
    qtbot.waitUntil(lambda: page.actors.model.rowCount() == 7)


def test_a_new_person_is_created_and_involved_in_one_undoable_step(qtbot, context, db, page,
                                                                   typist, workspace):
    dialog = InvolvementDialog(context, page, workspace.project_id, None)
    qtbot.addWidget(dialog)
    dialog.show()

    def describe_person() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, StakeholderDialog)
        typist(form.first_name, "Maëlys")
        typist(form.last_name, "Le Gall")
        form.accept()

    QTimer.singleShot(0, describe_person)
    new_person = next(b for b in dialog.findChildren(QPushButton)
                      if b.text() == "Nouvelle personne…")
    new_person.click()
    assert dialog.picker.text() == "Maëlys Le Gall (nouveau)"
    dialog.posture.set_value(Posture.SACHANT)
    dialog.accept()

    names = [r.stakeholder_name for r in involvements.project_involvements(
        db, workspace.project_id)]
    assert "Maëlys Le Gall" in names
    assert context.undo_stack.undoText() == "Ajouter le nouvel acteur « Maëlys Le Gall » au projet"
    context.undo_stack.undo()
    assert "Maëlys Le Gall" not in [r.stakeholder_name for r in
                                    involvements.project_involvements(db, workspace.project_id)]
    assert stakeholders.list_stakeholders(db, text="Le Gall") == []


def test_removing_asks_first_and_undo_brings_the_stakeholder_back(qtbot, page, context, db,
                                                                  workspace, monkeypatch):
    tab = page.actors
    tab.view.selectRow(row_of(tab, "Yann Kerhervé"))
    asked = []

    def answer(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    tab.remove_button.click()
    assert len(involvements.project_involvements(db, workspace.project_id)) == 6
    assert "Retirer « Yann Kerhervé » de ce projet ?" in asked[0]

    tab.remove_button.click()

    assert len(involvements.project_involvements(db, workspace.project_id)) == 5
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5)
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6)


def test_the_actors_model_is_a_well_behaved_qt_model(qtmodeltester, page):
    qtmodeltester.check(page.actors.model)
