"""The campaigns of a project: the list on the left, the chosen campaign in full on the right
(its criteria, recommendations, maturity grid and the declared/observed panel)."""

from __future__ import annotations

import html
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.evaluation.campaigns import EvaluationRow
from ingenierie.services.evaluation.page import EvaluationPage
from ingenierie.ui.context import AppContext
from ingenierie.ui.evaluation.campaign_dialog import edit_campaign
from ingenierie.ui.evaluation.campaign_views import (
    MaturityView,
    RecommendationsView,
    ScoresView,
    archive_confirmed,
    button_row,
)
from ingenierie.ui.evaluation.commands import ArchiveEvaluation
from ingenierie.ui.evaluation.declared_view import DeclaredView
from ingenierie.ui.lists.tables import fill_row, filling, record_table


class CampaignsPanel(QWidget):
    """``chosen`` carries the id of the campaign the user picked in the list."""

    chosen = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.page: EvaluationPage | None = None
        self.table = record_table([self.tr("Date"), self.tr("Timing"), self.tr("Kind"),
                                   self.tr("Participants")], 1, self)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _: self.edit_selected())
        self.new_button = QPushButton(self.tr("New campaign…"), self)
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.archive_button.clicked.connect(self.archive_selected)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(button_row(self.new_button, self.edit_button, self.archive_button))
        column.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.scores = ScoresView(context, self)
        self.recommendations = RecommendationsView(context, self)
        self.maturity = MaturityView(context, self)
        self.declared = DeclaredView(self)
        self.parts = QTabWidget(self)
        self.parts.addTab(self.declared, self.tr("Declared / observed"))
        self.parts.addTab(self.scores, self.tr("Criteria"))
        self.parts.addTab(self.maturity, self.tr("Cooperative maturity"))
        self.parts.addTab(self.recommendations, self.tr("Recommendations"))
        right = QWidget(self)
        detail = QVBoxLayout(right)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.summary)
        detail.addWidget(self.parts, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([420, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def display(self, page: EvaluationPage) -> None:
        self.page = page
        campaigns = page.campaigns
        self.table.blockSignals(True)
        with filling(self.table):
            self.table.setRowCount(len(campaigns))
            for position, row in enumerate(campaigns):
                fill_row(self.table, position, (f"{row.evaluated_on:%d/%m/%Y}", row.timing.label,
                                                row.kind.label, str(len(row.participants))))
        chosen = page.campaign.campaign.id if page.campaign else None
        self.table.clearSelection()
        for position, row in enumerate(campaigns):
            if row.id == chosen:
                self.table.selectRow(position)
        self.table.blockSignals(False)
        self._show_buttons()
        self.summary.setText(self._summary(page.campaign.campaign) if page.campaign else
                             "<i>" + html.escape(self.tr(
                                 "No evaluation campaign yet. Start one with “New campaign…”: "
                                 "its date, who takes part, then the criteria, the grid and "
                                 "the recommendations.")) + "</i>")
        self.scores.show_panel(page.campaign)
        self.recommendations.show_panel(page.campaign)
        self.maturity.show_page(page)
        self.declared.show_panel(page.campaign.declared if page.campaign else None)
        self.parts.setEnabled(page.campaign is not None)

    def _summary(self, row: EvaluationRow) -> str:
        people = ", ".join(f"{p.display_name} ({p.role.label})" for p in row.participants)
        lines = [f"<b>{html.escape(row.label)}</b> · {html.escape(row.kind.label)}"]
        if people:
            lines.append(html.escape(self.tr("Participants: {0}").format(people)))
        if row.narrative:
            lines.append("<i>" + html.escape(row.narrative) + "</i>")
        return "<br>".join(lines)

    def selected(self) -> EvaluationRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.page is None:
            return None
        return self.page.campaigns[rows[0].row()]

    def _selection_changed(self) -> None:
        self._show_buttons()
        row = self.selected()
        if row is not None:
            self.chosen.emit(row.id)

    def _show_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.archive_button.setEnabled(chosen)

    def new(self) -> UUID | None:
        if self.page is None:
            return None
        saved = edit_campaign(self.context, self, self.page.project_id, self.page.project_start)
        if saved is not None:
            self.chosen.emit(saved)
        return saved

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None and self.page is not None:
            edit_campaign(self.context, self, self.page.project_id, self.page.project_start, row)

    def archive_selected(self) -> None:
        row = self.selected()
        if row is not None:
            archive_confirmed(self, self.context, self.tr("Archive campaign"), self.tr(
                "Archive the campaign “{0}”, with its scores and recommendations?\n\n"
                "Edit ▸ Undo (Ctrl+Z) brings it back.").format(row.label),
                lambda: ArchiveEvaluation(self.context, row))
