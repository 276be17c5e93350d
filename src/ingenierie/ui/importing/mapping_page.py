"""Page 3: which field each column of the file feeds, with a few of its values.

A mapping saved for files of the same columns (same header signature) is taken
up again; the user can save the current one for next time. Saved mappings are
the JSON files the command line reads with ``ingenierie import --mapping``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.importing.mapping.fields import fields_for
from ingenierie.services.importing.mapping.headers import ColumnMapping
from ingenierie.ui.importing.state import StepPage, message_label, say

COLUMN, FIELD, EXAMPLES = range(3)


class MappingPage(StepPage):
    """One line per column of the file: its header, a field (or "— ignore —"), examples."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Columns and fields"))
        self.setSubTitle(self.tr("Choose the field each column of the file fills. Columns "
                                 "set to “— ignore —” are not imported."))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("Field"), self.tr("Examples")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the combos take the focus
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.missing = message_label(self, error=True)
        self.doubts = QGroupBox(self.tr("Two columns for one field: which one is to be "
                                        "imported?"), self)
        self.doubts_form = QFormLayout(self.doubts)
        self.doubts.hide()
        self.summary = message_label(self)
        self.saved = message_label(self)
        self.save_button = QPushButton(self.tr("&Save this mapping"), self)
        self.save_button.setToolTip(self.tr("Offer it again for the next file with the "
                                            "same columns."))
        self.save_button.clicked.connect(self.save_mapping)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.doubts)
        layout.addWidget(self.missing)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.saved)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        snapshot = self.state.snapshot
        assert snapshot is not None
        mapping = self.flow.current_mapping()
        self.table.setRowCount(len(snapshot.headers))
        self.combos = []
        fields = fields_for(mapping.kind)
        for row, header in enumerate(snapshot.headers):
            self.table.setItem(row, COLUMN, QTableWidgetItem(
                f"{snapshot.letters[row]} — {header}"))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— ignore —"), None)
            for field in fields:
                label = (self.tr("%1 (required)").replace("%1", field.label) if field.required
                         else field.label)
                combo.addItem(label, field.key)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._chosen(r))
            self.table.setCellWidget(row, FIELD, combo)
            self.combos.append(combo)
            examples = " · ".join(snapshot.samples[row])
            item = QTableWidgetItem(examples)
            item.setToolTip(examples)
            self.table.setItem(row, EXAMPLES, item)
        self._show(mapping)
        saved = self.state.saved_mapping
        say(self.saved, self.tr("The mapping saved for files with these columns is applied.")
            if saved is not None and saved.kind is mapping.kind else None)

    def isComplete(self) -> bool:
        mapping = self.state.mapping
        return mapping is not None and not mapping.missing_required() \
            and not mapping.ambiguous

    def settle(self, key: str, column: int) -> None:
        """Make ``column`` the one feeding ``key`` among the candidates, the others ignored."""
        mapping = self.state.mapping
        assert mapping is not None
        mapping = mapping.with_field(column, key)
        self.flow.set_mapping(mapping)
        self._show(mapping)

    def choose(self, column: int, key: str | None) -> None:
        """Make ``column`` feed the field ``key`` (``None``: ignore it), as the combo does."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(key))

    def _chosen(self, column: int) -> None:
        mapping = self.state.mapping
        assert mapping is not None
        mapping = mapping.with_field(column, self.combos[column].currentData())
        self.flow.set_mapping(mapping)
        self._show(mapping)

    def _show(self, mapping: ColumnMapping) -> None:
        for combo, key in zip(self.combos, mapping.fields, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(key))
            combo.blockSignals(False)
        missing = mapping.missing_required()
        if missing:
            names = ", ".join(f"« {field.label} »" for field in missing)
            say(self.missing, self.tr("No column feeds the required field(s) %1: choose, in "
                                      "the Field column, the column that holds it.")
                .replace("%1", names))
        else:
            say(self.missing, None)
        self._show_doubts(mapping)
        ignored = len(mapping.unmapped())
        say(self.summary, self.tr("%n column(s) ignored.", "", ignored) if ignored else None)
        self.completeChanged.emit()

    def _show_doubts(self, mapping: ColumnMapping) -> None:
        """One choice per field that several columns could fill (the automatic mapping
        never picks one silently)."""
        while self.doubts_form.rowCount():  # the combo being answered may be among them
            taken = self.doubts_form.takeRow(0)
            for item in (taken.labelItem, taken.fieldItem):
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
        snapshot = self.state.snapshot
        assert snapshot is not None
        labels = {field.key: field.label for field in fields_for(mapping.kind)}
        for key, columns in mapping.ambiguous:
            combo = QComboBox(self.doubts)
            combo.addItem(self.tr("— choose —"), None)
            for column in columns:
                combo.addItem(f"{snapshot.letters[column]} — {snapshot.headers[column]}", column)
            combo.activated.connect(lambda _i, c=combo, k=key: self._doubt_settled(c, k))
            self.doubts_form.addRow(f"« {labels[key]} » :", combo)
        self.doubts.setVisible(bool(mapping.ambiguous))

    def _doubt_settled(self, combo: QComboBox, key: str) -> None:
        column = combo.currentData()
        if column is not None:
            self.settle(key, int(column))

    def save_mapping(self) -> None:
        mapping = self.state.mapping
        assert mapping is not None
        try:
            path = self.flow.store.save(mapping)
        except OSError as error:
            say(self.saved, self.tr("The mapping could not be saved: %1").replace(
                "%1", error.strerror or str(error)))
            return
        self.state.saved_mapping = mapping
        say(self.saved, self.tr(
            "Mapping saved: it will be applied to the next file with the same columns. "
            "From the command line: ingenierie import --mapping “%1”").replace("%1", str(path)))
