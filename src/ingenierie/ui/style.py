"""Corrections to Qt's Fusion style: French accents on tabs, and a focus ring one can see.

Fusion marks the focused control with a faint line of the highlight colour, which
users of the keyboard alone could not find on a large form. One focus frame
follows the focus from control to control and draws a two-pixel ring in the
accent colour, around line edits, lists, buttons and tables alike.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QTabBar,
    QWidget,
)

RING_COLOUR = "#1a5fb4"
RING_WIDTH = 2
RING_MARGIN = 3


class AccentSafeStyle(QProxyStyle):
    """Fusion with room above tab texts, and room around a control for its focus ring.

    Fusion draws unselected tabs two pixels lower and clips their text, which cuts
    the accent off capitals: "Échanges" read "Echanges". The text gets room above."""

    def subElementRect(self, element: QStyle.SubElement, option: QStyleOption,
                       widget: QWidget | None = None) -> QRect:
        # PySide6's stub makes QProxyStyle's widget required; Qt's is a pointer that may be null.
        rect = super().subElementRect(element, option, widget)  # type: ignore[arg-type]
        if element == QStyle.SubElement.SE_TabBarTabText:
            rect.adjust(0, -3, 0, 0)
        return rect

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin,
                      QStyle.PixelMetric.PM_FocusFrameVMargin):
            return RING_MARGIN
        return super().pixelMetric(metric, option, widget)



class _Ring(QFocusFrame):
    """A focus frame drawn the same in every style."""

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(RING_COLOUR), RING_WIDTH))
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset),
                                4, 4)


class FocusRing(QObject):
    """Moves one focus frame to whichever control has the keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.frame: _Ring | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self.frame is not None and not shiboken6.isValid(self.frame):
            self.frame = None  # deleted with the window it was drawn in
        if now is None or now.isWindow() or isinstance(now, QTabBar):
            if self.frame is not None:
                # The stub wants a widget; Qt takes None to leave the last one.
                self.frame.setWidget(None)  # type: ignore[arg-type]
            return
        if self.frame is None:
            self.frame = _Ring(now)
        self.frame.setWidget(now)


def apply_style(app: QApplication) -> None:
    """Correct the style in use when it is Fusion (the default on Linux); others are left.
    The focus ring follows the focus in any style."""
    if app.style().name().casefold() == "fusion":
        app.setStyle(AccentSafeStyle("Fusion"))
    FocusRing(app)  # a child of the application: lives as long as it
