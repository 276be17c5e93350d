"""Record or edit an exchange: when, what, who came (present, excused, absent), what was said."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ingenierie.models.vocabulary import InteractionKind, Presence
from ingenierie.services.common import optional_text
from ingenierie.services.projects import interactions
from ingenierie.services.validation import require_text
from ingenierie.ui.context import AppContext
from ingenierie.ui.forms.choices import project_stakeholder_names
from ingenierie.ui.forms.form import DateField, FormDialog, VocabularyCombo, rgpd_hint
from ingenierie.ui.forms.form import service_check as ok
from ingenierie.ui.projects.page.record_commands import CreateInteraction, EditInteraction
from ingenierie.ui.undo import execute

ID_ROLE = Qt.ItemDataRole.UserRole


class ParticipantsTable(QWidget):
    """The project's stakeholders, each not invited or present / excused / absent."""

    changed = Signal()

    def __init__(self, names: dict[UUID, str], chosen: dict[UUID, Presence],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(len(names), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Stakeholder"), self.tr("Attendance")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, (stakeholder_id, name) in enumerate(names.items()):
            item = QTableWidgetItem(name)
            item.setData(ID_ROLE, str(stakeholder_id))
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("not invited"), "")
            for presence in Presence:
                combo.addItem(presence.label, presence.value)
            presence_now = chosen.get(stakeholder_id)
            combo.setCurrentIndex(combo.findData(presence_now.value) if presence_now else 0)
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
            self.table.setCellWidget(row, 1, combo)
        everyone = QPushButton(self.tr("Mark everyone present"), self)
        everyone.clicked.connect(lambda: self._set_all(Presence.PRESENT))
        nobody = QPushButton(self.tr("Nobody invited"), self)
        nobody.clicked.connect(lambda: self._set_all(None))
        buttons = QHBoxLayout()
        buttons.addWidget(everyone)
        buttons.addWidget(nobody)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        return combo

    def _person(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, 0)
        assert item is not None
        return item

    def _set_all(self, presence: Presence | None) -> None:
        for row in range(self.table.rowCount()):
            combo = self._combo(row)
            combo.setCurrentIndex(combo.findData(presence.value) if presence else 0)

    def set_presence(self, name: str, presence: Presence | None) -> None:
        for row in range(self.table.rowCount()):
            if self._person(row).text() == name:
                combo = self._combo(row)
                combo.setCurrentIndex(combo.findData(presence.value) if presence else 0)

    def participants(self) -> tuple[tuple[UUID, Presence], ...]:
        chosen = []
        for row in range(self.table.rowCount()):
            code = self._combo(row).currentData()
            if code:
                chosen.append((UUID(self._person(row).data(ID_ROLE)), Presence(code)))
        return tuple(chosen)


def _notes_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setMinimumHeight(80)
    return box


class InteractionDialog(FormDialog):
    """The exchange form, on three tabs: the exchange, who took part, what came of it."""

    def __init__(self, context: AppContext, parent: QWidget | None, project_id: UUID,
                 row: interactions.InteractionRow | None) -> None:
        super().__init__(self.tr("New exchange") if row is None
                         else self.tr("Edit exchange"), parent)
        self.context, self.project_id, self.row = context, project_id, row
        self.saved_id: UUID | None = None
        self.setMinimumSize(600, 520)
        tabs = QTabWidget(self)
        self.body.addWidget(tabs)
        page, form = QWidget(), self.new_form()
        page.setLayout(form)
        self.occurred_on = DateField(optional=False)
        self.kind = VocabularyCombo(InteractionKind)
        self.title_edit, self.place = QLineEdit(), QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Steering committee of the spring"))
        self.add_field(form, "occurred_on", self.tr("Date"), self.occurred_on,
                       check=self._date_problem)
        self.add_field(form, "kind", self.tr("Type"), self.kind)
        self.add_field(form, "title", self.tr("Subject *"), self.title_edit,
                       check=lambda: ok(lambda: require_text(
                           self.title_edit.text(), "title", "L'objet de l'échange", 300)))
        self.add_field(form, "place", self.tr("Place"), self.place,
                       check=lambda: ok(lambda: optional_text(
                           self.place.text(), "place", "Le lieu", 300)))
        names = project_stakeholder_names(context, project_id)
        chosen: dict[UUID, Presence] = {}
        for participant in row.participants if row else ():
            names.setdefault(participant.stakeholder_id, participant.display_name)
            chosen[participant.stakeholder_id] = participant.presence
        self.participants = ParticipantsTable(names, chosen)
        self.add_field(form, "participants", self.tr("Participants"), self.participants)
        tabs.addTab(page, self.tr("Exchange"))
        notes_page, notes_form = QWidget(), self.new_form()
        notes_page.setLayout(notes_form)
        self.notes, self.decisions, self.next_steps = _notes_box(), _notes_box(), _notes_box()
        self.add_field(notes_form, "notes", self.tr("Notes"), self.notes)
        self.add_field(notes_form, "decisions", self.tr("Decisions"), self.decisions)
        self.add_field(notes_form, "next_steps", self.tr("Next steps"), self.next_steps)
        notes_form.addRow(rgpd_hint())
        tabs.addTab(notes_page, self.tr("Notes and decisions"))
        if row is not None:
            self._fill(row)

    def _date_problem(self) -> str | None:
        return None if self.occurred_on.value() else self.tr("The date is required.")

    def _fill(self, row: interactions.InteractionRow) -> None:
        self.occurred_on.set_value(row.occurred_on)
        self.kind.set_value(row.kind)
        self.title_edit.setText(row.title)
        self.place.setText(row.place or "")
        self.notes.setPlainText(row.notes or "")
        self.decisions.setPlainText(row.decisions or "")
        self.next_steps.setPlainText(row.next_steps or "")

    def data(self) -> interactions.InteractionInput:
        return interactions.InteractionInput(
            occurred_on=self.occurred_on.value() or date.today(), title=self.title_edit.text(),
            kind=self.kind.value() or InteractionKind.REUNION, place=self.place.text(),
            notes=self.notes.toPlainText(), decisions=self.decisions.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
            participants=self.participants.participants())

    def save(self) -> None:
        data = self.data()
        if self.row is None:
            command = CreateInteraction(self.context, self.project_id, data)
            execute(self.context, command)
            self.saved_id = command.created_id
            return
        execute(self.context, EditInteraction(self.context, self.row, data))
        self.saved_id = self.row.id


def edit_interaction(context: AppContext, parent: QWidget | None, project_id: UUID,
                     interaction_id: UUID | None = None) -> UUID | None:
    """Record a new exchange, or edit one; the saved id, or None when cancelled."""
    row = (interactions.get_interaction(context.database, interaction_id)
           if interaction_id else None)
    dialog = InteractionDialog(context, parent, project_id, row)
    accepted = dialog.exec() == InteractionDialog.DialogCode.Accepted
    return dialog.saved_id if accepted else None
