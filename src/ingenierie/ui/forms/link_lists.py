"""Editable lists of links inside the project form: themes ticked, territories with a role."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ingenierie.models.vocabulary import TerritoryRole
from ingenierie.services.projects.project import ProjectTerritoryRow
from ingenierie.services.reference.themes import ThemeRow
from ingenierie.ui.forms.inputs import VocabularyCombo
from ingenierie.ui.forms.search_picker import Search, SearchPicker

ID_ROLE = Qt.ItemDataRole.UserRole


class ThemeChecklist(QListWidget):
    """Every theme, ticked when the project works on it."""

    changed = Signal()

    def __init__(self, themes: list[ThemeRow], chosen: set[UUID],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for theme in themes:
            item = QListWidgetItem(theme.name, self)
            item.setData(ID_ROLE, str(theme.id))
            item.setCheckState(Qt.CheckState.Checked if theme.id in chosen
                               else Qt.CheckState.Unchecked)
        self.itemChanged.connect(lambda _: self.changed.emit())

    def chosen(self) -> tuple[UUID, ...]:
        return tuple(UUID(self.item(i).data(ID_ROLE)) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)

    def set_checked(self, name: str, checked: bool = True) -> None:
        for item in self.findItems(name, Qt.MatchFlag.MatchExactly):
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class TerritoryLinks(QWidget):
    """The project's territories, each with its role, and a picker to add one."""

    changed = Signal()

    def __init__(self, search: Search, links: tuple[ProjectTerritoryRow, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Territory"), self.tr("Role"), ""])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.picker = SearchPicker(search, self, placeholder=self.tr(
            "Territory: name or code…"))
        self.role = VocabularyCombo(TerritoryRole, self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setEnabled(False)
        self.picker.changed.connect(
            lambda: self.add_button.setEnabled(self.picker.value() is not None))
        self.add_button.clicked.connect(self._add_picked)
        adder = QHBoxLayout()
        adder.addWidget(self.picker, 1)
        adder.addWidget(self.role)
        adder.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(adder)
        for link in links:
            label = f"{link.name} ({link.code})" if link.code else link.name
            self.add(link.territory_id, label, link.role)

    def add(self, territory_id: UUID, label: str, role: TerritoryRole) -> None:
        if any(tid == territory_id and r is role for tid, r in self.links()):
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(label)
        item.setData(ID_ROLE, str(territory_id))
        self.table.setItem(row, 0, item)
        combo = VocabularyCombo(TerritoryRole)
        combo.set_value(role)
        combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.table.setCellWidget(row, 1, combo)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove(item))
        self.table.setCellWidget(row, 2, remove)
        self.changed.emit()

    def links(self) -> tuple[tuple[UUID, TerritoryRole], ...]:
        found = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            assert isinstance(combo, VocabularyCombo)
            role = combo.value()
            assert isinstance(role, TerritoryRole)
            item = self.table.item(row, 0)
            assert item is not None
            found.append((UUID(item.data(ID_ROLE)), role))
        return tuple(found)

    def _add_picked(self) -> None:
        territory_id = self.picker.value()
        role = self.role.value()
        if territory_id is None or not isinstance(role, TerritoryRole):
            return
        self.add(territory_id, self.picker.text(), role)
        self.picker.set_value(None)

    def _remove(self, item: QTableWidgetItem) -> None:
        self.table.removeRow(item.row())
        self.changed.emit()
