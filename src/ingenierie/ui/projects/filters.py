"""The projects list's search field and filters, turned into a ``ProjectFilter``."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ingenierie.models.vocabulary import (
    CooperationStage,
    ProjectPhase,
    ProjectStatus,
    Scheme,
    Vocabulary,
)
from ingenierie.services import themes
from ingenierie.services.queries.projects import ProjectFilter, territory_choices
from ingenierie.storage import Database
from ingenierie.ui.listing import ChoiceCombo, FilterBar


def _members(vocabulary: type[Vocabulary]) -> list[tuple[str, Vocabulary]]:
    return [(member.label, member) for member in vocabulary]


class ProjectFilterBar(FilterBar):
    """Search as you type, and one combo per facet of a project."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search projects by title or code…"), parent)
        self.database = database
        self.scheme = ChoiceCombo(self.tr("All schemes"), _members(Scheme), self)
        self.phase = ChoiceCombo(self.tr("All phases"), _members(ProjectPhase), self)
        self.status = ChoiceCombo(self.tr("All statuses"), _members(ProjectStatus), self)
        self.stage = ChoiceCombo(self.tr("All cooperation stages"),
                                 _members(CooperationStage), self)
        self.territory = ChoiceCombo(self.tr("All territories"), parent=self)
        self.theme = ChoiceCombo(self.tr("All themes"), parent=self)
        self.reload_choices()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.archived)
        top.addWidget(self.clear_button)
        combos = QHBoxLayout()
        for combo in self.combos():
            combo.setMaximumWidth(230)
            combos.addWidget(combo)
        combos.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(combos)
        self.watch_inputs()

    def combos(self) -> tuple[ChoiceCombo, ...]:
        return (self.scheme, self.phase, self.status, self.stage, self.territory, self.theme)

    def reload_choices(self) -> None:
        """Territories and themes come from the database: read them again."""
        self.territory.set_choices(
            (label, territory_id) for territory_id, label in territory_choices(self.database))
        self.theme.set_choices(
            (theme.name, theme.id) for theme in themes.list_themes(self.database))

    def current(self) -> ProjectFilter:
        return ProjectFilter(
            text=self.search.text(), scheme=self.scheme.value(), phase=self.phase.value(),
            status=self.status.value(), stage=self.stage.value(),
            territory_id=self.territory.value(), theme_id=self.theme.value(),
            include_archived=self.archived.isChecked())
