"""The "Acteurs" tab: everyone involved, edited in place, added, removed (confirmed, undoable)."""

from __future__ import annotations

import dataclasses
from typing import Any
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ingenierie.errors import UserError
from ingenierie.models.vocabulary import (
    CooperationStage,
    InvolvementRole,
    Posture,
    Quadrant,
    Vocabulary,
)
from ingenierie.services.projects import involvements
from ingenierie.services.projects.dossier import ProjectDossier
from ingenierie.services.projects.involvements import InvolvementRow
from ingenierie.ui.charts.stage_colours import stage_icon
from ingenierie.ui.context import AppContext
from ingenierie.ui.projects.page import actors_model as columns
from ingenierie.ui.projects.page.actors_model import ActorsModel
from ingenierie.ui.projects.page.delegates import ChoiceDelegate, ScoreDelegate
from ingenierie.ui.projects.page.involvement_commands import ArchiveInvolvement, EditInvolvement
from ingenierie.ui.projects.page.involvement_dialog import (
    attitude_labels,
    edit_involvement,
    involve_stakeholder,
)
from ingenierie.ui.projects.page.tab import DossierTab
from ingenierie.ui.stakeholders.dialog import edit_stakeholder
from ingenierie.ui.undo import execute


class ActorsTab(DossierTab):
    """The project's stakeholders with role, weight, participation and posture."""

    def __init__(self, context: AppContext, project_id: UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, project_id, parent)
        headers = [self.tr("Stakeholder"), self.tr("Kind"), self.tr("Role"),
                   self.tr("Influence"), self.tr("Interest"), self.tr("Power/interest grid"),
                   self.tr("Participation"), self.tr("Your posture"), self.tr("Attitude")]
        self.headers = headers
        attitudes = attitude_labels()
        self._attitudes = dict(attitudes)
        self.model = ActorsModel(self._commit, dict(attitudes), headers, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.DoubleClicked | triggers.SelectedClicked
                                  | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(columns.NAME, QHeaderView.ResizeMode.Stretch)
        self._delegates = {
            columns.ROLE: ChoiceDelegate([(r.value, r.label) for r in InvolvementRole], self),
            columns.INFLUENCE: ScoreDelegate(1, 5, self),
            columns.INTEREST: ScoreDelegate(1, 5, self),
            columns.PARTICIPATION: ChoiceDelegate(
                [(s.value, s.label) for s in CooperationStage], self,
                icons=[stage_icon(s) for s in CooperationStage]),
            columns.POSTURE: ChoiceDelegate([(p.value, p.label) for p in Posture], self),
            columns.ATTITUDE: ChoiceDelegate(attitudes, self),
        }
        for column, delegate in self._delegates.items():
            self.view.setItemDelegateForColumn(column, delegate)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b42318;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.add_button = QPushButton(self.tr("Add a stakeholder…"), self)
        self.add_button.clicked.connect(self.add_stakeholder)
        self.edit_button = QPushButton(self.tr("Edit involvement…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.record_button = QPushButton(self.tr("Stakeholder record…"), self)
        self.record_button.clicked.connect(self.open_record)
        self.remove_button = QPushButton(self.tr("Remove from project"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QAction(self.tr("Remove from project"), self.view)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.view.addAction(remove)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.record_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        note = QLabel(self.tr("Double-click a role, a score, a participation level, a posture "
                              "or an attitude to change it (or F2). Judgements about a person "
                              "(influence, interest, attitude, posture) are personal data: the "
                              "person may ask to read them."), self)
        note.setStyleSheet("color: #6b7280;")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)

    # -- content ----------------------------------------------------------
    def display(self, dossier: ProjectDossier) -> None:
        selected = self.selected()
        self.model.set_rows(dossier.involvements)
        self.summary.setText(self.tr("{0} stakeholders · {1} to manage closely").format(
            len(dossier.involvements), dossier.count(Quadrant.GERER_DE_PRES)))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> InvolvementRow | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def select(self, involvement_id: UUID) -> None:
        for position, row in enumerate(self.model.rows()):
            if row.id == involvement_id:
                self.view.selectRow(position)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.edit_button, self.record_button, self.remove_button):
            button.setEnabled(chosen)

    # -- edits ------------------------------------------------------------
    def _commit(self, shown_row: InvolvementRow, field: str, value: object,
                column: int) -> bool:
        """An in-place edit, as an undoable command named after the column.

        The row is read afresh: the table may not have reloaded since the last edit.
        """
        try:
            row = involvements.get_involvement(self.context.database, shown_row.id)
            # The column's field and value travel by name: the service checks the value.
            change: dict[str, Any] = {field: value}
            data = dataclasses.replace(row.to_input(), **change)
            if isinstance(value, Vocabulary):
                label = value.label
            elif column == columns.ATTITUDE and (value is None or isinstance(value, int)):
                label = self._attitudes[value]
            else:
                label = str(value)
            text = self.tr("{0} of “{1}”: {2}").format(self.headers[column],
                                                       row.stakeholder_name, label)
            execute(self.context, EditInvolvement(self.context, row, data, text=text))
        except UserError as error:
            self.problem.setText(error.user_message())
            self.problem.show()
            return False
        self.problem.hide()
        return True

    def add_stakeholder(self) -> None:
        added = involve_stakeholder(self.context, self, self.project_id)
        if added is not None:
            self.refresh()
            self.select(added)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            edit_involvement(self.context, self, row.id)

    def open_record(self) -> None:
        row = self.selected()
        if row is not None:
            edit_stakeholder(self.context, self, row.stakeholder_id)

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove from project"),
            self.tr("Remove “{0}” from this project?\n\nTheir involvement is archived, not "
                    "deleted: Edit ▸ Undo (Ctrl+Z) brings it back.").format(row.stakeholder_name))
        if answer == QMessageBox.StandardButton.Yes:
            execute(self.context, ArchiveInvolvement(self.context, row))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == columns.NAME:
            self.edit_selected()
