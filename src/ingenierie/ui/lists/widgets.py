"""Pieces both list screens are made of: search field, filter combos and bar, the table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ingenierie.ui.icons import icon

SEARCH_DELAY_MS = 150


class SearchField(QLineEdit):
    """A search box that reports what was typed once typing pauses; Escape clears it."""

    search_changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(280)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(lambda _text: self._timer.start())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def flush(self) -> None:
        """Report the text now rather than after the pause."""
        self._timer.stop()
        self.search_changed.emit(self.text())


class ChoiceCombo(QComboBox):
    """A filter: "all" first, then (label, value) choices; ``value()`` is None for "all"."""

    def __init__(self, all_label: str, choices: Iterable[tuple[str, Any]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all_label = all_label
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        """Replace the choices, keeping the current one if it is still offered."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._all_label, None)
        for label, value in choices:
            self.addItem(label, value)
        found = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)
        if current is not None and found < 0:
            self.currentIndexChanged.emit(0)

    def value(self) -> Any:
        return self.currentData()

    def reset(self) -> None:
        self.setCurrentIndex(0)


class RecordTable(QTableView):
    """A read-only, sortable table of records with a message when it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.empty_text = ""

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(QRect(area), int(Qt.AlignmentFlag.AlignHCenter
                                          | Qt.AlignmentFlag.AlignTop
                                          | Qt.TextFlag.TextWordWrap), self.empty_text)



class FilterBar(QWidget):
    """A search field, filter combos and "Show archived"; ``changed`` when any changes.

    Subclasses create their combos, lay them out with :attr:`search`, :attr:`archived`
    and :attr:`clear_button`, then call :meth:`watch_inputs`.
    """

    changed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchField(placeholder, self)
        self.archived = QCheckBox(QCoreApplication.translate("FilterBar", "Show archived"), self)
        self.clear_button = QPushButton(
            QCoreApplication.translate("FilterBar", "Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)

    def combos(self) -> tuple[ChoiceCombo, ...]:
        raise NotImplementedError

    def current(self) -> Any:
        """The filter the inputs describe (a frozen dataclass)."""
        raise NotImplementedError

    def is_filtering(self) -> bool:
        return bool(self.current() != type(self.current())())

    def watch_inputs(self) -> None:
        self.search.search_changed.connect(self._changed)
        self.archived.toggled.connect(self._changed)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._changed)
        self._show_state()

    def clear(self, *, include_archived: bool = False) -> None:
        inputs = (*self.combos(), self.archived, self.search)
        for widget in inputs:
            widget.blockSignals(True)
        for combo in self.combos():
            combo.reset()
        self.archived.setChecked(include_archived)
        self.search.clear()
        for widget in inputs:
            widget.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self._show_state()
        self.changed.emit()

    def _show_state(self) -> None:
        """Active filters in bold; "Clear filters" only when there is something to clear."""
        self.clear_button.setEnabled(self.is_filtering())
        for combo in self.combos():
            font = combo.font()
            font.setBold(combo.value() is not None)
            combo.setFont(font)
