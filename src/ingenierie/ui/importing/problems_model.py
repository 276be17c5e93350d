"""Every problem of an import report, one per line, located to the cell; sortable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ingenierie.models.vocabulary import fold
from ingenierie.services.importing.report import Problem

Index = QModelIndex | QPersistentModelIndex
#: Returns a key that sorts rows numerically and text without regard to case or accents.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_FOREGROUND = QColor("#b3261e")
SEVERITY, SHEET, ROW, COLUMN, VALUE, MESSAGE = range(6)


class ProblemsModel(QAbstractTableModel):
    """Severity, sheet, row, column, value found and what was expected, for each problem."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: tuple[Problem, ...] = ()
        self._titles = (self.tr("Severity"), self.tr("Sheet"), self.tr("Row"),
                        self.tr("Column"), self.tr("Value found"),
                        self.tr("Problem and what is expected"))

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = tuple(problems)
        self.endResetModel()

    def problem_at(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def _text(self, problem: Problem, column: int) -> str:
        if column == SEVERITY:
            return self.tr("Error") if problem.is_error else self.tr("Warning")
        if column == SHEET:
            return problem.sheet or ""
        if column == ROW:
            return "" if problem.row is None else str(problem.row)
        if column == COLUMN:
            if problem.column and problem.letter:
                return f"{problem.column} ({problem.letter})"
            return problem.column or ""
        if column == VALUE:
            return "" if problem.value is None else problem.value
        return problem.message

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem, column = self._problems[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(problem, column)
        if role == SORT_ROLE:
            if column == ROW:
                return -1 if problem.row is None else problem.row
            if column == SEVERITY:
                return 0 if problem.is_error else 1
            return fold(self._text(problem, column))
        if role == Qt.ItemDataRole.ForegroundRole and column == SEVERITY and problem.is_error:
            return QBrush(ERROR_FOREGROUND)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return None


def sortable(model: ProblemsModel) -> QSortFilterProxyModel:
    """A proxy sorting ``model`` by :data:`SORT_ROLE` (rows as numbers, text folded)."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
