"""The dialog of a PDF report or an Excel export: which projects, which period, which file.

The scope is one project (from its page, or the one selected) or the projects the
filters keep — the projects list's own filters, set as the list has them. The
period bounds the exchanges and the portfolio's figures. A report adds the
structure's name and logo for its cover, remembered in the settings, as is the
folder of the last file written. Enter writes, Escape closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ingenierie.models.vocabulary import CooperationStage, ProjectPhase, Scheme, Vocabulary
from ingenierie.services.projects.listing import ProjectFilter, territory_choices
from ingenierie.services.projects.selection import Scope
from ingenierie.services.reporting.gathering import Period
from ingenierie.ui.context import AppContext
from ingenierie.ui.lists.widgets import ChoiceCombo
from ingenierie.ui.settings import AppSettings
from ingenierie.ui.workers import run_in_background


class OutputKind(Enum):
    REPORT = "report"
    EXPORT = "export"

    @property
    def suffix(self) -> str:
        return ".pdf" if self is OutputKind.REPORT else ".xlsx"


@dataclass(frozen=True, slots=True)
class OutputRequest:
    """What the dialog was asked for, as the services take it."""

    kind: OutputKind
    scope: Scope
    period: Period
    path: Path
    replace: bool
    structure: str | None
    logo: Path | None


def _members(vocabulary: type[Vocabulary]) -> list[tuple[str, Vocabulary]]:
    return [(member.label, member) for member in vocabulary]


class OutputDialog(QDialog):
    """Choose a report's or an export's projects, period and file; ``request`` once accepted."""

    def __init__(self, context: AppContext, kind: OutputKind, *,
                 project: tuple[UUID, str] | None = None,
                 wanted: ProjectFilter | None = None, settings: AppSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.kind = context, kind
        self.settings = settings or AppSettings()
        self.project = project
        self.request: OutputRequest | None = None
        self._confirmed: Path | None = None  # replacing it was confirmed by the save dialog
        self.setWindowTitle(self.tr("PDF report") if kind is OutputKind.REPORT
                            else self.tr("Export to Excel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._scope_box(wanted or ProjectFilter()))
        layout.addWidget(self._period_box())
        if kind is OutputKind.REPORT:
            layout.addWidget(self._structure_box())
        layout.addWidget(self._file_box())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Write the report") if kind is OutputKind.REPORT
                   else self.tr("Export"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._scope_changed()

    # -- building --------------------------------------------------------------------------
    def _scope_box(self, wanted: ProjectFilter) -> QGroupBox:
        box = QGroupBox(self.tr("Projects"), self)
        self.one = QRadioButton(self.tr("This project: %1").replace(
            "%1", self.project[1] if self.project else ""), box)
        self.many = QRadioButton(self.tr("The projects matching these filters:"), box)
        self.one.setVisible(self.project is not None)
        (self.one if self.project is not None else self.many).setChecked(True)
        self.scheme = ChoiceCombo(self.tr("All schemes"), _members(Scheme), box)
        self.phase = ChoiceCombo(self.tr("All phases"), _members(ProjectPhase), box)
        self.stage = ChoiceCombo(self.tr("All cooperation stages"),
                                 _members(CooperationStage), box)
        self.territory = ChoiceCombo(self.tr("All territories"), parent=box)
        for combo, value in ((self.scheme, wanted.scheme), (self.phase, wanted.phase),
                             (self.stage, wanted.stage)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self._wanted = wanted
        database = self.context.database
        run_in_background(self, lambda: territory_choices(database), self._show_territories)
        combos = QHBoxLayout()
        for combo in (self.scheme, self.phase, self.stage, self.territory):
            combo.setMaximumWidth(220)
            combos.addWidget(combo)
        layout = QVBoxLayout(box)
        layout.addWidget(self.one)
        layout.addWidget(self.many)
        layout.addLayout(combos)
        self.one.toggled.connect(self._scope_changed)
        return box

    def _show_territories(self, choices: list[tuple[UUID, str]]) -> None:
        self.territory.set_choices([(label, territory_id) for territory_id, label in choices])
        found = self.territory.findData(self._wanted.territory_id)
        self.territory.setCurrentIndex(max(found, 0))

    def _period_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Period"), self)
        today = QDate.currentDate()
        self.since_check = QCheckBox(self.tr("From"), box)
        self.since = QDateEdit(today.addYears(-1), box)
        self.since.setCalendarPopup(True)
        self.since.setEnabled(False)
        self.since_check.toggled.connect(self.since.setEnabled)
        self.until_check = QCheckBox(self.tr("Up to"), box)
        self.until = QDateEdit(today, box)
        self.until.setCalendarPopup(True)
        self.until.setEnabled(False)
        self.until_check.toggled.connect(self.until.setEnabled)
        row = QHBoxLayout(box)
        for widget in (self.since_check, self.since, self.until_check, self.until):
            row.addWidget(widget)
        row.addStretch(1)
        box.setToolTip(self.tr("Without a start, the report shows every exchange (the "
                               "portfolio: the last twelve months); without an end, up to "
                               "today."))
        return box

    def _structure_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cover"), self)
        self.structure = QLineEdit(self.settings.structure_name or "", box)
        self.structure.setPlaceholderText(self.tr("Name of your structure"))
        logo = self.settings.structure_logo
        self.logo = QLineEdit(str(logo) if logo else "", box)
        self.logo.setPlaceholderText(self.tr("PNG or JPEG image (optional)"))
        choose = QPushButton(self.tr("Choose…"), box)
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        form = QFormLayout(box)
        form.addRow(self.tr("Structure:"), self.structure)
        form.addRow(self.tr("Logo:"), logo_row)
        return box

    def _file_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("File"), self)
        folder = self.settings.output_folder(self.kind.value) or \
            self.context.database.folder or Path.home()
        name = (self.tr("report") if self.kind is OutputKind.REPORT
                else self.tr("export")) + f"-{date.today():%Y-%m-%d}{self.kind.suffix}"
        self.path = QLineEdit(str(folder / name), box)
        browse = QPushButton(self.tr("Browse…"), box)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout(box)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        return box

    # -- behaviour -------------------------------------------------------------------------
    def _scope_changed(self) -> None:
        for combo in (self.scheme, self.phase, self.stage, self.territory):
            combo.setEnabled(self.many.isChecked())

    def _choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo of the structure"), self.logo.text() or str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.logo.setText(chosen)

    def _browse(self) -> None:
        what = (self.tr("PDF document (*.pdf)") if self.kind is OutputKind.REPORT
                else self.tr("Excel workbook (*.xlsx)"))
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(),
                                                what)
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != self.kind.suffix:
                path = path.with_name(path.name + self.kind.suffix)
            self.path.setText(str(path))
            self._confirmed = path  # the save dialog asked before choosing an existing file

    def current_scope(self) -> Scope:
        if self.one.isChecked() and self.project is not None:
            return Scope(project_id=self.project[0])
        def member(combo: ChoiceCombo, vocabulary: type[Vocabulary]) -> Any:
            value = combo.value()  # Qt keeps a vocabulary member as its plain code
            return None if value is None else vocabulary(value)
        return Scope(ProjectFilter(scheme=member(self.scheme, Scheme),
                                   phase=member(self.phase, ProjectPhase),
                                   stage=member(self.stage, CooperationStage),
                                   territory_id=self.territory.value()))

    def current_period(self) -> Period:
        def day(edit: QDateEdit) -> date:
            value = edit.date()
            return date(value.year(), value.month(), value.day())
        return Period(day(self.since) if self.since_check.isChecked() else None,
                      day(self.until) if self.until_check.isChecked() else None)

    def accept(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.path.setFocus()
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != self.kind.suffix:
            path = path.with_name(path.name + self.kind.suffix)
        replace = path == self._confirmed
        if path.exists() and not replace:
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("“%1” already exists. Replace it?").replace("%1", path.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        period = self.current_period()
        structure, logo = None, None
        if self.kind is OutputKind.REPORT:
            structure = self.structure.text().strip() or None
            logo = Path(self.logo.text().strip()) if self.logo.text().strip() else None
            self.settings.save_structure(structure, logo)
        self.settings.remember_output(self.kind.value, path)
        self.request = OutputRequest(self.kind, self.current_scope(), period, path, replace,
                                     structure, logo)
        super().accept()

