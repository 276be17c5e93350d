"""Add or edit a funding line of a project: funder, instrument, amounts in euros."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QLineEdit, QWidget

from ingenierie.errors import ValidationError
from ingenierie.models.vocabulary import FundingInstrument, FundingStatus
from ingenierie.services.common import check_period
from ingenierie.services.projects import funding
from ingenierie.ui.context import AppContext
from ingenierie.ui.forms.form import DateField, FormDialog, MoneyField, VocabularyCombo
from ingenierie.ui.forms.form import service_check as ok
from ingenierie.ui.projects.page.record_commands import CreateFunding, EditFunding
from ingenierie.ui.stakeholders.dialog import stakeholder_picker
from ingenierie.ui.undo import execute


class FundingDialog(FormDialog):
    """The funding form; amounts are typed in euros and stored as cents."""

    def __init__(self, context: AppContext, parent: QWidget | None, project_id: UUID,
                 row: funding.FundingRow | None) -> None:
        super().__init__(self.tr("New funding") if row is None else self.tr("Edit funding"),
                         parent)
        self.context, self.project_id, self.row = context, project_id, row
        self.saved_id: UUID | None = None
        self.setMinimumWidth(520)
        form = self.new_form()
        self.body.addLayout(form)
        self.funder = stakeholder_picker(context, None, self.tr(
            "Type the funder's name, then pick in the list"))
        self.programme = QLineEdit()
        self.programme.setPlaceholderText(self.tr("e.g. LEADER, FNADT, Fonds vert"))
        self.instrument = VocabularyCombo(FundingInstrument)
        self.status = VocabularyCombo(FundingStatus)
        self.requested = MoneyField("requested_cents", self.tr("Requested"))
        self.granted = MoneyField("granted_cents", self.tr("Granted"))
        self.paid = MoneyField("paid_cents", self.tr("Paid"))
        self.start_on, self.end_on = DateField(), DateField()
        self.add_field(form, "funder_id", self.tr("Funder *"), self.funder,
                       check=self._funder_problem)
        self.add_field(form, "programme", self.tr("Programme"), self.programme)
        self.add_field(form, "instrument", self.tr("Instrument"), self.instrument)
        self.add_field(form, "status", self.tr("Status"), self.status)
        self.add_field(form, "requested_cents", self.tr("Requested"), self.requested,
                       check=lambda: ok(self.requested.cents))
        self.add_field(form, "granted_cents", self.tr("Granted"), self.granted,
                       check=lambda: ok(self.granted.cents))
        self.add_field(form, "paid_cents", self.tr("Paid"), self.paid, check=self._paid_problem)
        self.granted.changed.connect(self.revalidate)
        self.add_field(form, "start_on", self.tr("From"), self.start_on)
        self.add_field(form, "end_on", self.tr("To"), self.end_on, check=lambda: ok(
            lambda: check_period(self.start_on.value(), self.end_on.value())))
        self.start_on.changed.connect(self.revalidate)
        if row is not None:
            self._fill(row)

    def _funder_problem(self) -> str | None:
        if self.funder.value() is None:
            return self.tr("Pick the funder in the suggestions.")
        return None

    def _paid_problem(self) -> str | None:
        try:
            paid, granted = self.paid.cents() or 0, self.granted.cents() or 0
        except ValidationError as error:
            return error.message if error.field == "paid_cents" else None
        if paid > granted:
            return self.tr("The amount paid exceeds the amount granted.")
        return None

    def _fill(self, row: funding.FundingRow) -> None:
        self.funder.set_value(row.funder_id, row.funder_name)
        self.programme.setText(row.programme or "")
        self.instrument.set_value(row.instrument)
        self.status.set_value(row.status)
        self.requested.set_cents(row.requested_cents)
        self.granted.set_cents(row.granted_cents)
        self.paid.set_cents(row.paid_cents)
        self.start_on.set_value(row.start_on)
        self.end_on.set_value(row.end_on)

    def data(self) -> funding.FundingInput:
        funder_id = self.funder.value()
        assert funder_id is not None
        return funding.FundingInput(
            funder_id=funder_id, programme=self.programme.text(),
            instrument=self.instrument.value() or FundingInstrument.SUBVENTION,
            status=self.status.value() or FundingStatus.ENVISAGE,
            requested_cents=self.requested.cents() or 0,
            granted_cents=self.granted.cents() or 0, paid_cents=self.paid.cents() or 0,
            start_on=self.start_on.value(), end_on=self.end_on.value())

    def save(self) -> None:
        data = self.data()
        if self.row is None:
            command = CreateFunding(self.context, self.project_id, self.funder.text(), data)
            execute(self.context, command)
            self.saved_id = command.created_id
            return
        if data != self.row.to_input():
            execute(self.context, EditFunding(self.context, self.row, self.funder.text(), data))
        self.saved_id = self.row.id


def edit_funding(context: AppContext, parent: QWidget | None, project_id: UUID,
                 funding_id: UUID | None = None) -> UUID | None:
    """Add a funding line to the project, or edit one; the saved id, or None."""
    row = funding.get_funding(context.database, funding_id) if funding_id else None
    dialog = FundingDialog(context, parent, project_id, row)
    accepted = dialog.exec() == FundingDialog.DialogCode.Accepted
    return dialog.saved_id if accepted else None
