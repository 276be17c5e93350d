"""Undoable edits of a project's records: stage history, interactions, funding."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.projects import funding, interactions, stages
from ingenierie.storage.changes import ChangeSet, Written
from ingenierie.ui.context import AppContext
from ingenierie.ui.undo import QT_TRANSLATE_NOOP, ArchiveCommand, CreateCommand, ServiceCommand


class MoveToStage(ServiceCommand):
    """A new entry in the stage history; undone by retracting that entry."""

    label = QT_TRANSLATE_NOOP("UndoCommands", "Move to stage “{0}”")

    def __init__(self, context: AppContext, project_id: UUID, stage: CooperationStage,
                 entered_on: date, evidence: str, recorded_by: str | None) -> None:
        super().__init__(context, stage.label)
        self.project_id, self.stage, self.entered_on = project_id, stage, entered_on
        self.evidence, self.recorded_by = evidence, recorded_by
        self.change_id: UUID | None = None

    def apply(self) -> ChangeSet:
        moved = stages.move_to_stage(
            self.context.database, self.project_id, self.stage, self.entered_on,
            self.evidence, self.recorded_by)
        self.change_id = moved.value.id
        return moved.changes

    def revert(self) -> ChangeSet:
        assert self.change_id is not None
        return stages.retract_stage_change(self.context.database, self.change_id)


class CreateInteraction(CreateCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Record the exchange “{0}”")
    archive = staticmethod(interactions.archive_interaction)
    restore = staticmethod(interactions.restore_interaction)

    def __init__(self, context: AppContext, project_id: UUID,
                 data: interactions.InteractionInput) -> None:
        super().__init__(context, data.title.strip())
        self.project_id, self.data = project_id, data

    def create(self) -> Written[UUID]:
        return interactions.create_interaction(self.context.database, self.project_id,
                                               self.data).map(lambda row: row.id)


class EditInteraction(ServiceCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Edit the exchange “{0}”")

    def __init__(self, context: AppContext, row: interactions.InteractionRow,
                 after: interactions.InteractionInput) -> None:
        super().__init__(context, after.title.strip())
        self.row, self.before, self.after = row, row.to_input(), after

    def apply(self) -> ChangeSet:
        return interactions.update_interaction(self.context.database, self.row.id,
                                               self.after).changes

    def revert(self) -> ChangeSet:
        return interactions.update_interaction(self.context.database, self.row.id,
                                               self.before).changes


class ArchiveInteraction(ArchiveCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Archive the exchange “{0}”")
    archive = staticmethod(interactions.archive_interaction)
    restore = staticmethod(interactions.restore_interaction)

    def __init__(self, context: AppContext, row: interactions.InteractionRow) -> None:
        super().__init__(context, row.title, row.id)


class CreateFunding(CreateCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Add funding from “{0}”")
    archive = staticmethod(funding.archive_funding)
    restore = staticmethod(funding.restore_funding)

    def __init__(self, context: AppContext, project_id: UUID, funder_name: str,
                 data: funding.FundingInput) -> None:
        super().__init__(context, funder_name)
        self.project_id, self.data = project_id, data

    def create(self) -> Written[UUID]:
        return funding.create_funding(self.context.database, self.project_id,
                                      self.data).map(lambda row: row.id)


class EditFunding(ServiceCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Edit funding from “{0}”")

    def __init__(self, context: AppContext, row: funding.FundingRow, funder_name: str,
                 after: funding.FundingInput) -> None:
        super().__init__(context, funder_name)
        self.row, self.before, self.after = row, row.to_input(), after

    def apply(self) -> ChangeSet:
        return funding.update_funding(self.context.database, self.row.id, self.after).changes

    def revert(self) -> ChangeSet:
        return funding.update_funding(self.context.database, self.row.id, self.before).changes


class ArchiveFunding(ArchiveCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Archive funding from “{0}”")
    archive = staticmethod(funding.archive_funding)
    restore = staticmethod(funding.restore_funding)

    def __init__(self, context: AppContext, row: funding.FundingRow) -> None:
        super().__init__(context, row.funder_name, row.id)
