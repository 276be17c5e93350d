"""A table model that holds ordered ids and fetches the rows on screen by page.

Filtering and sorting re-run the id query in SQL, off the GUI thread; the rows a
view asks for are fetched a page at a time and cached by id. A change set announced
on the change hub drops the cached rows it touched, repaints them, and re-runs the
id query in case the row left or joined the list. ``data()`` never raises.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ingenierie.services.queries.ordering import Sort
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.storage.keys import Key, key_of, uuid_of
from ingenierie.ui.context import AppContext
from ingenierie.ui.workers import run_in_background

log = logging.getLogger(__name__)

R = TypeVar("R")
F = TypeVar("F")
Index = QModelIndex | QPersistentModelIndex
KeyRole = Qt.ItemDataRole.UserRole
PAGE_SIZE = 100
CACHE_LIMIT = 5_000
REFRESH_DELAY_MS = 50

SERVED_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                          Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, KeyRole})


@dataclass(frozen=True, slots=True)
class _Cached(Generic[R]):
    """A fetched row with its cells already turned into text (painting asks often)."""

    record: R
    texts: tuple[str, ...]
    archived: bool


_MISSING: _Cached[Any] | None = None  # a key whose row vanished since the id query ran


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """A column: the sort key the query understands, its header, how a row shows in it."""

    key: str
    header: str
    text: Callable[[R], str]


@dataclass(frozen=True, slots=True)
class ListQueries(Generic[F, R]):
    """The read-side functions behind a list; each opens its own session."""

    keys: Callable[[Database, F, Sort], list[Key]]
    total: Callable[..., int]  # (database, *, include_archived) -> int
    rows: Callable[[Database, Sequence[Key]], dict[Key, R]]


class PagedTableModel(QAbstractTableModel, Generic[F, R]):
    """Subclasses give the queries, the columns, the initial filter and the change kinds.

    A filter is a frozen dataclass with an ``include_archived`` field.
    """

    keys_replaced = Signal()
    """The id list was re-queried (filter, sort or a write changed it, or not)."""

    OWNER: ClassVar[Kind]
    """The kind of the listed records: their ids are the list's keys."""
    ROW_KINDS: ClassVar[frozenset[Kind]]
    """The kinds a row shows, owned by its record (its own kind first of all)."""
    RELATED_KINDS: ClassVar[frozenset[Kind]] = frozenset()
    """Kinds that alter what rows show without naming them: drop the cache."""

    def __init__(self, context: AppContext, queries: ListQueries[F, R], wanted: F, sort: Sort,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.queries = queries
        self.filter = wanted
        self.sort_order = sort
        self._keys: list[Key] = []
        self._positions: dict[Key, int] | None = None
        self._rows: dict[Key, _Cached[R] | None] = {}
        self._total = 0
        self._generation = 0
        self._applied = -1
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self.reload)
        self._font_archived = QFont()
        self._font_archived.setItalic(True)
        self._grey = QBrush(QColor("#7a7f85"))
        context.changes.changed.connect(self._changed)

    # --- what subclasses provide -------------------------------------------------------
    def columns(self) -> Sequence[Column[R]]:
        raise NotImplementedError

    def is_archived(self, row: R) -> bool:
        return bool(getattr(row, "archived", False))

    # --- the id list ---------------------------------------------------------------------
    @property
    def total(self) -> int:
        """Rows the list would hold with no filter (archived ones as the filter says)."""
        return self._total

    @property
    def is_loading(self) -> bool:
        """A query is running or about to: the list may not be the final one."""
        return self._applied != self._generation or self._refresh.isActive()

    def set_filter(self, wanted: F) -> None:
        if wanted != self.filter:
            self.filter = wanted
            self.reload()

    def reload(self) -> None:
        """Re-run the id query in the background; the latest request wins."""
        self._refresh.stop()
        self._generation += 1
        generation, database, queries = self._generation, self.context.database, self.queries
        wanted, sort = self.filter, self.sort_order
        include_archived = bool(getattr(wanted, "include_archived", False))

        def run() -> tuple[list[Key], int]:
            return (queries.keys(database, wanted, sort),
                    queries.total(database, include_archived=include_archived))
        run_in_background(self, run, lambda result: self._apply(generation, result))

    def _apply(self, generation: int, result: tuple[list[Key], int]) -> None:
        if generation != self._generation:
            return
        keys, self._total = result
        self._applied = generation
        if keys != self._keys:
            self.beginResetModel()
            self._keys, self._positions = keys, None
            if len(self._rows) > CACHE_LIMIT:
                self._rows.clear()
            self.endResetModel()
        self.keys_replaced.emit()

    def _changed(self, changes: ChangeSet) -> None:
        if self._generation == 0:  # never queried (a screen not shown yet): nothing to redo
            return
        if changes.any_record(*self.ROW_KINDS) or changes.kinds & self.RELATED_KINDS:
            # No ids (an import wrote many) or a related record: any row may be stale.
            self._rows.clear()
            if self._keys:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._keys) - 1, self.columnCount() - 1))
        else:
            owners = changes.owners(self.OWNER, *self.ROW_KINDS)
            if not owners:
                return
            for key in map(key_of, owners):
                self._rows.pop(key, None)
                row = self.row_of(key)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, self.columnCount() - 1))
        self._refresh.start()

    # --- lookups for the screens -----------------------------------------------------------
    def key_at(self, row: int) -> Key | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def id_at(self, row: int) -> uuid.UUID | None:
        key = self.key_at(row)
        return uuid_of(key) if key is not None else None

    def row_of(self, key: Key) -> int | None:
        if self._positions is None:
            self._positions = {k: position for position, k in enumerate(self._keys)}
        return self._positions.get(key)

    def record_at(self, row: int) -> R | None:
        """The row's frozen record, fetched with its page if needed (None if gone)."""
        cached = self._cached(row)
        return cached.record if cached is not None else None

    def _cached(self, row: int) -> _Cached[R] | None:
        key = self.key_at(row)
        if key is None:
            return None
        if key not in self._rows:
            start = row - row % PAGE_SIZE
            wanted = [k for k in self._keys[start:start + PAGE_SIZE] if k not in self._rows]
            found = self.queries.rows(self.context.database, wanted)
            columns = self.columns()
            for k in wanted:
                record = found.get(k)
                self._rows[k] = _MISSING if record is None else _Cached(
                    record, tuple(column.text(record) for column in columns),
                    self.is_archived(record))
        return self._rows[key]

    # --- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        columns = self.columns()
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(columns)):
            return columns[section].header
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SERVED_ROLES or not index.isValid():
            return None
        try:
            if role == KeyRole:
                return self.key_at(index.row())
            cached = self._cached(index.row())
            if cached is None:
                return None
            if role == Qt.ItemDataRole.FontRole:
                return self._font_archived if cached.archived else None
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._grey if cached.archived else None
            return cached.texts[index.column()]
        except Exception:  # a view must never see an exception: log it, show nothing
            log.exception("reading row %s of %s", index.row(), type(self).__name__)
            return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        columns = self.columns()
        if not 0 <= column < len(columns):
            return
        self.sort_order = Sort(columns[column].key,
                               descending=order == Qt.SortOrder.DescendingOrder)
        self.reload()
