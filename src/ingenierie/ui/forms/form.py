"""What every form shares: validation as you type, errors beside the field, the RGPD hint.

A :class:`FormDialog` holds rows; each row may carry a *check*, a function that
returns a French message when the value is wrong (or None). Checks run on every
change; OK stays disabled while one fails. Messages of untouched fields are shown
in a muted colour (they explain the disabled OK without scolding), in red once
the user has edited the field. When saving, a :class:`ValidationError` from the
services is shown beside the field it names, or above the form otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ingenierie.errors import UserError, ValidationError
from ingenierie.ui.forms.inputs import DateField, MoneyField, VocabularyCombo

Check = Callable[[], str | None]

ERROR_STYLE = "color: #b42318;"
PENDING_STYLE = "color: #6b7280;"


def service_check(call: Callable[[], object]) -> str | None:
    """Run a service validation function; its French message, or None when it passes."""
    try:
        call()
    except ValidationError as error:
        return error.message
    return None


def _reveal(widget: QWidget) -> None:
    """Bring forward the tab that holds ``widget``."""
    page: QWidget | None = widget
    while page is not None:
        parent = page.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(page) >= 0:
            tabs.setCurrentWidget(page)
        page = parent


def rgpd_hint(parent: QWidget | None = None) -> QLabel:
    """A gentle reminder under free-text fields about a person (DOMAIN.md §4)."""
    label = QLabel(QCoreApplication.translate(
        "Forms", "<b>Personal data</b>: only what the project needs, nothing sensitive "
        "(health, opinions, origin, private life). The person may ask to read it."), parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #6b5a00; background: #fff8db; border-radius: 4px; padding: 4px;")
    return label


@dataclass
class _Row:
    name: str
    widget: QWidget
    error: QLabel
    check: Check | None = None
    group: str | None = None
    touched: bool = False
    service_message: str | None = None
    aliases: tuple[str, ...] = field(default=())


def changed_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a widget emits when the user changes its value."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, (DateField, MoneyField)):
        return widget.changed
    signal = getattr(widget, "changed", None)
    return signal if isinstance(signal, SignalInstance) else None


class FormDialog(QDialog):
    """A dialog of labelled fields whose OK button waits until every check passes."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._rows: list[_Row] = []
        self.active_groups: set[str] = set()
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "color: #b42318; background: #fef3f2; border: 1px solid #fda29b;"
            " border-radius: 4px; padding: 6px;")
        self.banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.buttons)

    # -- building ---------------------------------------------------------
    def new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        return form

    def add_field(self, form: QFormLayout, name: str, label: str, widget: QWidget, *,
                  check: Check | None = None, aliases: tuple[str, ...] = (),
                  below: QWidget | None = None, group: str | None = None) -> QWidget:
        """Add a labelled field; ``name`` is the service field name its errors carry.

        A field in a ``group`` counts only while that group is in ``active_groups``
        (forms that switch between pages, e.g. person or organisation).
        """
        container = QWidget(self)
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(container)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        if below is not None:
            column.addWidget(below)
        form.addRow(label, container)
        row = _Row(name, widget, error, check, group, aliases=aliases)
        self._rows.append(row)
        signal = changed_signal(widget)
        if signal is not None:
            signal.connect(lambda *_: self._edited(row))
        return widget

    def watch(self, widget: QWidget) -> None:
        """Revalidate when a widget that is not a field (a list, a table) changes."""
        signal = changed_signal(widget)
        if signal is not None:
            signal.connect(lambda *_: self.revalidate())

    # -- validation -------------------------------------------------------
    def _edited(self, row: _Row) -> None:
        row.touched = True
        row.service_message = None
        self.banner.hide()
        self.revalidate()

    def revalidate(self) -> bool:
        """Run every check, show the messages, enable OK when all pass."""
        valid = True
        for row in self._active_rows():
            message = row.service_message or (row.check() if row.check else None)
            valid = valid and message is None
            row.error.setVisible(message is not None)
            row.error.setText(message or "")
            row.error.setStyleSheet(ERROR_STYLE if row.touched or row.service_message
                                    else PENDING_STYLE)
        self.ok_button.setEnabled(valid)
        self._mark_tabs()
        return valid

    def _mark_tabs(self) -> None:
        """A warning icon on each tab that holds a field in error."""
        for tabs in self.findChildren(QTabWidget):
            for index in range(tabs.count()):
                page = tabs.widget(index)
                assert page is not None  # an index below count()
                wrong = any(row.error.isVisibleTo(page) for row in self._active_rows()
                            if page.isAncestorOf(row.widget))
                tabs.setTabIcon(index, self.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning) if wrong else QIcon())

    def _active_rows(self) -> list[_Row]:
        return [row for row in self._rows if row.group is None or row.group in self.active_groups]

    def clear_service_errors(self) -> None:
        """Forget the messages of a refused save (the user changed what caused it)."""
        for row in self._rows:
            row.service_message = None
        self.banner.hide()
        self.revalidate()

    def error_text(self, name: str) -> str | None:
        """The message shown beside a field, if any (what the user reads)."""
        row = self._row_for(name)
        assert row is not None, name
        return row.error.text() if row.error.isVisibleTo(self) else None

    def show_error(self, error: UserError) -> None:
        """Put a refused save's message beside its field, or above the form."""
        name = error.field if isinstance(error, ValidationError) else None
        row = self._row_for(name)
        if row is None:
            self.banner.setText(error.user_message())
            self.banner.show()
        else:
            row.service_message = error.message
            _reveal(row.widget)
            row.widget.setFocus()
        self.revalidate()

    def _row_for(self, name: str | None) -> _Row | None:
        if name is None:
            return None
        rows = self._active_rows()
        return (next((row for row in rows if row.name == name), None)
                or next((row for row in rows if name in row.aliases), None))

    # -- saving -----------------------------------------------------------
    def save(self) -> None:
        """Write the form through the services; raise UserError to refuse."""
        raise NotImplementedError

    def accept(self) -> None:
        if not self.revalidate():
            return
        try:
            self.save()
        except UserError as error:
            self.show_error(error)
            return
        super().accept()

    def showEvent(self, event: QShowEvent) -> None:
        self.revalidate()
        super().showEvent(event)


__all__ = [
    "Check",
    "DateField",
    "FormDialog",
    "MoneyField",
    "VocabularyCombo",
    "changed_signal",
    "rgpd_hint",
    "service_check",
]
