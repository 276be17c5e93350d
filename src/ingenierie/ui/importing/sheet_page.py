"""Page 2: which sheet, which header row, what the rows describe — over a preview of the
first rows as written, the header highlighted and the rows left out greyed with the reason."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ingenierie.errors import UserError
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.ui.errors import show_error
from ingenierie.ui.importing.loading import RowRole, SheetSnapshot, load_sheet
from ingenierie.ui.importing.preview_model import PreviewModel
from ingenierie.ui.importing.state import StepPage, message_label, say

#: Typing "12" in the header row box reads the sheet once, not for "1" then "12".
HEADER_ROW_DELAY_MS = 400
MAX_HEADER_ROW = 100_000
PREVIEW_COLUMN_WIDTH = 150


class SheetPage(StepPage):
    """Each change re-reads the sheet in the background and refreshes the preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(self.tr("Check that the highlighted row holds the column headers. "
                                 "Rows in grey are not imported; the first column says why."))
        self.sheet_combo = QComboBox(self)
        self.csv_label = QLabel(self.tr("CSV file: a single table"), self)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, MAX_HEADER_ROW)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("— choose —"), None)
        for kind in RecordKind:
            self.kind_combo.addItem(kind.label, kind)
        self.plan_edit = QLineEdit(self)
        self.plan_edit.setToolTip(self.tr("A plan of this name is completed; otherwise a new "
                                          "plan is created."))
        self.plan_edit.textChanged.connect(self._plan_named)
        self.unsure = message_label(self, error=True)
        self.model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.model)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.notices = message_label(self)
        self.error = message_label(self, error=True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for combo in (self.sheet_combo, self.kind_combo):
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("Sheet:"), self.csv_label)
        form.addRow(self.tr("&Header row:"), self.header_spin)
        form.addRow(self.tr("The rows &describe:"), self.kind_combo)
        form.addRow(self.tr("&Plan d'action:"), self.plan_edit)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.unsure)
        layout.addWidget(self.error)
        layout.addWidget(self.notices)
        layout.addWidget(self.preview, 1)
        self._loading = False
        self._failed = False
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(HEADER_ROW_DELAY_MS)
        self._header_timer.timeout.connect(lambda: self._reread(self.header_spin.value()))
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._reread(None))
        self.header_spin.valueChanged.connect(lambda _v: self._header_timer.start())
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)

    def initializePage(self) -> None:
        self._failed = False
        say(self.error, None)
        self._show(self.state.snapshot)

    def kind(self) -> RecordKind | None:
        """The record kind chosen (Qt hands the combo's data back as a plain str), None
        while the user has not chosen one the file did not make clear."""
        data = self.kind_combo.currentData()
        return RecordKind(data) if data else None

    def isComplete(self) -> bool:
        return (self.state.snapshot is not None and self.state.kind is not None
                and not self._loading and not self._failed)

    def _kind_chosen(self) -> None:
        self.flow.set_kind(self.kind())
        self._show_kind()
        self.completeChanged.emit()

    def _plan_named(self, text: str) -> None:
        self.state.plan_name = text.strip() or None
        self.state.plan = None

    def _show_kind(self) -> None:
        """A plan d'action is named; a kind not recognised for sure is asked for."""
        state = self.state
        self.form.setRowVisible(self.plan_edit, state.kind is RecordKind.PLAN)
        detection = state.detection
        unsure = detection is not None and not detection.confident and \
            state.saved_mapping is None
        say(self.unsure, self.tr(
            "What these rows describe is not recognised for sure (closest kinds: %1). Choose "
            "or check it below: nothing is imported on the strength of one or two columns.")
            .replace("%1", detection.describe()) if unsure and detection else None)

    def _show(self, snapshot: SheetSnapshot | None) -> None:
        if snapshot is None:
            return
        for widget in (self.sheet_combo, self.header_spin, self.kind_combo):
            widget.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(snapshot.sheets))
        self.sheet_combo.setCurrentText(snapshot.sheet or "")
        is_csv = not snapshot.sheets
        self.form.setRowVisible(self.sheet_combo, not is_csv)
        self.form.setRowVisible(self.csv_label, is_csv)
        self.header_spin.setValue(snapshot.header_row)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(self.state.kind), 0))
        self.plan_edit.setText(self.state.plan_name or "")
        for widget in (self.sheet_combo, self.header_spin, self.kind_combo):
            widget.blockSignals(False)
        self._show_kind()
        self.model.set_snapshot(snapshot)
        header = self.preview.horizontalHeader()
        self.preview.resizeColumnToContents(0)
        for column in range(1, self.model.columnCount()):
            header.resizeSection(column, PREVIEW_COLUMN_WIDTH)
        self._span_lone_texts(snapshot)
        say(self.notices, "\n".join(snapshot.notices))

    def _span_lone_texts(self, snapshot: SheetSnapshot) -> None:
        """A title, section or note written in one cell reads across the row, as in Excel."""
        self.preview.clearSpans()
        columns = len(snapshot.headers)
        for index, row in enumerate(snapshot.rows):
            if row.role in (RowRole.ABOVE, RowRole.SKIPPED) and columns > 1 and row.values[0] \
                    and not any(row.values[1:]):
                self.preview.setSpan(index, 1, 1, columns)

    def _reread(self, header_row: int | None) -> None:
        snapshot = self.state.snapshot
        if snapshot is None:
            return
        self._header_timer.stop()
        path, sheet = snapshot.path, self.sheet_combo.currentText() or None
        self._set_loading(True)
        self.flow.run(self.tr("Reading the sheet…"),
                      lambda _progress, _cancelled: load_sheet(path, sheet, header_row),
                      self._read_done, self._read_failed)

    def _read_done(self, snapshot: SheetSnapshot) -> None:
        self._failed = False
        say(self.error, None)
        self.flow.set_snapshot(snapshot)
        self._show(snapshot)
        self._set_loading(False)

    def _read_failed(self, error: BaseException) -> None:
        self._failed = True
        self.model.set_snapshot(None)
        if isinstance(error, UserError):
            say(self.error, error.message)
        else:
            say(self.error, self.tr("This sheet could not be read."))
            show_error(self, error)
        self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.completeChanged.emit()
