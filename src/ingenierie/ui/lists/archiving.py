"""Archive and restore a project or a stakeholder from the lists: confirmed, and undoable."""

from __future__ import annotations

from typing import ClassVar
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ingenierie.services.projects import project as projects
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.context import AppContext
from ingenierie.ui.undo import QT_TRANSLATE_NOOP, ArchiveCommand, execute

translate = QCoreApplication.translate


class _Archiving(ArchiveCommand):
    """Archives (or, when ``restoring``, restores) one record; undo does the opposite."""

    restoring: ClassVar[bool] = False

    def apply(self) -> ChangeSet:
        return self.set_archived(self.record_id, not self.restoring)

    def revert(self) -> ChangeSet:
        return self.set_archived(self.record_id, self.restoring)


class ArchiveProject(_Archiving):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Archive project “{0}”")
    archive = staticmethod(projects.archive_project)
    restore = staticmethod(projects.restore_project)


class RestoreProject(ArchiveProject):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Restore project “{0}”")
    restoring = True


class ArchiveStakeholder(_Archiving):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Archive stakeholder “{0}”")
    archive = staticmethod(stakeholders.archive_stakeholder)
    restore = staticmethod(stakeholders.restore_stakeholder)


class RestoreStakeholder(ArchiveStakeholder):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Restore stakeholder “{0}”")
    restoring = True


def confirm_archive(parent: QWidget | None, name: str, what: Kind) -> bool:
    """Ask before archiving ``name``, a project or a stakeholder (``what``)."""
    question = (translate("Archiving", "Archive the project “{0}”?") if what is Kind.PROJECT
                else translate("Archiving", "Archive “{0}”?")).format(name)
    box = QMessageBox(QMessageBox.Icon.Question, translate("Archiving", "Archive"), question,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(translate(
        "Archiving", "It leaves the lists but nothing is deleted: tick “Show archived” to find "
        "it and restore it, or undo with Ctrl+Z."))
    archive = box.addButton(translate("Archiving", "Archive"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(archive)
    box.exec()
    return box.clickedButton() is archive


def archive_or_restore(context: AppContext, parent: QWidget | None, record_id: UUID,
                       name: str, archived: bool, what: Kind) -> bool:
    """Archive an active record (after confirmation) or restore an archived one.

    Returns whether something was done. A refusal of the domain raises its UserError.
    """
    if archived:
        command: _Archiving = (RestoreProject if what is Kind.PROJECT else RestoreStakeholder)(
            context, name, record_id)
    elif confirm_archive(parent, name, what):
        command = (ArchiveProject if what is Kind.PROJECT else ArchiveStakeholder)(
            context, name, record_id)
    else:
        return False
    execute(context, command)
    return True
