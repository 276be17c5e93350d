"""The "Identité" tab: what the project is, where, with what means, and its funding lines;
for a fiche action of a plan d'action, the plan, its axis path and what the plan says of it."""

from __future__ import annotations

import html
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.plans.plans import PlanPlace
from ingenierie.services.projects.dossier import ProjectDossier
from ingenierie.services.projects.funding import FundingRow
from ingenierie.services.projects.records import ProjectDetail
from ingenierie.ui.context import AppContext
from ingenierie.ui.forms.inputs import format_euros
from ingenierie.ui.lists.tables import record_table
from ingenierie.ui.projects.page.funding_dialog import edit_funding
from ingenierie.ui.projects.page.record_commands import ArchiveFunding
from ingenierie.ui.projects.page.tab import DossierTab
from ingenierie.ui.undo import execute

ID_ROLE = Qt.ItemDataRole.UserRole
NOT_SET = "—"
PLAN_ROWS = ("plan", "axes", "plan_says")


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _period(start: object, end: object) -> str:
    def day(value: object) -> str:
        return f"{value:%d/%m/%Y}" if value else "…"
    return f"{day(start)} → {day(end)}" if start or end else NOT_SET


class IdentityTab(DossierTab):
    """The project's identity, read at a glance, and its funding, edited line by line."""

    def __init__(self, context: AppContext, project_id: UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, project_id, parent)
        self._funding: list[FundingRow] = []
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form = form
        for key, label in (
                ("plan", self.tr("Plan")), ("axes", self.tr("Axis")),
                ("plan_says", self.tr("In the plan")),
                ("scheme", self.tr("Scheme")), ("phase", self.tr("Phase")),
                ("status", self.tr("Status")), ("period", self.tr("Dates")),
                ("lead", self.tr("Lead")), ("budget", self.tr("Budget")),
                ("themes", self.tr("Themes")), ("territories", self.tr("Territories")),
                ("model", self.tr("Economic model")), ("commons", self.tr("Commons"))):
            self.values[key] = _value_label()
            form.addRow(f"<b>{html.escape(label)}</b>", self.values[key])
        self.summary = _value_label()
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        description = QGroupBox(self.tr("Description"), self)
        QVBoxLayout(description).addWidget(self.summary)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addWidget(description, 2)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addLayout(columns)
        inner.addWidget(self._funding_box(), 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _funding_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Funding"), self)
        self.funding_table = record_table([
            self.tr("Funder"), self.tr("Programme"), self.tr("Instrument"), self.tr("Status"),
            self.tr("Requested"), self.tr("Granted"), self.tr("Paid")], 0, box)
        self.funding_table.setMinimumHeight(150)
        self.funding_table.itemSelectionChanged.connect(self._update_buttons)
        self.funding_table.itemDoubleClicked.connect(lambda _: self.edit_selected())
        self.totals = QLabel(box)
        self.add_funding_button = QPushButton(self.tr("Add funding…"), box)
        self.add_funding_button.clicked.connect(
            lambda: edit_funding(self.context, self, self.project_id))
        self.edit_funding_button = QPushButton(self.tr("Edit…"), box)
        self.edit_funding_button.clicked.connect(self.edit_selected)
        self.archive_funding_button = QPushButton(self.tr("Archive"), box)
        self.archive_funding_button.clicked.connect(self.archive_selected)
        buttons = QHBoxLayout()
        for button in (self.add_funding_button, self.edit_funding_button,
                       self.archive_funding_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.totals)
        layout = QVBoxLayout(box)
        layout.addLayout(buttons)
        layout.addWidget(self.funding_table)
        return box

    # -- content ----------------------------------------------------------
    def display(self, dossier: ProjectDossier) -> None:
        detail = dossier.project
        values = {
            "scheme": detail.scheme.label, "phase": detail.phase.label,
            "status": detail.status.label,
            "period": _period(detail.start_on, detail.end_on),
            "lead": detail.lead_name or NOT_SET,
            "budget": format_euros(detail.budget_cents) or NOT_SET,
            "themes": ", ".join(theme.name for theme in detail.themes) or NOT_SET,
            "territories": "\n".join(
                f"{t.name} ({' '.join(filter(None, (t.kind.label, t.code)))}) — {t.role.label}"
                for t in detail.territories) or NOT_SET,
            "model": self._model_text(detail),
            "commons": self._commons_text(detail),
        }
        values.update(self._plan_texts(dossier.plan))
        for key in PLAN_ROWS:  # shown for the fiches actions of a plan only
            self.form.setRowVisible(self.values[key], dossier.plan is not None)
        for key, text in values.items():
            self.values[key].setText(text)
            self.values[key].setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setText(detail.summary or self.tr("No description yet."))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self._show_funding(dossier)

    def _plan_texts(self, place: PlanPlace | None) -> dict[str, str]:
        """The plan, the axis path, and what the plan says of the action."""
        if place is None:
            return dict.fromkeys(PLAN_ROWS, NOT_SET)
        said = [self.tr("{0}: {1}").format(label, value) for label, value in (
            (self.tr("status"), place.status.label if place.status else None),
            (self.tr("priority"), place.priority.label if place.priority else None),
            (self.tr("citizen participation"),
             place.citizen_participation.label if place.citizen_participation else None),
            (self.tr("services"), place.services)) if value]
        return {"plan": f"{place.plan_name} ({place.plan_code})",
                "axes": " › ".join(place.axes) or self.tr("No axis"),
                "plan_says": " · ".join(said) or NOT_SET}

    def _model_text(self, detail: ProjectDetail) -> str:
        resources = [label for ticked, label in (
            (detail.funds_public, self.tr("public funding")),
            (detail.funds_market, self.tr("market resources")),
            (detail.funds_non_market, self.tr("non-market resources")),
            (detail.funds_volunteer, self.tr("volunteering"))) if ticked]
        if not resources:
            return NOT_SET
        text = ", ".join(resources)
        return self.tr("Hybrid: {0}").format(text) if detail.is_hybrid else text

    def _commons_text(self, detail: ProjectDetail) -> str:
        lines = [self.tr("{0}: {1}").format(label, value) for label, value in (
            (self.tr("Resource"), detail.commons_resource),
            (self.tr("Community"), detail.commons_community),
            (self.tr("Rules"), detail.commons_rules)) if value]
        return "\n".join(lines) or NOT_SET

    def _show_funding(self, dossier: ProjectDossier) -> None:
        self._funding = list(dossier.fundings)
        table = self.funding_table
        table.setRowCount(len(self._funding))
        for position, row in enumerate(self._funding):
            cells = (row.funder_name, row.programme or "", row.instrument.label,
                     row.status.label, format_euros(row.requested_cents),
                     format_euros(row.granted_cents), format_euros(row.paid_cents))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(row.id))
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(position, column, item)
        totals = dossier.funding_totals
        self.totals.setText(self.tr("Granted: {0} · paid: {1}").format(
            format_euros(totals.granted_cents), format_euros(totals.paid_cents))
            if self._funding else "")
        self._update_buttons()

    def selected_funding(self) -> FundingRow | None:
        items = self.funding_table.selectedItems()
        if not items:
            return None
        key = items[0].data(ID_ROLE)
        return next((row for row in self._funding if str(row.id) == key), None)

    def _update_buttons(self) -> None:
        chosen = self.selected_funding() is not None
        self.edit_funding_button.setEnabled(chosen)
        self.archive_funding_button.setEnabled(chosen)

    def edit_selected(self) -> None:
        row = self.selected_funding()
        if row is not None:
            edit_funding(self.context, self, self.project_id, row.id)

    def archive_selected(self) -> None:
        row = self.selected_funding()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Archive funding"),
            self.tr("Archive the funding from “{0}”?\n\nEdit ▸ Undo (Ctrl+Z) brings it "
                    "back.").format(row.funder_name))
        if answer == QMessageBox.StandardButton.Yes:
            execute(self.context, ArchiveFunding(self.context, row))
