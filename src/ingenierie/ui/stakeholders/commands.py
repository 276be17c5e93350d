"""Undoable edits of stakeholders: creating a person or an organisation, editing one."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import OrganisationInput, PersonInput
from ingenierie.ui.context import AppContext
from ingenierie.ui.undo import CreateCommand, ServiceCommand

StakeholderInput = PersonInput | OrganisationInput


def stakeholder_name(data: StakeholderInput) -> str:
    if isinstance(data, PersonInput):
        return " ".join(filter(None, ((data.first_name or "").strip(), data.last_name.strip())))
    return data.name.strip()


class CreateStakeholder(CreateCommand):
    kind = "stakeholder"
    label = QT_TRANSLATE_NOOP("UndoCommands", "Create stakeholder “{0}”")

    def __init__(self, context: AppContext, data: StakeholderInput, *,
                 allow_duplicate: bool = False) -> None:
        super().__init__(context, stakeholder_name(data))
        self.data, self.allow_duplicate = data, allow_duplicate

    def create(self) -> UUID:
        db = self.context.database
        if isinstance(self.data, PersonInput):
            return stakeholders.create_person(
                db, self.data, allow_duplicate=self.allow_duplicate).id
        return stakeholders.create_organisation(
            db, self.data, allow_duplicate=self.allow_duplicate).id

    def set_archived(self, record_id: UUID, archived: bool) -> None:
        action = stakeholders.archive_stakeholder if archived else stakeholders.restore_stakeholder
        action(self.context.database, record_id)

    def changed_ids(self) -> tuple[UUID, ...]:
        return (self.created_id,) if self.created_id else ()


class EditStakeholder(ServiceCommand):
    kind = "stakeholder"
    label = QT_TRANSLATE_NOOP("UndoCommands", "Edit stakeholder “{0}”")

    def __init__(self, context: AppContext, stakeholder_id: UUID, before: StakeholderInput,
                 after: StakeholderInput, *, allow_duplicate: bool = False) -> None:
        super().__init__(context, stakeholder_name(after))
        self.stakeholder_id, self.before, self.after = stakeholder_id, before, after
        self.allow_duplicate = allow_duplicate

    def _write(self, data: StakeholderInput, allow_duplicate: bool) -> None:
        db = self.context.database
        if isinstance(data, PersonInput):
            stakeholders.update_person(db, self.stakeholder_id, data,
                                       allow_duplicate=allow_duplicate)
        else:
            stakeholders.update_organisation(db, self.stakeholder_id, data,
                                             allow_duplicate=allow_duplicate)

    def apply(self) -> None:
        self._write(self.after, self.allow_duplicate)

    def revert(self) -> None:
        self._write(self.before, True)  # the previous state was accepted once already

    def changed_ids(self) -> tuple[UUID, ...]:
        return (self.stakeholder_id,)
