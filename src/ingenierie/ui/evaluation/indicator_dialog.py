"""Create or edit an indicator, from scratch or from the library; pick one in the library.

An observed indicator (computed from the records) shows what it computes and, when
it is about a rung of the ladder, which one; it takes no baseline value.
"""

from __future__ import annotations

import html
from datetime import date
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ingenierie.models.evaluation_vocabulary import Direction, IndicatorLevel, ObservedMeasure
from ingenierie.models.vocabulary import CooperationStage, Scheme, fold
from ingenierie.services.evaluation import indicators
from ingenierie.services.evaluation.library import DefinitionRow, indicator_library
from ingenierie.services.validation import require_text
from ingenierie.ui.context import AppContext
from ingenierie.ui.evaluation.commands import CreateIndicator, EditIndicator
from ingenierie.ui.forms.form import DateField, FormDialog, VocabularyCombo
from ingenierie.ui.forms.form import service_check as ok
from ingenierie.ui.forms.inputs import DecimalField
from ingenierie.ui.undo import execute

ID_ROLE = Qt.ItemDataRole.UserRole


class IndicatorDialog(FormDialog):
    """The indicator form; ``data`` fills it (a library definition, or the row edited)."""

    def __init__(self, context: AppContext, parent: QWidget | None, project_id: UUID,
                 data: indicators.IndicatorInput,
                 row: indicators.IndicatorRow | None = None) -> None:
        super().__init__(self.tr("New indicator") if row is None
                         else self.tr("Edit the indicator"), parent)
        self.context, self.project_id, self.row, self.start = context, project_id, row, data
        self.saved_id: UUID | None = None
        self.setMinimumWidth(600)
        form = self.new_form()
        self.body.addLayout(form)
        self.title_edit, self.unit, self.source = QLineEdit(), QLineEdit(), QLineEdit()
        self.level, self.direction = VocabularyCombo(IndicatorLevel), VocabularyCombo(Direction)
        self.baseline_on, self.target_on = DateField(optional=False), DateField()
        self.baseline = DecimalField("baseline_value", self.tr("The baseline value"))
        self.target = DecimalField("target_value", self.tr("The target"))
        self.tolerance = DecimalField("tolerance", self.tr("The tolerance"))
        self.stage = VocabularyCombo(CooperationStage, optional=True)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(80)
        measure = ObservedMeasure(data.computation) if data.computation else None
        self.add_field(form, "title", self.tr("Title *"), self.title_edit, check=lambda: ok(
            lambda: require_text(self.title_edit.text(), "title", "L'intitulé", 300)))
        self.add_field(form, "unit", self.tr("Unit *"), self.unit, check=lambda: ok(
            lambda: require_text(self.unit.text(), "unit", "L'unité", 40)))
        self.add_field(form, "level", self.tr("Level"), self.level)
        self.add_field(form, "direction", self.tr("Expected direction"), self.direction)
        self.add_field(form, "baseline_on", self.tr("Baseline date *"), self.baseline_on)
        if measure is not None:
            computed = QLabel(self.tr("Computed from the records: {0}.").format(measure.label))
            computed.setWordWrap(True)
            form.addRow(self.tr("Observed"), computed)
            if measure.needs_stage:
                self.add_field(form, "parameter", self.tr("Participation level *"),
                               self.stage, check=self._stage_problem)
        else:
            self.add_field(form, "baseline_value", self.tr("Baseline value *"), self.baseline,
                           check=self._baseline_problem)
        self.add_field(form, "target_value", self.tr("Target"), self.target,
                       check=self._target_problem)
        self.add_field(form, "target_on", self.tr("Target date"), self.target_on,
                       check=self._target_date_problem)
        self.add_field(form, "tolerance", self.tr("Tolerance (steady)"), self.tolerance,
                       check=lambda: ok(self.tolerance.number))
        self.add_field(form, "source", self.tr("Source"), self.source)
        self.add_field(form, "description", self.tr("Description"), self.description)
        for widget in (self.baseline_on, self.baseline, self.target, self.direction):
            self.watch(widget)
        self.direction.currentIndexChanged.connect(self._direction_changed)
        self._fill(data)

    def _fill(self, data: indicators.IndicatorInput) -> None:
        self.title_edit.setText(data.title)
        self.unit.setText(data.unit)
        self.level.set_value(IndicatorLevel(data.level))
        self.direction.set_value(Direction(data.direction))
        self.baseline_on.set_value(data.baseline_on)
        self.baseline.set_number(data.baseline_value)
        self.target.set_number(data.target_value)
        self.target_on.set_value(data.target_on)
        self.tolerance.set_number(data.tolerance)
        self.stage.set_value(CooperationStage.parse(data.parameter) if data.parameter else None)
        self.source.setText(data.source or "")
        self.description.setPlainText(data.description or "")
        self._direction_changed()

    def _direction_changed(self) -> None:
        self.tolerance.setEnabled(self.direction.value() is Direction.STABILITE)

    def _stage_problem(self) -> str | None:
        return None if self.stage.value() else self.tr("Choose the level it counts.")

    def _baseline_problem(self) -> str | None:
        problem = ok(self.baseline.number)
        if problem is None and not self.baseline.text().strip():
            return self.tr("The baseline value is required.")
        return problem

    def _target_problem(self) -> str | None:
        """The services' rule as the user types: a rising indicator aims above its
        baseline, a falling one below (an observed one's baseline is computed on saving)."""
        def check() -> None:
            target, direction = self.target.number(), self.direction.value()
            if self.start.computation is None and isinstance(direction, Direction):
                indicators.check_target(direction, self.baseline.number(), target)
        return ok(check)

    def _target_date_problem(self) -> str | None:
        target_on, baseline_on = self.target_on.value(), self.baseline_on.value()
        if target_on is not None and baseline_on is not None and target_on <= baseline_on:
            return self.tr("The target date must follow the baseline date.")
        if target_on is not None and not self.target.text().strip():
            return self.tr("A target date needs a target value.")
        return None

    def data(self) -> indicators.IndicatorInput:
        observed = self.start.computation is not None
        stage = self.stage.value()
        return indicators.IndicatorInput(
            title=self.title_edit.text(), unit=self.unit.text(),
            baseline_on=self.baseline_on.value() or date.today(),
            level=self.level.value() or IndicatorLevel.REALISATION,
            direction=self.direction.value() or Direction.HAUSSE,
            baseline_value=None if observed else self.baseline.number(),
            target_value=self.target.number(), target_on=self.target_on.value(),
            tolerance=self.tolerance.number() if self.tolerance.isEnabled() else None,
            source=self.source.text(), description=self.description.toPlainText(),
            definition_id=self.start.definition_id, computation=self.start.computation,
            parameter=stage.value if stage is not None and observed else None)

    def save(self) -> None:
        data = self.data()
        if self.row is None:
            command = CreateIndicator(self.context, self.project_id, data)
            execute(self.context, command)
            self.saved_id = command.created_id
            return
        if data != self.row.to_input():
            execute(self.context, EditIndicator(self.context, self.row, data))
        self.saved_id = self.row.id


