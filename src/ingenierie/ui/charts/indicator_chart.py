"""The chart of one indicator: its values over time, where it started, where it should go.

Drawn from ``services.charts.indicator``: the values as a line of dots coloured by
the indicator's judgement (which the legend names in words), the baseline as a
hollow dot, the dashed path from the baseline to the target and the target as a
diamond on its date, a stable indicator's tolerance as a band, today as a dotted
line. Hovering a dot gives its value, date and comment.
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
from ingenierie.services.charts.indicator import IndicatorChart, PlotPoint

TEXT, MUTED, RULE = QColor(palette.TEXT), QColor(palette.MUTED), QColor(palette.RULE)
PATH = QColor("#3d4b59")
DOT = 3.6


class IndicatorChartWidget(QWidget):
    """Paints an :class:`IndicatorChart`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(420, 240)
        self._chart: IndicatorChart | None = None
        self._empty = ""

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def set_chart(self, chart: IndicatorChart | None, empty: str = "") -> None:
        self._chart, self._empty = chart, empty
        self.update()

    def chart(self) -> IndicatorChart | None:
        return self._chart

    # -- geometry ---------------------------------------------------------------------
    def _plot(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        assert self._chart is not None
        left = max(metrics.horizontalAdvance(label) for label in self._chart.y_scale.labels())
        top = metrics.height() * 2.6
        return QRectF(left + 14, top, self.width() - left - 30,
                      self.height() - top - metrics.height() * 2.2)

    def position(self, point: PlotPoint) -> QPointF:
        plot = self._plot()
        return QPointF(plot.left() + point.x * plot.width(),
                       plot.bottom() - point.y * plot.height())

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        chart = self._chart
        if chart is None:
            painter.setPen(MUTED)
            painter.drawText(QRectF(self.rect()).adjusted(20, 20, -20, -20),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty)
            painter.end()
            return
        self._paint_axes(painter, chart)
        self._paint_values(painter, chart)
        self._paint_target(painter, chart)  # over the values: the target stays visible
        self._paint_legend(painter, chart)
        painter.end()

    def _paint_axes(self, painter: QPainter, chart: IndicatorChart) -> None:
        plot = self._plot()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        for tick, label in zip(chart.y_scale.ticks, chart.y_scale.labels(), strict=True):
            y = plot.bottom() - chart.y_scale.fraction(tick) * plot.height()
            painter.setPen(QPen(RULE, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y - 9, plot.left() - 6, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        for day, label in chart.x_scale.ticks:
            x = plot.left() + chart.x_scale.fraction(day) * plot.width()
            painter.setPen(QPen(RULE, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(MUTED)
            painter.drawText(QRectF(x - 45, plot.bottom() + 3, 90, 18),
                             Qt.AlignmentFlag.AlignHCenter, label)
        painter.setPen(QPen(QColor(palette.MUTED), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        x = plot.left() + chart.today * plot.width()
        painter.setPen(QPen(QColor(palette.VERMILLION), 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setFont(self.font())

    def _paint_target(self, painter: QPainter, chart: IndicatorChart) -> None:
        plot = self._plot()
        if chart.band is not None:
            low, high = chart.band
            band = QRectF(plot.left(), plot.bottom() - high * plot.height(), plot.width(),
                          (high - low) * plot.height())
            fill = QColor(palette.GREEN)
            fill.setAlpha(40)
            painter.fillRect(band, fill)
        path = chart.target_path
        if path is not None:
            painter.setPen(QPen(PATH, 1.6, Qt.PenStyle.DashLine))
            painter.drawLine(self.position(path[0]), self.position(path[1]))
        if chart.target is not None:
            centre = self.position(chart.target)
            painter.setPen(QPen(PATH, 1.4))
            painter.setBrush(QColor("white"))
            painter.drawPolygon(QPolygonF([centre + QPointF(0, -7), centre + QPointF(7, 0),
                                           centre + QPointF(0, 7), centre + QPointF(-7, 0)]))
        if chart.baseline is not None:
            painter.setPen(QPen(PATH, 1.6))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(self.position(chart.baseline), 5, 5)

    def _paint_values(self, painter: QPainter, chart: IndicatorChart) -> None:
        colour = QColor(chart.colour)
        points = [self.position(p) for p in chart.points]
        if len(points) > 1:
            painter.setPen(QPen(colour, 2.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF(points))
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(colour)
        for centre in points:
            painter.drawEllipse(centre, DOT, DOT)

    def _paint_legend(self, painter: QPainter, chart: IndicatorChart) -> None:
        metrics = QFontMetricsF(self.font())
        y = metrics.height() * 0.9
        x = 8.0
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(chart.colour))
        status = chart.status.label
        painter.drawText(QPointF(x, y + metrics.ascent() / 2), status)
        x += QFontMetricsF(bold).horizontalAdvance(status) + 20
        painter.setFont(self.font())
        for kind, text in (("values", self.tr("Measurements ({0})").format(chart.unit)),
                           ("path", self.tr("Path to the target")),
                           ("baseline", self.tr("Baseline")), ("target", self.tr("Target")),
                           ("today", self.tr("Today"))):
            centre = QPointF(x + 12, y)
            if kind == "values":
                painter.setPen(QPen(QColor(chart.colour), 2.2))
                painter.drawLine(centre - QPointF(11, 0), centre + QPointF(11, 0))
                painter.setBrush(QColor(chart.colour))
                painter.drawEllipse(centre, DOT, DOT)
            elif kind == "path":
                painter.setPen(QPen(PATH, 1.6, Qt.PenStyle.DashLine))
                painter.drawLine(centre - QPointF(11, 0), centre + QPointF(11, 0))
            elif kind == "today":
                painter.setPen(QPen(QColor(palette.VERMILLION), 1, Qt.PenStyle.DotLine))
                painter.drawLine(centre - QPointF(0, 7), centre + QPointF(0, 7))
            else:
                painter.setPen(QPen(PATH, 1.4))
                painter.setBrush(QColor("white"))
                if kind == "baseline":
                    painter.drawEllipse(centre, 5, 5)
                else:
                    painter.drawPolygon(QPolygonF([centre + QPointF(0, -6),
                                                   centre + QPointF(6, 0),
                                                   centre + QPointF(0, 6),
                                                   centre + QPointF(-6, 0)]))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 28, y + metrics.ascent() / 2 - 1), text)
            x += 40 + metrics.horizontalAdvance(text)

    # -- interaction ------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self._hit(event.position())
        if point is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(point), self)

    def _hit(self, position: QPointF) -> PlotPoint | None:
        if self._chart is None:
            return None
        extra = [p for p in (self._chart.baseline, self._chart.target) if p is not None]
        for point in (*reversed(self._chart.points), *extra):
            centre = self.position(point)
            if math.dist((centre.x(), centre.y()), (position.x(), position.y())) <= 8:
                return point
        return None

    def describe(self, point: PlotPoint) -> str:
        """The tooltip of a dot: value, date, and the comment if any."""
        assert self._chart is not None
        what = (self.tr("Baseline") if point is self._chart.baseline else
                self.tr("Target") if point is self._chart.target else self.tr("Measurement"))
        text = f"<b>{html.escape(what)}</b><br>{html.escape(point.label)}"
        if point.comment:
            text += "<br><i>" + html.escape(point.comment) + "</i>"
        return text
