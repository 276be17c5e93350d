"""Undoable edits of who is involved in a project and how."""

from __future__ import annotations

from uuid import UUID

from ingenierie.services.projects import involvements
from ingenierie.storage.changes import ChangeSet, Written
from ingenierie.ui.context import AppContext
from ingenierie.ui.stakeholders.commands import CreateStakeholder
from ingenierie.ui.undo import QT_TRANSLATE_NOOP, ArchiveCommand, CreateCommand, ServiceCommand


class AddInvolvement(CreateCommand):
    """Involve a stakeholder, given by id or by the command creating it just before."""

    label = QT_TRANSLATE_NOOP("UndoCommands", "Involve “{0}” in the project")
    archive = staticmethod(involvements.archive_involvement)
    restore = staticmethod(involvements.restore_involvement)

    def __init__(self, context: AppContext, project_id: UUID,
                 stakeholder: UUID | CreateStakeholder, name: str,
                 data: involvements.InvolvementInput) -> None:
        super().__init__(context, name)
        self.project_id, self.stakeholder, self.data = project_id, stakeholder, data

    def create(self) -> Written[UUID]:
        stakeholder_id = (self.stakeholder if isinstance(self.stakeholder, UUID)
                          else self.stakeholder.created_id)
        assert stakeholder_id is not None
        return involvements.add_involvement(
            self.context.database, self.project_id, stakeholder_id, self.data).map(
            lambda row: row.id)


class EditInvolvement(ServiceCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Edit the involvement of “{0}”")

    def __init__(self, context: AppContext, row: involvements.InvolvementRow,
                 after: involvements.InvolvementInput, text: str | None = None) -> None:
        super().__init__(context, row.stakeholder_name, text=text)
        self.row, self.before, self.after = row, row.to_input(), after

    def apply(self) -> ChangeSet:
        return involvements.update_involvement(self.context.database, self.row.id,
                                               self.after).changes

    def revert(self) -> ChangeSet:
        return involvements.update_involvement(self.context.database, self.row.id,
                                               self.before).changes


class MoveOnGrid(ServiceCommand):
    """A dot dragged on the power/interest grid."""

    label = QT_TRANSLATE_NOOP("UndoCommands", "Move “{0}” on the power/interest grid")

    def __init__(self, context: AppContext, row: involvements.InvolvementRow,
                 influence: int, interest: int) -> None:
        super().__init__(context, row.stakeholder_name)
        self.row, self.target = row, (influence, interest)

    def apply(self) -> ChangeSet:
        return involvements.set_grid_position(self.context.database, self.row.id,
                                              *self.target).changes

    def revert(self) -> ChangeSet:
        return involvements.set_grid_position(self.context.database, self.row.id,
                                              self.row.influence, self.row.interest).changes


class ArchiveInvolvement(ArchiveCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Remove “{0}” from the project")
    archive = staticmethod(involvements.archive_involvement)
    restore = staticmethod(involvements.restore_involvement)

    def __init__(self, context: AppContext, row: involvements.InvolvementRow) -> None:
        super().__init__(context, row.stakeholder_name, row.id)
