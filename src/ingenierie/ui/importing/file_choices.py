"""What the dry run asks the user about the file itself: its hidden rows, and the rows that
repeat one person or organisation — rejected as duplicates, or merged, each conflict
between them settled side by side. Each choice makes the dry run run again, so that
what it reports is what the import will do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.reading.table import SkipReason
from ingenierie.services.importing.report import ImportReport, MergeGroup
from ingenierie.ui.importing.state import ImportState

ROWS, RECORD, FIELD, KEPT = range(4)
_MERGEABLE = (RecordKind.PERSON, RecordKind.ORGANISATION)
_HIDDEN = (SkipReason.HIDDEN, SkipReason.FILTERED)


def _pair(parent: QWidget, first: str, second: str) -> tuple[QRadioButton, QRadioButton]:
    buttons = QRadioButton(first, parent), QRadioButton(second, parent)
    group = QButtonGroup(parent)
    for button in buttons:
        group.addButton(button)
    return buttons


class FileChoices(QWidget):
    """The hidden rows' and the repeated rows' choices; ``changed`` once one changed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: ImportState | None = None
        self.hidden = QGroupBox(self.tr("Rows hidden in the workbook"), self)
        self.import_hidden, self.skip_hidden = _pair(
            self.hidden, self.tr("Import &hidden rows like the others"),
            self.tr("Leave &out the hidden rows (hidden by hand or by a filter)"))
        box = QVBoxLayout(self.hidden)
        box.addWidget(self.import_hidden)
        box.addWidget(self.skip_hidden)
        self.repeats = QGroupBox(self.tr("Rows repeating one person or organisation"), self)
        self.refuse_repeats, self.merge_repeats = _pair(
            self.repeats, self.tr("Re&ject the repeated rows (listed as duplicates)"),
            self.tr("&Merge each group into its first row: non-empty values combined, "
                    "conflicts settled below"))
        self.conflicts = QTableWidget(0, 4, self.repeats)
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Rows"), self.tr("Record"), self.tr("Field"), self.tr("Value kept")])
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.verticalHeader().hide()
        self.conflicts.horizontalHeader().setSectionResizeMode(
            KEPT, QHeaderView.ResizeMode.Stretch)
        self.conflicts.setMinimumHeight(110)
        box = QVBoxLayout(self.repeats)
        box.addWidget(self.refuse_repeats)
        box.addWidget(self.merge_repeats)
        box.addWidget(self.conflicts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hidden)
        layout.addWidget(self.repeats)
        self.skip_hidden.toggled.connect(self._hidden_changed)
        self.merge_repeats.toggled.connect(self._repeats_changed)
        self.hidden.hide()
        self.repeats.hide()

    def show_report(self, state: ImportState, report: ImportReport) -> None:
        """Offer the choices the dry run's report calls for, as ``state`` has them."""
        self.state = state
        for button, on in ((self.skip_hidden, state.skip_hidden),
                           (self.import_hidden, not state.skip_hidden),
                           (self.merge_repeats, state.merge_repeated),
                           (self.refuse_repeats, not state.merge_repeated)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        hidden = any(sheet.hidden or any(s.reason in _HIDDEN for s in sheet.skipped)
                     for sheet in report.sheets)
        self.hidden.setVisible(hidden)
        repeated = any(group.certain and group.kind in _MERGEABLE
                       for group in report.duplicates)
        self.repeats.setVisible(repeated or bool(report.merges))
        self._show_conflicts(report.merges)

    def _show_conflicts(self, merges: list[MergeGroup]) -> None:
        lines = [(group, conflict) for group in merges for conflict in group.conflicts]
        self.conflicts.setRowCount(len(lines))
        for row, (group, conflict) in enumerate(lines):
            rows = ", ".join(str(number) for number in group.rows)
            for column, text in ((ROWS, rows), (RECORD, group.label), (FIELD, conflict.label)):
                self.conflicts.setItem(row, column, QTableWidgetItem(text))
            combo = QComboBox(self.conflicts)
            for number, value in conflict.values:
                combo.addItem(self.tr("%1 (row %2)").replace("%1", value)
                              .replace("%2", str(number)), number)
            combo.setCurrentIndex(combo.findData(conflict.chosen))
            combo.activated.connect(lambda _i, c=combo, g=group, k=conflict.key:
                                    self._conflict_settled(c, g, k))
            self.conflicts.setCellWidget(row, KEPT, combo)
        self.conflicts.resizeColumnsToContents()
        self.conflicts.setVisible(bool(lines))

    def _conflict_settled(self, combo: QComboBox, group: MergeGroup, key: str) -> None:
        assert self.state is not None
        self.state.merge_choices[(group.sheet, group.rows[0], key)] = int(combo.currentData())
        self.changed.emit()

    def _hidden_changed(self, skip: bool) -> None:
        assert self.state is not None
        self.state.skip_hidden = skip
        self.changed.emit()

    def _repeats_changed(self, merge: bool) -> None:
        assert self.state is not None
        self.state.merge_repeated = merge
        self.changed.emit()
