"""The first rows of a sheet as written: the header row highlighted, rows left out in grey."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ingenierie.ui.importing.loading import PreviewRow, RowRole, SheetSnapshot

Index = QModelIndex | QPersistentModelIndex
HEADER_BACKGROUND = QColor("#d6e4f5")
LEFT_OUT_FOREGROUND = QColor("#8a8f96")


class PreviewModel(QAbstractTableModel):
    """Column 0 says what the import makes of the row; the others are the sheet's columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PreviewRow, ...] = ()
        self._letters: tuple[str, ...] = ()
        self._bold, self._italic = QFont(), QFont()
        self._bold.setBold(True)
        self._italic.setItalic(True)

    def set_snapshot(self, snapshot: SheetSnapshot | None) -> None:
        self.beginResetModel()
        self._rows = snapshot.rows if snapshot else ()
        self._letters = snapshot.letters if snapshot else ()
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def status(self, row: PreviewRow) -> str:
        if row.role is RowRole.HEADER:
            return self.tr("Header row")
        if row.role is RowRole.ABOVE:
            return self.tr("Above the header: left out")
        if row.role is RowRole.SKIPPED:
            return self.tr("Left out: %1").replace("%1", row.reason)
        return self.tr("Data row")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._letters)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return self.status(row)
            return row.values[column - 1] if column - 1 < len(row.values) else None
        left_out = row.role in (RowRole.ABOVE, RowRole.SKIPPED)
        if role == Qt.ItemDataRole.ForegroundRole and left_out:
            return QBrush(LEFT_OUT_FOREGROUND)
        if role == Qt.ItemDataRole.BackgroundRole and row.role is RowRole.HEADER:
            return QBrush(HEADER_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole:
            if row.role is RowRole.HEADER:
                return self._bold
            return self._italic if left_out and column == 0 else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._rows[section].number) if section < len(self._rows) else None
        if section == 0:
            return self.tr("Handling")
        return self._letters[section - 1] if section - 1 < len(self._letters) else None
