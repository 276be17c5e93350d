"""The identity tab: the project at a glance, its funding lines added, edited and archived."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QMessageBox

from ingenierie.models.vocabulary import FundingStatus, ProjectPhase
from ingenierie.services.projects import funding
from ingenierie.services.projects import project as projects
from ingenierie.ui.projects.commands import EditProject
from ingenierie.ui.projects.page.funding_dialog import FundingDialog
from ingenierie.ui.undo import execute


@pytest.fixture
def form(qtbot, context, workspace):
    dialog = FundingDialog(context, None, workspace.project_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_identity_shows_the_projects_facets_in_french(page):
    values = {key: label.text() for key, label in page.identity.values.items()}
    assert values["scheme"] == "Contrat de réciprocité"
    assert values["budget"] == "450\u202f000,00\u202f€"
    assert values["themes"] == "Énergie et environnement, Santé"  # in French order
    assert "Brest métropole (EPCI 242900314) — Périmètre" in values["territories"]
    assert values["model"] == "Hybride\u00a0: financements publics, bénévolat"
    assert page.title.text() == "Contrat de réciprocité Brest – Centre Bretagne"


def test_a_funding_line_is_typed_in_euros_and_listed_with_totals(qtbot, page, form, db,
                                                                 workspace, typist):
    assert form.error_text("funder_id") == "Choisissez le financeur dans les suggestions."
    typist(form.funder, "Région Bretagne")
    qtbot.waitUntil(lambda: form.funder.value() == workspace.stakeholder_ids["Région Bretagne"])
    typist(form.programme, "Contrat de partenariat")
    form.status.set_value(FundingStatus.ACCORDE)
    typist(form.requested, "80 000")
    typist(form.granted, "65 000")
    typist(form.paid, "70 000")
    assert form.error_text("paid_cents") == "Le montant versé dépasse le montant accordé."
    assert not form.ok_button.isEnabled()
    form.paid.clear()
    typist(form.paid, "30 000,50")

    form.accept()

    line = funding.get_funding(db, form.saved_id)
    assert (line.requested_cents, line.granted_cents, line.paid_cents) == (
        8_000_000, 6_500_000, 3_000_050)
    table = page.identity.funding_table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.item(0, 0).text() == "Région Bretagne"
    assert page.identity.totals.text().replace("\u202f", " ") == (
        "Accordé\u00a0: 65 000,00 € · versé\u00a0: 30 000,50 €")


def test_archiving_a_funding_line_is_confirmed_and_undoable(qtbot, page, context, db, workspace,
                                                            monkeypatch):
    region = workspace.stakeholder_ids["Région Bretagne"]
    funding.create_funding(db, workspace.project_id, funding.FundingInput(
        funder_id=region, granted_cents=100_000))
    page.identity.refresh()
    page.identity.funding_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)

    page.identity.archive_funding_button.click()

    assert funding.project_funding(db, workspace.project_id) == []
    qtbot.waitUntil(lambda: page.identity.funding_table.rowCount() == 0)
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: page.identity.funding_table.rowCount() == 1)


def test_the_page_follows_edits_made_elsewhere(qtbot, page, context, db, workspace):
    detail = projects.get_project(db, workspace.project_id)
    renamed = dataclasses.replace(detail.to_input(), title="Contrat de réciprocité Brest – COB",
                                  phase=ProjectPhase.MISE_EN_OEUVRE)
    titles = []
    page.titleChanged.connect(titles.append)

    execute(context, EditProject(context, workspace.project_id, detail.to_input(), renamed))

    qtbot.waitUntil(lambda: page.title.text() == "Contrat de réciprocité Brest – COB")
    assert page.identity.values["phase"].text() == "Mise en œuvre"
    assert titles == ["Contrat de réciprocité Brest – COB"]
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: page.title.text() == "Contrat de réciprocité Brest – Centre Bretagne")
