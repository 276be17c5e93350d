"""The project form: typing, validation as you type, saving through an undoable command."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ingenierie.models.vocabulary import ProjectPhase, Scheme, TerritoryRole
from ingenierie.services.projects import project as projects
from ingenierie.services.reference import territories
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import OrganisationInput
from ingenierie.ui.projects.dialog import ProjectDialog, edit_project


def open_form(qtbot, context, project_id=None):
    detail = projects.get_project(context.database, project_id) if project_id else None
    dialog = ProjectDialog(context, None, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_new_project_waits_for_a_title_and_says_so(qtbot, context, typist):
    dialog = open_form(qtbot, context)

    assert not dialog.ok_button.isEnabled()
    assert dialog.error_text("title") == "Le titre du projet est obligatoire."

    typist(dialog.title_edit, "Tiers-lieu de Pontanézen")

    assert dialog.ok_button.isEnabled()
    assert dialog.error_text("title") is None


def test_typed_project_is_created_and_the_creation_can_be_undone(qtbot, context, db, typist):
    lead = stakeholders.create_organisation(
        db, OrganisationInput("Ville de Brest", "collectivite")).value
    dialog = open_form(qtbot, context)
    typist(dialog.title_edit, "Tiers-lieu de Pontanézen")
    typist(dialog.code_edit, "TL-01")
    dialog.scheme.set_value(Scheme.TIERS_LIEU)
    dialog.phase.set_value(ProjectPhase.DIAGNOSTIC)
    dialog.start_on.set_value(date(2024, 3, 1))
    typist(dialog.budget, "125 000,50 €")
    typist(dialog.lead, "Ville de Brest")
    qtbot.waitUntil(lambda: dialog.lead.value() == lead.id)
    dialog.themes.set_checked("Culture")
    dialog.funds["funds_public"].setChecked(True)
    dialog.funds["funds_volunteer"].setChecked(True)
    assert dialog.hybrid.text()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == ProjectDialog.DialogCode.Accepted
    saved = projects.get_project(db, dialog.saved_id)
    assert (saved.title, saved.code, saved.scheme, saved.phase) == (
        "Tiers-lieu de Pontanézen", "TL-01", Scheme.TIERS_LIEU, ProjectPhase.DIAGNOSTIC)
    assert saved.budget_cents == 12_500_050
    assert saved.lead_name == "Ville de Brest"
    assert [t.name for t in saved.themes] == ["Culture"]
    assert saved.is_hybrid
    assert context.undo_stack.count() == 1

    context.undo_stack.undo()
    assert projects.list_projects(db) == []
    context.undo_stack.redo()
    assert [p.id for p in projects.list_projects(db)] == [saved.id]


def test_invalid_values_explain_in_french_and_keep_ok_disabled(qtbot, context, typist):
    dialog = open_form(qtbot, context)
    typist(dialog.title_edit, "Énergie citoyenne du Mené")
    dialog.start_on.set_value(date(2024, 6, 1))
    dialog.end_on.set_value(date(2024, 1, 1))

    assert not dialog.ok_button.isEnabled()
    assert dialog.error_text("end_on") == (
        "La date de fin (01/01/2024) précède la date de début (01/06/2024).")

    dialog.end_on.set_value(None)
    typist(dialog.budget, "beaucoup")
    assert not dialog.ok_button.isEnabled()
    assert "n'est pas un montant" in dialog.error_text("budget_cents")

    dialog.budget.clear()
    typist(dialog.lead, "Personne inconnue")
    assert not dialog.ok_button.isEnabled()
    assert dialog.error_text("lead_id") == (
        "Choisissez le porteur dans les suggestions, ou videz le champ.")


def test_a_refused_save_shows_the_service_message_beside_the_field(qtbot, context, db, typist):
    projects.create_project(db, projects.ProjectInput(title="Premier", code="PTCE-01"))
    dialog = open_form(qtbot, context)
    typist(dialog.title_edit, "Second")
    typist(dialog.code_edit, "PTCE-01")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.error_text("code") == "Le code de projet « PTCE-01 » est déjà utilisé."
    assert not dialog.ok_button.isEnabled()
    assert context.undo_stack.count() == 0
    typist(dialog.code_edit, "b")
    assert dialog.ok_button.isEnabled()


def test_editing_keeps_territories_and_undo_restores_previous_values(qtbot, context, db, typist):
    brest = territories.create_territory(
        db, territories.TerritoryInput("epci", "Brest métropole", "242900314")).value
    created = projects.create_project(db, projects.ProjectInput(
        title="PTCE du pays de Brest", territories=((brest.id, TerritoryRole.PERIMETRE),))).value
    dialog = open_form(qtbot, context, created.id)
    assert dialog.territories.links() == ((brest.id, TerritoryRole.PERIMETRE),)
    dialog.title_edit.selectAll()
    typist(dialog.title_edit, "PTCE Pays de Brest")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    edited = projects.get_project(db, created.id)
    assert edited.title == "PTCE Pays de Brest"
    assert [t.name for t in edited.territories] == ["Brest métropole"]
    context.undo_stack.undo()
    assert projects.get_project(db, created.id).title == "PTCE du pays de Brest"


def test_edit_project_returns_the_new_id_or_none_when_cancelled(qtbot, context, db, typist):
    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProjectDialog)
        typist(dialog.title_edit, "Contrat de ville de Saint-Brieuc")
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    new_id = edit_project(context, None)
    assert projects.get_project(db, new_id).title == "Contrat de ville de Saint-Brieuc"

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert edit_project(context, None, new_id) is None
