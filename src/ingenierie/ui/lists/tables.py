"""Read-only record tables (project page, evaluation): whole rows selected, one at a time."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def record_table(headers: Sequence[str], stretch_column: int, parent: QWidget) -> QTableWidget:
    """A table the user reads and picks a row from; edits go through a form."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


@contextmanager
def filling(table: QTableWidget) -> Iterator[None]:
    """Fill ``table`` inside this block: its columns are sized to their contents once, at the
    end. (Sized on every ``setItem``, refilling 200 rows of the dashboard took ten seconds.)"""
    header = table.horizontalHeader()
    fitted = [i for i in range(header.count())
              if header.sectionResizeMode(i) == QHeaderView.ResizeMode.ResizeToContents]
    for column in fitted:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    table.setUpdatesEnabled(False)
    try:
        yield
    finally:
        for column in fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setUpdatesEnabled(True)


def fill_row(table: QTableWidget, position: int, cells: tuple[str, ...], *,
             italic: bool = False, tint: QColor | None = None) -> None:
    """Put ``cells`` as read-only text items on row ``position``."""
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if italic:
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
        if tint is not None:
            item.setBackground(QBrush(tint))
        table.setItem(position, column, item)
