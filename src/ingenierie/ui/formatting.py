"""Dates, numbers and quotations written the way the user's locale (French by default)
writes them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def quoted(text: str) -> str:
    """``text`` between French quotation marks, held to them by no-break spaces."""
    return f"«\u00a0{text}\u00a0»"
