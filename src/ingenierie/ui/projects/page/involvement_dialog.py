"""Involve a stakeholder in a project, or edit how they are involved.

The stakeholder is picked from the directory or described on the spot; a new
one is created together with the involvement, as one undoable step.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ingenierie.models.vocabulary import (
    CooperationStage,
    InvolvementRole,
    Posture,
    Quadrant,
    StakeholderNature,
)
from ingenierie.services.common import check_period
from ingenierie.services.projects import involvements
from ingenierie.ui.context import AppContext
from ingenierie.ui.forms.choices import stakeholder_search
from ingenierie.ui.forms.form import DateField, FormDialog, VocabularyCombo, rgpd_hint
from ingenierie.ui.forms.form import service_check as ok
from ingenierie.ui.forms.search_picker import SearchPicker
from ingenierie.ui.projects.page.involvement_commands import AddInvolvement, EditInvolvement
from ingenierie.ui.stakeholders.commands import CreateStakeholder, stakeholder_name
from ingenierie.ui.stakeholders.dialog import CollectedStakeholder, collect_stakeholder
from ingenierie.ui.undo import CompoundCommand, ServiceCommand, execute


def attitude_labels() -> list[tuple[int | None, str]]:
    """The attitude scale, −2 (opposed) to +2 (driving force), or not assessed."""
    translate = QCoreApplication.translate
    return [(None, translate("Attitude", "not assessed")),
            (-2, translate("Attitude", "−2 opposed")),
            (-1, translate("Attitude", "−1 reluctant")),
            (0, translate("Attitude", "0 neutral")),
            (1, translate("Attitude", "+1 favourable")),
            (2, translate("Attitude", "+2 driving force"))]


def score_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 5)
    return box


class InvolvementDialog(FormDialog):
    """Who is involved, in which role, with what weight, and the officer's posture."""

    def __init__(self, context: AppContext, parent: QWidget | None, project_id: UUID,
                 row: involvements.InvolvementRow | None) -> None:
        super().__init__(self.tr("Add a stakeholder to the project") if row is None
                         else self.tr("Involvement of {0}").format(row.stakeholder_name), parent)
        self.context, self.project_id, self.row = context, project_id, row
        self.new_stakeholder: CollectedStakeholder | None = None
        self.saved_id: UUID | None = None
        self.setMinimumWidth(560)
        form = self.new_form()
        self.body.addLayout(form)
        if row is None:
            self.picker = SearchPicker(stakeholder_search(context), placeholder=self.tr(
                "Type a name, then pick in the list"))
            self.add_field(form, "stakeholder_id", self.tr("Stakeholder *"), self.picker,
                           check=self._stakeholder_problem, below=self._creators())
        self.role = VocabularyCombo(InvolvementRole)
        self.role.set_value(InvolvementRole.PARTENAIRE)
        self.influence, self.interest = score_box(), score_box()
        self.influence.setValue(3)
        self.interest.setValue(3)
        self.quadrant = QLabel()
        self.quadrant.setStyleSheet("color: #0b4f93;")
        self.attitude = QComboBox()
        self.attitudes = attitude_labels()
        self.attitude.addItems([label for _, label in self.attitudes])
        self.participation = VocabularyCombo(CooperationStage)
        self.posture = VocabularyCombo(Posture)
        self.posture.set_value(Posture.FACILITATEUR)
        self.effects = QPlainTextEdit()
        self.effects.setFixedHeight(70)
        self.start_on, self.end_on = DateField(), DateField()
        self.add_field(form, "role", self.tr("Role"), self.role)
        self.add_field(form, "influence", self.tr("Influence (1–5)"), self.influence)
        self.add_field(form, "interest", self.tr("Interest (1–5)"), self.interest,
                       below=self.quadrant)
        self.add_field(form, "attitude", self.tr("Attitude"), self.attitude)
        self.add_field(form, "participation", self.tr("Participation level"), self.participation)
        self.add_field(form, "posture", self.tr("Your posture"), self.posture)
        self.add_field(form, "expected_effects", self.tr("Expected useful effects"),
                       self.effects, below=rgpd_hint())
        self.add_field(form, "start_on", self.tr("From"), self.start_on)
        self.add_field(form, "end_on", self.tr("To"), self.end_on, check=lambda: ok(
            lambda: check_period(self.start_on.value(), self.end_on.value())))
        self.start_on.changed.connect(self.revalidate)
        for box in (self.influence, self.interest):
            box.valueChanged.connect(lambda _: self._show_quadrant())
        if row is not None:
            self._fill(row)
        self._show_quadrant()

    def _creators(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for nature, label in ((StakeholderNature.PERSON, self.tr("New person…")),
                              (StakeholderNature.ORGANISATION, self.tr("New organisation…"))):
            button = QPushButton(label, row)
            button.clicked.connect(lambda _=False, n=nature: self._describe_new(n))
            layout.addWidget(button)
        layout.addStretch(1)
        return row

    def _describe_new(self, nature: StakeholderNature) -> None:
        collected = collect_stakeholder(self.context, self, nature)
        if collected is None:
            return
        self.new_stakeholder = collected
        self.picker.set_value(None)
        self.picker.setText(self.tr("{0} (new)").format(stakeholder_name(collected.data)))
        self.picker.setReadOnly(True)
        self.revalidate()

    def _stakeholder_problem(self) -> str | None:
        if self.new_stakeholder is None and self.picker.value() is None:
            return self.tr("Pick a stakeholder in the suggestions, or describe a new one.")
        return None

    def _show_quadrant(self) -> None:
        quadrant = Quadrant.of(self.influence.value(), self.interest.value())
        self.quadrant.setText(self.tr("Power/interest grid: {0}").format(quadrant.label))

    def _fill(self, row: involvements.InvolvementRow) -> None:
        self.role.set_value(row.role)
        self.influence.setValue(row.influence)
        self.interest.setValue(row.interest)
        self.attitude.setCurrentIndex([v for v, _ in self.attitudes].index(row.attitude))
        self.participation.set_value(row.participation)
        self.posture.set_value(row.posture)
        self.effects.setPlainText(row.expected_effects or "")
        self.start_on.set_value(row.start_on)
        self.end_on.set_value(row.end_on)

    def data(self) -> involvements.InvolvementInput:
        return involvements.InvolvementInput(
            role=self.role.value() or InvolvementRole.PARTENAIRE,
            influence=self.influence.value(), interest=self.interest.value(),
            attitude=self.attitudes[self.attitude.currentIndex()][0],
            participation=self.participation.value() or CooperationStage.INFORMATION,
            posture=self.posture.value() or Posture.MIXTE,
            expected_effects=self.effects.toPlainText(),
            start_on=self.start_on.value(), end_on=self.end_on.value())

    def save(self) -> None:
        data = self.data()
        if self.row is not None:
            if data != self.row.to_input():
                execute(self.context, EditInvolvement(self.context, self.row, data))
            self.saved_id = self.row.id
            return
        command: ServiceCommand
        if self.new_stakeholder is not None:
            name = stakeholder_name(self.new_stakeholder.data)
            command = CompoundCommand(self.context, self.tr(
                "Add the new stakeholder “{0}” to the project").format(name))
            created = command.add(CreateStakeholder(
                self.context, self.new_stakeholder.data,
                allow_duplicate=self.new_stakeholder.allow_duplicate))
            involve = command.add(AddInvolvement(self.context, self.project_id, created, name,
                                                 data))
        else:
            stakeholder_id = self.picker.value()
            assert stakeholder_id is not None
            involve = command = AddInvolvement(self.context, self.project_id, stakeholder_id,
                                               self.picker.text(), data)
        execute(self.context, command)
        self.saved_id = involve.created_id


def involve_stakeholder(context: AppContext, parent: QWidget | None,
                        project_id: UUID) -> UUID | None:
    """Add a stakeholder (existing or new) to the project; the involvement id or None."""
    dialog = InvolvementDialog(context, parent, project_id, None)
    accepted = dialog.exec() == InvolvementDialog.DialogCode.Accepted
    return dialog.saved_id if accepted else None


def edit_involvement(context: AppContext, parent: QWidget | None, involvement_id: UUID) -> bool:
    """Edit every facet of an involvement; True when saved."""
    row = involvements.get_involvement(context.database, involvement_id)
    dialog = InvolvementDialog(context, parent, row.project_id, row)
    return dialog.exec() == InvolvementDialog.DialogCode.Accepted
