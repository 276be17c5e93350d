"""Undoable edits of projects: creating one, editing its form."""

from __future__ import annotations

from uuid import UUID

from ingenierie.services.projects import project as projects
from ingenierie.storage.changes import ChangeSet, Written
from ingenierie.ui.context import AppContext
from ingenierie.ui.undo import QT_TRANSLATE_NOOP, CreateCommand, ServiceCommand


class CreateProject(CreateCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Create project “{0}”")
    archive = staticmethod(projects.archive_project)
    restore = staticmethod(projects.restore_project)

    def __init__(self, context: AppContext, data: projects.ProjectInput) -> None:
        super().__init__(context, data.title.strip())
        self.data = data

    def create(self) -> Written[UUID]:
        return projects.create_project(self.context.database, self.data).map(
            lambda detail: detail.id)


class EditProject(ServiceCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Edit project “{0}”")

    def __init__(self, context: AppContext, project_id: UUID, before: projects.ProjectInput,
                 after: projects.ProjectInput) -> None:
        super().__init__(context, after.title.strip())
        self.project_id, self.before, self.after = project_id, before, after

    def apply(self) -> ChangeSet:
        return projects.update_project(self.context.database, self.project_id,
                                       self.after).changes

    def revert(self) -> ChangeSet:
        return projects.update_project(self.context.database, self.project_id,
                                       self.before).changes
