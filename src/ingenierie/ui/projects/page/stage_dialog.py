"""Move a project to a cooperation stage: which stage, since when, on what evidence."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.projects import project as projects
from ingenierie.services.validation import require_text
from ingenierie.ui.context import AppContext
from ingenierie.ui.forms.form import DateField, FormDialog, VocabularyCombo, rgpd_hint
from ingenierie.ui.forms.form import service_check as ok
from ingenierie.ui.projects.page.record_commands import MoveToStage
from ingenierie.ui.undo import execute


class StageDialog(FormDialog):
    """The "Move to stage…" form; the evidence is required."""

    def __init__(self, context: AppContext, parent: QWidget | None,
                 project: projects.ProjectDetail) -> None:
        super().__init__(self.tr("Move to stage"), parent)
        self.context, self.project = context, project
        self.setMinimumWidth(520)
        if project.stage is not None and project.stage_since is not None:
            current = self.tr("Current stage: {0}, since {1}.").format(
                project.stage.label, f"{project.stage_since:%d/%m/%Y}")
        else:
            current = self.tr("No stage recorded yet for this project.")
        self.body.addWidget(QLabel(current, self))
        form = self.new_form()
        self.body.addLayout(form)
        self.stage = VocabularyCombo(CooperationStage)
        ladder = list(CooperationStage)
        rank = project.stage.rank if project.stage else 0
        self.stage.set_value(ladder[min(rank, len(ladder) - 1)])
        self.entered_on = DateField(optional=False)
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText(self.tr(
            "What shows the cooperation has reached this stage: a charter signed together, "
            "a document co-written, a decision taken jointly…"))
        self.evidence.setFixedHeight(110)
        self.recorded_by = QLineEdit()
        self.add_field(form, "stage", self.tr("Stage"), self.stage)
        self.add_field(form, "entered_on", self.tr("Reached on"), self.entered_on,
                       check=self._date_problem)
        self.add_field(form, "evidence", self.tr("Evidence *"), self.evidence,
                       check=lambda: ok(lambda: require_text(
                           self.evidence.toPlainText(), "evidence",
                           "La preuve (ce qui atteste l'étape)", 10_000)))
        form.addRow(rgpd_hint())
        self.add_field(form, "recorded_by", self.tr("Recorded by"), self.recorded_by)
        note = QLabel(self.tr("The history is kept as it is: Ctrl+Z takes this entry back "
                              "right away; a mistake found later is corrected by a new entry."),
                      self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b7280;")
        self.body.addWidget(note)
        self.change_id: UUID | None = None

    def _date_problem(self) -> str | None:
        chosen = self.entered_on.value()
        if chosen is None:
            return self.tr("The date is required.")
        if chosen > date.today():
            return self.tr("This date is in the future: record only a stage already reached.")
        if self.project.start_on and chosen < self.project.start_on:
            return self.tr("This date is before the project started ({0}).").format(
                f"{self.project.start_on:%d/%m/%Y}")
        return None

    def save(self) -> None:
        stage = self.stage.value()
        entered_on = self.entered_on.value()
        assert isinstance(stage, CooperationStage) and entered_on is not None
        command = MoveToStage(self.context, self.project.id, stage, entered_on,
                              self.evidence.toPlainText(), self.recorded_by.text() or None)
        execute(self.context, command)
        self.change_id = command.change_id


def move_to_stage(context: AppContext, parent: QWidget | None, project_id: UUID) -> UUID | None:
    """Ask for the stage, its date and evidence, and record it; the new entry's id or None."""
    dialog = StageDialog(context, parent, projects.get_project(context.database, project_id))
    accepted = dialog.exec() == StageDialog.DialogCode.Accepted
    return dialog.change_id if accepted else None
