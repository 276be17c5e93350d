"""A date typed the French way, or picked in a calendar, or left empty.

A line edit rather than a ``QDateEdit``: a date edit has no empty value (a
"not set" special value stands for 1900, which typing appended to, the arrows
walked from and the calendar opened on), and its Tab key walks its sections,
so an empty date trapped the focus. Here the text is the truth: ``15/01/2024``,
``15012024``, ``15/1/24`` or ``15/01`` (this year) are read when typed, the text
is written back as ``15/01/2024`` when the field is left, and a text that is not
a date is a problem the form shows beside the field.

Keys: Up/Down a day later or earlier (from today when empty), Page Up/Down a
month; F4 or Alt+Down opens the calendar on the date or on today; Tab always
leaves the field.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ingenierie.services.importing.parsing.dates import parse_date
from ingenierie.ui.icons import icon

DISPLAY = "%d/%m/%Y"
_TYPABLE = QRegularExpression(r"[0-9/.\- ]{0,10}")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")
_NO_YEAR = re.compile(r"^(\d{1,2})[/.\- ](\d{1,2})[/.\- ]?$")


translate = QCoreApplication.translate


def read_typed_date(text: str, today: date | None = None) -> date | None:
    """The date ``text`` names, None when blank; ValueError (French) when it is no date.

    Besides what the import reads (``15/01/2024``, ``15.1.24``…), the shortcuts of
    typing: eight or six digits (``15012024``, ``150124``) and a day and month alone
    (``15/01``: this year).
    """
    stripped = text.strip()
    if not stripped:
        return None
    if match := _COMPACT.match(stripped):
        stripped = "/".join(match.groups())
    elif match := _NO_YEAR.match(stripped):
        stripped = f"{match.group(1)}/{match.group(2)}/{(today or date.today()).year}"
    result = parse_date(stripped)
    if result.error is not None or result.value is None:
        raise ValueError(result.error or translate("DateField", "This is not a date."))
    return result.value


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


class _CalendarPopup(QCalendarWidget):
    """The calendar under the field: Enter or a click picks, Escape closes."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.field = field
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.activated.connect(self._picked)
        self.clicked.connect(self._picked)
        self.setAccessibleName(translate("DateField", "Calendar"))

    def _picked(self, chosen: QDate) -> None:
        self.field.set_value(date(chosen.year(), chosen.month(), chosen.day()))
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._picked(self.selectedDate())
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.field.edit.setFocus()


class _DateEdit(QLineEdit):
    """The text of the date, with the keys of a date field."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field)
        self.field = field

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        alt = modifiers & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.field.open_calendar()
            return
        steps: dict[int, tuple[int, int]] = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_PageUp: (0, 1), Qt.Key.Key_PageDown: (0, -1)}
        if key in steps and not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            self.field.step(*steps[key])
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.field.tidy()
        super().focusOutEvent(event)


class DateField(QWidget):
    """A date that may be left empty (unless ``optional`` is False: then today at first)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional
        self.edit = _DateEdit(self)
        self.edit.setPlaceholderText(translate("DateField", "dd/mm/yyyy"))
        self.edit.setValidator(QRegularExpressionValidator(_TYPABLE, self.edit))
        self.edit.setClearButtonEnabled(optional)
        self.edit.setToolTip(translate(
            "DateField", "Type the date (15/01/2024, 15012024, 15/1/24), or F4 for the "
            "calendar. Up and Down: a day later or earlier."))
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        self.calendar_button = QToolButton(self)
        self.calendar_button.setIcon(icon("calendar"))  # an emoji needs a font it may lack
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F4 does it from the keys
        self.calendar_button.setToolTip(translate("DateField", "Open the calendar (F4)"))
        self.calendar_button.setAccessibleName(translate("DateField", "Open the calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.calendar: _CalendarPopup | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)
        self.set_value(None if optional else date.today())

    # --- the value ------------------------------------------------------------------------
    def value(self) -> date | None:
        """The date typed, or None (blank, or not a date: see :meth:`problem`)."""
        try:
            return read_typed_date(self.edit.text())
        except ValueError:
            return None

    def problem(self) -> str | None:
        """Why the text typed is not a date, in French; None when it is one or blank."""
        try:
            read_typed_date(self.edit.text())
        except ValueError as error:
            return str(error)
        return None

    def set_value(self, value: date | None) -> None:
        self.edit.setText("" if value is None else value.strftime(DISPLAY))

    # --- keys -------------------------------------------------------------------------------
    def step(self, days: int, months: int) -> None:
        """A day or a month later (negative: earlier), from today when the field is empty."""
        current = self.value()
        if current is None:
            self.set_value(date.today())
        else:
            self.set_value(add_months(current, months) + timedelta(days=days))
        self.edit.selectAll()

    def tidy(self) -> None:
        """Write a date typed loosely the way it is shown (15/1/24 → 15/01/2024)."""
        current = self.value()
        if current is not None and self.edit.text() != current.strftime(DISPLAY):
            self.set_value(current)

    def open_calendar(self) -> None:
        """Show the calendar under the field, on the date or on today."""
        if self.calendar is None:
            self.calendar = _CalendarPopup(self)
        shown = self.value() or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()