class LibraryDialog(QDialog):
    """The library of common indicators, those suited to the project's scheme first."""

    def __init__(self, context: AppContext, parent: QWidget | None, scheme: Scheme) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indicator library"))
        self.setMinimumSize(760, 480)
        self.definitions = indicator_library(context.database, scheme=scheme)
        self.suited = {d.id for d in self.definitions if scheme in d.schemes}
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by title or unit…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.detail = QTextBrowser(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._fill)
        self.list.currentItemChanged.connect(lambda *_: self._show())
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        self._fill()

    def _fill(self) -> None:
        words = fold(self.search.text()).split()
        self.list.clear()
        for definition in self.definitions:
            haystack = fold(f"{definition.title} {definition.unit}")
            if all(word in haystack for word in words):
                mark = "★ " if definition.id in self.suited else ""
                item = QListWidgetItem(f"{mark}{definition.title} ({definition.unit})")
                item.setData(ID_ROLE, str(definition.id))
                self.list.addItem(item)
        self.list.setCurrentRow(0)
        self._show()

    def chosen(self) -> DefinitionRow | None:
        if self.list.currentRow() < 0:
            return None
        item = self.list.currentItem()
        return next(d for d in self.definitions if str(d.id) == item.data(ID_ROLE))

    def choose(self, code: str) -> None:
        """Select the definition ``code`` (for tests and scripts)."""
        for row in range(self.list.count()):
            definition = next(d for d in self.definitions
                              if str(d.id) == self.list.item(row).data(ID_ROLE))
            if definition.code == code:
                self.list.setCurrentRow(row)
                return
        raise KeyError(code)

    def _show(self) -> None:
        definition = self.chosen()
        self.ok_button.setEnabled(definition is not None)
        if definition is None:
            self.detail.clear()
            return
        facts = [definition.level.label, definition.direction.label, definition.unit]
        if definition.observed and definition.computation is not None:
            facts.append(self.tr("computed from the records"))
        suited = (self.tr("Suited to this project's scheme.")
                  if definition.id in self.suited else "")
        self.detail.setHtml(
            f"<h3>{html.escape(definition.title)}</h3><p>{html.escape(' · '.join(facts))}</p>"
            f"<p>{html.escape(definition.description or '')}</p>"
            f"<p><i>{html.escape(suited)}</i></p>")


def new_indicator(context: AppContext, parent: QWidget | None, project_id: UUID,
                  baseline_on: date, definition: DefinitionRow | None = None) -> UUID | None:
    """Create an indicator, from ``definition`` or from scratch; its id, or None."""
    data = (indicators.input_from_definition(definition, baseline_on) if definition
            else indicators.IndicatorInput(title="", unit="", baseline_on=baseline_on))
    dialog = IndicatorDialog(context, parent, project_id, data)
    return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None


def pick_from_library(context: AppContext, parent: QWidget | None, scheme: Scheme
                      ) -> DefinitionRow | None:
    dialog = LibraryDialog(context, parent, scheme)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
