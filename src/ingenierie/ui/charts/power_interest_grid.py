"""The power/interest grid (Mendelow): one dot per stakeholder, dragged to re-score it.

Interest runs left to right and influence bottom to top, 1 to 5 each; the
quadrants, their names and colours are the plain data of ``services.charts.grid``
(a report draws the same). Each quadrant carries its French name in a band above
its cells, and a gap separates the low and high halves of each axis. Several
stakeholders sharing a cell are stacked one per line with their name, and a
row grows to hold its fullest cell, so no two labels ever overlap.

The widget only shows plain :class:`GridDot` values and reports drops through
``dotMoved``; the page turns a drop into an undoable command.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ingenierie.models.vocabulary import CooperationStage, Quadrant
from ingenierie.services.charts import palette
from ingenierie.services.charts.grid import QUADRANTS, SCORES, quadrant_area
from ingenierie.ui.charts.stage_colours import OUTLINE, stage_colour

# Cells grow to fill the view (more room for names) rather than the text being zoomed.
MIN_CELL_W, MAX_CELL_W = 180.0, 360.0
MAX_ROW_H = 150.0
MIN_SCALE = 0.65  # below this the names are too small to read: the view scrolls instead
GAP = 12.0  # between the low and the high halves of each axis
BAND = 30.0  # quadrant title band
LINE = 22.0  # one stakeholder per line inside a cell
MIN_ROW_H = 72.0
PAD = 10.0
RADIUS = 7.0
LEFT, TOP, RIGHT, BOTTOM = 64.0, 8.0, 8.0, 52.0
TEXT = QColor(palette.TEXT)
# Rows topping a quadrant get its title band; columns of high interest follow the gap.
BAND_ROWS = frozenset(area.influence[0] for area in QUADRANTS)
HIGH_INTEREST = min(quadrant_area(Quadrant.GERER_DE_PRES).interest)


@dataclass(frozen=True, slots=True)
class GridDot:
    """One stakeholder on the grid; ``key`` is the involvement id."""

    key: UUID
    name: str
    influence: int
    interest: int
    participation: CooperationStage
    details: str = ""



class _Layout:
    """Where each cell sits; rows are as tall as their fullest cell needs."""

    def __init__(self, dots: Sequence[GridDot], cell_width: float = MIN_CELL_W,
                 row_height: float = MIN_ROW_H) -> None:
        self.cell_width = cell_width
        heights = {}
        for influence in SCORES:
            fullest = max((sum(1 for d in dots if d.influence == influence
                               and d.interest == interest) for interest in SCORES), default=0)
            heights[influence] = max(row_height, 2 * PAD + fullest * LINE)
        self.row_top: dict[int, float] = {}
        y = TOP
        for influence in reversed(SCORES):
            if influence in BAND_ROWS:
                y += BAND
            self.row_top[influence] = y
            y += heights[influence]
        self.row_height = heights
        self.plot_bottom = y
        self.col_left = {i: LEFT + (i - 1) * cell_width + (GAP if i >= HIGH_INTEREST else 0.0)
                         for i in SCORES}
        self.plot_right = self.col_left[5] + cell_width

    def cell(self, influence: int, interest: int) -> QRectF:
        return QRectF(self.col_left[interest], self.row_top[influence],
                      self.cell_width, self.row_height[influence])

    def zone(self, quadrant: Quadrant) -> QRectF:
        """The quadrant's cells plus its title band."""
        area = quadrant_area(quadrant)
        top_left = (self.cell(area.influence[0], area.interest[0]).topLeft()
                    - QPointF(0, BAND))
        return QRectF(top_left, self.cell(area.influence[-1], area.interest[-1]).bottomRight())

    def score_at(self, point: QPointF) -> tuple[int, int]:
        """The (influence, interest) cell nearest to ``point``, clamped to the grid."""
        interest = min(SCORES, key=lambda i: abs(
            self.col_left[i] + self.cell_width / 2 - point.x()))
        influence = min(SCORES, key=lambda i: abs(
            self.row_top[i] + self.row_height[i] / 2 - point.y()))
        return influence, interest

    def scene_rect(self) -> QRectF:
        return QRectF(0, 0, self.plot_right + RIGHT, self.plot_bottom + BOTTOM)


