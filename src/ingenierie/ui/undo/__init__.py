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
from ingenierie.ui.undo.record_commands import (
    ArchiveFunding,
    ArchiveInteraction,
    CreateFunding,
    CreateInteraction,
    EditFunding,
    EditInteraction,
    MoveToStage,
)

__all__ = [
    "AddInvolvement",
    "ArchiveCommand",
    "ArchiveFunding",
    "ArchiveInteraction",
    "ArchiveInvolvement",
    "CompoundCommand",
    "CreateCommand",
    "CreateFunding",
    "CreateInteraction",
    "CreateProject",
    "CreateStakeholder",
    "EditFunding",
    "EditInteraction",
    "EditInvolvement",
    "EditProject",
    "EditStakeholder",
    "MoveOnGrid",
    "MoveToStage",
    "ServiceCommand",
    "execute",
]
