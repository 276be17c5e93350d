"""The tabs of one open database: the projects list, the directory, the dashboard, the open
projects.

Two open projects with the same title are told apart by their code in the tab; the
tooltip always gives the whole title and the code. Ctrl+Tab and Ctrl+Page Down (the
window's actions) step through these tabs wherever the focus is, even inside a project
page, whose own tabs would otherwise take the keys. The focus follows the tab shown: a
list's search field or a page's first control when first shown — from the start, so
that typing at once searches — and where it was left afterwards.

The project page (its tabs, charts and the evaluation; a tenth of the window's start)
is imported when the first page opens: until then no widget can be one.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, TypeGuard
from uuid import UUID

import shiboken6
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QTabWidget, QToolButton, QWidget

from ingenierie.errors import NotFoundError
from ingenierie.services.projects import project as projects
from ingenierie.services.projects.records import ProjectDetail
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.actions import WindowActions
from ingenierie.ui.context import AppContext
from ingenierie.ui.evaluation.dashboard import DashboardScreen
from ingenierie.ui.icons import icon
from ingenierie.ui.keyboard import first_input, settle_keys
from ingenierie.ui.lists.screen import ListScreen
from ingenierie.ui.projects.screen import ProjectsScreen
from ingenierie.ui.stakeholders.screen import DirectoryScreen

if TYPE_CHECKING:
    from ingenierie.ui.projects.page.page import ProjectPage

_PAGE_MODULE = "ingenierie.ui.projects.page.page"

TAB_TITLE_LENGTH = 32
FOCUSED_ONCE = "focused_once"  # a page's property once the workspace has focused it


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
        self.currentChanged.connect(lambda _index: self.focus_current())
        for screen in (self.projects, self.directory):
            screen.counts_changed.connect(self.status_changed)
            screen.selection_changed.connect(self.status_changed)
        self.projects.activated.connect(self.open_project)
        self.directory.open_project.connect(self.open_project)
        self.dashboard.open_project.connect(self.open_project)
        self.dashboard.show_projects.connect(self.show_projects)
        context.changes.changed.connect(self._changed)
        settle_keys(self)

    def set_row_menus(self, actions: WindowActions) -> None:
        """The right-click menu (or the Menu key) on the rows of each list."""
        menus = {
            self.projects: [actions.open_project, actions.edit_current,
                            actions.archive_current, actions.restore_current],
            self.directory: [actions.edit_current, actions.archive_current,
                             actions.restore_current, None, actions.merge],
        }
        for screen, entries in menus.items():
            table = screen.table
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.customContextMenuRequested.connect(
                lambda point, t=table, e=entries: self._row_menu(t, e, point))

    def _row_menu(self, table: QWidget, entries: list[QAction | None], point: QPoint) -> None:
        menu = QMenu(table)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif entry.isVisible():
                menu.addAction(entry)
        menu.exec(table.mapToGlobal(point))

    def step_tab(self, step: int) -> None:
        """The next tab (``step`` 1) or the previous one (-1), round the end."""
        if self.count() > 1:
            self.setCurrentIndex((self.currentIndex() + step) % self.count())

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
        # What the menus offer for the page's project changes when the page re-reads it.
        page.titleChanged.connect(lambda _title: self.status_changed.emit())
        settle_keys(page)
        page.openProject.connect(self.open_project)
        index = self.addTab(page, icon("project-open"), "")
        self._name_tabs()
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

    def focus_current(self) -> None:
        """Give the focus to the tab shown: on its first showing, to a list's search field or
        a page's first control; later, where it was left (Qt puts it back) — unless it is
        on the tab bar, whose arrows are choosing a tab. At the start nothing had the
        focus (typed text went nowhere), and Qt's own choice on a first showing was
        whatever came first in the page (the directory's table)."""
        page, focus = self.currentWidget(), QApplication.focusWidget()
        if page is None or focus is self.tabBar():
            return
        first_showing = not page.property(FOCUSED_ONCE)
        page.setProperty(FOCUSED_ONCE, True)
        if not first_showing and focus is not None and page.isAncestorOf(focus):
            return
        target = page.filters.search if isinstance(page, ListScreen) else first_input(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        screen = self.current_list() or self.projects
        self.setCurrentWidget(screen)
        screen.focus_search()

    def _name_tabs(self) -> None:
        """Each page's tab: its short title, and its code when another tab reads the same.

        The projects are read again: a page re-reads its own later in the event loop."""
        shown: dict[int, ProjectDetail] = {}
        for i in range(self.count()):
            page = self.widget(i)
            if _is_page(page):
                try:
                    shown[i] = projects.get_project(self.context.database, page.project_id)
                except NotFoundError:
                    continue
        shorts = {i: _short(detail.title) for i, detail in shown.items()}
        for i, detail in shown.items():
            text = shorts[i]
            if list(shorts.values()).count(text) > 1:
                text = _short(detail.title, suffix=f" · {detail.code}" if detail.code else
                              f" · {list(shown).index(i) + 1}")
            self.setTabText(i, text)
            self.setTabToolTip(i, _tooltip(detail))

    def _changed(self, changes: ChangeSet) -> None:
        if Kind.PROJECT in changes.kinds and any(
                changes.concerns(Kind.PROJECT, page.project_id) for page in self.pages()):
            self._name_tabs()
        self.status_changed.emit()


def _short(title: str, suffix: str = "") -> str:
    room = TAB_TITLE_LENGTH - len(suffix)
    if len(title) > room:
        title = title[:room - 1].rstrip() + "…"
    return title + suffix


def _tooltip(detail: ProjectDetail) -> str:
    return f"{detail.title}\n{detail.code}" if detail.code else detail.title
