"""The projects list's item model: columns over ``queries.projects``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from ingenierie.services.projects.listing import (
    BY_TITLE,
    ProjectColumn,
    ProjectFilter,
    ProjectListRow,
    project_keys,
    project_rows,
    project_total,
)
from ingenierie.storage.changes import Kind
from ingenierie.ui.context import AppContext
from ingenierie.ui.lists.paged_model import Column, ListQueries, PagedTableModel

QUERIES = ListQueries(project_keys, project_total, project_rows)


class ProjectListModel(PagedTableModel[ProjectFilter, ProjectListRow]):
    """Projects matching the list's filter, in the order of the clicked header."""

    OWNER = Kind.PROJECT
    ROW_KINDS = frozenset({Kind.PROJECT, Kind.STAGE, Kind.PROJECT_TERRITORY, Kind.PLAN_ACTION})
    RELATED_KINDS = frozenset({Kind.STAKEHOLDER, Kind.TERRITORY})  # lead and territory names

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(context, QUERIES, ProjectFilter(), BY_TITLE, parent)
        self._columns: tuple[Column[ProjectListRow], ...] = (
            Column(ProjectColumn.CODE, self.tr("Code"), lambda r: r.code or ""),
            Column(ProjectColumn.TITLE, self.tr("Title"), lambda r: r.title),
            Column(ProjectColumn.SCHEME, self.tr("Scheme"), lambda r: r.scheme.label),
            Column(ProjectColumn.PHASE, self.tr("Phase"), lambda r: r.phase.label),
            Column(ProjectColumn.STATUS, self.tr("Status"), lambda r: r.status.label),
            Column(ProjectColumn.STAGE, self.tr("Cooperation stage"),
                   lambda r: r.stage.label if r.stage else ""),
            Column(ProjectColumn.LEAD, self.tr("Lead"), lambda r: r.lead_name or ""),
            Column(ProjectColumn.TERRITORIES, self.tr("Territories"), lambda r: r.territories),
        )

    def columns(self) -> Sequence[Column[ProjectListRow]]:
        return self._columns
