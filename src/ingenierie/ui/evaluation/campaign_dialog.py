"""Create or edit an evaluation campaign: when, how, with whom, what the partners declare."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ingenierie.models.evaluation_vocabulary import (
    EvaluationKind,
    EvaluationRole,
    EvaluationTiming,
)
from ingenierie.models.vocabulary import CooperationStage, Posture
from ingenierie.services.evaluation import campaigns
from ingenierie.ui.context import AppContext
from ingenierie.ui.evaluation.commands import CreateEvaluation, EditEvaluation
from ingenierie.ui.forms.choices import stakeholder_search
from ingenierie.ui.forms.form import DateField, FormDialog, VocabularyCombo, rgpd_hint
from ingenierie.ui.forms.link_lists import RoleLinks
from ingenierie.ui.undo import execute


class CampaignDialog(FormDialog):
    """The campaign form; the date is checked against the project's start as it is typed."""

    def __init__(self, context: AppContext, parent: QWidget | None, project_id: UUID,
                 project_start: date | None, row: campaigns.EvaluationRow | None) -> None:
        super().__init__(self.tr("New evaluation campaign") if row is None
                         else self.tr("Edit the evaluation campaign"), parent)
        self.context, self.project_id, self.row = context, project_id, row
        self.project_start = project_start
        self.saved_id: UUID | None = None
        self.setMinimumSize(620, 600)
        form = self.new_form()
        self.body.addLayout(form)
        self.evaluated_on = DateField(optional=False)
        self.kind = VocabularyCombo(EvaluationKind)
        self.timing = VocabularyCombo(EvaluationTiming)
        self.declared_stage = VocabularyCombo(CooperationStage, optional=True)
        self.declared_posture = VocabularyCombo(Posture, optional=True)
        self.participants = RoleLinks(
            stakeholder_search(context), EvaluationRole, self.tr("Participant"),
            self.tr("Type a stakeholder's name, then pick in the list"),
            ((p.stakeholder_id, p.display_name, p.role) for p in row.participants)
            if row else (), one_role_each=True)
        self.participants.role.set_value(EvaluationRole.PARTICIPANT)
        self.narrative = QPlainTextEdit()
        self.narrative.setPlaceholderText(self.tr(
            "How the evaluation went, what stood out, what the partners said…"))
        self.add_field(form, "evaluated_on", self.tr("Date *"), self.evaluated_on,
                       check=self._date_problem)
        self.add_field(form, "kind", self.tr("Kind"), self.kind)
        self.add_field(form, "timing", self.tr("Timing"), self.timing)
        self.add_field(form, "declared_stage", self.tr("Cooperation stage declared"),
                       self.declared_stage)
        self.add_field(form, "declared_posture", self.tr("Officer's posture declared"),
                       self.declared_posture)
        self.add_field(form, "participants", self.tr("Participants"), self.participants)
        self.add_field(form, "narrative", self.tr("Narrative"), self.narrative,
                       below=rgpd_hint())
        self.participants.changed.connect(self.revalidate)
        if row is not None:
            self._fill(row)
        else:
            self.timing.set_value(EvaluationTiming.MI_PARCOURS)

    def _date_problem(self) -> str | None:
        chosen = self.evaluated_on.value()
        if chosen is None:
            return self.tr("The date is required.")
        if self.project_start is not None and chosen < self.project_start:
            return self.tr("The campaign cannot precede the project's start ({0}).").format(
                f"{self.project_start:%d/%m/%Y}")
        return None

    def _fill(self, row: campaigns.EvaluationRow) -> None:
        self.evaluated_on.set_value(row.evaluated_on)
        self.kind.set_value(row.kind)
        self.timing.set_value(row.timing)
        self.declared_stage.set_value(row.declared_stage)
        self.declared_posture.set_value(row.declared_posture)
        self.narrative.setPlainText(row.narrative or "")

    def data(self) -> campaigns.EvaluationInput:
        return campaigns.EvaluationInput(
            evaluated_on=self.evaluated_on.value() or date.today(),
            kind=self.kind.value() or EvaluationKind.AUTO_EVALUATION,
            timing=self.timing.value() or EvaluationTiming.CONTINUE,
            declared_stage=self.declared_stage.value(),
            declared_posture=self.declared_posture.value(),
            narrative=self.narrative.toPlainText(),
            participants=self.participants.links())

    def save(self) -> None:
        data = self.data()
        if self.row is None:
            command = CreateEvaluation(self.context, self.project_id, data)
            execute(self.context, command)
            self.saved_id = command.created_id
            return
        if data != self.row.to_input():
            execute(self.context, EditEvaluation(self.context, self.row, data))
        self.saved_id = self.row.id


def edit_campaign(context: AppContext, parent: QWidget | None, project_id: UUID,
                  project_start: date | None, row: campaigns.EvaluationRow | None = None
                  ) -> UUID | None:
    """Create a campaign, or edit ``row``; the saved id, or None when cancelled."""
    dialog = CampaignDialog(context, parent, project_id, project_start, row)
    accepted = dialog.exec() == CampaignDialog.DialogCode.Accepted
    return dialog.saved_id if accepted else None
