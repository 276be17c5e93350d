"""The stakeholder directory's item model: columns over ``queries.stakeholders``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from ingenierie.services.stakeholders.listing import (
    BY_NAME,
    DirectoryRow,
    StakeholderColumn,
    StakeholderFilter,
    stakeholder_keys,
    stakeholder_rows,
    stakeholder_total,
)
from ingenierie.storage.changes import Kind
from ingenierie.ui.context import AppContext
from ingenierie.ui.lists.paged_model import Column, ListQueries, PagedTableModel

QUERIES = ListQueries(stakeholder_keys, stakeholder_total, stakeholder_rows)


class DirectoryModel(PagedTableModel[StakeholderFilter, DirectoryRow]):
    """People and organisations matching the directory's filter."""

    OWNER = Kind.STAKEHOLDER
    ROW_KINDS = frozenset({Kind.STAKEHOLDER, Kind.INVOLVEMENT})  # the count of projects

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(context, QUERIES, StakeholderFilter(), BY_NAME, parent)
        self._columns: tuple[Column[DirectoryRow], ...] = (
            Column(StakeholderColumn.NAME, self.tr("Name"), lambda r: r.display_name),
            Column(StakeholderColumn.NATURE, self.tr("Nature"), lambda r: r.nature.label),
            Column(StakeholderColumn.KIND, self.tr("Kind of actor"),
                   lambda r: r.actor_kind.label),
            Column(StakeholderColumn.EMAIL, self.tr("E-mail"), lambda r: r.email or ""),
            Column(StakeholderColumn.PHONE, self.tr("Phone"), lambda r: r.phone or ""),
            Column(StakeholderColumn.PROJECTS, self.tr("Projects"),
                   lambda r: str(r.project_count) if r.project_count else ""),
        )

    def columns(self) -> Sequence[Column[DirectoryRow]]:
        return self._columns
