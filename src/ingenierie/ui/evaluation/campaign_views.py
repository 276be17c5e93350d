"""The parts of one campaign: its criteria, its recommendations, its maturity grid and radar.

Each shows what the tab read (``services.evaluation.page``) and opens the form
that edits it; the forms push undo commands, whose change set refreshes the tab.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.charts.radar import radar_chart
from ingenierie.services.evaluation.page import CampaignPanel, EvaluationPage
from ingenierie.services.evaluation.recommendations import RecommendationRow
from ingenierie.ui.charts.radar_chart import RadarChartWidget
from ingenierie.ui.context import AppContext
from ingenierie.ui.evaluation.commands import ArchiveRecommendation
from ingenierie.ui.evaluation.record_dialogs import RecommendationDialog
from ingenierie.ui.evaluation.score_dialogs import CriteriaDialog, GridDialog
from ingenierie.ui.lists.tables import fill_row, filling, record_table
from ingenierie.ui.undo import ServiceCommand, execute

CARRIED_TINT = QColor("#f3f0e6")


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def archive_confirmed(parent: QWidget, context: AppContext, title: str, question: str,
                      command: Callable[[], ServiceCommand]) -> None:
    """Ask ``question``; on yes, push the archiving ``command`` makes (undoable)."""
    answer = QMessageBox.question(parent, title, question)
    if answer == QMessageBox.StandardButton.Yes:
        execute(context, command())


class ScoresView(QWidget):
    """The eight criteria of the campaign, and the button that scores them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.panel: CampaignPanel | None = None
        self.table = record_table([self.tr("Criterion"), self.tr("Score"),
                                   self.tr("Justification"), self.tr("Evidence")], 2, self)
        self.score_button = QPushButton(self.tr("Score the criteria…"), self)
        self.score_button.clicked.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.score_button))
        layout.addWidget(self.table, 1)

    def show_panel(self, panel: CampaignPanel | None) -> None:
        self.panel = panel
        rows = panel.declared.scores if panel else ()
        self.score_button.setEnabled(panel is not None)
        with filling(self.table):
            self.table.setRowCount(len(rows))
            for position, row in enumerate(rows):
                score = self.tr("not evaluated") if row.score is None else f"{row.score} / 4"
                fill_row(self.table, position, (row.criterion.label, score, row.justification or "",
                                             row.evidence or ""), italic=row.score is None)

    def edit(self) -> None:
        if self.panel is not None:
            CriteriaDialog(self.context, self, self.panel.campaign.id,
                           self.panel.declared.scores).exec()


class RecommendationsView(QWidget):
    """What the campaign recommends, then — tinted, in italics — what earlier campaigns
    left open on its date, each with the campaign that made it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.panel: CampaignPanel | None = None
        self.rows: list[tuple[RecommendationRow, bool]] = []
        self.table = record_table([self.tr("Recommendation"), self.tr("Carried by"),
                                   self.tr("Due on"), self.tr("Status"), self.tr("Made by")],
                                  0, self)
        self.table.itemDoubleClicked.connect(lambda _: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.new_button = QPushButton(self.tr("New recommendation…"), self)
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.archive_button.clicked.connect(self.archive_selected)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.new_button, self.edit_button, self.archive_button))
        layout.addWidget(self.table, 1)

    def show_panel(self, panel: CampaignPanel | None) -> None:
        self.panel = panel
        self.new_button.setEnabled(panel is not None)
        made = panel.recommendations.made if panel else ()
        carried = panel.recommendations.carried_over if panel else ()
        self.rows = [(row, False) for row in made] + [(row, True) for row in carried]
        with filling(self.table):
            self.table.setRowCount(len(self.rows))
            on = panel.campaign.evaluated_on if panel else date.today()
            for position, (row, is_carried) in enumerate(self.rows):
                due = f"{row.due_on:%d/%m/%Y}" if row.due_on else ""
                if row.overdue(on):
                    due += " ⚠"
                made_by = (self.tr("carried over from {0} of {1}").format(
                    row.made_by.label, f"{row.made_on:%d/%m/%Y}") if is_carried
                    else self.tr("this campaign"))
                cells = (row.text, row.owner_name or "", due, row.status.label, made_by)
                fill_row(self.table, position, cells, italic=is_carried,
                         tint=CARRIED_TINT if is_carried else None)
        self._selection_changed()

    def selected(self) -> RecommendationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()][0] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.archive_button.setEnabled(chosen)

    def new(self) -> None:
        if self.panel is not None:
            campaign = self.panel.campaign
            RecommendationDialog(self.context, self, campaign.id, campaign.evaluated_on,
                                 None).exec()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            RecommendationDialog(self.context, self, row.evaluation_id, row.made_on, row).exec()

    def archive_selected(self) -> None:
        row = self.selected()
        if row is not None:
            archive_confirmed(self, self.context, self.tr("Archive recommendation"), self.tr(
                "Archive the recommendation “{0}”?\n\nEdit ▸ Undo (Ctrl+Z) brings it back.")
                .format(row.text), lambda: ArchiveRecommendation(self.context, row))


class MaturityView(QWidget):
    """The campaign's answers to the cooperative maturity grid, and their radar."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.page: EvaluationPage | None = None
        self.table = record_table([self.tr("Principle"), self.tr("Level"),
                                   self.tr("Comment")], 0, self)
        self.radar = RadarChartWidget(self)
        self.answer_button = QPushButton(self.tr("Answer the grid…"), self)
        self.answer_button.clicked.connect(self.edit)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.radar)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 790])
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.answer_button))
        layout.addWidget(splitter, 1)

    def show_page(self, page: EvaluationPage) -> None:
        self.page = page
        panel, grid = page.campaign, page.grid
        self.answer_button.setEnabled(panel is not None and grid is not None)
        answers = {a.item_id: a for a in panel.declared.answers} if panel else {}
        items = grid.items if grid else ()
        with filling(self.table):
            self.table.setRowCount(len(items))
            for position, item in enumerate(items):
                answer = answers.get(item.id)
                level = (self.tr("not evaluated") if answer is None or answer.score is None
                         else f"{answer.score} – {grid.level_label(answer.score)}" if grid else "")
                comment = answer.comment or "" if answer else ""
                fill_row(self.table, position, (item.label, level, comment),
                         italic=answer is None or answer.score is None)
        radar = panel.radar if panel else None
        answered = any(v is not None for s in radar.series for v in s.values) if radar else False
        self.radar.set_chart(
            radar_chart(radar) if radar and answered else None,
            {level.value: level.label for level in grid.levels} if grid else {},
            self.tr("The grid is not answered for this campaign yet: “Answer the grid…”."))

    def edit(self) -> None:
        page = self.page
        if page is not None and page.campaign is not None and page.grid is not None:
            GridDialog(self.context, self, page.campaign.campaign.id, page.grid,
                       page.campaign.declared.answers).exec()
