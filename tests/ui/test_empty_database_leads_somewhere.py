"""Starting from nothing, with the keyboard: territories added in their window or from the
project form, a lead and a
funder created from inside the project and funding forms, a person's organisation entered in
their form, a resident who turns up added to a meeting with who follows up and by when,
the legal basis that fits an élue."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from keyboard_script import (
    Script,
    always,
    back_to,
    modal,
    popup,
    press,
    tab_to,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ingenierie.models.vocabulary import LegalBasis, Presence, TerritoryKind
from ingenierie.services.projects import funding, interactions
from ingenierie.services.projects import project as projects
from ingenierie.services.reference import territories
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.affiliations import stakeholder_affiliations
from ingenierie.ui.projects.dialog import ProjectDialog
from ingenierie.ui.projects.page.funding_dialog import FundingDialog
from ingenierie.ui.projects.page.interaction_dialog import InteractionDialog
from ingenierie.ui.stakeholders.dialog import StakeholderDialog
from ingenierie.ui.territories.form import TerritoryDialog
from ingenierie.ui.territories.screen import TerritoriesDialog


def run(qtbot: Any, script: Script) -> None:
    script.start()
    try:
        qtbot.waitUntil(lambda: script.done, timeout=30_000)
    finally:  # shown when it fails
        print("steps taken:", script.taken, "focus:", QApplication.focusWidget(),
              "popup:", QApplication.activePopupWidget())


def shown(qtbot: Any, dialog: Any) -> Any:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_territoire_de_projet_is_added_edited_and_archived_in_its_window(qtbot, context, db):
    window = shown(qtbot, TerritoriesDialog(context))
    run(qtbot, Script([
        (always, type_text("Quartiers nord")),  # the search field has the focus
        (always, press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)),  # &Nouveau…
        (modal(TerritoryDialog), press(Qt.Key.Key_Return)),  # the name comes from the search
        (lambda: QApplication.activeModalWidget() is None, window.activateWindow),
    ]))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    [row] = territories.list_territories(db)
    assert (row.name, row.kind) == ("Quartiers nord", TerritoryKind.CUSTOM)
    assert window.table.rowCount() == 1 and window.selected() == row
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert territories.get_territory(db, row.id).archived
    assert window.table.rowCount() == 0
    context.undo_stack.undo()
    assert not territories.get_territory(db, row.id).archived


def test_escape_clears_the_territory_search_then_closes_the_window(qtbot, context):
    window = shown(qtbot, TerritoriesDialog(context))
    search = window.search
    qtbot.keyClicks(search, "plou")
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and window.isVisible()
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # it did nothing: the window stayed open
    assert not window.isVisible()


def test_the_lead_is_created_from_inside_the_project_form(qtbot, context, db):
    form = shown(qtbot, ProjectDialog(context, None, None))
    run(qtbot, Script([
        (always, type_text("Maison des projets")),
        (always, tab_to(lambda: form.lead)),
        (always, type_text("Ville de Morlaix")),
        (popup, press(Qt.Key.Key_Down)),  # « Créer l'organisation « Ville de Morlaix »… »
        (always, press(Qt.Key.Key_Return)),
        (modal(StakeholderDialog), press(Qt.Key.Key_Return)),
        *back_to(ProjectDialog),
        (lambda: form.lead.value() is not None, press(Qt.Key.Key_Return)),
    ]))
    saved = projects.get_project(db, form.saved_id)
    assert saved.lead_name == "Ville de Morlaix"
    assert stakeholders.get_stakeholder(db, saved.lead_id).is_person is False


def test_the_projects_perimeter_is_created_from_inside_the_project_form(qtbot, context, db):
    form = shown(qtbot, ProjectDialog(context, None, None))
    links = form.territories
    run(qtbot, Script([
        (always, type_text("Tiers-lieu de Plougastel")),
        (always, press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)),  # tab 2
        (always, tab_to(lambda: links.picker)),
        (always, type_text("Presqu’île de Plougastel")),  # no territory yet: « Créer … »
        (popup, press(Qt.Key.Key_Return)),
        (modal(TerritoryDialog), press(Qt.Key.Key_Return)),
        *back_to(ProjectDialog),
        # Enter with a territory picked adds it (it was OK: the form closed without it)
        (lambda: links.picker.value() is not None, press(Qt.Key.Key_Return)),
        (lambda: links.table.rowCount() == 1, press(Qt.Key.Key_Return)),  # now OK
    ]))
    [territory] = territories.list_territories(db)
    assert (territory.name, territory.kind) == ("Presqu’île de Plougastel", TerritoryKind.CUSTOM)
    saved = projects.get_project(db, form.saved_id)
    assert [t.territory_id for t in saved.territories] == [territory.id]


def test_a_funder_is_created_from_inside_the_funding_form(qtbot, context, db, workspace):
    form = shown(qtbot, FundingDialog(context, None, workspace.project_id, None))
    run(qtbot, Script([
        (always, type_text("Fondation de France")),
        (popup, press(Qt.Key.Key_Down)),  # « Créer l'organisation … »
        (always, press(Qt.Key.Key_Return)),
        (modal(StakeholderDialog), press(Qt.Key.Key_Return)),
        *back_to(FundingDialog),
        (lambda: form.funder.value() is not None, press(Qt.Key.Key_Return)),
    ]))
    [line] = [f for f in funding.project_funding(db, workspace.project_id)
              if f.funder_name == "Fondation de France"]
    assert line.id == form.saved_id


def test_a_persons_organisation_is_entered_in_their_form_and_undone_with_them(qtbot, context,
                                                                            db, workspace):
    person = workspace.stakeholder_ids["Nolwenn Le Bihan"]
    detail = stakeholders.get_stakeholder(db, person)
    form = shown(qtbot, StakeholderDialog(context, None, detail, None))
    form.person_tabs.setCurrentIndex(1)  # Ctrl+Tab in a tab widget would do it as well
    editor = form.affiliations
    run(qtbot, Script([
        (always, tab_to(lambda: editor.picker)),
        (always, type_text("Brest métropole")),  # one match: picked as typed
        (lambda: editor.picker.value() is not None, press(Qt.Key.Key_Tab)),
        (always, type_text("Vice-présidente")),
        (always, press(Qt.Key.Key_Tab)),
        (always, type_text("01/09/2020")),
        (always, tab_to(lambda: editor.add_button)),
        (always, press(Qt.Key.Key_Space)),
        (lambda: editor.table.rowCount() == 1, tab_to(lambda: form.ok_button)),
        (always, press(Qt.Key.Key_Space)),
    ]))
    [link] = stakeholder_affiliations(db, person)
    assert (link.organisation_name, link.role, link.start_on) == (
        "Brest métropole", "Vice-présidente", date(2020, 9, 1))
    context.undo_stack.undo()
    assert stakeholder_affiliations(db, person) == []


def test_a_resident_who_turns_up_is_added_and_someone_follows_up(qtbot, context, db,
                                                                 workspace):
    form = shown(qtbot, InteractionDialog(context, None, workspace.project_id, None))
    table = form.participants
    due = date.today() + timedelta(days=14)
    run(qtbot, Script([
        (always, tab_to(lambda: form.title_edit)),
        (always, type_text("Réunion publique")),
        (always, tab_to(lambda: table.picker)),
        (always, type_text("Gaëlle Morvan")),
        (popup, press(Qt.Key.Key_Return)),  # « Créer la personne « Gaëlle Morvan »… »
        (modal(StakeholderDialog), press(Qt.Key.Key_Return)),
        *back_to(InteractionDialog),
        (lambda: table.picker.value() is not None, tab_to(lambda: table.add_button)),
        (always, press(Qt.Key.Key_Space)),
        (always, press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)),  # next tab
        (always, tab_to(lambda: form.next_steps)),
        (always, type_text("Envoyer le compte rendu")),
        (always, press(Qt.Key.Key_Tab)),
        (always, type_text("Morvan")),
        (popup, press(Qt.Key.Key_Return)),  # « Gaëlle Morvan », the first suggestion
        (lambda: form.next_steps_owner.value() is not None, press(Qt.Key.Key_Tab)),
        (always, type_text(due.strftime("%d%m%Y"))),
        (always, press(Qt.Key.Key_Return)),
    ]))
    saved = interactions.get_interaction(db, form.saved_id)
    assert [(p.display_name, p.presence, p.is_person) for p in saved.participants] == [
        ("Gaëlle Morvan", Presence.PRESENT, True)]
    assert (saved.next_steps_owner_name, saved.next_steps_due_on) == ("Gaëlle Morvan", due)


def test_an_elue_is_under_the_public_mission_basis(qtbot, context, db):
    form = shown(qtbot, StakeholderDialog(context, None, None, None))
    run(qtbot, Script([
        (always, tab_to(lambda: form.last_name)),
        (always, type_text("Kerbrat")),
        (always, press(Qt.Key.Key_Tab)),
        (always, type_text("é")),  # Élu·e
        (always, press(Qt.Key.Key_Return)),
    ]))
    saved = stakeholders.get_stakeholder(db, form.saved_id)
    assert saved.legal_basis is LegalBasis.MISSION_INTERET_PUBLIC


def test_an_imported_elue_without_a_basis_gets_the_one_that_fits(qtbot, context, db):
    from ingenierie.services.stakeholders.records import PersonInput

    imported = stakeholders.create_person(db, PersonInput("Kerbrat", "Maëlle")).value
    form = shown(qtbot, StakeholderDialog(context, None, imported, None))
    form.person_kind.setFocus()
    qtbot.keyClicks(form.person_kind, "e")  # the kind as a user picks it: Élu·e? EPCI?
    assert form.legal_basis.value() is LegalBasis.MISSION_INTERET_PUBLIC
