"""Two campaigns of a project side by side: their radars overlaid, and what changed.

The earlier campaign is solid and blue, the later dashed and vermillion; the table
gives each figure in both and the change — criteria scores, maturity answers,
participation levels and postures observed on each date, exchanges and attendance.
Read when the user looks (the section is shown, or another pair is chosen).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.charts.radar import radar_chart
from ingenierie.services.evaluation.campaigns import EvaluationRow
from ingenierie.services.evaluation.comparison import CampaignComparison, Delta, compare_campaigns
from ingenierie.services.evaluation.radar import maturity_radar
from ingenierie.services.evaluation.values import french_number
from ingenierie.ui.charts.radar_chart import RadarChartWidget
from ingenierie.ui.context import AppContext
from ingenierie.ui.lists.tables import filling, record_table

SECTION_TINT = QColor("#eef1f5")


def _number(value: int | Decimal | None) -> str:
    if value is None:
        return "—"
    return french_number(Decimal(value).quantize(Decimal("0.1")) if isinstance(value, Decimal)
                         else value)


def _change(delta: Delta) -> str:
    change = delta.change
    if change is None:
        return ""
    return ("+" if change > 0 else "") + _number(change) if change else "="


class ComparisonPanel(QWidget):
    """Pick two campaigns; see the overlay and the deltas."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.campaigns: tuple[EvaluationRow, ...] = ()
        self.comparison: CampaignComparison | None = None
        self._stale = False
        self.first, self.second = QComboBox(self), QComboBox(self)
        for combo in (self.first, self.second):
            combo.currentIndexChanged.connect(self._pair_changed)
        self.hint = QLabel(self)
        self.radar = RadarChartWidget(self)
        self.table = record_table([self.tr("Figure"), self.tr("Earlier"), self.tr("Later"),
                                   self.tr("Change")], 0, self)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Compare")))
        pick.addWidget(self.first, 1)
        pick.addWidget(QLabel(self.tr("with")))
        pick.addWidget(self.second, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.radar)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)

    def set_campaigns(self, campaigns: tuple[EvaluationRow, ...]) -> None:
        """The campaigns to pick from (newest first); by default the two latest."""
        chosen = (self.first.currentData(), self.second.currentData())
        self.campaigns = campaigns
        for combo in (self.first, self.second):
            combo.blockSignals(True)
            combo.clear()
            for row in campaigns:
                combo.addItem(row.label, row.id)
            combo.blockSignals(False)
        ids = [row.id for row in campaigns]
        for combo, previous, default in ((self.first, chosen[0], 1), (self.second, chosen[1], 0)):
            index = ids.index(previous) if previous in ids else min(default, len(ids) - 1)
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def choose(self, first: int, second: int) -> None:
        """Pick the campaigns at these positions of the lists (newest first)."""
        self.first.setCurrentIndex(first)
        self.second.setCurrentIndex(second)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _pair_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        first, second = self.first.currentData(), self.second.currentData()
        if len(self.campaigns) < 2 or first is None or second is None or first == second:
            self.comparison = None
            self.hint.setText(self.tr("Choose two different campaigns of the project.")
                              if len(self.campaigns) >= 2 else self.tr(
                                  "Comparing needs two campaigns: this project has %n.", "",
                                  len(self.campaigns)))
            self.radar.set_chart(None)
            self.table.setRowCount(0)
            return
        database = self.context.database
        self.comparison = compare_campaigns(database, first, second)
        earlier, later = self.comparison.earlier, self.comparison.later
        radar = maturity_radar(database, [earlier.id, later.id])
        answered = any(v is not None for s in radar.series for v in s.values)
        self.radar.set_chart(radar_chart(radar) if answered else None,
                             {level.value: level.label for level in radar.levels},
                             self.tr("Neither campaign answered the maturity grid."))
        self.hint.setText(self.tr("Earlier: {0} — later: {1}.").format(earlier.label,
                                                                      later.label))
        self._fill(self.comparison)

    def _fill(self, comparison: CampaignComparison) -> None:
        sections = ((self.tr("Criteria (0–4)"), comparison.scores),
                    (self.tr("Cooperative maturity"), comparison.maturity),
                    (self.tr("Involvements by participation level"), comparison.participation),
                    (self.tr("Involvements by posture"), comparison.posture),
                    (self.tr("Exchanges and attendance"), comparison.figures))
        lines: list[tuple[str, str, str, str] | str] = []
        for title, deltas in sections:
            lines.append(title)
            lines += [(d.label, _number(d.before), _number(d.after), _change(d)) for d in deltas]
        with filling(self.table):
            self.table.setRowCount(len(lines))
            bold = QFont(self.font())
            bold.setBold(True)
            for position, line in enumerate(lines):
                cells = (line, "", "", "") if isinstance(line, str) else line
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if isinstance(line, str):
                        item.setFont(bold)
                        item.setBackground(QBrush(SECTION_TINT))
                    elif column > 0:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                              | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(position, column, item)
