"""The "Trajectoire de coopération" tab: the stage history as a timeline, and the next step."""

from __future__ import annotations

import html
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.projects.dossier import ProjectDossier
from ingenierie.services.projects.stages import StageChangeRow
from ingenierie.ui.charts.stage_colours import stage_icon
from ingenierie.ui.charts.stage_timeline import StageTimeline, TimelinePoint
from ingenierie.ui.context import AppContext
from ingenierie.ui.lists.tables import record_table
from ingenierie.ui.projects.page.stage_dialog import move_to_stage
from ingenierie.ui.projects.page.tab import DossierTab


class TrajectoryTab(DossierTab):
    """The six-step ladder over time, the dated entries and their evidence."""

    def __init__(self, context: AppContext, project_id: UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, project_id, parent)
        self._history: list[StageChangeRow] = []
        self.current = QLabel(self)
        self.move_button = QPushButton(self.tr("Move to stage…"), self)
        self.move_button.clicked.connect(self.move_to_stage)
        self.timeline = StageTimeline(self)
        self.timeline.pointSelected.connect(self._point_selected)
        self.table = record_table(
            [self.tr("Date"), self.tr("Stage"), self.tr("Evidence"), self.tr("Recorded by")], 2,
            self)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.evidence = QLabel(self)
        self.evidence.setWordWrap(True)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence.setStyleSheet(
            "background: #f5f7fa; border: 1px solid #e3e7ec; border-radius: 4px; padding: 6px;")
        top = QHBoxLayout()
        top.addWidget(self.current, 1)
        top.addWidget(self.move_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addWidget(self.evidence)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.timeline)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def display(self, dossier: ProjectDossier) -> None:
        self._history = list(dossier.stage_history)
        self.timeline.set_points([TimelinePoint(
            key=row.id, stage=row.stage, entered_on=row.entered_on, evidence=row.evidence,
            recorded_by=row.recorded_by) for row in self._history])
        newest_first = list(reversed(self._history))
        self.table.blockSignals(True)
        self.table.setRowCount(len(newest_first))
        for position, row in enumerate(newest_first):
            cells = (f"{row.entered_on:%d/%m/%Y}", row.stage.label,
                     " ".join(row.evidence.split()), row.recorded_by or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(row.id))
                if column == 1:
                    item.setIcon(stage_icon(row.stage))
                if column == 2:
                    item.setToolTip(row.evidence)
                self.table.setItem(position, column, item)
        self.table.blockSignals(False)
        if self._history:
            last = self._history[-1]
            self.current.setText(self.tr("<b>Current stage: {0}</b>, since {1} — {2} steps "
                                         "recorded").format(
                last.stage.label, f"{last.entered_on:%d/%m/%Y}", len(self._history)))
        else:
            self.current.setText(self.tr("No stage recorded yet."))
        self._show_evidence(None)

    def move_to_stage(self) -> None:
        change_id = move_to_stage(self.context, self, self.project_id)
        if change_id is not None:
            self.refresh()
            self.timeline.select(change_id)

    def _point_selected(self, key: object) -> None:
        for position in range(self.table.rowCount()):
            item = self.table.item(position, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == str(key):
                self.table.blockSignals(True)
                self.table.selectRow(position)
                self.table.blockSignals(False)
        self._show_evidence(key if isinstance(key, UUID) else None)

    def _row_selected(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.timeline.select(UUID(items[0].data(Qt.ItemDataRole.UserRole)))

    def _show_evidence(self, key: UUID | None) -> None:
        row = next((r for r in self._history if r.id == key), None)
        if row is None:
            self.evidence.setText(self.tr("Select a step on the timeline or in the list to "
                                          "read its evidence."))
            return
        self.evidence.setText(self.tr("<b>{0}</b>, {1}: {2}").format(
            row.stage.label, f"{row.entered_on:%d/%m/%Y}",
            html.escape(row.evidence).replace("\n", "<br>")))
