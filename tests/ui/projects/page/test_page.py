"""The project page reads its project once per refresh, whatever the tabs it fills."""

from __future__ import annotations

from datetime import date

from ingenierie.models.vocabulary import CooperationStage, Presence
from ingenierie.services.projects import interactions
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.projects.page import ProjectPage


def test_opening_the_page_reads_the_project_in_one_transaction(qtbot, context, workspace,
                                                               begins):
    page = ProjectPage(context, workspace.project_id)
    qtbot.addWidget(page)

    assert len(begins) == 1
    assert page.title.text() == "Contrat de réciprocité Brest – Centre Bretagne"
    assert page.actors.model.rowCount() == 6
    assert len(page.grid.grid.dot_keys()) == 6
    assert page.trajectory.table.rowCount() == 3
    assert "Collaboration" in page.facts.text()


def test_changes_announced_together_are_shown_from_one_read(qtbot, page, context, db,
                                                            workspace, begins):
    """A new exchange, a stakeholder and a stage announced: every tab goes stale."""
    brest = workspace.stakeholder_ids["Brest métropole"]
    created = interactions.create_interaction(
        db, workspace.project_id, interactions.InteractionInput(
            occurred_on=date(2024, 3, 14), title="Atelier énergie",
            participants=((brest, Presence.PRESENT),)))
    begins.clear()

    context.changes.announce(created.changes)
    context.changes.announce(ChangeSet.of(Kind.STAKEHOLDER, [brest]))
    context.changes.announce(ChangeSet.of(Kind.STAGE, projects=[workspace.project_id]))

    qtbot.waitUntil(lambda: page.exchanges.table.rowCount() == 1)
    assert len(begins) == 1
    assert page.exchanges.table.item(0, 2).text() == "Atelier énergie"
    dot = page.grid.grid.dot_item(workspace.involvement_ids["Brest métropole"]).dot
    assert dot.participation is CooperationStage.CO_CONSTRUCTION

