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
    """

    changed = Signal(str, object)

    def announce(self, kind: str, *ids: object) -> None:
        self.changed.emit(kind, frozenset(ids))


@dataclass(frozen=True, slots=True)
class AppContext:
    """Handed to every window, page and dialog working on one database."""

    database: Database
    undo_stack: QUndoStack
    changes: ChangeHub
