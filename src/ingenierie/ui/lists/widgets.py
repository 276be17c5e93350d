"""Pieces both list screens are made of: search field, filter combos and bar, the table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ingenierie.models.vocabulary import fold
from ingenierie.ui.icons import icon

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 10

SEARCH_DELAY_MS = 150


class SearchField(QLineEdit):
    """A search box that reports what was typed once typing pauses; Escape clears it (and,
    once empty, is the window's: it closes a dialog); Down goes to the list below."""

    search_changed = Signal(str)
    down_pressed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(280)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(lambda _text: self._timer.start())

    def flush(self) -> None:
        """Report the text now rather than after the pause."""
        self._timer.stop()
        self.search_changed.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.down_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)  # Escape in an empty field: the dialog's, to close it


class _FoldedCompleter(QCompleter):
    """Completes on any part of a label, accents and case aside ("chateau" finds
    « Châteaulin »): the typed text is folded like the labels' folded role."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]


class ChoiceCombo(QComboBox):
    """A filter: "all" first, then (label, value) choices; ``value()`` is None for "all".

    A ``searchable`` one (thousands of territories) takes typed text and offers the
    choices containing it; leaving it with text that names no choice goes back to the
    choice shown before.
    """

    def __init__(self, all_label: str, choices: Iterable[tuple[str, Any]] = (),
                 parent: QWidget | None = None, *, searchable: bool = False) -> None:
        super().__init__(parent)
        self._all_label = all_label
        self.setAccessibleName(all_label)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = _FoldedCompleter(self.model(), self)
            completer.setCompletionRole(FOLDED_ROLE)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            popup = completer.popup()
            assert popup is not None  # a popup completion's own list
            popup.setAccessibleName(all_label)
            # PySide6's stubs give SignalInstance no [] to pick an overload of the signal.
            completer.activated[str].connect(self._completed)  # type: ignore[index]
            self.setCompleter(completer)
            self._text().setPlaceholderText(all_label)
            self._text().editingFinished.connect(self._left)
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        """Replace the choices, keeping the current one if it is still offered."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._all_label, None)
        for label, value in choices:
            self.addItem(label, value)
            self.setItemData(self.count() - 1, fold(label), FOLDED_ROLE)
        found = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)
        if current is not None and found < 0:
            self.currentIndexChanged.emit(0)

    def value(self) -> Any:
        return self.currentData()

    def reset(self) -> None:
        self.setCurrentIndex(0)

    def _completed(self, folded: str) -> None:
        found = self.findData(folded, FOLDED_ROLE)
        if found >= 0:
            self.setCurrentIndex(found)
        # The completer wrote its folded text: once it is done, the label again.
        QTimer.singleShot(0, self, self._left)

    def _left(self) -> None:
        """The field shows the current choice's label (text that names none is dropped)."""
        label = self.itemText(self.currentIndex())
        if self._text().text() != label:
            self._text().setText(label)

    def _text(self) -> QLineEdit:
        """The line edit of a searchable combo."""
        edit = self.lineEdit()
        assert edit is not None  # only searchable combos call this: they are editable
        return edit


class RecordTable(QTableView):
    """A read-only, sortable table of records with a message when it is empty.

    The columns keep the widths given; the room a large window adds goes to the
    ``stretched`` columns (a title, a name, an address), not to the last one. A column
    the user resizes keeps the width they chose."""

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
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized_by_user)
        self.empty_text = ""
        self._widths: list[int] = []
        self._stretched: tuple[int, ...] = ()
        self._spreading = False

    def set_column_widths(self, widths: Sequence[int], stretched: Sequence[int]) -> None:
        """The widths of the columns, and those that share the room left in the window."""
        self._widths, self._stretched = list(widths), tuple(stretched)
        self._spread()

    def _spread(self) -> None:
        if not self._widths:
            return
        extra = max(0, self.viewport().width() - sum(self._widths) - 2)
        share = extra // max(1, len(self._stretched))
        self._spreading = True
        for column, width in enumerate(self._widths):
            self.setColumnWidth(column, width + (share if column in self._stretched else 0))
        self._spreading = False

    def _resized_by_user(self, column: int, _old: int, new: int) -> None:
        if self._spreading or column >= len(self._widths):
            return
        self._widths[column] = new
        if column in self._stretched:  # the user's width is the width: it stretches no more
            self._stretched = tuple(c for c in self._stretched if c != column)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._spread()

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
