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


def test_undo_separates_a_merge_and_redo_merges_again(qtbot, db, context, workspace, tmp_path):
    """Merge, Ctrl+Z, Ctrl+Shift+Z: the duplicate never comes back as an active record."""
    from PySide6.QtCore import QSettings, Qt

    from ingenierie.ui.main_window import MainWindow
    from ingenierie.ui.settings import AppSettings
    from ingenierie.ui.stakeholders.commands import CreateStakeholder
    from ingenierie.ui.undo import execute
    from ingenierie.ui.workers import wait_for_workers

    window = MainWindow(db, AppSettings(QSettings(str(tmp_path / "s.ini"),
                                                  QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    context = window.context
    region = workspace.stakeholder_ids["Région Bretagne"]
    create = CreateStakeholder(context, OrganisationInput("Conseil régional de Bretagne"),
                               allow_duplicate=True)
    execute(context, create)  # the last edit before the merge creates the duplicate
    twin = create.created_id
    funding.create_funding(db, workspace.project_id, funding.FundingInput(
        funder_id=twin, granted_cents=100_000))

    QTimer.singleShot(0, confirm_merge)
    merge_duplicates(context, window, region, twin)
    assert stakeholders.get_stakeholder(db, twin).archived
    assert context.undo_stack.undoText() == (
        "Fusionner «\u00a0Conseil régional de Bretagne\u00a0» dans «\u00a0Région Bretagne\u00a0»")

    window.activateWindow()  # back from the merge dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not stakeholders.get_stakeholder(db, twin).archived  # the merge is undone
    assert funding.project_funding(db, workspace.project_id)[0].funder_id == twin
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert stakeholders.get_stakeholder(db, twin).archived
    assert {row.funder_id for row in funding.project_funding(db, workspace.project_id)} == {
        region}
    assert twin not in {row.id for row in stakeholders.list_stakeholders(db)}
    assert wait_for_workers()
