"""The power/interest grid on paper: the window's quadrants, tints and stage dots.

Interest runs left to right and influence bottom to top, 1 to 5 each, with the
quadrants of ``services/charts/grid`` (their scores, labels, tint and ink). Each
stakeholder is a dot of their participation level carrying their number in the
stakeholders table; the name follows when the cell has room for every name, so a
crowded cell stays legible as numbered dots. A cell shows at most ``MAX_LINES`` rows
of dots, the last one saying how many more the table lists: the grid must fit a page
whatever the number of stakeholders sharing two scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group

from ingenierie.models.vocabulary import CooperationStage, Quadrant
from ingenierie.services.charts.grid import QUADRANTS, SCORES, quadrant_area
from ingenierie.services.charts.palette import stage_colour
from ingenierie.services.reporting import style
from ingenierie.services.reporting.charts.shapes import (
    box,
    dot,
    fitted,
    legend,
    text,
)

LEFT, BOTTOM, BAND, GAP = 30.0, 40.0, 13.0, 5.0
LINE = 10.5  # one named dot
RADIUS = 4.8
MAX_LINES = 8  # rows of dots in a cell
HIGH_INTEREST = min(quadrant_area(Quadrant.GERER_DE_PRES).interest)
BAND_ROWS = frozenset(area.influence[0] for area in QUADRANTS)


@dataclass(frozen=True, slots=True)
class GridEntry:
    """One stakeholder: their number in the table, name, scores and participation."""

    number: int
    name: str
    influence: int
    interest: int
    participation: CooperationStage


def _per_line(cell_width: float) -> int:
    return max(1, int((cell_width - 6) // (2 * RADIUS + 3)))


def _row_heights(entries: Sequence[GridEntry], cell_width: float) -> dict[int, float]:
    per_line = _per_line(cell_width)
    heights = {}
    for influence in SCORES:
        needed = 0.0
        for interest in SCORES:
            count = sum(1 for e in entries if (e.influence, e.interest) == (influence, interest))
            lines = count if count <= 4 else min(MAX_LINES, -(-count // per_line))
            needed = max(needed, 8 + lines * LINE)
        heights[influence] = max(34.0, needed)
    return heights


def power_interest_grid(entries: Sequence[GridEntry], width: float) -> Drawing:
    cell_width = (width - LEFT - GAP - 4) / len(SCORES)
    heights = _row_heights(entries, cell_width)
    height = BOTTOM + sum(heights.values()) + BAND * len(BAND_ROWS) + GAP
    drawing = Drawing(width, height)
    col_left = {i: LEFT + (i - 1) * cell_width + (GAP if i >= HIGH_INTEREST else 0)
                for i in SCORES}
    row_bottom: dict[int, float] = {}
    y = height
    for influence in reversed(SCORES):
        if influence in BAND_ROWS:
            y -= BAND + (GAP if influence != SCORES[-1] else 0)
        y -= heights[influence]
        row_bottom[influence] = y
    for area in QUADRANTS:
        left = col_left[area.interest[0]]
        right = col_left[area.interest[-1]] + cell_width
        bottom = row_bottom[area.influence[-1]]
        top = row_bottom[area.influence[0]] + heights[area.influence[0]]
        drawing.add(box(left, bottom, right - left, top - bottom + BAND,
                        style.hex_colour(area.tint)))
        drawing.add(text(left + 5, top + 3.5, area.label, size=8, bold=True,
                         colour=style.hex_colour(area.ink)))
        for influence in area.influence[1:]:  # white lines between the cells of a zone
            line_y = row_bottom[influence] + heights[influence]
            drawing.add(box(left, line_y - 0.6, right - left, 1.2, style.WHITE))
        for interest in area.interest[1:]:
            drawing.add(box(col_left[interest] - 0.6, bottom, 1.2, top - bottom, style.WHITE))
    for influence in SCORES:
        middle = row_bottom[influence] + heights[influence] / 2
        drawing.add(text(LEFT - 8, middle - 2.5, str(influence), anchor="middle",
                         colour=style.MUTED))
    for interest in SCORES:
        drawing.add(text(col_left[interest] + cell_width / 2, BOTTOM - 11, str(interest),
                         anchor="middle", colour=style.MUTED))
    drawing.add(text(LEFT + (width - LEFT) / 2, BOTTOM - 22, "Intérêt pour le projet →",
                     anchor="middle", bold=True))
    drawing.add(Group(text(0, 0, "Influence sur le projet →", bold=True, anchor="middle"),
                      transform=(0, 1, -1, 0, 8, BOTTOM + (height - BOTTOM) / 2)))
    for influence in SCORES:
        for interest in SCORES:
            here = [e for e in entries if (e.influence, e.interest) == (influence, interest)]
            top = row_bottom[influence] + heights[influence]
            _cell(drawing, here, col_left[interest], top, cell_width)
    drawing.add(legend([(s.label, stage_colour(s)) for s in CooperationStage], LEFT, 6,
                       width - LEFT, title="Participation :"))
    return drawing


def _cell(drawing: Drawing, entries: Sequence[GridEntry], left: float, top: float,
          width: float) -> None:
    """Dots with names when at most four share the cell, else numbered dots in rows."""
    named = len(entries) <= 4
    room = _per_line(width) * MAX_LINES
    shown = entries if len(entries) <= room else entries[:room - 1]
    x, y = left + 4 + RADIUS, top - 4 - RADIUS
    for entry in shown:
        fill = stage_colour(entry.participation)
        drawing.add(dot(x, y, RADIUS, fill))
        label = str(entry.number)
        size = 5.6 if len(label) < 3 else 4.6
        drawing.add(text(x, y - size * 0.36, label, size=size, anchor="middle",
                         colour=style.readable_on(fill), bold=True))
        if named:
            drawing.add(text(x + RADIUS + 3, y - 2.4, fitted(entry.name, width - 2 * RADIUS - 12)))
            y -= LINE
        else:
            x += 2 * RADIUS + 3
            if x + RADIUS > left + width - 2:
                x, y = left + 4 + RADIUS, y - LINE
    if len(shown) < len(entries):
        drawing.add(text(x - RADIUS, y - 2.4, f"+{len(entries) - len(shown)}", size=6.5,
                         colour=style.MUTED, bold=True))
