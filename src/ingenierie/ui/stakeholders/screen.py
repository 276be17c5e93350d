"""The directory: people and organisations on the left, the one selected on the right."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.context import AppContext
from ingenierie.ui.lists.screen import ListScreen
from ingenierie.ui.stakeholders.detail import StakeholderDetailPane
from ingenierie.ui.stakeholders.filters import StakeholderFilterBar
from ingenierie.ui.stakeholders.model import DirectoryModel

COLUMN_WIDTHS = (210, 95, 165, 215, 110)
#: What the detail pane shows of the stakeholder, and the names it shows (any of them).
DETAIL_KINDS = (Kind.AFFILIATION, Kind.INVOLVEMENT, Kind.PARTICIPATION)
NAME_KINDS = frozenset({Kind.STAKEHOLDER, Kind.PROJECT, Kind.INTERACTION})


class DirectoryScreen(ListScreen):
    """Search and filter the directory; the detail pane follows the current row.

    Several rows can be selected (Ctrl+click) so that two duplicates can be merged.
    """

    TITLE_COLUMN = 0
    open_project = Signal(object)

    def __init__(self, context: AppContext, buttons: list[QToolButton],
                 merge_button: QToolButton, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.filters = StakeholderFilterBar(self)
        self.filters.add_button(merge_button)
        self.model = DirectoryModel(context, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.detail = StakeholderDetailPane(context.database, buttons, self)
        self.detail.open_project.connect(self.open_project)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.attach()
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(60)
        self._detail_timer.timeout.connect(self.refresh_detail)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._detail_timer.start())
        context.changes.changed.connect(self._changed)

    def refresh_detail(self) -> None:
        self._detail_timer.stop()
        self.detail.show_stakeholder(self.current_id())

    def status_text(self) -> str:
        if self.model.is_loading and not self.model.rowCount():
            return self.tr("Searching…")
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            return self.tr("%Ln stakeholder(s)", "", total)
        return self.tr("%Ln stakeholder(s) of %1", "", shown).replace(
            "%1", QLocale().toString(total))

    def empty_text(self) -> str:
        if self.filters.is_filtering():
            return self.tr("Nobody matches the search and filters.")
        return self.tr("The directory is empty. Add people and organisations with the "
                       "Stakeholders menu.")

    def _changed(self, changes: ChangeSet) -> None:
        shown = self.detail.stakeholder_id
        if shown is not None and (changes.kinds & NAME_KINDS or changes.touches(
                Kind.STAKEHOLDER, shown, *DETAIL_KINDS)):
            self._detail_timer.start()
