"""What every tab of the project page shares: it shows a project dossier.

The page reads one dossier per refresh and hands it to each tab that is stale;
a tab refreshes on its own (after an edit of its own, or in a test) by reading one.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QWidget

from ingenierie.services.projects.dossier import ProjectDossier, project_dossier
from ingenierie.ui.context import AppContext


class DossierTab(QWidget):
    """A tab showing one facet of a project; subclasses say how in ``display``."""

    def __init__(self, context: AppContext, project_id: UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.project_id = context, project_id

    def refresh(self) -> None:
        """Read the project afresh and show it."""
        self.display(project_dossier(self.context.database, self.project_id))

    def display(self, dossier: ProjectDossier) -> None:
        """Show ``dossier``; every tab defines it."""
        raise NotImplementedError(type(self).__name__)
