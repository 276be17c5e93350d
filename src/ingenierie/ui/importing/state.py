"""What the wizard's pages share: the user's choices so far, and the page base class.

Each page reads and writes :class:`ImportState` through the wizard; a change
upstream (another sheet, header row, record kind or mapping) clears what was
derived from it downstream, so a dry run never describes choices since undone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget, QWizard, QWizardPage

from ingenierie.services.importing.control import CancelCheck, ProgressCallback
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.mapping.headers import ColumnMapping, Detection, MappingStore
from ingenierie.services.importing.pipeline import ImportOptions
from ingenierie.services.importing.report import ImportReport
from ingenierie.ui.context import AppContext
from ingenierie.ui.importing.loading import SheetSnapshot

T = TypeVar("T")

ERROR_STYLE = "color: #b3261e;"


@dataclass(slots=True)
class ImportState:
    """The file read, the choices made on it, and the dry run of those choices."""

    snapshot: SheetSnapshot | None = None
    kind: RecordKind | None = None  # None: not recognised for sure, the user chooses
    detection: Detection | None = None  # how the sheet's columns fit each kind
    mapping: ColumnMapping | None = None
    saved_mapping: ColumnMapping | None = None  # found in the store for these headers
    plan: ImportReport | None = None
    skip_invalid: bool = False
    rejects_path: Path | None = None
    replace_rejects: bool = False  # the save dialog asked about the file already there
    update_existing: bool = True
    plan_name: str | None = None  # a plan d'action's name (the file's, unless changed)
    skip_hidden: bool = False
    merge_repeated: bool = False
    merge_choices: dict[tuple[str | None, int, str], int] = field(default_factory=dict)

    def options(self, *, dry_run: bool) -> ImportOptions:
        """The pipeline's options. The dry run always sets invalid rows aside, so that its
        report tells both outcomes apart; the refusal itself is the user's choice."""
        assert self.snapshot is not None and self.mapping is not None
        return ImportOptions(
            sheet=self.snapshot.sheet, header_row=self.snapshot.header_row, kind=self.kind,
            mapping=self.mapping, skip_invalid=dry_run or self.skip_invalid,
            rejects_path=None if dry_run or not self.skip_invalid else self.rejects_path,
            replace_rejects=self.replace_rejects,
            update_existing=self.update_existing, plan_name=self.plan_name,
            skip_hidden=self.skip_hidden, merge_repeated=self.merge_repeated,
            merge_choices=tuple(self.merge_choices.items()))


class ImportFlow(Protocol):
    """What the pages ask of the wizard that holds them (``wizard.ImportWizard``).

    A protocol rather than the class itself, so that the pages do not import the
    wizard that imports them.
    """

    context: AppContext
    store: MappingStore
    state: ImportState
    importing: bool

    def run(self, title: str, work: Callable[[ProgressCallback, CancelCheck], T],
            on_success: Callable[[T], Any],
            on_failure: Callable[[BaseException], Any]) -> None: ...

    def abandon(self) -> None: ...

    def set_snapshot(self, snapshot: SheetSnapshot) -> None: ...

    def set_kind(self, kind: RecordKind | None) -> None: ...

    def set_mapping(self, mapping: ColumnMapping) -> None: ...

    def current_mapping(self) -> ColumnMapping: ...

    def next(self) -> None: ...

    def setOption(self, option: QWizard.WizardOption, on: bool = ...) -> None: ...


class StepPage(QWizardPage):
    """A page of the import wizard."""

    @property
    def flow(self) -> ImportFlow:
        return cast(ImportFlow, self.wizard())

    @property
    def state(self) -> ImportState:
        return self.flow.state


def message_label(parent: QWidget, *, error: bool = False) -> QLabel:
    """A wrapped, selectable label for explanations; red for errors; hidden while empty."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if error:
        label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def say(label: QLabel, text: str | None) -> None:
    """Show ``text`` in ``label``, or hide the label when there is nothing to say."""
    label.setText(text or "")
    label.setVisible(bool(text))


def left_aligned(widget: QWidget) -> QHBoxLayout:
    """A row holding ``widget`` at its natural width, on the left (a button, say)."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row
