"""The "Grille pouvoir / intérêt" tab: drag a stakeholder to re-score them, Ctrl+Z to go back."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from ingenierie.errors import UserError
from ingenierie.services.projects.dossier import ProjectDossier
from ingenierie.services.projects.involvements import InvolvementRow
from ingenierie.ui.charts.power_interest_grid import GridDot, PowerInterestGrid
from ingenierie.ui.charts.stage_colours import StageLegend
from ingenierie.ui.context import AppContext
from ingenierie.ui.projects.page.involvement_commands import MoveOnGrid
from ingenierie.ui.projects.page.involvement_dialog import edit_involvement
from ingenierie.ui.projects.page.tab import DossierTab
from ingenierie.ui.undo import execute


class GridTab(DossierTab):
    """Each stakeholder a dot on the influence × interest plane, coloured by participation."""

    def __init__(self, context: AppContext, project_id: UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, project_id, parent)
        self._rows: dict[UUID, InvolvementRow] = {}
        self.grid = PowerInterestGrid(self)
        self.grid.dotMoved.connect(self._dot_moved)
        self.grid.dotActivated.connect(lambda key: edit_involvement(self.context, self, key))
        help_text = QLabel(self.tr(
            "Drag a stakeholder to another cell to change their influence and interest "
            "(Ctrl+Z undoes it). Double-click to edit the whole involvement."), self)
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #4a5560;")
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.grid, 1)
        layout.addWidget(StageLegend(self.tr("Participation:"), self))

    def display(self, dossier: ProjectDossier) -> None:
        rows = dossier.involvements
        self._rows = {row.id: row for row in rows}
        self.grid.set_dots([GridDot(
            key=row.id, name=row.stakeholder_name, influence=row.influence,
            interest=row.interest, participation=row.participation,
            details=self.tr("{0} · your posture: {1}").format(row.role.label,
                                                              row.posture.label))
            for row in rows])

    def _dot_moved(self, involvement_id: UUID, influence: int, interest: int) -> None:
        """A dot was dropped on another cell: record it as an undoable command."""
        row = self._rows.get(involvement_id)
        if row is None:
            return
        try:
            execute(self.context, MoveOnGrid(self.context, row, influence, interest))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Move refused"), error.user_message())
            self.refresh()
