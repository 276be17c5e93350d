"""Undoable edits of projects: creating one, editing its form."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ingenierie.services.projects import project as projects
from ingenierie.ui.context import AppContext
from ingenierie.ui.undo import CreateCommand, ServiceCommand


class CreateProject(CreateCommand):
    kind = "project"
    label = QT_TRANSLATE_NOOP("UndoCommands", "Create project “{0}”")

    def __init__(self, context: AppContext, data: projects.ProjectInput) -> None:
        super().__init__(context, data.title.strip())
        self.data = data

    def create(self) -> UUID:
        return projects.create_project(self.context.database, self.data).id

    def set_archived(self, record_id: UUID, archived: bool) -> None:
        action = projects.archive_project if archived else projects.restore_project
        action(self.context.database, record_id)

    def changed_ids(self) -> tuple[UUID, ...]:
        return (self.created_id,) if self.created_id else ()


class EditProject(ServiceCommand):
    kind = "project"
    label = QT_TRANSLATE_NOOP("UndoCommands", "Edit project “{0}”")

    def __init__(self, context: AppContext, project_id: UUID, before: projects.ProjectInput,
                 after: projects.ProjectInput) -> None:
        super().__init__(context, after.title.strip())
        self.project_id, self.before, self.after = project_id, before, after

    def apply(self) -> None:
        projects.update_project(self.context.database, self.project_id, self.after)

    def revert(self) -> None:
        projects.update_project(self.context.database, self.project_id, self.before)

    def changed_ids(self) -> tuple[UUID, ...]:
        return (self.project_id,)
