"""Pick one record among many by typing part of its name.

The database does the searching (a directory may hold 100 000 stakeholders),
debounced while the user types; the suggestions drop down under the field. A
text typed that matches exactly one suggestion (case and accents aside) picks
it, so typing a full name is enough.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ingenierie.models.vocabulary import fold

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # what a chosen suggestion writes in the field
DEBOUNCE_MS = 150


@dataclass(frozen=True, slots=True)
class Choice:
    """A suggestion: the id to keep, the name to show, a detail shown after it."""

    id: UUID
    name: str
    detail: str = ""


Search = Callable[[str], Sequence[Choice]]


class SearchPicker(QLineEdit):
    """A line edit that resolves to the id of a record chosen from suggestions."""

    changed = Signal()

    def __init__(self, search: Search, parent: QWidget | None = None, *,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self._search = search
        self._id: UUID | None = None
        self._choices: list[Choice] = []
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(NAME_ROLE)
        # PySide6's stubs give SignalInstance no [] to pick an overload of the signal.
        completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        completer.highlighted[QModelIndex].connect(self._picked)  # type: ignore[index]
        self._completer = completer
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.textEdited.connect(self._typed)

    def value(self) -> UUID | None:
        return self._id

    def set_value(self, record_id: UUID | None, name: str = "") -> None:
        self._id = record_id
        self.setText(name if record_id else "")
        self.changed.emit()

    def is_unresolved(self) -> bool:
        """Text typed that names no record yet (the form says "choose in the list")."""
        return self._id is None and bool(self.text().strip())

    def suggestions(self) -> list[Choice]:
        return list(self._choices)

    def refresh(self) -> None:
        """Search now for the text typed (the debounce timer calls this)."""
        text = self.text().strip()
        self._choices = list(self._search(text)) if text else []
        self._model.clear()
        for choice in self._choices:
            label = f"{choice.name} — {choice.detail}" if choice.detail else choice.name
            item = QStandardItem(label)
            item.setData(choice.name, NAME_ROLE)
            item.setData(str(choice.id), ID_ROLE)
            self._model.appendRow(item)
        exact = [c for c in self._choices if fold(c.name) == fold(text)]
        if len(exact) == 1:
            self._choose(exact[0])
        elif self._choices and self.hasFocus():
            self._completer.complete()

    def _typed(self, _text: str) -> None:
        if self._id is not None:
            self._id = None
            self.changed.emit()
        self._timer.start()

    def _picked(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        choice = next((c for c in self._choices if str(c.id) == record_id), None)
        if choice is not None:
            self._choose(choice)

    def _choose(self, choice: Choice) -> None:
        self._id = choice.id
        if self.text() != choice.name:
            self.setText(choice.name)
        self.changed.emit()
