"""Merging two duplicate stakeholders: both records side by side, then a confirmed merge."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.projects import interactions, involvements
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.merging import MergeResult, merge_stakeholders
from ingenierie.services.stakeholders.records import StakeholderDetail
from ingenierie.ui.context import AppContext
from ingenierie.ui.formatting import short_date


@dataclass(frozen=True, slots=True)
class Candidate:
    """One of the two records, with what would move if it were dropped."""

    detail: StakeholderDetail
    project_ids: tuple[UUID, ...]
    exchanges: int

    @property
    def weight(self) -> tuple[int, float]:
        """Keep by default the record holding more, then the older one."""
        return (len(self.project_ids) + self.exchanges, -self.detail.created_at.timestamp())


def _candidate(context: AppContext, stakeholder_id: UUID) -> Candidate:
    database = context.database
    return Candidate(
        stakeholders.get_stakeholder(database, stakeholder_id),
        tuple(row.project_id for row in involvements.stakeholder_involvements(
            database, stakeholder_id, include_archived=True)),
        len(interactions.stakeholder_interactions(database, stakeholder_id,
                                                  include_archived=True)))


class MergeDialog(QDialog):
    """Shows both records; the user picks the one to keep and confirms."""

    def __init__(self, candidates: tuple[Candidate, Candidate],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two duplicates"))
        self.setMinimumWidth(560)
        self.candidates = candidates
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.choice = QButtonGroup(self)
        preferred = max(range(2), key=lambda i: candidates[i].weight)
        for column, candidate in enumerate(candidates, start=1):
            radio = QRadioButton(self.tr("Keep this record"), self)
            radio.setChecked(column - 1 == preferred)
            self.choice.addButton(radio, column - 1)
            grid.addWidget(radio, 0, column)
            for row, (label, value) in enumerate(self._lines(candidate), start=1):
                if column == 1:
                    grid.addWidget(QLabel(label, self), row, 0)
                text = QLabel(value or "—", self)
                text.setWordWrap(True)
                grid.addWidget(text, row, column)
        explanation = QLabel(self.tr(
            "The other record is archived, not deleted. Its projects, exchanges, fundings and "
            "affiliations move to the record kept, and details missing there are copied from "
            "it. This cannot be undone with Ctrl+Z."), self)
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(self.tr("Merge"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        heading = QLabel(self.tr("These two records describe the same person or organisation. "
                                 "Which one should be kept?"), self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(explanation)
        layout.addWidget(buttons)

    def _lines(self, candidate: Candidate) -> list[tuple[str, str | None]]:
        detail = candidate.detail
        return [
            (self.tr("Name"), detail.display_name),
            (self.tr("Kind of actor"), detail.actor_kind.label),
            (self.tr("E-mail"), detail.email),
            (self.tr("Phone"), detail.phone),
            (self.tr("Created on"), short_date(detail.created_at.date())),
            (self.tr("Projects"), str(len(candidate.project_ids))),
            (self.tr("Exchanges"), str(candidate.exchanges)),
        ]

    @property
    def kept(self) -> Candidate:
        return self.candidates[self.choice.checkedId()]

    @property
    def dropped(self) -> Candidate:
        return self.candidates[1 - self.choice.checkedId()]


def merge_duplicates(context: AppContext, parent: QWidget | None, first: UUID,
                     second: UUID) -> MergeResult | None:
    """Ask which record to keep, merge, and announce what changed; None if cancelled."""
    dialog = MergeDialog((_candidate(context, first), _candidate(context, second)), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    merged = merge_stakeholders(context.database, dialog.kept.detail.id,
                                dialog.dropped.detail.id)
    context.changes.announce(merged.changes)
    return merged.value
