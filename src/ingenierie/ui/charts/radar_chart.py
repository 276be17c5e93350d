"""The maturity radar: one spoke per principle of the grid, one outline per campaign.

Drawn from ``services.charts.radar`` (the PDF draws the same geometry). The first
campaign is a solid outline with round markers, the second a dashed one with
square markers, so that two campaigns stay apart without their colours; hovering a
marker names the principle, the campaign and the level reached.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ingenierie.services.charts import palette
from ingenierie.services.charts.radar import Outline, RadarChart

LABEL_WIDTH = 132.0
MARKER = 4.5
TEXT, MUTED, RULE = QColor(palette.TEXT), QColor(palette.MUTED), QColor(palette.RULE)


class RadarChartWidget(QWidget):
    """Paints a :class:`RadarChart`; ``levels`` name the scale's values for the tooltips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(520, 360)
        self._chart: RadarChart | None = None
        self._levels: dict[int, str] = {}
        self._empty = ""

    def sizeHint(self) -> QSize:
        return QSize(560, 460)

    def set_chart(self, chart: RadarChart | None, levels: dict[int, str] | None = None,
                  empty: str = "") -> None:
        self._chart, self._levels, self._empty = chart, levels or {}, empty
        self.update()

    def chart(self) -> RadarChart | None:
        return self._chart

    # -- geometry ---------------------------------------------------------------------
    def _legend_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.8 if self._chart else 0.0

    def _centre_radius(self) -> tuple[QPointF, float]:
        metrics = QFontMetricsF(self.font())
        height = self.height() - self._legend_height()
        radius = min(self.width() / 2 - LABEL_WIDTH - 12, height / 2 - metrics.height() * 4.2)
        return QPointF(self.width() / 2, height / 2 + 4), max(40.0, radius)

    def _at(self, x: float, y: float) -> QPointF:
        """A unit-disc position (y up) in widget coordinates (y down)."""
        centre, radius = self._centre_radius()
        return QPointF(centre.x() + x * radius, centre.y() - y * radius)

    def marker_position(self, outline: int, spoke: int) -> QPointF | None:
        """Where a campaign's marker on a spoke is drawn (None: not answered)."""
        assert self._chart is not None
        position = self._chart.outlines[outline].positions[spoke]
        return None if position is None else self._at(*position)

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        chart = self._chart
        if chart is None or not chart.spokes:
            painter.setPen(MUTED)
            painter.drawText(QRectF(self.rect()).adjusted(20, 20, -20, -20),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty)
            painter.end()
            return
        self._paint_web(painter, chart)
        for index, outline in enumerate(chart.outlines):
            self._paint_outline(painter, outline, index)
        self._paint_legend(painter, chart)
        painter.end()

    def _paint_web(self, painter: QPainter, chart: RadarChart) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        for ring in chart.rings:
            polygon = QPolygonF([self._at(s.x * ring.fraction, s.y * ring.fraction)
                                 for s in chart.spokes])
            painter.setPen(QPen(RULE, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(polygon)
            painter.setFont(small)
            painter.setPen(MUTED)
            ring_top = self._at(0, ring.fraction)
            painter.drawText(QPointF(ring_top.x() + 9, ring_top.y() + 12), ring.label)
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        for spoke in chart.spokes:
            painter.setPen(QPen(RULE, 1))
            painter.drawLine(self._at(0, 0), self._at(spoke.x, spoke.y))
            anchor = self._at(spoke.x * 1.06, spoke.y * 1.06)
            box = metrics.boundingRect(QRectF(0, 0, LABEL_WIDTH, 200),
                                       int(Qt.TextFlag.TextWordWrap), spoke.label)
            left = (anchor.x() - box.width() / 2 if abs(spoke.x) < 0.2 else
                    anchor.x() if spoke.x > 0 else anchor.x() - box.width())
            upper = (anchor.y() - box.height() if spoke.y > 0.2 else
                     anchor.y() if spoke.y < -0.2 else anchor.y() - box.height() / 2)
            align = (Qt.AlignmentFlag.AlignHCenter if abs(spoke.x) < 0.2 else
                     Qt.AlignmentFlag.AlignLeft if spoke.x > 0 else Qt.AlignmentFlag.AlignRight)
            painter.setPen(TEXT)
            painter.drawText(QRectF(left, upper, box.width(), box.height()),
                             int(align | Qt.TextFlag.TextWordWrap), spoke.label)

    def _paint_outline(self, painter: QPainter, outline: Outline, index: int) -> None:
        colour = QColor(outline.colour)
        pen = QPen(colour, 2.5, Qt.PenStyle.DashLine if outline.dashed else Qt.PenStyle.SolidLine)
        for run in outline.runs():
            points = QPolygonF([self._at(*p) for p in run])
            if len(run) == len(outline.positions) + 1:  # complete: fill it lightly
                fill = QColor(colour)
                fill.setAlpha(38)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawPolygon(points)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(points)
        painter.setPen(QPen(QColor("white"), 1.2))
        painter.setBrush(colour)
        for position in outline.positions:
            if position is not None:
                self._marker(painter, self._at(*position), square=index % 2 == 1)

    def _marker(self, painter: QPainter, centre: QPointF, *, square: bool) -> None:
        if square:
            painter.drawRect(QRectF(centre.x() - MARKER, centre.y() - MARKER,
                                    2 * MARKER, 2 * MARKER))
        else:
            painter.drawEllipse(centre, MARKER + 0.5, MARKER + 0.5)

    def _paint_legend(self, painter: QPainter, chart: RadarChart) -> None:
        metrics = QFontMetricsF(self.font())
        y = self.height() - self._legend_height() / 2
        widths = [44 + metrics.horizontalAdvance(o.label) for o in chart.outlines]
        x = (self.width() - sum(widths) - 24 * (len(widths) - 1)) / 2
        for index, (outline, width) in enumerate(zip(chart.outlines, widths, strict=True)):
            colour = QColor(outline.colour)
            painter.setPen(QPen(colour, 2.5, Qt.PenStyle.DashLine if outline.dashed
                                else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(x, y), QPointF(x + 30, y))
            painter.setPen(QPen(QColor("white"), 1.2))
            painter.setBrush(colour)
            self._marker(painter, QPointF(x + 15, y), square=index % 2 == 1)
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 38, y + metrics.ascent() / 2 - 1), outline.label)
            x += width + 24

    # -- interaction ------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self._hit(event.position())
        if found is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(*found), self)

    def _hit(self, position: QPointF) -> tuple[int, int] | None:
        if self._chart is None:
            return None
        for index in reversed(range(len(self._chart.outlines))):
            for spoke in range(len(self._chart.spokes)):
                centre = self.marker_position(index, spoke)
                if centre is not None and math.dist((centre.x(), centre.y()),
                                                    (position.x(), position.y())) <= 9:
                    return index, spoke
        return None

    def describe(self, outline: int, spoke: int) -> str:
        """The tooltip of a marker: principle, campaign, level reached."""
        assert self._chart is not None
        line = self._chart.outlines[outline]
        value = line.values[spoke]
        level = self._levels.get(value, str(value)) if value is not None else ""
        return (f"<b>{html.escape(self._chart.spokes[spoke].label)}</b><br>"
                f"{html.escape(line.label)}\u00a0: {html.escape(level)} ({value})")
