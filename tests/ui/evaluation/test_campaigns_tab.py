"""Campaigns on the Évaluation tab: created through the form, scored, answered, recommended."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from ingenierie.models.evaluation_vocabulary import (
    Criterion,
    EvaluationRole,
    EvaluationTiming,
    RecommendationStatus,
)
from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.evaluation import campaigns, maturity, recommendations, scores
from ingenierie.ui.evaluation.campaign_dialog import CampaignDialog
from ingenierie.ui.evaluation.record_dialogs import RecommendationDialog
from ingenierie.ui.evaluation.score_dialogs import CriteriaDialog, GridDialog


def test_a_campaign_is_created_with_its_participants_and_shown(qtbot, tab, context, db,
                                                               workspace, typist):
    assert tab.campaigns.table.rowCount() == 0
    assert "Aucune campagne" in tab.campaigns.summary.text()
    form = CampaignDialog(context, tab, workspace.project_id, date(2016, 1, 15), None)
    qtbot.addWidget(form)
    form.show()
    form.evaluated_on.set_value(date(2015, 6, 1))
    assert form.error_text("evaluated_on") == (
        "La campagne ne peut pas précéder le début du projet (15/01/2016).")
    assert not form.ok_button.isEnabled()
    form.evaluated_on.set_value(date(2024, 6, 12))
    form.timing.set_value(EvaluationTiming.MI_PARCOURS)
    form.declared_stage.set_value(CooperationStage.COOPERATION)
    form.participants.add(workspace.stakeholder_ids["Brest métropole"], "Brest métropole",
                          EvaluationRole.COMMANDITAIRE)
    form.participants.add(workspace.stakeholder_ids["Yann Kerhervé"], "Yann Kerhervé",
                          EvaluationRole.PERSONNE_INTERROGEE)
    typist(form.narrative, "Deux ateliers avec le conseil de développement.")

    form.accept()

    [stored] = campaigns.project_evaluations(db, workspace.project_id)
    assert (stored.evaluated_on, stored.timing, stored.declared_stage) == (
        date(2024, 6, 12), EvaluationTiming.MI_PARCOURS, CooperationStage.COOPERATION)
    assert {(p.display_name, p.role) for p in stored.participants} == {
        ("Brest métropole", EvaluationRole.COMMANDITAIRE),
        ("Yann Kerhervé", EvaluationRole.PERSONNE_INTERROGEE)}
    qtbot.waitUntil(lambda: tab.campaigns.table.rowCount() == 1)
    assert tab.campaigns.table.item(0, 0).text() == "12/06/2024"
    assert "Mi-parcours du 12/06/2024" in tab.campaigns.summary.text()
    # Declared coopération, recorded collaboration: the panel asks about it in French.
    assert ("Coopération déclarée, mais l'historique du projet le situe en collaboration "
            "depuis le 12/03/2019.") in tab.campaigns.declared.findings()
    assert "Questions à poser aux partenaires" in tab.campaigns.declared.toPlainText()
    context.undo_stack.undo()
    assert campaigns.project_evaluations(db, workspace.project_id) == []


def test_scoring_the_criteria_is_stored_shown_and_undone_at_once(qtbot, tab, context, db,
                                                                 campaign):
    made = campaign(date(2024, 6, 12))
    tab.refresh()
    form = CriteriaDialog(context, tab, made.id, scores.campaign_scores(db, made.id))
    qtbot.addWidget(form)
    form.set_score("pertinence", 4, "Répond au diagnostic partagé.")
    form.set_score("efficience", 1)

    form.accept()

    stored = {row.criterion: row.score for row in scores.campaign_scores(db, made.id)}
    assert (stored[Criterion.PERTINENCE], stored[Criterion.EFFICIENCE]) == (4, 1)
    assert stored[Criterion.IMPACT] is None
    view = tab.campaigns.scores.table
    qtbot.waitUntil(lambda: view.item(0, 1).text() == "4 / 4")
    assert view.item(0, 2).text() == "Répond au diagnostic partagé."
    assert view.item(5, 1).text() == "non évalué"
    assert context.undo_stack.undoText() == "Noter les critères"
    context.undo_stack.undo()
    assert all(row.score is None for row in scores.campaign_scores(db, made.id))
    qtbot.waitUntil(lambda: view.item(0, 1).text() == "non évalué")


def test_the_maturity_grid_is_answered_and_drawn_as_a_radar(qtbot, tab, context, db, campaign):
    made = campaign(date(2024, 6, 12))
    tab.refresh()
    view = tab.campaigns.maturity
    assert view.radar.chart() is None
    [grid] = maturity.maturity_frameworks(db)
    form = GridDialog(context, tab, made.id, grid, [])
    qtbot.addWidget(form)
    form.set_answer("gouvernance_partagee", 3)
    form.set_answer("reflexivite", 1)

    form.accept()

    answers = {a.item_code: a.score for a in maturity.campaign_answers(db, made.id)}
    assert answers == {"gouvernance_partagee": 3, "reflexivite": 1}
    qtbot.waitUntil(lambda: view.radar.chart() is not None)
    [outline] = view.radar.chart().outlines
    spokes = [spoke.code for spoke in view.radar.chart().spokes]
    assert outline.values[spokes.index("gouvernance_partagee")] == 3
    assert sum(value is not None for value in outline.values) == 2


def test_open_recommendations_are_carried_over_distinctly(qtbot, tab, context, db, workspace,
                                                          campaign, monkeypatch, typist):
    first = campaign(date(2023, 3, 1))
    campaign(date(2024, 6, 12))
    tab.campaign_id = first.id
    tab.refresh()
    form = RecommendationDialog(context, tab, first.id, first.evaluated_on, None)
    qtbot.addWidget(form)
    typist(form.text, "Ouvrir le COPIL aux habitants")
    form.due_on.set_value(date(2023, 12, 31))
    form.status.set_value(RecommendationStatus.EN_COURS)
    form.accept()

    tab._campaign_chosen(campaigns.project_evaluations(db, workspace.project_id)[0].id)
    table = tab.campaigns.recommendations.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.item(0, 0).text() == "Ouvrir le COPIL aux habitants"
    assert table.item(0, 0).font().italic()
    assert table.item(0, 4).text() == "reportée de la campagne Continue du 01/03/2023"
    assert table.item(0, 2).text() == "31/12/2023 ⚠"  # past due on the later campaign
    [made] = recommendations.campaign_recommendations(db, first.id).made
    assert (made.status, made.due_on) == (RecommendationStatus.EN_COURS, date(2023, 12, 31))

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    table.selectRow(0)
    tab.campaigns.recommendations.archive_selected()
    qtbot.waitUntil(lambda: table.rowCount() == 0)


def test_archiving_a_campaign_asks_and_can_be_undone(qtbot, tab, context, campaign,
                                                     monkeypatch):
    campaign(date(2024, 6, 12))
    tab.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    tab.campaigns.table.selectRow(0)
    tab.campaigns.archive_selected()
    qtbot.waitUntil(lambda: tab.campaigns.table.rowCount() == 0)
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.campaigns.table.rowCount() == 1)
