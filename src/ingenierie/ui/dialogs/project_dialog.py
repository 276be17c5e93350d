"""Create or edit a project."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QWidget

from ingenierie.ui.context import AppContext


def edit_project(context: AppContext, parent: QWidget | None,
                 project_id: UUID | None = None) -> UUID | None:
    """Open the project form (a new project when ``project_id`` is None).

    Returns the saved project's id, or None when the user cancelled.
    """
    raise NotImplementedError("project form: arriving with the projects service")
