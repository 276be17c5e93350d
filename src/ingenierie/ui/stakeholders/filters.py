"""The directory's search field and filters, turned into a ``StakeholderFilter``."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ingenierie.models.vocabulary import ActorKind, StakeholderNature
from ingenierie.services.stakeholders.listing import StakeholderFilter
from ingenierie.ui.lists.widgets import ChoiceCombo, FilterBar


class StakeholderFilterBar(FilterBar):
    """Search as you type, nature, kind of actor, archived."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search by name or e-mail…"), parent)
        self.nature = ChoiceCombo(self.tr("People and organisations"), (
            (self.tr("People"), StakeholderNature.PERSON),
            (self.tr("Organisations"), StakeholderNature.ORGANISATION)), self)
        self.kind = ChoiceCombo(self.tr("All kinds of actors"),
                                ((kind.label, kind) for kind in ActorKind), self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.archived)
        top.addWidget(self.clear_button)
        self.combos_row = QHBoxLayout()
        self.combos_row.addWidget(self.nature)
        self.combos_row.addWidget(self.kind)
        self.combos_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)  # room for the focus ring
        layout.addLayout(top)
        layout.addLayout(self.combos_row)
        self.watch_inputs()

    def add_button(self, button: QWidget) -> None:
        """A command on the list itself (merging), at the end of the filters' row."""
        self.combos_row.addWidget(button)

    def combos(self) -> tuple[ChoiceCombo, ...]:
        return (self.nature, self.kind)

    def current(self) -> StakeholderFilter:
        return StakeholderFilter(text=self.search.text(), nature=self.nature.value(),
                                 actor_kind=self.kind.value(),
                                 include_archived=self.archived.isChecked())
