"""The tabs of one open database: the projects list, the directory, the dashboard, the open
projects.

The project page (its tabs, charts and the evaluation; a tenth of the window's start)
is imported when the first page opens: until then no widget can be one.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, TypeGuard
from uuid import UUID

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QToolButton, QWidget

from ingenierie.errors import NotFoundError
from ingenierie.services.projects import project as projects
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.actions import WindowActions
from ingenierie.ui.context import AppContext
from ingenierie.ui.evaluation.dashboard import DashboardScreen
from ingenierie.ui.icons import icon
from ingenierie.ui.lists.screen import ListScreen
from ingenierie.ui.projects.screen import ProjectsScreen
from ingenierie.ui.stakeholders.screen import DirectoryScreen

if TYPE_CHECKING:
    from ingenierie.ui.projects.page.page import ProjectPage

_PAGE_MODULE = "ingenierie.ui.projects.page.page"

TAB_TITLE_LENGTH = 32


def _is_page(widget: Any) -> TypeGuard[ProjectPage]:
    """Whether ``widget`` is a project page, without importing the page before any opens."""
    module = sys.modules.get(_PAGE_MODULE)
    return module is not None and isinstance(widget, module.ProjectPage)


def _tool_button(action: QAction, parent: QWidget) -> QToolButton:
    """A button showing ``action``, hidden with it (archive and restore take turns)."""
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    # The action outlives the workspace (a database switched or restored): a button gone
    # with its workspace no longer follows it.
    def follow() -> None:
        if shiboken6.isValid(button):
            button.setVisible(action.isVisible())

    action.changed.connect(follow)
    button.setVisible(action.isVisible())
    return button


class Workspace(QTabWidget):
    """Composes the screens over one :class:`AppContext`; rebuilt when the database changes."""

    status_changed = Signal()
    """The text of :meth:`status_text` or the current target of the actions changed."""

    def __init__(self, context: AppContext, actions: WindowActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(False)
        self.projects = ProjectsScreen(context, self)
        buttons = [_tool_button(action, self) for action in (
            actions.edit_stakeholder, actions.archive_stakeholder, actions.restore_stakeholder)]
        self.directory = DirectoryScreen(context, buttons, _tool_button(actions.merge, self),
                                         self)
        self.dashboard = DashboardScreen(context, self)
        self.addTab(self.projects, icon("projects"), self.tr("Projects"))
        self.addTab(self.directory, icon("stakeholders"), self.tr("Stakeholders"))
        self.addTab(self.dashboard, icon("dashboard"), self.tr("Dashboard"))
        for fixed in (0, 1, 2):
            self.tabBar().setTabButton(fixed, self.tabBar().ButtonPosition.RightSide, None)
        self.tabCloseRequested.connect(self.close_page)
        self.currentChanged.connect(lambda _index: self.status_changed.emit())
        for screen in (self.projects, self.directory):
            screen.counts_changed.connect(self.status_changed)
            screen.selection_changed.connect(self.status_changed)
        self.projects.activated.connect(self.open_project)
        self.directory.open_project.connect(self.open_project)
        self.dashboard.open_project.connect(self.open_project)
        self.dashboard.show_projects.connect(self.show_projects)
        context.changes.changed.connect(self._changed)

    # --- pages -------------------------------------------------------------------------
    def pages(self) -> list[ProjectPage]:
        return [page for i in range(self.count())
                if _is_page(page := self.widget(i))]

    def open_project(self, project_id: UUID) -> ProjectPage | None:
        """Show the project's page, opening a tab for it if none is open."""
        for page in self.pages():
            if page.project_id == project_id:
                self.setCurrentWidget(page)
                return page
        from ingenierie.ui.projects.page.page import ProjectPage

        page = ProjectPage(self.context, project_id, self)
        if page.project is None:  # not found: the page read it once and said so
            page.deleteLater()
            return None
        title = page.project.title
        # What the menus offer for the page's project changes when the page re-reads it.
        page.titleChanged.connect(lambda _title: self.status_changed.emit())
        index = self.addTab(page, icon("project-open"), self._short(title))
        self.setTabToolTip(index, title)
        self.setCurrentIndex(index)
        return page

    def show_projects(self, keys: tuple[str, ...], label: str, include_archived: bool) -> None:
        """The projects list, showing exactly ``keys`` (what a figure of the dashboard
        stands for, named by ``label``)."""
        self.projects.filters.show_only(tuple(keys), label, include_archived=include_archived)
        self.setCurrentWidget(self.projects)

    def close_page(self, index: int) -> None:
        page = self.widget(index)
        if _is_page(page):
            self.removeTab(index)
            page.deleteLater()

    def close_current_page(self) -> None:
        self.close_page(self.currentIndex())

    # --- what the actions act on ----------------------------------------------------------
    def current_list(self) -> ListScreen | None:
        current = self.currentWidget()
        return current if isinstance(current, ListScreen) else None

    def current_project(self) -> tuple[UUID, str, bool] | None:
        """The project the Projects menu acts on: the open page's, or the list's selection."""
        current = self.currentWidget()
        if _is_page(current):
            detail = current.project  # as the page last read it, kept in step by the hub
            return None if detail is None else (detail.id, detail.title, detail.archived)
        if current is self.projects:
            record = self.projects.current_record()
            if record is not None:
                return record.id, record.title, record.archived
        return None

    def current_stakeholder(self) -> tuple[UUID, str, bool] | None:
        if self.currentWidget() is not self.directory:
            return None
        record = self.directory.current_record()
        return (record.id, record.display_name, record.archived) if record else None

    def status_text(self) -> str:
        screen = self.current_list()
        return screen.status_text() if screen is not None else ""

    def focus_search(self) -> None:
        screen = self.current_list() or self.projects
        self.setCurrentWidget(screen)
        screen.focus_search()

    def _short(self, title: str) -> str:
        if len(title) <= TAB_TITLE_LENGTH:
            return title
        return title[:TAB_TITLE_LENGTH - 1].rstrip() + "…"

    def _changed(self, changes: ChangeSet) -> None:
        if Kind.PROJECT in changes.kinds:
            for i in range(self.count()):
                page = self.widget(i)
                if _is_page(page) and changes.concerns(Kind.PROJECT,
                                                                      page.project_id):
                    try:
                        title = projects.get_project(self.context.database, page.project_id).title
                    except NotFoundError:
                        continue
                    self.setTabText(i, self._short(title))
                    self.setTabToolTip(i, title)
        self.status_changed.emit()
