"""In-place editors of the actors table: a list to choose from, a score to set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over fixed choices; choosing commits at once (one click, one edit)."""

    def __init__(self, choices: Sequence[tuple[Any, str]], parent: Any = None,
                 icons: Sequence[QIcon] | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)
        self.icons = list(icons) if icons else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for position, (_, label) in enumerate(self.choices):
            if self.icons:
                combo.addItem(self.icons[position], label)
            else:
                combo.addItem(label)
        combo.activated.connect(lambda _: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole)
        values = [value for value, _ in self.choices]
        editor.setCurrentIndex(values.index(current) if current in values else 0)
        QTimer.singleShot(0, editor, editor.showPopup)  # once the editor is in place

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, self.choices[editor.currentIndex()][0], Qt.ItemDataRole.EditRole)


class ScoreDelegate(QStyledItemDelegate):
    """A spin box on a closed integer scale, e.g. influence 1–5."""

    def __init__(self, low: int, high: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.low, self.high = low, high

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(self.low, self.high)
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
