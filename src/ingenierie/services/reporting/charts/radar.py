"""The maturity radar on paper, from ``services/charts/radar``'s geometry.

The chart data is a unit disc with y pointing up, as reportlab draws: positions are
only scaled by the radius. Rings carry their level's label; each campaign is an
outline in its colour, the second dashed, with a gap where an item was not scored.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Polygon, PolyLine

from ingenierie.services.charts.radar import RadarChart
from ingenierie.services.reporting import style
from ingenierie.services.reporting.charts.shapes import Anchor, legend, rule, text, wrapped

LABEL_ROOM = 96.0


def maturity_radar(chart: RadarChart, width: float) -> Drawing:
    radius = min(width / 2 - LABEL_ROOM, 120.0)
    height = 2 * radius + 64
    drawing = Drawing(width, height)
    cx, cy = width / 2, radius + 34

    def at(x: float, y: float, scale: float = 1.0) -> tuple[float, float]:
        return cx + x * radius * scale, cy + y * radius * scale

    for ring in chart.rings:
        corners = [c for spoke in chart.spokes for c in at(spoke.x, spoke.y, ring.fraction)]
        drawing.add(Polygon(corners, fillColor=None, strokeColor=style.RULE, strokeWidth=0.5))
    top_spoke = chart.spokes[0] if chart.spokes else None
    for ring in chart.rings:
        if top_spoke is not None:
            x, y = at(top_spoke.x, top_spoke.y, ring.fraction)
            drawing.add(text(x + 3, y - 6, ring.label, size=5.5, colour=style.MUTED))
    for spoke in chart.spokes:
        end = at(spoke.x, spoke.y)
        drawing.add(rule(cx, cy, *end))
        lx, ly = at(spoke.x, spoke.y, 1.08)
        anchor: Anchor = "middle" if abs(spoke.x) < 0.2 else ("start" if spoke.x > 0 else "end")
        lines = wrapped(spoke.label, LABEL_ROOM - 8, size=6.5)
        shift = 3.5 if spoke.y > 0.9 else (-3.5 * len(lines) if spoke.y < -0.9 else
                                           3.5 * (len(lines) - 1) - 2.5)
        for number, line in enumerate(lines):
            drawing.add(text(lx, ly + shift - 7.5 * number, line, size=6.5, anchor=anchor))
    for outline in chart.outlines:
        colour = style.hex_colour(outline.colour)
        for run in outline.runs():
            points = [c for x, y in run for c in at(x, y)]
            if len(run) > 1:
                stroke = PolyLine(points, strokeColor=colour, strokeWidth=1.6)
                if outline.dashed:
                    stroke.strokeDashArray = [3, 2]
                drawing.add(stroke)
        for position in outline.positions:
            if position is not None:
                x, y = at(*position)
                drawing.add(Polygon([x - 2, y, x, y + 2, x + 2, y, x, y - 2], fillColor=colour,
                                    strokeColor=colour, strokeWidth=0.5))
    drawing.add(legend([(o.label, o.colour) for o in chart.outlines], 0, 6, width, dots=False))
    return drawing
