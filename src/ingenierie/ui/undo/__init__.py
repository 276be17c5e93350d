"""Undoable edits acting on domain ids through the services (see ``base``)."""

from ingenierie.ui.undo.base import (
    ArchiveCommand,
    CompoundCommand,
    CreateCommand,
    ServiceCommand,
    execute,
)
from ingenierie.ui.undo.involvement_commands import (
    AddInvolvement,
    ArchiveInvolvement,
    EditInvolvement,
    MoveOnGrid,
)
from ingenierie.ui.undo.project_commands import (
    CreateProject,
    CreateStakeholder,
    EditProject,
    EditStakeholder,
)

__all__ = [
    "AddInvolvement",
    "ArchiveCommand",
    "ArchiveInvolvement",
    "CompoundCommand",
    "CreateCommand",
    "CreateProject",
    "CreateStakeholder",
    "EditInvolvement",
    "EditProject",
    "EditStakeholder",
    "MoveOnGrid",
    "ServiceCommand",
    "execute",
]
