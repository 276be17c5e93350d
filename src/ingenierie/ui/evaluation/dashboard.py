"""The Tableau de bord: the portfolio at a glance, every figure clickable to its projects.

The same filters as the projects list, a period (the twelve months to today by
default); the figures are computed off the GUI thread (``ui/workers``), the latest
request winning. A click on a bar finds the projects behind it (``projects_behind``,
off the thread too) and asks the window to show them in the projects list
(``show_projects``). The screen recomputes when a change set touches what it counts —
at once if shown, else when it next shows.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.charts.portfolio import PortfolioCharts, portfolio_charts
from ingenierie.services.evaluation.activity import months_before
from ingenierie.services.evaluation.figures import Selection
from ingenierie.services.evaluation.portfolio import (
    DEFAULT_PERIOD_MONTHS,
    Portfolio,
    portfolio,
    projects_behind,
)
from ingenierie.services.evaluation.values import percent
from ingenierie.services.projects.listing import ProjectFilter
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.storage.keys import Key, uuid_of
from ingenierie.ui.charts.bar_chart import BarChartWidget
from ingenierie.ui.context import AppContext
from ingenierie.ui.forms.inputs import DateField
from ingenierie.ui.lists.tables import fill_row, filling, record_table
from ingenierie.ui.projects.filters import ProjectFilterBar
from ingenierie.ui.workers import run_in_background

#: What the dashboard counts; the other kinds of change leave it as it is.
COUNTED = frozenset({Kind.PROJECT, Kind.PROJECT_TERRITORY, Kind.PROJECT_THEME, Kind.STAGE,
                     Kind.INVOLVEMENT, Kind.INTERACTION, Kind.PARTICIPATION, Kind.TERRITORY,
                     Kind.INDICATOR, Kind.MEASUREMENT})
RECOMPUTE_DELAY_MS = 150


class DashboardScreen(QWidget):
    """``show_projects`` carries (project keys, what they are, whether archived ones may be
    among them); ``open_project`` the id of a project to open."""

    show_projects = Signal(object, str, bool)
    open_project = Signal(object)
    computed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.board: Portfolio | None = None
        self.charts: PortfolioCharts | None = None
        self._generation = 0
        self._stale = True
        self._late_keys: list[Key] = []
        self.filters = ProjectFilterBar(context.database, self)
        today = date.today()
        self.since, self.on = DateField(optional=False), DateField(optional=False)
        self.since.set_value(months_before(today, DEFAULT_PERIOD_MONTHS))
        self.on.set_value(today)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.by_stage, self.by_scheme, self.by_phase, self.by_territory, self.participation, \
            self.posture, self.transitions = (BarChartWidget(self) for _ in range(7))
        self.late_button = QPushButton(self)
        self.late_button.clicked.connect(self._late_clicked)
        self.late_table = record_table([self.tr("Project"), self.tr("Indicator"),
                                        self.tr("Way done"), self.tr("Expected by then"),
                                        self.tr("Measured on")], 1, self)
        self.late_table.setMinimumHeight(220)
        self.late_table.horizontalHeader().setSectionResizeMode(  # long titles share the room
            0, QHeaderView.ResizeMode.Stretch)
        self.late_table.itemDoubleClicked.connect(self._late_opened)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        self._lay_out()
        for chart in self.chart_widgets():
            chart.barClicked.connect(self._bar_clicked)
        self.filters.changed.connect(self._timer.start)
        self.since.changed.connect(self._timer.start)
        self.on.changed.connect(self._timer.start)
        context.changes.changed.connect(self._changed)

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Period from")))
        period.addWidget(self.since)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.on)
        last_year = QPushButton(self.tr("The last twelve months"), self)
        last_year.clicked.connect(self.last_twelve_months)
        period.addWidget(last_year)
        period.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(14)
        places = ((self.by_stage, 0, 0), (self.by_scheme, 0, 1), (self.participation, 1, 0),
                  (self.posture, 1, 1), (self.by_phase, 2, 0), (self.transitions, 2, 1),
                  (self.by_territory, 3, 0))
        for widget, row, column in places:
            grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
        late = QVBoxLayout()
        late.addWidget(self.late_button, 0, Qt.AlignmentFlag.AlignLeft)
        late.addWidget(self.late_table, 1)
        grid.addLayout(late, 3, 1)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addWidget(self.summary)
        inner.addLayout(grid)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(period)
        layout.addWidget(scroll, 1)

    def chart_widgets(self) -> tuple[BarChartWidget, ...]:
        return (self.by_stage, self.by_scheme, self.by_phase, self.by_territory,
                self.participation, self.posture, self.transitions)

    # -- computing --------------------------------------------------------------------
    def wanted(self) -> ProjectFilter:
        return self.filters.current()

    def last_twelve_months(self) -> None:
        today = date.today()
        self.on.set_value(today)
        self.since.set_value(months_before(today, DEFAULT_PERIOD_MONTHS))

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.recompute()
        super().showEvent(event)

    def _changed(self, changes: ChangeSet) -> None:
        if changes.kinds & COUNTED:
            self._stale = True
            if self.isVisible():
                self._timer.start()

    def recompute(self) -> None:
        """Compute the figures in the background; the latest request wins."""
        self._timer.stop()
        self._stale = False
        self._generation += 1
        generation, database, wanted = self._generation, self.context.database, self.wanted()
        on = self.on.value() or date.today()
        since = min(self.since.value() or on, on)
        self.summary.setText("<i>" + html.escape(self.tr("Counting…")) + "</i>")
        run_in_background(self, lambda: portfolio(database, wanted, on=on, since=since),
                          lambda board: self._show(generation, board))

    def _show(self, generation: int, board: Portfolio) -> None:
        if generation != self._generation:
            return
        self.board, self.charts = board, portfolio_charts(board)
        for widget, chart in zip(self.chart_widgets(), (
                self.charts.by_stage, self.charts.by_scheme, self.charts.by_phase,
                self.charts.by_territory, self.charts.participation, self.charts.posture,
                self.charts.transitions), strict=True):
            widget.set_chart(chart)
        self.summary.setText("<b>" + html.escape(
            self.tr("%Ln project(s)", "", board.total.count)) + "</b> · " + html.escape(
            self.tr("period from %1 to %2").replace("%1", f"{board.since:%d/%m/%Y}")
            .replace("%2", f"{board.on:%d/%m/%Y}")) + " · " + html.escape(
            self.tr("click a bar to list its projects")))
        self.late_button.setText(self.tr("%Ln indicator(s) late — list their projects", "",
                                         board.late.count))
        self.late_button.setEnabled(board.late.count > 0)
        self._late_keys = [row.project_key for row in board.late_indicators]
        with filling(self.late_table):
            self.late_table.setRowCount(len(board.late_indicators))
            for position, row in enumerate(board.late_indicators):
                fill_row(self.late_table, position, (
                    row.project_title, row.title,
                    percent(row.share) if row.share is not None else "",
                    percent(row.expected_share) if row.expected_share is not None else "",
                    f"{row.measured_on:%d/%m/%Y}" if row.measured_on else ""))
        self.computed.emit()

    # -- clicks -----------------------------------------------------------------------
    def _bar_clicked(self, selection: Any, description: str) -> None:
        self.show_selection(selection, description)

    def _late_clicked(self) -> None:
        if self.board is not None:
            self.show_selection(self.board.late.selection, self.late_button.text())

    def show_selection(self, selection: Selection, description: str) -> None:
        """Find the projects behind ``selection`` and ask for them to be listed."""
        database, wanted = self.context.database, self.wanted()
        run_in_background(self, lambda: projects_behind(database, wanted, selection),
                          lambda keys: self.show_projects.emit(keys, description,
                                                               wanted.include_archived))

    def _late_opened(self, item: Any) -> None:
        row = item.row()
        if 0 <= row < len(self._late_keys):
            self.open_project.emit(uuid_of(self._late_keys[row]))
