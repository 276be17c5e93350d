"""Merging two duplicates from the window: what merging moved is announced, and an open
project page showing a moved funding line follows."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ingenierie.services.projects import funding
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import OrganisationInput
from ingenierie.storage.changes import Kind
from ingenierie.ui.projects.page import ProjectPage
from ingenierie.ui.stakeholders.merge import MergeDialog, merge_duplicates


def confirm_merge() -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, MergeDialog)
    dialog.merge_button.click()


def test_a_merge_announces_the_moved_funding_and_the_open_page_follows(
        qtbot, context, db, workspace):
    region = workspace.stakeholder_ids["Région Bretagne"]
    twin = stakeholders.create_organisation(
        db, OrganisationInput("Conseil régional de Bretagne"), allow_duplicate=True).value
    funding.create_funding(db, workspace.project_id, funding.FundingInput(
        funder_id=twin.id, granted_cents=100_000))
    page = ProjectPage(context, workspace.project_id)
    qtbot.addWidget(page)
    page.show()
    table = page.identity.funding_table
    assert table.item(0, 0).text() == "Conseil régional de Bretagne"

    announced = []
    context.changes.changed.connect(announced.append)
    QTimer.singleShot(0, confirm_merge)
    result = merge_duplicates(context, None, region, twin.id)

    assert result is not None and result.kept.id == region and result.moved_funding == 1
    [changes] = announced
    assert changes.touches(Kind.PROJECT, workspace.project_id, Kind.FUNDING)
    assert changes.owners(Kind.STAKEHOLDER, Kind.FUNDING) == {region, twin.id}
    qtbot.waitUntil(lambda: table.item(0, 0).text() == "Région Bretagne")
