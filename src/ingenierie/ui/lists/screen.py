"""What the projects list and the directory share: a filter bar driving a paged model
shown in a table, the selection kept across re-queries, and counts for the status bar."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ingenierie.storage.keys import Key, key_of
from ingenierie.ui.context import AppContext
from ingenierie.ui.lists.paged_model import PagedTableModel
from ingenierie.ui.lists.widgets import FilterBar, RecordTable


class ListScreen(QWidget):
    """Subclasses create ``filters`` and ``model``, then call :meth:`attach` and lay out."""

    activated = Signal(object)
    """The id of the record the user opened (Enter or double-click)."""
    selection_changed = Signal()
    counts_changed = Signal()

    filters: FilterBar
    model: PagedTableModel[Any, Any]
    TITLE_COLUMN = 1

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = RecordTable(self)
        self._wanted_key: Key | None = None
        self._wanted_row: int | None = None
        self._shown_once = False
        self._asked = False

    def attach(self) -> None:
        """Connect filters, model and table; the first query runs when the screen shows."""
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # the model already sorts this way: no second query
        header.setSortIndicator(self.TITLE_COLUMN, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.filters.changed.connect(self._filters_changed)
        header.sortIndicatorChanged.connect(self._user_asked)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.keys_replaced.connect(self._list_replaced)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit())
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.selection_changed.emit())

    def showEvent(self, event: QShowEvent) -> None:
        """A screen never shown never queries: the directory waits for its tab."""
        if not self._shown_once:
            self._shown_once = True
            self.model.reload()
        super().showEvent(event)

    # --- for the window ----------------------------------------------------------------
    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def current_id(self) -> UUID | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def current_record(self) -> Any:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[UUID]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [found for found in map(self.model.id_at, rows) if found is not None]

    def select(self, record_id: UUID) -> None:
        """Make ``record_id`` current now, or once the list holds it."""
        self._wanted_key, self._wanted_row = key_of(record_id), None
        self._restore_selection()

    def status_text(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    # --- selection kept across re-queries ---------------------------------------------------
    def _user_asked(self) -> None:
        """A new search, filter or sort: the selected record may go, nothing replaces it.
        (After a write, a record that left the list is replaced by its neighbour.)"""
        self._asked = True

    def _filters_changed(self) -> None:
        self._user_asked()
        self.model.set_filter(self.filters.current())

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row())
        if record_id is not None:
            self.activated.emit(record_id)

    def _remember_selection(self) -> None:
        index = self.table.currentIndex()
        if self._wanted_key is None and index.isValid():
            self._wanted_key = self.model.key_at(index.row())
            self._wanted_row = None if self._asked else index.row()

    def _restore_selection(self) -> None:
        """Select the wanted record; if it left the list, its neighbour takes its place."""
        row = self.model.row_of(self._wanted_key) if self._wanted_key else None
        if row is None and self._wanted_row is not None and not self.model.is_loading:
            row = min(self._wanted_row, self.model.rowCount() - 1)
        if row is None or row < 0:
            if not self.model.is_loading:
                self._wanted_key = self._wanted_row = None
            return
        self._wanted_key = self._wanted_row = None
        index = self.model.index(row, self.TITLE_COLUMN)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _list_replaced(self) -> None:
        self._restore_selection()
        self._asked = False
        self.table.set_empty_text(self.empty_text())
        self.counts_changed.emit()
        self.selection_changed.emit()