class DotItem(QGraphicsEllipseItem):
    """A draggable stakeholder dot carrying its name as a child label."""

    def __init__(self, dot: GridDot, grid: PowerInterestGrid, label_width: float) -> None:
        super().__init__(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS)
        self.dot = dot
        self._grid = grid
        self.setBrush(QBrush(stage_colour(dot.participation)))
        self.setPen(QPen(OUTLINE, 1.2))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)
        self.setToolTip(_tooltip(dot))
        self.home = QPointF()
        self.label = QGraphicsSimpleTextItem(self)
        font = QFont(grid.font())
        font.setPointSizeF(9.5)
        self.label.setFont(font)
        self.label.setBrush(TEXT)
        self.label.setText(QFontMetricsF(font).elidedText(
            dot.name, Qt.TextElideMode.ElideRight, label_width))
        self.label.setPos(RADIUS + 5, -self.label.boundingRect().height() / 2)

    def paint(self, painter: QPainter, option: Any, widget: QWidget | None = None) -> None:
        if self.isSelected():
            painter.setPen(QPen(QColor("#e8590c"), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.rect().adjusted(-3, -3, 3, 3))
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawEllipse(self.rect())

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.home = self.pos()
        self.setZValue(3)
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._grid.show_target(self.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(2)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._grid.drop(self)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._grid.dotActivated.emit(self.dot.key)


def _rounded(rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, 6, 6)
    return path


def _tooltip(dot: GridDot) -> str:
    scores = QCoreApplication.translate("PowerInterestGrid", "Influence {0} · interest {1}")
    participation = QCoreApplication.translate("PowerInterestGrid", "Participation: {0}")
    drag = QCoreApplication.translate("PowerInterestGrid", "Drag to change influence and interest")
    lines = [
        f"<b>{html.escape(dot.name)}</b>",
        html.escape(scores.format(dot.influence, dot.interest)),
        html.escape(Quadrant.of(dot.influence, dot.interest).label),
        html.escape(participation.format(dot.participation.label)),
    ]
    if dot.details:
        lines.append(html.escape(dot.details))
    lines.append(f"<i>{html.escape(drag)}</i>")
    return "<br>".join(lines)


class PowerInterestGrid(QGraphicsView):
    """Stakeholders on the influence × interest plane; drag a dot to re-score it."""

    dotMoved = Signal(object, int, int)  # involvement id, influence, interest
    dotActivated = Signal(object)  # involvement id (double click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor("white"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(420, 320)
        self._items: dict[UUID, DotItem] = {}
        self._target: QGraphicsRectItem | None = None
        self._layout = _Layout(())
        self._dots: list[GridDot] = []
        self.set_dots(())

    # -- content ----------------------------------------------------------
    def set_dots(self, dots: Sequence[GridDot]) -> None:
        """Redraw the grid with these stakeholders (replacing the previous ones)."""
        scene = self.scene()
        scene.clear()
        self._items.clear()
        self._target = None
        self._dots = list(dots)
        self._layout = _Layout(dots, *self._cell_size(dots))
        self._draw_background()
        label_width = self._layout.cell_width - 2 * RADIUS - 22
        for influence in SCORES:
            for interest in SCORES:
                here = sorted((d for d in dots if (d.influence, d.interest)
                               == (influence, interest)), key=lambda d: d.name.casefold())
                centre = self._layout.cell(influence, interest).center()
                first_y = centre.y() - (len(here) - 1) * LINE / 2
                for index, dot in enumerate(here):
                    item = DotItem(dot, self, label_width)
                    item.setPos(self._layout.col_left[interest] + PAD + RADIUS,
                                first_y + index * LINE)
                    scene.addItem(item)
                    self._items[dot.key] = item
        if not dots:
            self._draw_empty_hint()
        scene.setSceneRect(self._layout.scene_rect())
        self._fit()

    def dot_item(self, key: UUID) -> DotItem:
        return self._items[key]

    def dot_keys(self) -> list[UUID]:
        return list(self._items)

    def cell_centre(self, influence: int, interest: int) -> QPointF:
        """Scene coordinates of a cell's centre (used to aim drags)."""
        return self._layout.cell(influence, interest).center()

    # -- dragging ---------------------------------------------------------
    def show_target(self, point: QPointF) -> None:
        """Outline the cell a dragged dot would land in."""
        rect = self._layout.cell(*self._layout.score_at(point)).adjusted(3, 3, -3, -3)
        if self._target is None:
            self._target = self.scene().addRect(rect, QPen(QColor("#e8590c"), 2,
                                                           Qt.PenStyle.DashLine))
            self._target.setZValue(1)
        self._target.setRect(rect)

    def drop(self, item: DotItem) -> None:
        """Snap a dropped dot to its cell and report the new scores if they changed."""
        if self._target is not None:
            self.scene().removeItem(self._target)
            self._target = None
        influence, interest = self._layout.score_at(item.scenePos())
        dot = item.dot
        if (influence, interest) == (dot.influence, dot.interest):
            item.setPos(item.home)
            return
        cell = self._layout.cell(influence, interest)
        item.setPos(cell.left() + PAD + RADIUS, cell.center().y())
        # Queued: the receiver redraws the scene, which must not happen while
        # the scene is still delivering this release event to the item.
        QTimer.singleShot(0, self, lambda: self.dotMoved.emit(dot.key, influence, interest))

    # -- drawing ----------------------------------------------------------
    def _draw_background(self) -> None:
        scene, layout = self.scene(), self._layout
        title_font = QFont(self.font())
        title_font.setPointSizeF(10.5)
        title_font.setBold(True)
        for area in QUADRANTS:
            zone = layout.zone(area.quadrant)
            scene.addRect(zone, QPen(Qt.PenStyle.NoPen), QBrush(QColor(area.tint)))
            title = scene.addSimpleText(area.label, title_font)
            title.setBrush(QColor(area.ink))
            title.setPos(zone.left() + PAD, zone.top() + (BAND - title.boundingRect().height()) / 2)
        cell_pen = QPen(QColor("white"), 2)
        for influence in SCORES:
            for interest in SCORES:
                scene.addRect(layout.cell(influence, interest), cell_pen)
        self._draw_axes()

    def _draw_axes(self) -> None:
        scene, layout = self.scene(), self._layout
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(9)
        axis_font = QFont(self.font())
        axis_font.setPointSizeF(10)
        axis_font.setBold(True)
        for score in SCORES:
            tick = scene.addSimpleText(str(score), tick_font)
            tick.setBrush(TEXT)
            box = tick.boundingRect()
            cell = layout.cell(score, score)
            tick.setPos(cell.center().x() - box.width() / 2, layout.plot_bottom + 4)
            tick = scene.addSimpleText(str(score), tick_font)
            tick.setBrush(TEXT)
            tick.setPos(LEFT - box.width() - 8, cell.center().y() - box.height() / 2)
        interest = scene.addSimpleText(self.tr("Interest in the project →"), axis_font)
        interest.setBrush(TEXT)
        interest.setPos((LEFT + layout.plot_right - interest.boundingRect().width()) / 2,
                        layout.plot_bottom + 24)
        influence = scene.addSimpleText(self.tr("Influence on the project →"), axis_font)
        influence.setBrush(TEXT)
        influence.setTransform(QTransform().rotate(-90))
        width = influence.boundingRect().width()
        influence.setPos(8, (TOP + layout.plot_bottom + width) / 2)

    def _draw_empty_hint(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(11)
        font.setItalic(True)
        hint = self.scene().addSimpleText(
            self.tr("No stakeholder yet: add them in the “Actors” tab."), font)
        hint.setBrush(QColor("#4a5560"))
        box = hint.boundingRect()
        hint.setPos((LEFT + self._layout.plot_right - box.width()) / 2,
                    (TOP + self._layout.plot_bottom - box.height()) / 2)
        hint.setZValue(4)
        frame = hint.sceneBoundingRect().adjusted(-14, -8, 14, 8)
        backdrop = self.scene().addPath(_rounded(frame), QPen(QColor("#c9ced6")),
                                        QBrush(QColor(255, 255, 255, 235)))
        backdrop.setZValue(3)

    def _fit(self) -> None:
        """Shrink to the viewport when it is small, never below legibility (it scrolls then)."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        port = self.viewport().size()
        scale = min(1.0, (port.width() - 4) / rect.width(), (port.height() - 4) / rect.height())
        scale = max(MIN_SCALE, scale)
        self.setTransform(QTransform.fromScale(scale, scale))

    def _cell_size(self, dots: Sequence[GridDot]) -> tuple[float, float]:
        """Cell width and least row height that fill the viewport.

        Crowded rows may make the grid taller than the view: it is then shrunk (down
        to a legible limit) and the cells widened so that it still fills the width.
        """
        port = self.viewport().size()
        row = (port.height() - 4 - TOP - BOTTOM - 2 * BAND) / 5
        row = max(MIN_ROW_H, min(MAX_ROW_H, row))
        tall = _Layout(dots, MIN_CELL_W, row).scene_rect().height()
        scale = max(MIN_SCALE, min(1.0, (port.height() - 4) / tall))
        width = ((port.width() - 4) / scale - LEFT - RIGHT - GAP) / 5
        return max(MIN_CELL_W, min(MAX_CELL_W / scale, width)), row

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        width, height = self._cell_size(self._dots)
        stale = (abs(width - self._layout.cell_width) > 6
                 or abs(height - min(self._layout.row_height.values())) > 6)
        if stale and self.scene().mouseGrabberItem() is None:
            self.set_dots(self._dots)
        else:
            self._fit()
