"""Every control a user can reach with Tab says what it is to a screen reader: its own
accessible name, its text (a button), or the label it is the buddy of — in the main
window, a project page and every dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ingenierie.models.vocabulary import StakeholderNature
from ingenierie.services.projects import project as projects
from ingenierie.ui.help import show_guide
from ingenierie.ui.importing.wizard import ImportWizard
from ingenierie.ui.main_window import MainWindow
from ingenierie.ui.projects.dialog import ProjectDialog
from ingenierie.ui.projects.page import ProjectPage
from ingenierie.ui.projects.page.funding_dialog import FundingDialog
from ingenierie.ui.projects.page.interaction_dialog import InteractionDialog
from ingenierie.ui.projects.page.involvement_dialog import InvolvementDialog
from ingenierie.ui.projects.page.stage_dialog import StageDialog
from ingenierie.ui.settings import AppSettings
from ingenierie.ui.stakeholders.dialog import StakeholderDialog
from ingenierie.ui.stakeholders.merge import MergeDialog, _candidate
from ingenierie.ui.territories.form import TerritoryDialog
from ingenierie.ui.territories.screen import TerritoriesDialog
from ingenierie.ui.workers import wait_for_workers


def unnamed(root: QWidget) -> list[str]:
    """The focusable controls under ``root`` a screen reader could not name."""
    missing = []
    for widget in (root, *root.findChildren(QWidget)):
        if (not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy()
                or widget.window() is not root.window()):  # a list dropped down: no Tab
            continue
        if isinstance(widget.parentWidget(), QAbstractScrollArea) and (
                widget is widget.parentWidget().viewport()):  # type: ignore[attr-defined]
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not (name or widget.accessibleName()).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(widget.window()).__name__}")
    return missing


def forms(context: Any, project_id: Any, stakeholders: list[Any]
          ) -> dict[str, Callable[[], QWidget]]:
    detail = projects.get_project(context.database, project_id)
    return {
        "project": lambda: ProjectDialog(context, None, detail),
        "person": lambda: StakeholderDialog(context, None, None, StakeholderNature.PERSON),
        "organisation": lambda: StakeholderDialog(context, None, None,
                                                  StakeholderNature.ORGANISATION),
        "involvement": lambda: InvolvementDialog(context, None, project_id, None),
        "stage": lambda: StageDialog(context, None, detail),
        "exchange": lambda: InteractionDialog(context, None, project_id, None),
        "funding": lambda: FundingDialog(context, None, project_id, None),
        "territory": lambda: TerritoryDialog(context, None, None),
        "territories": lambda: TerritoriesDialog(context, None),
        "merge": lambda: MergeDialog((_candidate(context, stakeholders[0]),
                                      _candidate(context, stakeholders[1]))),
        "import": lambda: ImportWizard(context, None),
    }


@pytest.mark.parametrize("form", ["project", "person", "organisation", "involvement", "stage",
                                  "exchange", "funding", "territory", "territories", "merge",
                                  "import"])
def test_every_control_of_every_dialog_has_a_name(qtbot: Any, context: Any, workspace: Any,
                                                 form: str) -> None:
    ids = list(workspace.stakeholder_ids.values())
    dialog = forms(context, workspace.project_id, ids)[form]()
    qtbot.addWidget(dialog)
    dialog.show()
    missing = unnamed(dialog)
    assert not missing, "\n".join(missing)
    assert wait_for_workers()


def test_every_control_of_the_window_and_a_project_page_has_a_name(
        qtbot: Any, db: Any, workspace: Any, tmp_path: Any) -> None:
    window = MainWindow(db, AppSettings(QSettings(str(tmp_path / "s.ini"),
                                                  QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    page = window.workspace.open_project(workspace.project_id)
    assert isinstance(page, ProjectPage)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        missing = unnamed(page)
        assert not missing, page.tabs.tabText(index) + ": " + "\n".join(missing)
    window.workspace.setCurrentWidget(window.workspace.directory)
    qtbot.waitUntil(lambda: window.workspace.directory.model.rowCount() > 0)
    window.workspace.directory.table.selectRow(0)
    window.workspace.directory.refresh_detail()
    missing = unnamed(window)
    assert not missing, "\n".join(missing)
    guide = show_guide(window)
    qtbot.addWidget(guide)
    assert unnamed(guide) == []
    assert wait_for_workers()
