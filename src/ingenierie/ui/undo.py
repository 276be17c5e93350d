"""Undoable edits: each command acts on domain ids through the services.

A command is applied once by :func:`execute` *before* it is pushed, so that a
refused edit (a :class:`~ingenierie.errors.UserError`) reaches the form that
asked for it and nothing lands on the stack. Later undo/redo calls come from
the stack; if the domain has moved on meanwhile (a record archived elsewhere),
the failure is shown in French and the command is dropped from the stack.

Every application or reversal keeps the change set the services returned and
announces it on the change hub, so the open views refresh. Compound edits are
parents whose children are applied in order and reverted in reverse order
(``CompoundCommand``); the parent announces what they changed together.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import ClassVar, TypeVar
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from ingenierie.errors import UserError
from ingenierie.storage import Database
from ingenierie.storage.changes import NOTHING, ChangeSet, Written
from ingenierie.ui.context import AppContext

log = logging.getLogger(__name__)



def _translate(source: str) -> str:
    return QCoreApplication.translate("UndoCommands", source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark a command's label for lupdate, which finds the call by this name, as PySide6's
    function of the same name does; typed as text (PySide6 declares it as ``object``)."""
    return source


class ServiceCommand(QUndoCommand):
    """An edit applied through the services, undone by the opposite service call.

    Subclasses implement :meth:`apply` and :meth:`revert`, each returning the change
    set of the service calls it made; :attr:`changes` keeps the last one.
    """

    label = ""  # English source of the text, formatted with the subject's name

    def __init__(self, context: AppContext, *subject: str, text: str | None = None) -> None:
        super().__init__(text or _translate(self.label).format(*subject))
        self.context = context
        self.changes: ChangeSet = NOTHING
        self._already_applied = False

    def apply(self) -> ChangeSet:
        raise NotImplementedError

    def revert(self) -> ChangeSet:
        raise NotImplementedError

    def announce(self) -> None:
        self.context.changes.announce(self.changes)

    def redo(self) -> None:
        if self._already_applied:  # applied by execute() just before the push
            self._already_applied = False
            return
        self._from_stack(self.apply)

    def undo(self) -> None:
        self._from_stack(self.revert)

    def _from_stack(self, action: Callable[[], ChangeSet]) -> None:
        self.changes = NOTHING
        try:
            self.changes = action()
        except UserError as error:
            # The text names the subject ("Fusionner « … »"): people's names stay at DEBUG.
            log.warning("undo/redo of a %s failed: %s", type(self).__name__, error.summary())
            log.debug("the command was %r: %s", self.text(), error.message)
            self.setObsolete(True)
            QMessageBox.warning(
                QApplication.activeWindow(),
                QCoreApplication.translate("UndoCommands", "Cannot undo or redo"),
                QCoreApplication.translate(
                    "UndoCommands", "“{0}” can no longer be undone or redone: {1}").format(
                    self.text(), error.user_message()))
        self.announce()


C = TypeVar("C", bound=ServiceCommand)


class CompoundCommand(ServiceCommand):
    """Several edits that the user sees, undoes and redoes as one."""

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(context, text=text)
        self.children: list[ServiceCommand] = []

    def add(self, child: C) -> C:
        self.children.append(child)
        return child

    def apply(self) -> ChangeSet:
        done: list[ServiceCommand] = []
        changes = NOTHING
        try:
            for child in self.children:
                changes |= child.apply()
                done.append(child)
        except UserError:
            for child in reversed(done):
                child.revert()
            raise
        return changes

    def revert(self) -> ChangeSet:
        changes = NOTHING
        for child in reversed(self.children):
            changes |= child.revert()
        return changes


def execute(context: AppContext, command: ServiceCommand) -> None:
    """Apply ``command`` now and put it on the undo stack.

    Raises the :class:`UserError` of a refused edit, with nothing pushed.
    """
    command.changes = command.apply()
    command._already_applied = True
    context.undo_stack.push(command)
    command.announce()


class _ArchivedThroughServices:
    """Archives and restores a record with the services a subclass names."""

    context: AppContext
    archive: ClassVar[staticmethod[[Database, UUID], ChangeSet]]
    restore: ClassVar[staticmethod[[Database, UUID], ChangeSet]]

    def set_archived(self, record_id: UUID, archived: bool) -> ChangeSet:
        setter = type(self).archive if archived else type(self).restore
        return setter(self.context.database, record_id)


class CreateCommand(_ArchivedThroughServices, ServiceCommand):
    """A creation: undone by archiving the new record, redone by restoring it.

    The id is kept, so later commands that refer to the record stay valid.
    """

    def __init__(self, context: AppContext, *subject: str) -> None:
        super().__init__(context, *subject)
        self.created_id: UUID | None = None

    def create(self) -> Written[UUID]:
        raise NotImplementedError

    def apply(self) -> ChangeSet:
        if self.created_id is not None:
            return self.set_archived(self.created_id, False)
        created = self.create()
        self.created_id = created.value
        return created.changes

    def revert(self) -> ChangeSet:
        assert self.created_id is not None
        return self.set_archived(self.created_id, True)


class ArchiveCommand(_ArchivedThroughServices, ServiceCommand):
    """Archiving a record (the confirmed "delete"), undone by restoring it."""

    def __init__(self, context: AppContext, subject: str, record_id: UUID) -> None:
        super().__init__(context, subject)
        self.record_id = record_id

    def apply(self) -> ChangeSet:
        return self.set_archived(self.record_id, True)

    def revert(self) -> ChangeSet:
        return self.set_archived(self.record_id, False)
