"""A project's indicators: where each stands, and the chosen one charted with its measurements.

The table judges every indicator on the day (share of the way against time,
*en avance / en ligne / en retard*…, its colour paired with its word); below, the
chosen indicator's chart and its measurements. New indicators come from the
library or from scratch; a measurement is added to the chosen one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.charts.indicator import indicator_chart
from ingenierie.services.charts.palette import progress_colour
from ingenierie.services.evaluation.indicators import IndicatorRow
from ingenierie.services.evaluation.library import DefinitionRow
from ingenierie.services.evaluation.page import EvaluationPage
from ingenierie.services.evaluation.series import SeriesPoint
from ingenierie.services.evaluation.values import french_number, percent
from ingenierie.ui.charts.indicator_chart import IndicatorChartWidget
from ingenierie.ui.context import AppContext
from ingenierie.ui.evaluation.campaign_views import archive_confirmed, button_row
from ingenierie.ui.evaluation.commands import ArchiveIndicator, ArchiveMeasurement
from ingenierie.ui.evaluation.indicator_dialog import (
    IndicatorDialog,
    new_indicator,
    pick_from_library,
)
from ingenierie.ui.evaluation.record_dialogs import MeasurementDialog
from ingenierie.ui.lists.tables import fill_row, filling, record_table
from ingenierie.ui.undo import execute

STATUS_COLUMN = 7


def _value(value: Decimal | None, unit: str) -> str:
    return "" if value is None else f"{french_number(value)}\u00a0{unit}"


class IndicatorsPanel(QWidget):
    """``chosen`` carries the id of the indicator the user picked in the table."""

    chosen = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.page: EvaluationPage | None = None
        self.table = record_table([
            self.tr("Indicator"), self.tr("Level"), self.tr("Baseline"), self.tr("Target"),
            self.tr("Target date"), self.tr("Latest value"), self.tr("Way done"),
            self.tr("Status")], 0, self)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _: self.edit_selected())
        self.library_button = QPushButton(self.tr("From the library…"), self)
        self.library_button.clicked.connect(self.from_library)
        self.new_button = QPushButton(self.tr("New indicator…"), self)
        self.new_button.clicked.connect(lambda: self._create(None))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.measure_button = QPushButton(self.tr("Add a measurement…"), self)
        self.measure_button.clicked.connect(self.measure_selected)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.archive_button.clicked.connect(self.archive_selected)
        self.chart = IndicatorChartWidget(self)
        self.measurements = record_table([self.tr("Date"), self.tr("Value"),
                                          self.tr("Comment")], 2, self)
        self.measurements.itemSelectionChanged.connect(self._show_buttons)
        self.archive_measurement_button = QPushButton(self.tr("Archive the measurement"), self)
        self.archive_measurement_button.clicked.connect(self.archive_measurement)
        values = QWidget(self)
        column = QVBoxLayout(values)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(button_row(self.archive_measurement_button))
        column.addWidget(self.measurements, 1)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.chart)
        lower.addWidget(values)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        lower.setSizes([900, 420])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(button_row(self.library_button, self.new_button, self.edit_button,
                                    self.measure_button, self.archive_button))
        layout.addWidget(splitter, 1)
        self._points: list[SeriesPoint] = []

    def display(self, page: EvaluationPage) -> None:
        self.page = page
        self.table.blockSignals(True)
        with filling(self.table):
            self.table.setRowCount(len(page.indicators))
            shown = page.series.indicator.id if page.series else None
            for position, row in enumerate(page.indicators):
                progress = row.progress
                latest = _value(progress.value, row.unit)
                if progress.measured_on is not None and latest:
                    latest += f" ({progress.measured_on:%d/%m/%Y})"
                fill_row(self.table, position, (
                    row.title + (" ◆" if row.observed else ""), row.level.label,
                    _value(row.baseline_value, row.unit), _value(row.target_value, row.unit),
                    f"{row.target_on:%d/%m/%Y}" if row.target_on else "", latest,
                    percent(progress.share) if progress.share is not None else "",
                    progress.status.label))
                status = self.table.item(position, STATUS_COLUMN)
                assert status is not None  # fill_row filled every column
                status.setForeground(QBrush(QColor(progress_colour(progress.status))))
                font = status.font()
                font.setBold(True)
                status.setFont(font)
                if row.id == shown:
                    self.table.selectRow(position)
        self.table.blockSignals(False)
        self._show_series(page)
        self._show_buttons()

    def _show_series(self, page: EvaluationPage) -> None:
        series = page.series
        self.chart.set_chart(indicator_chart(series) if series else None, self.tr(
            "No indicator yet: pick one in the library or create your own."))
        self._points = list(reversed(series.points)) if series else []
        with filling(self.measurements):
            self.measurements.setRowCount(len(self._points))
            unit = series.indicator.unit if series else ""
            for position, point in enumerate(self._points):
                fill_row(self.measurements, position, (f"{point.on:%d/%m/%Y}",
                                                       _value(point.value, unit),
                                                       point.comment or ""))

    def selected(self) -> IndicatorRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.page is None:
            return None
        return self.page.indicators[rows[0].row()]

    def selected_point(self) -> SeriesPoint | None:
        rows = self.measurements.selectionModel().selectedRows()
        return self._points[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self._show_buttons()
        row = self.selected()
        if row is not None:
            self.chosen.emit(row.id)

    def _show_buttons(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.archive_button):
            button.setEnabled(row is not None)
        self.measure_button.setEnabled(row is not None and not row.observed)
        point = self.selected_point()
        self.archive_measurement_button.setEnabled(
            point is not None and point.measurement_id is not None)

    def _baseline_on(self) -> date:
        start = self.page.project_start if self.page else None
        return start or date.today()

    def from_library(self) -> None:
        if self.page is not None:
            definition = pick_from_library(self.context, self, self.page.scheme)
            if definition is not None:
                self._create(definition)

    def _create(self, definition: DefinitionRow | None) -> UUID | None:
        if self.page is None:
            return None
        saved = new_indicator(self.context, self, self.page.project_id, self._baseline_on(),
                              definition)
        if saved is not None:
            self.chosen.emit(saved)
        return saved

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None and self.page is not None:
            IndicatorDialog(self.context, self, self.page.project_id, row.to_input(), row).exec()

    def measure_selected(self) -> None:
        row = self.selected()
        if row is not None and not row.observed:
            MeasurementDialog(self.context, self, row).exec()

    def archive_selected(self) -> None:
        row = self.selected()
        if row is not None:
            archive_confirmed(self, self.context, self.tr("Archive indicator"), self.tr(
                "Archive the indicator “{0}” and hide its measurements?\n\nEdit ▸ Undo "
                "(Ctrl+Z) brings it back.").format(row.title),
                lambda: ArchiveIndicator(self.context, row))

    def archive_measurement(self) -> None:
        point = self.selected_point()
        if point is not None and point.measurement_id is not None:
            execute(self.context, ArchiveMeasurement(self.context, f"{point.on:%d/%m/%Y}",
                                                     point.measurement_id))
