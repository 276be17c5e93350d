"""What every screen of an open database shares: the database, the undo stack, the change hub."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet


class ChangeHub(QObject):
    """Broadcasts what a write changed, so each open view refreshes only what it shows.

    ``changed`` carries the :class:`~ingenierie.storage.changes.ChangeSet` a service
    returned: the kinds of records, their ids and their owning projects and
    stakeholders, or "any record" of a kind (an import does not know which). Views
    drop what they cached of it and query again.
    """

    changed = Signal(object)

    def announce(self, changes: ChangeSet) -> None:
        """Say what changed; nothing is said when nothing did."""
        if changes:
            self.changed.emit(changes)


@dataclass(frozen=True, slots=True)
class AppContext:
    """Handed to every window, page and dialog working on one database."""

    database: Database
    undo_stack: QUndoStack
    changes: ChangeHub
