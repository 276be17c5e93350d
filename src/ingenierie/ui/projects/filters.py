"""The projects list's search field and filters, turned into a ``ProjectFilter``.

Besides the usual filters, the list can show *these projects*: the ones behind a
figure of the dashboard that was clicked. A bar above the filters names them and
clears them; "Clear filters" does too.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ingenierie.models.vocabulary import (
    CooperationStage,
    ProjectPhase,
    ProjectStatus,
    Scheme,
    Vocabulary,
)
from ingenierie.services.plans.plans import list_plans
from ingenierie.services.projects.listing import ProjectFilter, territory_choices
from ingenierie.services.reference import themes
from ingenierie.storage import Database
from ingenierie.storage.keys import Key
from ingenierie.ui.lists.widgets import ChoiceCombo, FilterBar
from ingenierie.ui.workers import run_in_background

Choices = list[tuple[str, UUID]]


def _members(vocabulary: type[Vocabulary]) -> list[tuple[str, Vocabulary]]:
    return [(member.label, member) for member in vocabulary]


class ProjectFilterBar(FilterBar):
    """Search as you type, and one combo per facet of a project."""

    choices_loaded = Signal()

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
        self.plan = ChoiceCombo(self.tr("All plans"), parent=self)
        self.plan.setToolTip(self.tr("The fiches actions of one plan d'action"))
        self.plan.hide()
        self.only_keys: tuple[Key, ...] | None = None
        self.only_label = ""
        self.only_bar = QWidget(self)
        self.only_text = QLabel(self.only_bar)
        self.only_clear = QPushButton(self.tr("Show all projects"), self.only_bar)
        self.only_clear.clicked.connect(self.clear_only)
        bar = QHBoxLayout(self.only_bar)
        bar.setContentsMargins(6, 3, 6, 3)
        bar.addWidget(self.only_text, 1)
        bar.addWidget(self.only_clear)
        self.only_bar.setStyleSheet("background: #e8f1fb; border-radius: 4px;")
        self.only_bar.hide()
        self.reload_choices()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.plan)  # up here: the facets' row is full on a laptop screen
        top.addWidget(self.archived)
        top.addWidget(self.clear_button)
        combos = QHBoxLayout()
        for combo in self.combos():
            combo.setMaximumWidth(230)
            if combo is not self.plan:
                combos.addWidget(combo)
        self.plan.setMaximumWidth(360)
        combos.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.only_bar)
        layout.addLayout(top)
        layout.addLayout(combos)
        self.watch_inputs()

    def combos(self) -> tuple[ChoiceCombo, ...]:
        return (self.scheme, self.phase, self.status, self.stage, self.territory, self.theme,
                self.plan)

    def reload_choices(self) -> None:
        """Territories, themes and plans come from the database: read them again, in the
        background (thousands of communes must not delay the first paint)."""
        database = self.database

        def read() -> tuple[Choices, Choices, Choices]:
            return ([(label, territory_id) for territory_id, label
                     in territory_choices(database)],
                    [(theme.name, theme.id) for theme in themes.list_themes(database)],
                    [(plan.label, plan.id) for plan in list_plans(database)])
        run_in_background(self, read, self._show_choices)

    def _show_choices(self, choices: tuple[Choices, Choices, Choices]) -> None:
        territories, theme_choices, plans = choices
        self.territory.set_choices(territories)
        self.theme.set_choices(theme_choices)
        self.plan.set_choices(plans)
        self.plan.setVisible(bool(plans))  # a filter only once there is a plan
        self.choices_loaded.emit()

    def current(self) -> ProjectFilter:
        return ProjectFilter(
            text=self.search.text(), scheme=self.scheme.value(), phase=self.phase.value(),
            status=self.status.value(), stage=self.stage.value(),
            territory_id=self.territory.value(), theme_id=self.theme.value(),
            plan_id=self.plan.value(), include_archived=self.archived.isChecked(),
            keys=self.only_keys, keys_label=self.only_label)

    def show_only(self, keys: tuple[Key, ...], label: str, *,
                  include_archived: bool = False) -> None:
        """Show exactly these projects (the other filters cleared), named by ``label``."""
        self.only_keys, self.only_label = keys, label
        self.only_text.setText(self.tr("These projects: %Ln behind “%1”", "", len(keys))
                               .replace("%1", label))
        self.only_bar.show()
        super().clear(include_archived=include_archived)  # the others; ``changed`` once

    def clear_only(self) -> None:
        """Back to every project (the other filters as they are)."""
        self._forget_only()
        self._changed()

    def clear(self, *, include_archived: bool = False) -> None:
        self._forget_only()
        super().clear(include_archived=include_archived)

    def _forget_only(self) -> None:
        self.only_keys, self.only_label = None, ""
        self.only_bar.hide()
