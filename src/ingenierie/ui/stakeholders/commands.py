"""Undoable edits of stakeholders: creating a person or an organisation, editing one."""

from __future__ import annotations

from uuid import UUID

from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import OrganisationInput, PersonInput
from ingenierie.storage.changes import ChangeSet, Written
from ingenierie.ui.context import AppContext
from ingenierie.ui.undo import QT_TRANSLATE_NOOP, CreateCommand, ServiceCommand

StakeholderInput = PersonInput | OrganisationInput


def stakeholder_name(data: StakeholderInput) -> str:
    if isinstance(data, PersonInput):
        return " ".join(filter(None, ((data.first_name or "").strip(), data.last_name.strip())))
    return data.name.strip()


class CreateStakeholder(CreateCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Create stakeholder “{0}”")
    archive = staticmethod(stakeholders.archive_stakeholder)
    restore = staticmethod(stakeholders.restore_stakeholder)

    def __init__(self, context: AppContext, data: StakeholderInput, *,
                 allow_duplicate: bool = False) -> None:
        super().__init__(context, stakeholder_name(data))
        self.data, self.allow_duplicate = data, allow_duplicate

    def create(self) -> Written[UUID]:
        db = self.context.database
        if isinstance(self.data, PersonInput):
            created = stakeholders.create_person(
                db, self.data, allow_duplicate=self.allow_duplicate)
        else:
            created = stakeholders.create_organisation(
                db, self.data, allow_duplicate=self.allow_duplicate)
        return created.map(lambda detail: detail.id)


class EditStakeholder(ServiceCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Edit stakeholder “{0}”")

    def __init__(self, context: AppContext, stakeholder_id: UUID, before: StakeholderInput,
                 after: StakeholderInput, *, allow_duplicate: bool = False) -> None:
        super().__init__(context, stakeholder_name(after))
        self.stakeholder_id, self.before, self.after = stakeholder_id, before, after
        self.allow_duplicate = allow_duplicate

    def _write(self, data: StakeholderInput, allow_duplicate: bool) -> ChangeSet:
        db = self.context.database
        if isinstance(data, PersonInput):
            return stakeholders.update_person(db, self.stakeholder_id, data,
                                              allow_duplicate=allow_duplicate).changes
        return stakeholders.update_organisation(db, self.stakeholder_id, data,
                                                allow_duplicate=allow_duplicate).changes

    def apply(self) -> ChangeSet:
        return self._write(self.after, self.allow_duplicate)

    def revert(self) -> ChangeSet:
        return self._write(self.before, True)  # the previous state was accepted once already
