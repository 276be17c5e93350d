"""Editable lists of links inside the forms: themes ticked, records picked with a role
(a project's territories, a campaign's participants)."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from ingenierie.models.vocabulary import TerritoryRole, Vocabulary
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


class RoleLinks(QWidget):
    """Records picked by name, each with a role from ``roles``, and a picker to add one;
    the same record may be added once per role, or once at all (``one_role_each``)."""

    changed = Signal()

    def __init__(self, search: Search, roles: type[Vocabulary], header: str, placeholder: str,
                 links: Iterable[tuple[UUID, str, Vocabulary]] = (),
                 parent: QWidget | None = None, *, one_role_each: bool = False) -> None:
        super().__init__(parent)
        self.roles, self.one_role_each = roles, one_role_each
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([header, self.tr("Role"), ""])
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.picker = SearchPicker(search, self, placeholder=placeholder)
        self.role = VocabularyCombo(roles, self)
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
        for record_id, label, role in links:
            self.add(record_id, label, role)

    def add(self, record_id: UUID, label: str, role: Vocabulary) -> None:
        if any(rid == record_id and (self.one_role_each or r is role)
               for rid, r in self.links()):
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(label)
        item.setData(ID_ROLE, str(record_id))
        self.table.setItem(row, 0, item)
        combo = VocabularyCombo(self.roles)
        combo.set_value(role)
        combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.table.setCellWidget(row, 1, combo)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove(item))
        self.table.setCellWidget(row, 2, remove)
        self.changed.emit()

    def links(self) -> tuple[tuple[UUID, Vocabulary], ...]:
        """(record id, role) in the order shown."""
        found = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            assert isinstance(combo, VocabularyCombo)
            role = combo.value()
            assert role is not None
            item = self.table.item(row, 0)
            assert item is not None
            found.append((UUID(item.data(ID_ROLE)), role))
        return tuple(found)

    def _add_picked(self) -> None:
        record_id = self.picker.value()
        role = self.role.value()
        if record_id is None or role is None:
            return
        self.add(record_id, self.picker.text(), role)
        self.picker.set_value(None)

    def _remove(self, item: QTableWidgetItem) -> None:
        self.table.removeRow(item.row())
        self.changed.emit()


def territory_links(search: Search, links: tuple[ProjectTerritoryRow, ...],
                    parent: QWidget | None = None) -> RoleLinks:
    """The project's territories, each with its role (périmètre, QPV ciblé…)."""
    return RoleLinks(search, TerritoryRole, QCoreApplication.translate("RoleLinks", "Territory"),
                     QCoreApplication.translate("RoleLinks", "Territory: name or code…"),
                     ((link.territory_id, f"{link.name} ({link.code})" if link.code
                       else link.name, link.role) for link in links), parent)
