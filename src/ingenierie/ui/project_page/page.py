"""The project page: a header and one tab per facet of the project."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ingenierie.ui.context import AppContext


class ProjectPage(QWidget):
    """One project, shown and edited in place; every edit goes through the undo stack."""

    def __init__(self, context: AppContext, project_id: UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.project_id = project_id
        self.header = QLabel(self)
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
