"""Input widgets the forms share: optional dates, amounts in euros, vocabulary choices."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ingenierie.errors import ValidationError
from ingenierie.models.vocabulary import CooperationStage, Vocabulary
from ingenierie.services.common import euros
from ingenierie.services.evaluation.values import french_number
from ingenierie.services.importing.parsing.numbers import parse_decimal
from ingenierie.ui.charts.stage_colours import stage_icon

_NOT_SET = QDate(1900, 1, 1)
_AMOUNT = re.compile(r"^(\d+)(?:[.,](\d{1,2}))?$")



class DateField(QWidget):
    """A date that may be left empty: a calendar pop-up and a button to clear it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setMinimumDate(_NOT_SET)
        not_set = QCoreApplication.translate("Inputs", "not set")
        self.edit.setSpecialValueText(not_set if optional else "")
        self.edit.dateChanged.connect(lambda _: self.changed.emit())
        self.edit.calendarWidget().activated.connect(lambda _: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(QCoreApplication.translate("Inputs", "Clear the date"))
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.clear_button.setVisible(optional)
        layout.addWidget(self.clear_button)
        self.set_value(None if optional else date.today())

    def value(self) -> date | None:
        chosen = self.edit.date()
        return None if chosen == _NOT_SET else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.edit.setDate(_NOT_SET)
            today = date.today()
            self.edit.calendarWidget().setCurrentPage(today.year, today.month)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))


def parse_euros(text: str, field: str, label: str) -> int | None:
    """Euros as typed in France ("12 500,50 €") to integer cents; blank is None."""
    compact = "".join(text.replace("€", "").split())
    if not compact:
        return None
    match = _AMOUNT.match(compact)
    if match is None:
        raise ValidationError(
            QCoreApplication.translate(
                "Inputs", "{0}: “{1}” is not an amount (expected e.g. 12 500,00).").format(
                label, text),
            field=field)
    return int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))


def format_euros(cents: int | None) -> str:
    """Integer cents as French euros (12 500,50 €), blank when not given."""
    return "" if cents is None else euros(cents)


class MoneyField(QLineEdit):
    """An amount in euros, read as integer cents."""

    changed = Signal()

    def __init__(self, field: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field, self.label = field, label
        self.setPlaceholderText(QCoreApplication.translate("Inputs", "e.g. 12 500,00 €"))
        self.textChanged.connect(lambda _: self.changed.emit())

    def cents(self) -> int | None:
        """The amount, or ValidationError when the text is not one."""
        return parse_euros(self.text(), self.field, self.label)

    def set_cents(self, cents: int | None) -> None:
        self.setText(format_euros(cents))


class DecimalField(QLineEdit):
    """A number typed the French way (``1 234,5``), read as an exact Decimal."""

    changed = Signal()

    def __init__(self, field: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field, self.label = field, label
        self.setPlaceholderText(QCoreApplication.translate("Inputs", "e.g. 12,5"))
        self.textChanged.connect(lambda _: self.changed.emit())

    def number(self) -> Decimal | None:
        """The number (None when blank), or ValidationError when the text is not one."""
        parsed = parse_decimal(self.text())
        if parsed.error is not None:
            raise ValidationError(f"{self.label}\u00a0: {parsed.error}", field=self.field)
        return parsed.value

    def set_number(self, value: Decimal | int | None) -> None:
        self.setText("" if value is None else french_number(value))


class VocabularyCombo(QComboBox):
    """A closed list shown by its French labels; optionally "not set"."""

    def __init__(self, vocabulary: type[Vocabulary], parent: QWidget | None = None, *,
                 optional: bool = False) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        if optional:
            self.addItem("—", None)
        for member in vocabulary:  # Qt keeps the code as a plain string
            if isinstance(member, CooperationStage):
                self.addItem(stage_icon(member), member.label, member.value)
            else:
                self.addItem(member.label, member.value)

    def value(self) -> Vocabulary | None:
        code = self.currentData()
        return None if code is None else self.vocabulary(code)

    def set_value(self, member: Vocabulary | None) -> None:
        self.setCurrentIndex(max(0, self.findData(None if member is None else member.value)))
