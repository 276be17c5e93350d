"""What every screen of an open database shares: the database, the undo stack, the change hub."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ingenierie.storage import Database


class ChangeHub(QObject):
    """Broadcasts what a write changed, so each open view refreshes only what it shows.

    ``changed`` carries an entity kind ("project", "stakeholder", "involvement",
    "stage", "interaction", "funding", "territory", "theme") and a frozenset of
    the UUIDs concerned (for involvements, stages and interactions: the project ids).
    An empty set means "any record of that kind may have changed" (an import does
    not know which): views then drop what they cached of that kind and query again.
    """

    changed = Signal(str, object)

    def announce(self, kind: str, *ids: object) -> None:
        """Say ``ids`` of ``kind`` changed; without ids, that every one of them may have."""
        self.changed.emit(kind, frozenset(ids))


def concerns(ids: frozenset[object], record_id: object) -> bool:
    """Whether an announcement naming ``ids`` may have changed ``record_id``."""
    return not ids or record_id in ids


@dataclass(frozen=True, slots=True)
class AppContext:
    """Handed to every window, page and dialog working on one database."""

    database: Database
    undo_stack: QUndoStack
    changes: ChangeHub
