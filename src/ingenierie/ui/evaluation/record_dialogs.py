"""The small forms of the Évaluation tab: a recommendation, a measurement."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from ingenierie.models.evaluation_vocabulary import RecommendationStatus
from ingenierie.services.evaluation import measurements, recommendations
from ingenierie.services.evaluation.indicators import IndicatorRow
from ingenierie.services.validation import require_text
from ingenierie.ui.context import AppContext
from ingenierie.ui.evaluation.commands import (
    AddMeasurement,
    CreateRecommendation,
    EditRecommendation,
)
from ingenierie.ui.forms.choices import stakeholder_search
from ingenierie.ui.forms.form import DateField, FormDialog, VocabularyCombo, rgpd_hint
from ingenierie.ui.forms.form import service_check as ok
from ingenierie.ui.forms.inputs import DecimalField
from ingenierie.ui.forms.search_picker import SearchPicker
from ingenierie.ui.undo import execute


class RecommendationDialog(FormDialog):
    """What a campaign recommends, who carries it, by when, where it stands."""

    def __init__(self, context: AppContext, parent: QWidget | None, evaluation_id: UUID,
                 evaluated_on: date, row: recommendations.RecommendationRow | None) -> None:
        super().__init__(self.tr("New recommendation") if row is None
                         else self.tr("Edit the recommendation"), parent)
        self.context, self.evaluation_id, self.row = context, evaluation_id, row
        self.evaluated_on = evaluated_on
        self.setMinimumWidth(560)
        form = self.new_form()
        self.body.addLayout(form)
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(110)
        self.owner = SearchPicker(stakeholder_search(context), placeholder=self.tr(
            "Type the name of who carries it, then pick in the list"))
        self.due_on, self.closed_on = DateField(), DateField()
        self.status = VocabularyCombo(RecommendationStatus)
        self.add_field(form, "text", self.tr("Recommendation *"), self.text,
                       check=lambda: ok(lambda: require_text(
                           self.text.toPlainText(), "text", "Le texte de la recommandation",
                           10_000)))
        self.add_field(form, "owner_id", self.tr("Carried by"), self.owner,
                       check=self._owner_problem)
        self.add_field(form, "due_on", self.tr("Due on"), self.due_on, check=self._due_problem)
        self.add_field(form, "status", self.tr("Status"), self.status)
        self.add_field(form, "closed_on", self.tr("Closed on"), self.closed_on,
                       below=QLabel(self.tr("When it was done or abandoned (today if left "
                                            "empty).")))
        form.addRow(rgpd_hint())
        self.status.currentIndexChanged.connect(self._status_changed)
        if row is not None:
            self.text.setPlainText(row.text)
            self.owner.set_value(row.owner_id, row.owner_name or "")
            self.due_on.set_value(row.due_on)
            self.status.set_value(row.status)
            self.closed_on.set_value(row.closed_on)
        self._status_changed()

    def _status_changed(self) -> None:
        status = self.status.value()
        self.closed_on.setEnabled(isinstance(status, RecommendationStatus)
                                  and not status.is_open)

    def _owner_problem(self) -> str | None:
        if self.owner.is_unresolved():
            return self.tr("Pick who carries it in the suggestions, or leave it empty.")
        return None

    def _due_problem(self) -> str | None:
        due = self.due_on.value()
        if due is not None and due < self.evaluated_on:
            return self.tr("The due date precedes the campaign ({0}).").format(
                f"{self.evaluated_on:%d/%m/%Y}")
        return None

    def data(self) -> recommendations.RecommendationInput:
        status = self.status.value() or RecommendationStatus.A_FAIRE
        closed = self.closed_on.value() if self.closed_on.isEnabled() else None
        return recommendations.RecommendationInput(
            self.text.toPlainText(), self.owner.value(), self.due_on.value(), status, closed)

    def save(self) -> None:
        data = self.data()
        if self.row is None:
            execute(self.context, CreateRecommendation(self.context, self.evaluation_id, data))
        elif data != self.row.to_input():
            execute(self.context, EditRecommendation(self.context, self.row, data))


class MeasurementDialog(FormDialog):
    """A new value of a typed indicator, on a date, with a comment."""

    def __init__(self, context: AppContext, parent: QWidget | None,
                 indicator: IndicatorRow) -> None:
        super().__init__(self.tr("Measure “{0}”").format(indicator.title), parent)
        self.context, self.indicator = context, indicator
        self.saved_id: UUID | None = None
        self.setMinimumWidth(460)
        form = self.new_form()
        self.body.addLayout(form)
        self.measured_on = DateField(optional=False)
        self.value = DecimalField("value", self.tr("The value"))
        self.comment = QLineEdit()
        self.add_field(form, "measured_on", self.tr("Date *"), self.measured_on,
                       check=self._date_problem)
        self.add_field(form, "value", self.tr("Value (%1) *").replace("%1", indicator.unit),
                       self.value, check=self._value_problem)
        self.add_field(form, "comment", self.tr("Comment"), self.comment, below=rgpd_hint())

    def _date_problem(self) -> str | None:
        chosen = self.measured_on.value()
        if chosen is None:
            return self.tr("The date is required.")
        if chosen < self.indicator.baseline_on:
            return self.tr("A measurement cannot precede the baseline date ({0}).").format(
                f"{self.indicator.baseline_on:%d/%m/%Y}")
        return None

    def _value_problem(self) -> str | None:
        problem = ok(self.value.number)
        if problem is None and not self.value.text().strip():
            return self.tr("The value is required.")
        return problem

    def save(self) -> None:
        value = self.value.number()
        assert value is not None
        command = AddMeasurement(self.context, self.indicator, measurements.MeasurementInput(
            self.measured_on.value() or date.today(), value, self.comment.text()))
        execute(self.context, command)
        self.saved_id = command.created_id
