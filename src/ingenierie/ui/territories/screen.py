"""The territories window: search them, filter by kind, add, edit, archive and restore.

An empty database has no territory: this is where an officer starts one of their
own (a « territoire de projet ») or checks what the official lists brought.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ingenierie.errors import UserError
from ingenierie.models.vocabulary import TerritoryKind
from ingenierie.services.reference import territories
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.context import AppContext
from ingenierie.ui.errors import show_error
from ingenierie.ui.keyboard import no_auto_default, settle_keys
from ingenierie.ui.lists.tables import record_table
from ingenierie.ui.lists.widgets import ChoiceCombo, SearchField
from ingenierie.ui.territories.commands import ArchiveTerritory, RestoreTerritory
from ingenierie.ui.territories.form import edit_territory
from ingenierie.ui.undo import execute

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN = 500


class TerritoriesDialog(QDialog):
    """Every territory matching the search, in French order (the first 500)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Territories"))
        self.resize(820, 560)
        self._rows: list[territories.TerritoryRow] = []
        self.search = SearchField(self.tr("Search territories by name or code…"), self)
        self.search.setAccessibleName(self.tr("Search territories"))
        self.kind = ChoiceCombo(self.tr("All kinds"), [(k.label, k) for k in TerritoryKind],
                                self)
        self.kind.setAccessibleName(self.tr("Kind of territory"))
        self.archived = QCheckBox(self.tr("Show archived"), self)
        self.table = record_table([self.tr("Name"), self.tr("Kind"), self.tr("Code"),
                                   self.tr("Lies in")], 0, self, self.tr("Territories"))
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.count = QLabel(self)
        self.new_button = QPushButton(self.tr("&New territory…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.archive_button = QPushButton(self.tr("&Archive"), self)
        self.new_button.clicked.connect(self.new_territory)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        for text, key, handler in ((self.tr("Edit"), "F2", self.edit_selected),
                                   (self.tr("Edit"), "Return", self.edit_selected),
                                   (self.tr("Archive"), "Del", self.archive_selected)):
            action = QAction(text, self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(handler)
            self.table.addAction(action)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind)
        filters.addWidget(self.archived)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.search.search_changed.connect(lambda _text: self.reload())
        self.kind.currentIndexChanged.connect(lambda _index: self.reload())
        self.archived.toggled.connect(lambda _checked: self.reload())
        context.changes.changed.connect(self._changed)
        settle_keys(self)
        no_auto_default(self)
        self.reload()
        self.search.setFocus()

    def reload(self, select: UUID | None = None) -> None:
        selected = self.selected()
        chosen = select or (selected.id if selected is not None else None)
        self._rows = territories.list_territories(
            self.context.database, self.search.text(), self.kind.value(),
            include_archived=self.archived.isChecked(), limit=SHOWN)
        self.table.setRowCount(len(self._rows))
        for position, row in enumerate(self._rows):
            texts = (row.name, row.kind.label, row.code or "", row.parent_name or "")
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(row.id))
                if row.archived:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(position, column, item)
            if row.id == chosen:
                self.table.selectRow(position)
        if chosen is None:
            self.table.scrollToTop()
        self.count.setText(self.tr("%n territory(ies) shown", "", len(self._rows))
                           if len(self._rows) < SHOWN else
                           self.tr("The first %n territories: search to narrow", "", SHOWN))
        self._update_buttons()

    def selected(self) -> territories.TerritoryRow | None:
        items = self.table.selectedItems()
        if not items:
            return None
        key = items[0].data(ID_ROLE)
        return next((row for row in self._rows if str(row.id) == key), None)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        self.archive_button.setText(self.tr("&Restore") if row is not None and row.archived
                                    else self.tr("&Archive"))

    def new_territory(self) -> None:
        saved = edit_territory(self.context, self, name=self.search.text().strip())
        if saved is not None:
            self.search.clear()
            self.reload(select=saved)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            edit_territory(self.context, self, row.id)

    def archive_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        command = (RestoreTerritory if row.archived else ArchiveTerritory)(
            self.context, row.name, row.id)
        try:
            execute(self.context, command)
        except UserError as error:
            show_error(self, error)

    def _changed(self, changes: ChangeSet) -> None:
        if Kind.TERRITORY in changes.kinds:
            self.reload()


def show_territories(context: AppContext, parent: QWidget | None) -> None:
    """Projets ▸ Territoires…: the window, modal over the main one."""
    dialog = TerritoriesDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
