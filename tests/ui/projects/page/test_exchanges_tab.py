"""Exchanges: recorded with participants picked from the project's stakeholders, archived."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from ingenierie.models.vocabulary import InteractionKind, Presence
from ingenierie.services.projects import interactions
from ingenierie.ui.projects.page.interaction_dialog import InteractionDialog


@pytest.fixture(autouse=True)
def exchanges_shown(page):
    page.tabs.setCurrentWidget(page.exchanges)


@pytest.fixture
def form(qtbot, context, workspace):
    dialog = InteractionDialog(context, None, workspace.project_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_participants_are_the_projects_stakeholders(form):
    table = form.participants.table
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert names == sorted(names, key=str.casefold)
    assert "Région Bretagne" in names and len(names) == 6
    assert form.participants.participants() == ()


def test_an_exchange_with_participants_is_recorded_and_shown(qtbot, page, form, context, db,
                                                             workspace, typist):
    assert not form.ok_button.isEnabled()
    assert form.error_text("title") == "L'objet de l'échange est obligatoire."
    form.occurred_on.set_value(date(2024, 3, 14))
    form.kind.set_value(InteractionKind.COPIL)
    typist(form.title_edit, "Comité de pilotage annuel")
    typist(form.place, "Carhaix")
    form.participants.set_presence("Brest métropole", Presence.PRESENT)
    form.participants.set_presence("Région Bretagne", Presence.EXCUSE)
    form.participants.set_presence("Yann Kerhervé", Presence.ABSENT)
    typist(form.decisions, "Étendre la plateforme au Pays de Morlaix.")

    form.accept()

    saved = interactions.get_interaction(db, form.saved_id)
    assert (saved.title, saved.kind, saved.occurred_on) == (
        "Comité de pilotage annuel", InteractionKind.COPIL, date(2024, 3, 14))
    assert {(p.display_name, p.presence) for p in saved.participants} == {
        ("Brest métropole", Presence.PRESENT), ("Région Bretagne", Presence.EXCUSE),
        ("Yann Kerhervé", Presence.ABSENT)}
    tab = page.exchanges
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert tab.table.item(0, 3).text() == "Présents : 1 sur 3"
    tab.select(saved.id)
    shown = tab.detail.toPlainText()
    assert "Excusés (1) : Région Bretagne" in shown
    assert "Étendre la plateforme au Pays de Morlaix." in shown
    assert context.undo_stack.undoText() == "Consigner l'échange « Comité de pilotage annuel »"


def test_editing_keeps_the_participants_and_archiving_is_confirmed_and_undoable(
        qtbot, page, context, db, workspace, monkeypatch):
    brest = workspace.stakeholder_ids["Brest métropole"]
    row = interactions.create_interaction(db, workspace.project_id, interactions.InteractionInput(
        occurred_on=date(2024, 1, 22), title="Atelier mobilités",
        participants=((brest, Presence.PRESENT),))).value
    page.exchanges.refresh()
    edit = InteractionDialog(context, None, workspace.project_id, row)
    qtbot.addWidget(edit)
    assert edit.participants.participants() == ((brest, Presence.PRESENT),)
    edit.title_edit.setText("Atelier mobilités ville-campagne")
    edit.accept()
    assert interactions.get_interaction(db, row.id).participants[0].presence is Presence.PRESENT

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    page.exchanges.select(row.id)
    page.exchanges.archive_button.click()

    assert interactions.project_interactions(db, workspace.project_id) == []
    qtbot.waitUntil(lambda: page.exchanges.table.rowCount() == 0)
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: page.exchanges.table.rowCount() == 1)
