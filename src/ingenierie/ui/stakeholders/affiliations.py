"""A person's organisations in the stakeholder form: which one, in what role, from when to when.

Rows are edited in place (double-click or F2 on the role or a date); a new one is
picked below the table — an organisation not yet in the directory is created from
the picker. The form saves the whole list with the person, as one undoable edit.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.stakeholders.affiliations import AffiliationInput, AffiliationRow
from ingenierie.ui.forms.date_field import DISPLAY, DateField, read_typed_date
from ingenierie.ui.forms.search_picker import SearchPicker
from ingenierie.ui.keyboard import enter_adds

ID_ROLE = Qt.ItemDataRole.UserRole
ORGANISATION, ROLE, START, END = range(4)


class AffiliationsEditor(QWidget):
    """The list of a person's affiliations, and a line to add one."""

    changed = Signal()

    def __init__(self, picker: SearchPicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Role"),
                                              self.tr("From"), self.tr("To")])
        self.table.setAccessibleName(self.tr("Organisations of the person"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Stretch)
        for column in (START, END):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(self._edited)
        self.picker = picker
        picker.setParent(self)  # now: Tab goes from it to the role, the dates, « Ajouter »
        picker.setPlaceholderText(self.tr("Organisation: type a name, then pick"))
        picker.setAccessibleName(self.tr("Organisation to add"))
        self.role = QLineEdit(self)
        self.role.setPlaceholderText(self.tr("Role, e.g. president"))
        self.role.setAccessibleName(self.tr("Role in the organisation"))
        self.start_on, self.end_on = DateField(self), DateField(self)
        self.start_on.edit.setAccessibleName(self.tr("In the organisation from"))
        self.end_on.edit.setAccessibleName(self.tr("In the organisation until"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setEnabled(False)
        picker.changed.connect(lambda: self.add_button.setEnabled(picker.value() is not None))
        self.add_button.clicked.connect(self._add_picked)
        enter_adds(self, self.add_button)
        self.remove_button = QPushButton(self.tr("Remove the selected line"), self)
        self.remove_button.clicked.connect(self._remove_selected)
        adder = QHBoxLayout()
        adder.addWidget(picker, 3)
        adder.addWidget(self.role, 2)
        adder.addWidget(self.start_on, 1)
        adder.addWidget(self.end_on, 1)
        adder.addWidget(self.add_button)
        below = QHBoxLayout()
        below.addWidget(self.remove_button)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(adder)
        layout.addLayout(below)

    def set_rows(self, rows: list[AffiliationRow]) -> None:
        for row in rows:
            self.add(row.organisation_id, row.organisation_name,
                     AffiliationInput(row.organisation_id, row.role, row.start_on, row.end_on))

    def add(self, organisation_id: UUID, name: str, data: AffiliationInput) -> None:
        self.table.blockSignals(True)
        position = self.table.rowCount()
        self.table.insertRow(position)
        texts = (name, data.role or "", f"{data.start_on:{DISPLAY}}" if data.start_on else "",
                 f"{data.end_on:{DISPLAY}}" if data.end_on else "")
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, str(organisation_id))
            if column == ORGANISATION:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(position, column, item)
        self.table.blockSignals(False)
        self.changed.emit()

    def links(self) -> tuple[AffiliationInput, ...]:
        """The list as the services take it (a date that is not one reads as none)."""
        found = []
        for position in range(self.table.rowCount()):
            items = [self.table.item(position, column) for column in range(4)]
            cells = [item.text() if item is not None else "" for item in items]
            organisation = items[ORGANISATION]
            assert organisation is not None  # every line is written whole by add()
            found.append(AffiliationInput(
                UUID(organisation.data(ID_ROLE)),
                cells[ROLE].strip() or None, _date(cells[START]), _date(cells[END])))
        return tuple(found)

    def _add_picked(self) -> None:
        organisation_id = self.picker.value()
        if organisation_id is None:
            return
        self.add(organisation_id, self.picker.text(), AffiliationInput(
            organisation_id, self.role.text().strip() or None, self.start_on.value(),
            self.end_on.value()))
        self.picker.set_value(None)
        self.role.clear()
        self.start_on.set_value(None)
        self.end_on.set_value(None)
        self.picker.setFocus()

    def _remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.removeRow(rows[0].row())
            self.changed.emit()

    def _edited(self, item: QTableWidgetItem) -> None:
        """A date typed in a cell is written back in full, or emptied if it is no date."""
        if item.column() in (START, END):
            self.table.blockSignals(True)
            day = _date(item.text())
            item.setText(f"{day:{DISPLAY}}" if day else "")
            self.table.blockSignals(False)
        self.changed.emit()


def _date(text: str) -> date | None:
    try:
        return read_typed_date(text)
    except ValueError:
        return None
