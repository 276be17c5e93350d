"""The forms that score a campaign line by line: the eight criteria, the maturity grid.

Each line has a score (or *non évalué*) and its words; only the lines changed are
written, as one compound command the user undoes at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.evaluation import maturity, scores
from ingenierie.ui.context import AppContext
from ingenierie.ui.evaluation.commands import SetAnswer, SetScore
from ingenierie.ui.forms.form import FormDialog, rgpd_hint
from ingenierie.ui.undo import CompoundCommand, ServiceCommand, execute


def score_combo(choices: Sequence[tuple[int, str]], score: int | None) -> QComboBox:
    """*Non évalué*, then each value of the scale with its label."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("ScoreDialogs", "not evaluated"), None)
    for value, label in choices:
        combo.addItem(f"{value} – {label}" if label else str(value), value)
    combo.setCurrentIndex(max(0, combo.findData(score)))
    return combo


class _LineForm(FormDialog):
    """Rows of (score, text fields); subclasses say what each row writes."""

    def __init__(self, title: str, context: AppContext, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.context = context
        self.setMinimumSize(760, 560)
        self.rows = QWidget()
        self.form = self.new_form()
        self.rows.setLayout(self.form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        self.body.addWidget(scroll, 1)
        self.body.addWidget(rgpd_hint())

    def line(self, name: str, label: str, description: str | None, combo: QComboBox,
             *texts: QLineEdit) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 6)
        inputs = QHBoxLayout()
        inputs.addWidget(combo)
        for text in texts:
            inputs.addWidget(text, 1)
        column.addLayout(inputs)
        if description:
            hint = QLabel(description)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #5f6b78;")
            column.addWidget(hint)
        self.add_field(self.form, name, label, box)

    def save(self) -> None:
        children = self.changes()
        if not children:
            return
        compound = CompoundCommand(self.context, self.windowTitle())
        for child in children:
            compound.add(child)
        execute(self.context, compound)

    def changes(self) -> list[ServiceCommand]:
        raise NotImplementedError


def _edit(placeholder: str, text: str | None) -> QLineEdit:
    edit = QLineEdit(text or "")
    edit.setPlaceholderText(placeholder)
    return edit


class CriteriaDialog(_LineForm):
    """The eight criteria of a campaign, 0 to 4 or *non évalué*, each with its justification
    and the evidence behind it."""

    def __init__(self, context: AppContext, parent: QWidget | None, evaluation_id: UUID,
                 rows: Sequence[scores.ScoreRow]) -> None:
        super().__init__(self.tr("Score the criteria"), context, parent)
        self.evaluation_id, self.before = evaluation_id, list(rows)
        self.body.insertWidget(0, QLabel(self.tr(
            "0: not at all · 1: weakly · 2: partly · 3: largely · 4: fully")))
        self.inputs: list[tuple[QComboBox, QLineEdit, QLineEdit]] = []
        choices = [(value, "") for value in range(scores.SCORE_MIN, scores.SCORE_MAX + 1)]
        for row in rows:
            widgets = (score_combo(choices, row.score),
                       _edit(self.tr("Justification"), row.justification),
                       _edit(self.tr("Evidence"), row.evidence))
            self.inputs.append(widgets)
            self.line(f"score_{row.criterion.value}", row.criterion.label, None, *widgets)

    def set_score(self, criterion: str, score: int | None, justification: str = "") -> None:
        """Fill one line as the user would (for tests and scripts)."""
        position = next(i for i, row in enumerate(self.before) if row.criterion == criterion)
        combo, text, _ = self.inputs[position]
        combo.setCurrentIndex(combo.findData(score))
        text.setText(justification)

    def changes(self) -> list[ServiceCommand]:
        found: list[ServiceCommand] = []
        for row, (combo, justification, evidence) in zip(self.before, self.inputs, strict=True):
            after = scores.ScoreInput(row.criterion, combo.currentData(),
                                      justification.text().strip() or None,
                                      evidence.text().strip() or None)
            if (after.score, after.justification, after.evidence) != (
                    row.score, row.justification, row.evidence):
                found.append(SetScore(self.context, self.evaluation_id, row, after))
        return found


class GridDialog(_LineForm):
    """A campaign's answers to the cooperative maturity grid, principle by principle."""

    def __init__(self, context: AppContext, parent: QWidget | None, evaluation_id: UUID,
                 grid: maturity.FrameworkRow, answers: Sequence[maturity.AnswerRow]) -> None:
        super().__init__(self.tr("Answer the grid “{0}”").format(grid.title), context, parent)
        self.evaluation_id, self.grid = evaluation_id, grid
        self.answers = {answer.item_id: answer for answer in answers}
        choices = [(level.value, level.label) for level in grid.levels]
        self.inputs: list[tuple[QComboBox, QLineEdit]] = []
        for item in grid.items:
            answer = self.answers.get(item.id)
            widgets = (score_combo(choices, answer.score if answer else None),
                       _edit(self.tr("Comment"), answer.comment if answer else None))
            self.inputs.append(widgets)
            self.line(f"item_{item.code}", item.label, item.description, *widgets)

    def set_answer(self, code: str, score: int | None) -> None:
        position = next(i for i, item in enumerate(self.grid.items) if item.code == code)
        combo = self.inputs[position][0]
        combo.setCurrentIndex(combo.findData(score))

    def changes(self) -> list[ServiceCommand]:
        found: list[ServiceCommand] = []
        for item, (combo, comment) in zip(self.grid.items, self.inputs, strict=True):
            before = self.answers.get(item.id)
            score, text = combo.currentData(), comment.text().strip() or None
            if before is None and score is None and text is None:
                continue
            if before is None or (before.score, before.comment) != (score, text):
                found.append(SetAnswer(self.context, self.evaluation_id, item, before, score,
                                       text))
        return found
