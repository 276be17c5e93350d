"""Dates typed with the keyboard: the French ways of writing one, the arrows, the calendar
on F4 and Alt+Down, clearing, and Tab that always leaves the field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ingenierie.ui.forms.date_field import DateField, add_months, read_typed_date


@pytest.fixture
def fields(qtbot):
    """A window with a line edit, two optional dates and a line edit, as in a form."""
    window = QWidget()
    layout = QVBoxLayout(window)
    before, start, end, after = QLineEdit(), DateField(), DateField(), QLineEdit()
    for widget in (before, start, end, after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start.edit)
    yield before, start, end, after
    window.close()


@pytest.mark.parametrize("typed", ["15/01/2024", "15012024", "15/1/24", "15.01.2024"])
def test_a_date_typed_in_an_empty_field_is_read_and_shown_in_full(qtbot, fields, typed):
    _before, start, _end, _after = fields
    qtbot.keyClicks(start.edit, typed)
    assert start.value() == date(2024, 1, 15) and start.problem() is None
    qtbot.keyClick(start.edit, Qt.Key.Key_Tab)
    assert start.edit.text() == "15/01/2024"


def test_a_day_and_month_alone_are_this_year():
    assert read_typed_date("3/2", today=date(2025, 6, 1)) == date(2025, 2, 3)


def test_ctrl_a_then_typing_replaces_the_date(qtbot, fields):
    _before, start, _end, _after = fields
    start.set_value(date(2023, 5, 2))
    qtbot.keyClick(start.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(start.edit, "01/02/2024")
    assert start.value() == date(2024, 2, 1)


def test_what_is_not_a_date_is_said_and_gives_no_value(qtbot, fields):
    _before, start, _end, _after = fields
    qtbot.keyClicks(start.edit, "31/02/2024")
    assert start.value() is None
    assert start.problem() == "La date « 31/02/2024 » n'existe pas."
    qtbot.keyClicks(start.edit, "abc")  # refused by the field: digits and separators only
    assert start.edit.text() == "31/02/2024"


def test_up_and_down_start_from_today_and_move_by_days_and_months(qtbot, fields):
    _before, start, _end, _after = fields
    qtbot.keyClick(start.edit, Qt.Key.Key_Up)
    assert start.value() == date.today()
    qtbot.keyClick(start.edit, Qt.Key.Key_Down)
    qtbot.keyClick(start.edit, Qt.Key.Key_Down)
    assert start.value() == date.today() - timedelta(days=2)
    start.set_value(date(2024, 1, 31))
    qtbot.keyClick(start.edit, Qt.Key.Key_PageUp)
    assert start.value() == date(2024, 2, 29)
    assert add_months(date(2024, 3, 31), -13) == date(2023, 2, 28)


@pytest.mark.parametrize(("key", "modifier"), [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)])
def test_the_calendar_opens_on_today_or_the_date_and_enter_picks(qtbot, fields, key, modifier):
    _before, start, end, _after = fields
    qtbot.keyClick(start.edit, key, modifier)
    assert start.calendar is not None and start.calendar.isVisible()
    assert start.calendar.selectedDate().toPython() == date.today()
    qtbot.keyClick(start.calendar, Qt.Key.Key_Escape)
    assert not start.calendar.isVisible() and start.value() is None

    end.set_value(date(2021, 9, 8))
    end.setFocus()
    qtbot.keyClick(end.edit, key, modifier)
    assert end.calendar is not None
    assert end.calendar.selectedDate().toPython() == date(2021, 9, 8)
    qtbot.keyClick(end.calendar.focusWidget() or end.calendar, Qt.Key.Key_Right)
    qtbot.keyClick(end.calendar.focusWidget() or end.calendar, Qt.Key.Key_Return)
    assert end.value() == date(2021, 9, 9) and not end.calendar.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is end.edit)


def test_tab_leaves_an_empty_date_forward_and_backward(qtbot, fields):
    before, start, end, after = fields
    qtbot.keyClick(start.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is end.edit
    qtbot.keyClick(end.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(end.edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(start.edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is before


def test_delete_and_backspace_clear_the_date(qtbot, fields):
    _before, start, end, _after = fields
    start.set_value(date(2024, 1, 15))
    qtbot.keyClick(start.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(start.edit, Qt.Key.Key_Delete)
    assert start.value() is None and start.problem() is None
    end.set_value(date(2024, 1, 15))
    end.setFocus()
    qtbot.keyClick(end.edit, Qt.Key.Key_End)
    for _ in range(10):
        qtbot.keyClick(end.edit, Qt.Key.Key_Backspace)
    assert end.value() is None and end.edit.text() == ""


def test_a_required_date_starts_on_today():
    assert DateField(optional=False).value() == date.today()


def test_the_calendar_button_shows_a_drawn_icon_not_a_character(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    button = field.calendar_button
    assert not button.icon().pixmap(16, 16).isNull()
    assert button.text() == ""  # « 📅 » was a box where no font draws it
