"""Undoable edits of territories: creating one, editing it, archiving or restoring it."""

from __future__ import annotations

from uuid import UUID

from ingenierie.services.reference import territories
from ingenierie.storage.changes import ChangeSet, Written
from ingenierie.ui.context import AppContext
from ingenierie.ui.undo import QT_TRANSLATE_NOOP, ArchiveCommand, CreateCommand, ServiceCommand


class CreateTerritory(CreateCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Create territory “{0}”")
    archive = staticmethod(territories.archive_territory)
    restore = staticmethod(territories.restore_territory)

    def __init__(self, context: AppContext, data: territories.TerritoryInput) -> None:
        super().__init__(context, data.name.strip())
        self.data = data

    def create(self) -> Written[UUID]:
        return territories.create_territory(self.context.database, self.data).map(
            lambda row: row.id)


class EditTerritory(ServiceCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Edit territory “{0}”")

    def __init__(self, context: AppContext, row: territories.TerritoryRow,
                 after: territories.TerritoryInput) -> None:
        super().__init__(context, after.name.strip())
        self.territory_id, self.before, self.after = row.id, row.to_input(), after

    def apply(self) -> ChangeSet:
        return territories.update_territory(self.context.database, self.territory_id,
                                            self.after).changes

    def revert(self) -> ChangeSet:
        return territories.update_territory(self.context.database, self.territory_id,
                                            self.before).changes


class ArchiveTerritory(ArchiveCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Archive territory “{0}”")
    archive = staticmethod(territories.archive_territory)
    restore = staticmethod(territories.restore_territory)


class RestoreTerritory(ArchiveTerritory):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Restore territory “{0}”")

    def apply(self) -> ChangeSet:
        return self.set_archived(self.record_id, False)

    def revert(self) -> ChangeSet:
        return self.set_archived(self.record_id, True)
