"""What every form shares: validation as you type, errors beside the field, the RGPD hint.

A :class:`FormDialog` holds rows; each row may carry a *check*, a function that
returns a French message when the value is wrong (or None). Checks run on every
change; OK stays disabled while one fails. Messages of untouched fields are shown
in a muted colour (they explain the disabled OK without scolding), in red once
the user has edited the field. When saving, a :class:`ValidationError` from the
services is shown beside the field it names, or above the form otherwise.

The line under a checked field keeps its height while it has nothing to say, so
a message appearing or going never moves the fields below (a click aimed at one
landed on its neighbour). The keyboard: the first field has the focus when the
form opens, Tab leaves multi-line fields, Enter in a one-line field is OK.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QIcon, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ingenierie.errors import UserError, ValidationError
from ingenierie.ui.forms.date_field import DateField
from ingenierie.ui.forms.inputs import MoneyField, VocabularyCombo
from ingenierie.ui.forms.search_picker import SearchPicker
from ingenierie.ui.keyboard import (
    first_input,
    no_auto_default,
    page_keys,
    pending_add,
    settle_keys,
)

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


def rgpd_hint(parent: QWidget | None = None, *, about_people: bool = True) -> QLabel:
    """A gentle reminder under free-text fields (DOMAIN.md §4); an organisation's notes
    may name people too, but no one person "may ask to read" them."""
    text = (QCoreApplication.translate(
        "Forms", "<b>Personal data</b>: only what the project needs, nothing sensitive "
        "(health, opinions, origin, private life). The person may ask to read it.")
        if about_people else QCoreApplication.translate(
        "Forms", "<b>Personal data</b>: the people named here may ask to read what is "
        "written about them. Only what the project needs, nothing sensitive (health, "
        "opinions, origin, private life)."))
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
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
    """The signal a widget emits when the user changes its value (a picker: when what it
    names changes, a record picked or text typed)."""
    if isinstance(widget, SearchPicker):
        return widget.changed
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


def plain_label(label: str) -> str:
    """A field's label as a screen reader says it: no mnemonic, no "required" star."""
    return label.replace("&", "").rstrip(" *").strip()


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
        self.ok_button.setDefault(True)
        self._focused_once = False
        page_keys(self)
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
        (forms that switch between pages, e.g. person or organisation). A field that
        can be wrong as typed (a date) checks that first.
        """
        container = QWidget(self)
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(container)
        error.setWordWrap(True)
        typed_problem = getattr(widget, "problem", None)
        if check is not None or typed_problem is not None:
            error.setMinimumHeight(error.fontMetrics().height())
            policy = error.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            error.setSizePolicy(policy)
        error.hide()
        column.addWidget(error)
        if below is not None:
            column.addWidget(below)
        form.addRow(label, container)
        container.setFocusProxy(widget)
        for named in {widget, widget.focusProxy() or widget}:  # a date: its line edit
            named.setAccessibleName(plain_label(label))
        if typed_problem is not None:
            check = _typed_first(typed_problem, check)
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
        if not self._focused_once:
            self._focused_once = True
            settle_keys(self)
            no_auto_default(self, keep=self.ok_button)
            first = first_input(self)
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a one-line field is OK (when the form is valid), never another button —
        but in a list's adder holding a record picked, it is its Add; in a multi-line field
        it starts a new line, in a list it is the list's."""
        focus = QApplication.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
                focus, QLineEdit | QComboBox | QAbstractSpinBox):
            if (add := pending_add(focus, self)) is not None:
                add.click()
            elif self.ok_button.isEnabled():
                self.ok_button.click()
            return
        super().keyPressEvent(event)


def _typed_first(typed_problem: Check, check: Check | None) -> Check:
    """The check of a field whose text may not even be a value: that first."""
    return lambda: typed_problem() or (check() if check else None)


__all__ = [
    "Check",
    "DateField",
    "FormDialog",
    "MoneyField",
    "VocabularyCombo",
    "changed_signal",
    "plain_label",
    "rgpd_hint",
    "service_check",
]
