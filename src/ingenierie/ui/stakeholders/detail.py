"""The directory's side pane: one stakeholder, their projects and their exchanges."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ingenierie.errors import NotFoundError
from ingenierie.services.projects import interactions, involvements
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import StakeholderDetail
from ingenierie.storage import Database
from ingenierie.ui.formatting import short_date

ProjectRole = Qt.ItemDataRole.UserRole
MAX_LINES = 6


def _tree(headers: list[str], stretched: int, parent: QWidget,
          fixed: dict[int, int] | None = None) -> QTreeWidget:
    """A small read-only table; column ``stretched`` takes the room the others leave,
    ``fixed`` columns keep a width (long texts are elided), the rest fit their contents."""
    tree = QTreeWidget(parent)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setMinimumHeight(110)
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(len(headers)):
        if column == stretched:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif fixed and column in fixed:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, fixed[column])
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _section_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class StakeholderDetailPane(QWidget):
    """Shows the stakeholder chosen in the directory; double-click a project to open it."""

    open_project = Signal(object)

    def __init__(self, database: Database, buttons: list[QToolButton],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.stakeholder_id: UUID | None = None
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.projects_label = _section_label(self)
        self.projects = _tree([self.tr("Project"), self.tr("Role"), self.tr("Participation"),
                               self.tr("Posture")], 0, self)
        self.projects.itemActivated.connect(self._project_activated)
        self.exchanges_label = _section_label(self)
        self.exchanges = _tree([self.tr("Date"), self.tr("Exchange"), self.tr("Project"),
                                self.tr("Presence")], 1, self, fixed={2: 170})
        self.exchanges.itemActivated.connect(self._project_activated)
        self.placeholder = QLabel(self.tr("Choose a person or an organisation in the list."),
                                  self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        commands = QHBoxLayout()
        for button in buttons:
            commands.addWidget(button)
        commands.addStretch(1)
        self.commands = commands
        """The row of buttons; other features add theirs before its stretch."""
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        body.addLayout(commands)
        body.addLayout(self.facts)
        body.addSpacing(8)
        body.addWidget(self.projects_label)
        body.addWidget(self.projects, 1)
        body.addWidget(self.exchanges_label)
        body.addWidget(self.exchanges, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        self.show_stakeholder(None)

    def show_stakeholder(self, stakeholder_id: UUID | None) -> None:
        """Read the stakeholder again (None, or gone: the pane says to pick one)."""
        self.stakeholder_id = stakeholder_id
        try:
            detail = (stakeholders.get_stakeholder(self.database, stakeholder_id)
                      if stakeholder_id is not None else None)
        except NotFoundError:
            detail = None
        self.placeholder.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        if detail is not None:
            self._fill(detail)

    def _fill(self, detail: StakeholderDetail) -> None:
        self.title.setText(detail.display_name)
        parts = [detail.nature.label, detail.actor_kind.label]
        if detail.archived:
            parts.append(self.tr("archived"))
        self.subtitle.setText(" · ".join(parts))
        while self.facts.rowCount():
            self.facts.removeRow(0)
        for label, value in self._facts(detail):
            if value:
                text = QLabel(value, self)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                text.setWordWrap(True)
                self.facts.addRow(label, text)
        self._fill_projects(detail.id)
        self._fill_exchanges(detail.id)

    def _facts(self, detail: StakeholderDetail) -> list[tuple[str, str | None]]:
        affiliations = self._lines(
            f"{a.organisation_name} — {a.role}" if a.role else a.organisation_name
            for a in detail.affiliations if a.person_id == detail.id)
        members = self._lines(
            f"{a.person_name} — {a.role}" if a.role else a.person_name
            for a in detail.affiliations if a.organisation_id == detail.id)
        return [
            (self.tr("Civility:"), detail.civility.label if detail.civility else None),
            (self.tr("Job title:"), detail.job_title),
            (self.tr("Public mandate:"), detail.public_mandate),
            (self.tr("Organisations:"), affiliations),
            (self.tr("People:"), members),
            (self.tr("E-mail:"), detail.email),
            (self.tr("Phone:"), detail.phone),
            (self.tr("Town:"), " ".join(filter(None, (detail.postal_code, detail.city)))),
            (self.tr("Website:"), detail.website),
            (self.tr("SIREN:"), detail.siren),
            (self.tr("SIRET:"), detail.siret),
            (self.tr("First contact:"), short_date(detail.first_contact_on)),
            (self.tr("Last contact:"), short_date(detail.last_contact_on)),
            (self.tr("Source:"), self._source(detail)),
        ]

    def _source(self, detail: StakeholderDetail) -> str | None:
        """Where an imported person came from (RGPD art. 14), else the source typed."""
        if detail.imported_from is None:
            return detail.source
        when = detail.imported_at.astimezone().date() if detail.imported_at else None
        return self.tr("imported from %1 on %2 by %3").replace("%1", detail.imported_from) \
            .replace("%2", short_date(when)).replace("%3", detail.imported_by or "?")

    def _lines(self, texts: Iterable[str]) -> str:
        """One per line, the first few only: the pane is no place for 40 members."""
        shown = list(texts)
        if len(shown) <= MAX_LINES:
            return "\n".join(shown)
        more = self.tr("… and %n more", "", len(shown) - MAX_LINES + 1)
        return "\n".join([*shown[:MAX_LINES - 1], more])

    def _fill_projects(self, stakeholder_id: UUID) -> None:
        rows = involvements.stakeholder_involvements(self.database, stakeholder_id)
        self.projects_label.setText(self.tr("Projects (%n)", "", len(rows)))
        self.projects.clear()
        for row in rows:
            item = QTreeWidgetItem([row.project_title, row.role.label, row.participation.label,
                                    row.posture.label])
            item.setData(0, ProjectRole, row.project_id)
            item.setToolTip(0, row.project_title)
            self.projects.addTopLevelItem(item)

    def _fill_exchanges(self, stakeholder_id: UUID) -> None:
        rows = interactions.stakeholder_interactions(self.database, stakeholder_id)
        self.exchanges_label.setText(self.tr("Exchanges (%n)", "", len(rows)))
        self.exchanges.clear()
        for row in rows:
            presence = next((p.presence.label for p in row.participants
                             if p.stakeholder_id == stakeholder_id), "")
            item = QTreeWidgetItem([short_date(row.occurred_on),
                                    f"{row.kind.label} — {row.title}", row.project_title,
                                    presence])
            item.setData(0, ProjectRole, row.project_id)
            item.setToolTip(1, item.text(1))
            item.setToolTip(2, row.project_title)
            self.exchanges.addTopLevelItem(item)

    def _project_activated(self, item: QTreeWidgetItem) -> None:
        self.open_project.emit(item.data(0, ProjectRole))
