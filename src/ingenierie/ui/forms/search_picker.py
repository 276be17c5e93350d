"""Pick one record among many by typing part of its name.

The database does the searching (a directory may hold 100 000 stakeholders),
debounced while the user types; the suggestions drop down under the field. A
text typed that matches exactly one suggestion (case and accents aside) picks
it, so typing a full name is enough. A picker given *creators* ends its
suggestions with « Créer … » entries: choosing one opens the usual form, the text
typed already in it, and picks what it saved — an empty directory is no dead end.
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
CREATOR_ROLE = Qt.ItemDataRole.UserRole + 3  # the index of a « Créer … » entry
DEBOUNCE_MS = 150


@dataclass(frozen=True, slots=True)
class Choice:
    """A suggestion: the id to keep, the name to show, a detail shown after it."""

    id: UUID
    name: str
    detail: str = ""


Search = Callable[[str], Sequence[Choice]]


@dataclass(frozen=True, slots=True)
class Creator:
    """A « Créer … » entry: its label (``{0}``: the text typed) and what creates the record
    (a form, opened with the text; None when cancelled)."""

    label: str
    create: Callable[[str], Choice | None]


class SearchPicker(QLineEdit):
    """A line edit that resolves to the id of a record chosen from suggestions."""

    changed = Signal()

    def __init__(self, search: Search, parent: QWidget | None = None, *,
                 placeholder: str = "", creators: Sequence[Creator] = ()) -> None:
        super().__init__(parent)
        self._search = search
        self.creators = tuple(creators)
        self._id: UUID | None = None
        self._choices: list[Choice] = []
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)  # a form names it after its label
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(NAME_ROLE)
        # PySide6's stubs give SignalInstance no [] to pick an overload of the signal.
        completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
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
        if text and not exact:
            for position, creator in enumerate(self.creators):
                item = QStandardItem(creator.label.format(text))
                item.setData(text, NAME_ROLE)
                item.setData(position, CREATOR_ROLE)
                self._model.appendRow(item)
        if len(exact) == 1:
            self._choose(exact[0])
        elif self._model.rowCount() and self.hasFocus():
            self._completer.complete()
            # The first suggestion is the current one: Enter takes it, Down goes on.
            popup = self._completer.popup()
            assert popup is not None  # complete() made it
            popup.setCurrentIndex(self._completer.completionModel().index(0, 0))

    def run_creator(self, position: int = 0) -> Choice | None:
        """Run creator ``position`` on the text typed; what it created is picked."""
        created = self.creators[position].create(self.text().strip())
        if created is not None:
            self._choices.append(created)
            self._choose(created)
        return created

    def _typed(self, _text: str) -> None:
        """Text typed names no record until one is picked (the form checks it again)."""
        self._id = None
        self.changed.emit()
        self._timer.start()

    def _activated(self, index: QModelIndex) -> None:
        position = index.data(CREATOR_ROLE)
        if position is None:
            self._picked(index)
        else:  # after the completer has finished with the key that chose it
            QTimer.singleShot(0, self, lambda: self.run_creator(int(position)))

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
