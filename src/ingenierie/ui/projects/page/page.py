"""The project page: a header and one tab per facet of the project.

The page listens to the change hub: whatever window or command changed the
project, its stakeholders, stages, exchanges or funding, the tabs that show it
reload, once per event-loop turn however many changes were announced, from one
dossier read in one transaction (so the header and the tabs always agree). The
Évaluation tab reads its own data, and only while it is on screen.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection
from uuid import UUID

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ingenierie.errors import NotFoundError
from ingenierie.services.projects.dossier import ProjectDossier, project_dossier
from ingenierie.services.projects.records import ProjectDetail
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.charts.stage_colours import stage_dot_html
from ingenierie.ui.context import AppContext
from ingenierie.ui.evaluation.tab import EvaluationTab
from ingenierie.ui.projects.dialog import edit_project
from ingenierie.ui.projects.page.actors_tab import ActorsTab
from ingenierie.ui.projects.page.exchanges_tab import ExchangesTab
from ingenierie.ui.projects.page.grid_tab import GridTab
from ingenierie.ui.projects.page.identity_tab import IdentityTab
from ingenierie.ui.projects.page.trajectory_tab import TrajectoryTab

# What each kind of change makes stale; "own" kinds concern this project only when it
# owns a record changed, the others (names shown, lists offered) always.
# The evaluation reads the records too (its observed profile and indicators).
EVALUATION_KINDS = frozenset({Kind.EVALUATION, Kind.EVALUATION_PARTICIPANT,
                              Kind.CRITERION_SCORE, Kind.RECOMMENDATION, Kind.MATURITY_ANSWER,
                              Kind.INDICATOR, Kind.MEASUREMENT})
STALE: dict[Kind, set[str]] = {
    Kind.PROJECT: {"header", "identity", "evaluation"},
    Kind.PROJECT_THEME: {"identity"},
    Kind.PROJECT_TERRITORY: {"identity"},
    Kind.STAGE: {"header", "trajectory", "evaluation"},
    Kind.INVOLVEMENT: {"actors", "grid", "evaluation"},
    Kind.INTERACTION: {"exchanges", "evaluation"},
    Kind.PARTICIPATION: {"exchanges", "evaluation"},
    Kind.FUNDING: {"identity"},
    Kind.STAKEHOLDER: {"header", "identity", "actors", "grid", "exchanges", "evaluation"},
    Kind.TERRITORY: {"identity"},
    Kind.THEME: {"identity"},
    Kind.PLAN: {"identity"},
    Kind.PLAN_AXIS: {"identity"},
    Kind.PLAN_ACTION: {"identity"},
    Kind.INDICATOR_DEFINITION: {"evaluation"},
    Kind.MATURITY_FRAMEWORK: {"evaluation"},
    Kind.MATURITY_ITEM: {"evaluation"},
    **{kind: {"evaluation"} for kind in EVALUATION_KINDS},
}
OWN_KINDS = frozenset({Kind.PROJECT, Kind.PROJECT_THEME, Kind.PROJECT_TERRITORY, Kind.STAGE,
                       Kind.INVOLVEMENT, Kind.INTERACTION, Kind.PARTICIPATION, Kind.FUNDING,
                       Kind.PLAN_ACTION, *EVALUATION_KINDS})
PARTS = ("header", "identity", "actors", "grid", "trajectory", "exchanges")


class ProjectPage(QWidget):
    """One project, shown and edited in place; every edit goes through the undo stack.

    ``titleChanged`` carries the project's title whenever it is (re)read, for the
    window or tab that hosts the page; ``project`` is the project as last read (None
    once it cannot be found).
    """

    titleChanged = Signal(str)

    def __init__(self, context: AppContext, project_id: UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.project_id = project_id
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.facts = QLabel(self)
        self.edit_button = QPushButton(self.tr("Edit project…"), self)
        self.edit_button.clicked.connect(lambda: edit_project(context, self, project_id))
        self.identity = IdentityTab(context, project_id, self)
        self.actors = ActorsTab(context, project_id, self)
        self.grid = GridTab(context, project_id, self)
        self.trajectory = TrajectoryTab(context, project_id, self)
        self.exchanges = ExchangesTab(context, project_id, self)
        self.evaluation = EvaluationTab(context, project_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.identity, self.tr("Identity"))
        self.tabs.addTab(self.actors, self.tr("Actors"))
        self.tabs.addTab(self.grid, self.tr("Power / interest grid"))
        self.tabs.addTab(self.trajectory, self.tr("Cooperation trajectory"))
        self.tabs.addTab(self.exchanges, self.tr("Exchanges"))
        self.tabs.addTab(self.evaluation, self.tr("Evaluation"))
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.facts)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.project: ProjectDetail | None = None
        self._stale: set[str] = set()
        self._displays: dict[str, Callable[[ProjectDossier], None]] = {
            "header": self._display_header, "identity": self.identity.display,
            "actors": self.actors.display, "grid": self.grid.display,
            "trajectory": self.trajectory.display, "exchanges": self.exchanges.display,
        }
        context.changes.changed.connect(self._changed)
        self.refresh()

    def refresh(self, parts: Collection[str] = PARTS) -> None:
        """Read the project once and show it in the ``parts`` named (all by default)."""
        try:
            dossier = project_dossier(self.context.database, self.project_id)
        except NotFoundError as error:
            self.project = None
            self.title.setText(error.message)
            self.tabs.setEnabled(False)
            self.edit_button.setEnabled(False)
            return
        self.project = dossier.project
        for name in PARTS:
            if name in parts:
                self._displays[name](dossier)

    def _display_header(self, dossier: ProjectDossier) -> None:
        detail = dossier.project
        title = detail.title
        if detail.archived:
            title = self.tr("{0} (archived)").format(title)
        self.title.setText(title)
        self.titleChanged.emit(detail.title)
        facts = [html.escape(part) for part in (detail.code, detail.scheme.label,
                                                detail.phase.label, detail.status.label) if part]
        if detail.stage is not None:
            since = f"{detail.stage_since:%d/%m/%Y}" if detail.stage_since else ""
            facts.append(stage_dot_html(detail.stage) + " " + html.escape(
                self.tr("{0} since {1}").format(detail.stage.label, since)))
        self.facts.setText(" · ".join(facts))

    def _changed(self, changes: ChangeSet) -> None:
        stale = set().union(*(
            STALE.get(kind, set()) for kind in changes.kinds
            if kind not in OWN_KINDS or changes.touches(Kind.PROJECT, self.project_id, kind)))
        if not stale:
            return
        if not self._stale:
            QTimer.singleShot(0, self, self._refresh_stale)
        self._stale |= stale

    def _refresh_stale(self) -> None:
        stale, self._stale = self._stale, set()
        if "evaluation" in stale:
            stale.discard("evaluation")
            self.evaluation.mark_stale()
        if stale:
            self.refresh(stale)
