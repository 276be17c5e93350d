"""Bar charts of the dashboard, every bar clickable to the projects behind it.

Drawn from ``services.charts.bars``: categories down the left with horizontal bars
(one per series, side by side), or — for a stacked chart, stage changes by
quarter — columns along the bottom with the series piled up. Each bar shows its
value; hovering it says what a click does; a click emits ``barClicked`` with the
bar's payload (the selection of its figure) and a French description of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ingenierie.services.charts import palette
from ingenierie.services.charts.bars import BarChart

TEXT, MUTED, RULE = QColor(palette.TEXT), QColor(palette.MUTED), QColor(palette.RULE)
ROW = 22.0
COLUMN_GAP = 0.35


@dataclass(frozen=True, slots=True)
class _Bar:
    rect: QRectF
    series: int
    category: int


def _thousands(value: int) -> str:
    return QLocale(QLocale.Language.French, QLocale.Country.France).toString(value)


class BarChartWidget(QWidget):
    """Paints a :class:`BarChart`; bars with a payload are clickable."""

    barClicked = Signal(object, str)  # the payload, a description of the bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._chart: BarChart | None = None
        self._bars: list[_Bar] = []
        self._hovered: _Bar | None = None

    def set_chart(self, chart: BarChart | None) -> None:
        self._chart = chart
        self._hovered = None
        self.updateGeometry()
        self.update()

    def chart(self) -> BarChart | None:
        return self._chart

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        if self._chart is None:
            return QSize(420, 120)
        if self._chart.stacked:
            return QSize(520, 260)
        per = ROW * max(1, len(self._chart.series)) + 8
        return QSize(420, int(metrics.height() * 3.2 + per * len(self._chart.categories)))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    # -- geometry ---------------------------------------------------------------------
    def bars(self) -> list[tuple[QRectF, int, int]]:
        """Every bar drawn: (rectangle, series, category), for hit tests and tests."""
        return [(bar.rect, bar.series, bar.category) for bar in self._layout()]

    def _layout(self) -> list[_Bar]:
        chart = self._chart
        if chart is None or not chart.categories:
            return []
        metrics = QFontMetricsF(self.font())
        top = metrics.height() * (3.4 if chart.stacked else 2.4 if len(chart.series) > 1
                                  else 1.6)
        bottom = self.height() - metrics.height() * 1.4
        bars = []
        if chart.stacked:
            left, right = 50.0, self.width() - 12.0
            slot = (right - left) / max(1, len(chart.categories))
            for category in range(len(chart.categories)):
                base = bottom
                for index, series in enumerate(chart.series):
                    value = series.values[category]
                    if value:
                        height = chart.scale.fraction(value) * (bottom - top)
                        x = left + slot * (category + COLUMN_GAP / 2)
                        rect = QRectF(x, base - height, slot * (1 - COLUMN_GAP), height)
                        bars.append(_Bar(rect, index, category))
                        base -= height
            return bars
        labels = max(metrics.horizontalAdvance(c) for c in chart.categories) + 12
        left, right = min(labels, self.width() * 0.45), self.width() - 60.0
        per = (bottom - top) / max(1, len(chart.categories))
        thickness = min(ROW, (per - 6) / max(1, len(chart.series)))
        for category in range(len(chart.categories)):
            for index, series in enumerate(chart.series):
                width = chart.scale.fraction(series.values[category]) * (right - left)
                y = top + per * category + (per - thickness * len(chart.series)) / 2
                bars.append(_Bar(QRectF(left, y + thickness * index, max(width, 1.5),
                                        thickness - 2), index, category))
        return bars

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        chart = self._chart
        if chart is None:
            painter.end()
            return
        metrics = QFontMetricsF(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(TEXT)
        painter.drawText(QPointF(4, metrics.ascent() + 2), chart.title)
        painter.setFont(self.font())
        if len(chart.series) > 1 or chart.stacked:
            self._paint_legend(painter, chart, metrics.height() * 1.2)
        self._bars = self._layout()
        if chart.empty:
            painter.setPen(MUTED)
            painter.drawText(QRectF(self.rect()).adjusted(8, metrics.height() * 2, -8, -8),
                             Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to count here."))
            painter.end()
            return
        for bar in self._bars:
            series = chart.series[bar.series]
            colour = QColor(series.colour_of(bar.category))
            if bar == self._hovered:
                colour = colour.darker(125)
            painter.setPen(QPen(QColor(palette.OUTLINE), 0.6))
            painter.setBrush(colour)
            painter.drawRect(bar.rect)
        if chart.stacked:
            self._paint_columns(painter, chart)
        else:
            self._paint_rows(painter, chart)
        painter.end()

    def _paint_rows(self, painter: QPainter, chart: BarChart) -> None:
        metrics = QFontMetricsF(self.font())
        for bar in self._bars:
            value = chart.series[bar.series].values[bar.category]
            painter.setPen(TEXT)
            painter.drawText(QPointF(bar.rect.right() + 5, bar.rect.center().y()
                                     + metrics.ascent() / 2 - 2), _thousands(value))
            if bar.series == 0:
                label_box = QRectF(0, bar.rect.top() - 4, bar.rect.left() - 8,
                                   bar.rect.height() * len(chart.series) + 8)
                label = metrics.elidedText(chart.categories[bar.category],
                                           Qt.TextElideMode.ElideMiddle, label_box.width())
                painter.drawText(label_box, Qt.AlignmentFlag.AlignRight
                                 | Qt.AlignmentFlag.AlignVCenter, label)

    def _paint_columns(self, painter: QPainter, chart: BarChart) -> None:
        metrics = QFontMetricsF(self.font())
        bottom = self.height() - metrics.height() * 1.4
        left, right = 50.0, self.width() - 12.0
        slot = (right - left) / max(1, len(chart.categories))
        top = metrics.height() * 3.4
        for tick, label in zip(chart.scale.ticks, chart.scale.labels(), strict=True):
            y = bottom - chart.scale.fraction(tick) * (bottom - top)
            painter.setPen(QPen(RULE, 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y - 9, left - 6, 18), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, label)
        for category, (label, total) in enumerate(zip(chart.categories, chart.totals(),
                                                      strict=True)):
            x = left + slot * category
            painter.setPen(TEXT)
            painter.drawText(QRectF(x, bottom + 2, slot, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, label)
            height = chart.scale.fraction(total) * (bottom - top)
            painter.drawText(QRectF(x, bottom - height - metrics.height() - 2, slot,
                                    metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                             _thousands(total))

    def _paint_legend(self, painter: QPainter, chart: BarChart, y: float) -> None:
        metrics = QFontMetricsF(self.font())
        x = 6.0
        for series in chart.series:
            painter.setPen(QPen(QColor(palette.OUTLINE), 0.6))
            painter.setBrush(QColor(series.colour))
            painter.drawRect(QRectF(x, y + 2, 12, 12))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 16, y + 2 + metrics.ascent() * 0.85), series.name)
            x += 32 + metrics.horizontalAdvance(series.name)

    # -- interaction ------------------------------------------------------------------
    def _hit(self, position: QPointF) -> _Bar | None:
        return next((bar for bar in self._layout() if bar.rect.adjusted(0, -1, 4, 1)
                     .contains(position)), None)

    def describe(self, series: int, category: int) -> str:
        """What a bar stands for, in French: ``Co-construction, au 30/06/2026 : 120``."""
        assert self._chart is not None
        chart = self._chart
        value = chart.series[series].values[category]
        name = chart.categories[category]
        if len(chart.series) > 1:
            name = f"{name}, {chart.series[series].name}"
        return f"{name}\u00a0: {_thousands(value)} {chart.unit}".strip()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        bar = self._hit(event.position())
        if bar != self._hovered:
            self._hovered = bar
            clickable = bar is not None and self._payload(bar) is not None
            self.setCursor(Qt.CursorShape.PointingHandCursor if clickable
                           else Qt.CursorShape.ArrowCursor)
            self.update()
        if bar is None:
            QToolTip.hideText()
            return
        text = self.describe(bar.series, bar.category)
        if self._payload(bar) is not None:
            text += "\n" + self.tr("Click to list these projects.")
        QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def leaveEvent(self, event: Any) -> None:
        self._hovered = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self._hit(event.position())
        if bar is not None and event.button() == Qt.MouseButton.LeftButton:
            self.click_bar(bar.series, bar.category)

    def click_bar(self, series: int, category: int) -> None:
        """What a click on that bar does (also for the keyboard and the tests)."""
        assert self._chart is not None
        payload = self._chart.series[series].payloads[category]
        if payload is not None:
            self.barClicked.emit(payload, self.describe(series, category))

    def _payload(self, bar: _Bar) -> Any:
        assert self._chart is not None
        return self._chart.series[bar.series].payloads[bar.category]
