"""Small corrections to Qt's Fusion style for French text."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget


class AccentSafeStyle(QProxyStyle):
    """Fusion draws unselected tabs two pixels lower and clips their text, which cuts
    the accent off capitals: "Échanges" read "Echanges". The text gets room above."""

    def subElementRect(self, element: QStyle.SubElement, option: QStyleOption,
                       widget: QWidget | None = None) -> QRect:
        # PySide6's stub makes QProxyStyle's widget required; Qt's is a pointer that may be null.
        rect = super().subElementRect(element, option, widget)  # type: ignore[arg-type]
        if element == QStyle.SubElement.SE_TabBarTabText:
            rect.adjust(0, -3, 0, 0)
        return rect


def apply_style(app: QApplication) -> None:
    """Correct the style in use when it is Fusion (the default on Linux); others are left."""
    if app.style().name().casefold() == "fusion":
        app.setStyle(AccentSafeStyle("Fusion"))
