"""The cooperation trajectory: the six-step ladder as rows, the dated history as a staircase.

Each recorded step is a dot at its date on its stage's row; the line climbs (or
falls back) from one step to the next and runs on, dashed, up to today. Hovering
a dot shows its evidence; clicking selects it (``pointSelected``), and the arrow
keys walk through the history.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ingenierie.models.vocabulary import CooperationStage
from ingenierie.ui.charts.stage_colours import OUTLINE, stage_colour

RADIUS = 7.0
HIT = 10.0
TEXT = QColor("#1f2d3d")
MUTED = QColor("#6b7280")
LINE = QColor("#5b6b7b")
SELECTED = QColor("#e8590c")
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """One entry of the stage history."""

    key: UUID
    stage: CooperationStage
    entered_on: date
    evidence: str
    recorded_by: str | None = None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class StageTimeline(QWidget):
    """A painted staircase of the project's stage history."""

    pointSelected = Signal(object)  # the point's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(260)
        self._points: list[TimelinePoint] = []
        self._today = date.today()
        self._selected: UUID | None = None
        self._hovered: UUID | None = None

    def sizeHint(self) -> QSize:
        return QSize(760, 300)

    # -- content ----------------------------------------------------------
    def set_points(self, points: Sequence[TimelinePoint], today: date | None = None) -> None:
        self._points = sorted(points, key=lambda p: p.entered_on)
        self._today = today or date.today()
        if self._selected not in {p.key for p in self._points}:
            self._selected = None
        self.update()

    def points(self) -> list[TimelinePoint]:
        return list(self._points)

    def selected(self) -> UUID | None:
        return self._selected

    def select(self, key: UUID | None) -> None:
        if key != self._selected:
            self._selected = key
            self.update()
            self.pointSelected.emit(key)

    def point_position(self, key: UUID) -> QPointF:
        """Where a point is drawn, in widget coordinates."""
        point = next(p for p in self._points if p.key == key)
        return QPointF(self._x(point.entered_on), self._y(point.stage))

    # -- geometry ---------------------------------------------------------
    def _plot(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        left = max(metrics.horizontalAdvance(s.label) for s in CooperationStage) + 40
        return QRectF(left, 14, max(10.0, self.width() - left - 28), self.height() - 14 - 40)

    def _span(self) -> tuple[date, date]:
        end = max([self._today, *(p.entered_on for p in self._points)])
        start = min((p.entered_on for p in self._points), default=end - timedelta(days=365))
        margin = max(timedelta(days=30), (end - start) / 20)
        return start - margin, end + margin

    def _x(self, day: date) -> float:
        plot, (start, end) = self._plot(), self._span()
        return plot.left() + plot.width() * (day - start).days / max(1, (end - start).days)

    def _y(self, stage: CooperationStage) -> float:
        plot = self._plot()
        row = plot.height() / len(CooperationStage)
        return plot.top() + (len(CooperationStage) - stage.rank + 0.5) * row

    def _hit(self, position: QPointF) -> TimelinePoint | None:
        for point in reversed(self._points):
            centre = QPointF(self._x(point.entered_on), self._y(point.stage))
            if (centre - position).manhattanLength() <= HIT * 1.4:
                return point
        return None

    # -- painting ---------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self._paint_rows(painter)
        self._paint_axis(painter)
        if self._points:
            self._paint_staircase(painter)
            self._paint_points(painter)
        else:
            self._paint_empty(painter)
        painter.end()

    def _paint_rows(self, painter: QPainter) -> None:
        plot = self._plot()
        row_height = plot.height() / len(CooperationStage)
        for stage in CooperationStage:
            y = self._y(stage)
            band = QRectF(plot.left(), y - row_height / 2, plot.width(), row_height)
            if stage.rank % 2 == 0:
                painter.fillRect(band, QColor("#f5f7fa"))
            painter.setPen(QPen(QColor("#e3e7ec"), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(OUTLINE)
            painter.setBrush(stage_colour(stage))
            painter.drawEllipse(QPointF(14, y), 5, 5)
            painter.setPen(TEXT)
            painter.drawText(QRectF(26, y - row_height / 2, plot.left() - 32, row_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             stage.label)

    def _paint_axis(self, painter: QPainter) -> None:
        plot, (start, end) = self._plot(), self._span()
        painter.setPen(QPen(QColor("#9aa5b1"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
        painter.setFont(small)
        for tick, label in _ticks(start, end):
            x = self._x(tick)
            painter.setPen(QPen(QColor("#e3e7ec"), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(MUTED)
            painter.drawText(QRectF(x - 50, plot.bottom() + 4, 100, 18),
                             Qt.AlignmentFlag.AlignHCenter, label)
        x = self._x(self._today)
        painter.setPen(QPen(SELECTED, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(SELECTED)
        painter.drawText(QRectF(x - 60, plot.bottom() + 20, 120, 18),
                         Qt.AlignmentFlag.AlignHCenter, self.tr("today"))
        painter.setFont(self.font())

    def _paint_staircase(self, painter: QPainter) -> None:
        path = QPainterPath()
        first = self._points[0]
        path.moveTo(self._x(first.entered_on), self._y(first.stage))
        for previous, point in zip(self._points, self._points[1:], strict=False):
            x = self._x(point.entered_on)
            path.lineTo(x, self._y(previous.stage))
            path.lineTo(x, self._y(point.stage))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(LINE, 2.5))
        painter.drawPath(path)
        last = self._points[-1]
        painter.setPen(QPen(LINE, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(self._x(last.entered_on), self._y(last.stage)),
                         QPointF(self._x(self._today), self._y(last.stage)))

    def _paint_points(self, painter: QPainter) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
        metrics = QFontMetricsF(small)
        label_right: dict[CooperationStage, float] = {}
        for point in self._points:
            centre = QPointF(self._x(point.entered_on), self._y(point.stage))
            if point.key == self._selected:
                painter.setPen(QPen(SELECTED, 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, RADIUS + 4, RADIUS + 4)
            radius = RADIUS + (1.5 if point.key == self._hovered else 0)
            painter.setPen(QPen(OUTLINE, 1.3))
            painter.setBrush(stage_colour(point.stage))
            painter.drawEllipse(centre, radius, radius)
            text = FRENCH.toString(_qdate(point.entered_on), "d MMM yyyy")
            width = metrics.horizontalAdvance(text)
            left = centre.x() - width / 2
            if left > label_right.get(point.stage, -1e9) + 6:  # never overlap on a row
                painter.setFont(small)
                painter.setPen(MUTED)
                painter.drawText(QPointF(left, centre.y() - RADIUS - 5), text)
                painter.setFont(self.font())
                label_right[point.stage] = left + width

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(MUTED)
        font = QFont(self.font())
        font.setItalic(True)
        painter.setFont(font)
        painter.drawText(self._plot(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         self.tr("No stage recorded yet: use “Move to stage…” to record "
                                 "where the cooperation stands, with its evidence."))

    # -- interaction ------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self._hit(event.position())
        key = point.key if point else None
        if key != self._hovered:
            self._hovered = key
            self.setCursor(Qt.CursorShape.PointingHandCursor if point
                           else Qt.CursorShape.ArrowCursor)
            self.update()
        if point is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(point), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = self._hit(event.position())
        self.select(point.key if point else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if step is None or not self._points:
            super().keyPressEvent(event)
            return
        keys = [p.key for p in self._points]
        index = keys.index(self._selected) + step if self._selected in keys else (
            0 if step > 0 else len(keys) - 1)
        self.select(keys[max(0, min(index, len(keys) - 1))])

    def describe(self, point: TimelinePoint) -> str:
        """The tooltip of a point: stage, date, evidence, who recorded it."""
        lines = [f"<b>{html.escape(point.stage.label)}</b> — "
                 f"{html.escape(FRENCH.toString(_qdate(point.entered_on), 'd MMMM yyyy'))}",
                 html.escape(point.evidence).replace("\n", "<br>")]
        if point.recorded_by:
            lines.append("<i>" + html.escape(self.tr("Recorded by {0}").format(
                point.recorded_by)) + "</i>")
        return "<p style='max-width: 360px'>" + "<br>".join(lines) + "</p>"


def _ticks(start: date, end: date) -> list[tuple[date, str]]:
    """Yearly ticks over long spans, otherwise quarterly or monthly ones."""
    days = (end - start).days
    if days > 3 * 365:
        step_years = max(1, days // 365 // 8)
        return [(date(year, 1, 1), str(year))
                for year in range(start.year + 1, end.year + 1, step_years)
                if start <= date(year, 1, 1) <= end]
    months = 3 if days > 365 else 1
    ticks: list[tuple[date, str]] = []
    year, month = start.year, start.month + 1
    while True:
        if month > 12:
            year, month = year + 1, month - 12
        day = date(year, month, 1)
        if day > end:
            return ticks
        if (month - 1) % months == 0:
            ticks.append((day, FRENCH.toString(_qdate(day), "MMM yyyy")))
        month += 1
