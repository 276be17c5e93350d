"""The "Échanges" tab: the log of meetings and workshops, who came, what was decided."""

from __future__ import annotations

import html
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ingenierie.models.vocabulary import Presence
from ingenierie.services.projects.dossier import ProjectDossier
from ingenierie.services.projects.interactions import InteractionRow
from ingenierie.ui.context import AppContext
from ingenierie.ui.lists.tables import record_table
from ingenierie.ui.projects.page.interaction_dialog import edit_interaction
from ingenierie.ui.projects.page.record_commands import ArchiveInteraction
from ingenierie.ui.projects.page.tab import DossierTab
from ingenierie.ui.undo import execute

ID_ROLE = Qt.ItemDataRole.UserRole


class ExchangesTab(DossierTab):
    """The project's exchanges, newest first, with the selected one in full beside."""

    def __init__(self, context: AppContext, project_id: UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, project_id, parent)
        self._rows: list[InteractionRow] = []
        self.table = record_table(
            [self.tr("Date"), self.tr("Type"), self.tr("Subject"), self.tr("Attendance")], 2, self)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.itemDoubleClicked.connect(lambda _: self.edit_selected())
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.new_button = QPushButton(self.tr("New exchange…"), self)
        self.new_button.clicked.connect(self.new_exchange)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.archive_button.clicked.connect(self.archive_selected)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def display(self, dossier: ProjectDossier) -> None:
        chosen = self.selected()
        self._rows = list(dossier.interactions)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for position, row in enumerate(self._rows):
            present = sum(1 for p in row.participants if p.presence is Presence.PRESENT)
            cells = (f"{row.occurred_on:%d/%m/%Y}", row.kind.label, row.title,
                     self.tr("Present: {0} of {1}").format(present, len(row.participants))
                     if row.participants else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(row.id))
                self.table.setItem(position, column, item)
        self.table.blockSignals(False)
        self.select(chosen.id if chosen else (self._rows[0].id if self._rows else None))

    def selected(self) -> InteractionRow | None:
        items = self.table.selectedItems()
        if not items:
            return None
        key = items[0].data(ID_ROLE)
        return next((row for row in self._rows if str(row.id) == key), None)

    def select(self, interaction_id: UUID | None) -> None:
        for position, row in enumerate(self._rows):
            if row.id == interaction_id:
                self.table.selectRow(position)
                break
        else:
            self.table.clearSelection()
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        if row is None:
            hint = self.tr("No exchange selected. Record meetings, workshops and calls with "
                           "“New exchange…”.")
            self.detail.setHtml(f"<p style='color:#6b7280'><i>{html.escape(hint)}</i></p>")
            return
        self.detail.setHtml(self.describe(row))

    def describe(self, row: InteractionRow) -> str:
        """The exchange in full, as the detail pane shows it."""
        def block(title: str, text: str | None) -> str:
            if not text:
                return ""
            body = html.escape(text).replace("\n", "<br>")
            return f"<h4>{html.escape(title)}</h4><p>{body}</p>"

        when = f"{row.occurred_on:%d/%m/%Y} · {row.kind.label}"
        if row.place:
            when += f" · {row.place}"
        parts = [f"<h3>{html.escape(row.title)}</h3>", f"<p>{html.escape(when)}</p>"]
        groups = {Presence.PRESENT: self.tr("Present"), Presence.EXCUSE: self.tr("Excused"),
                  Presence.ABSENT: self.tr("Absent")}
        for presence, title in groups.items():
            names = [p.display_name for p in row.participants if p.presence is presence]
            if names:
                parts.append(f"<p><b>{html.escape(title)}</b> ({len(names)}) : "
                             f"{html.escape(', '.join(names))}</p>")
        parts += [block(self.tr("Notes"), row.notes), block(self.tr("Decisions"), row.decisions),
                  block(self.tr("Next steps"), row.next_steps)]
        return "".join(parts)

    def new_exchange(self) -> None:
        saved = edit_interaction(self.context, self, self.project_id)
        if saved is not None:
            self.refresh()
            self.select(saved)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            edit_interaction(self.context, self, self.project_id, row.id)

    def archive_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Archive exchange"),
            self.tr("Archive the exchange “{0}” of {1}?\n\nEdit ▸ Undo (Ctrl+Z) brings it "
                    "back.").format(row.title, f"{row.occurred_on:%d/%m/%Y}"))
        if answer == QMessageBox.StandardButton.Yes:
            execute(self.context, ArchiveInteraction(self.context, row))
