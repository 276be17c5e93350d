"""The projects list: the filter bar over a table of every project that matches."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.context import AppContext
from ingenierie.ui.lists.screen import ListScreen
from ingenierie.ui.projects.filters import ProjectFilterBar
from ingenierie.ui.projects.model import ProjectListModel

COLUMN_WIDTHS = (135, 360, 150, 175, 85, 140, 220)
#: What the filters offer: territories and themes that some project names, and the plans.
CHOICE_KINDS = frozenset({Kind.PROJECT, Kind.PROJECT_TERRITORY, Kind.PROJECT_THEME,
                          Kind.TERRITORY, Kind.THEME, Kind.PLAN, Kind.PLAN_ACTION})


class ProjectsScreen(ListScreen):
    """Every project matching the search and filters; Enter or a double-click opens one."""

    filters: ProjectFilterBar

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.filters = ProjectFilterBar(context.database, self)
        self.model = ProjectListModel(context, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self.attach()
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self._choices_timer = QTimer(self)
        self._choices_timer.setSingleShot(True)
        self._choices_timer.setInterval(200)
        self._choices_timer.timeout.connect(self.filters.reload_choices)
        context.changes.changed.connect(self._changed)

    def status_text(self) -> str:
        if self.model.is_loading and not self.model.rowCount():
            return self.tr("Searching…")
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            return self.tr("%Ln project(s)", "", total)
        return self.tr("%Ln project(s) of %1", "", shown).replace(
            "%1", QLocale().toString(total))

    def empty_text(self) -> str:
        if self.filters.is_filtering():
            return self.tr("No project matches the search and filters.")
        return self.tr("No project yet. Create the first one with Projects ▸ New project "
                       "(Ctrl+N).")

    def _changed(self, changes: ChangeSet) -> None:
        if changes.kinds & CHOICE_KINDS:
            self._choices_timer.start()
