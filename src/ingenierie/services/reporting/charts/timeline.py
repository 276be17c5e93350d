"""The cooperation trajectory on paper: the six-step ladder as rows, the history as stairs.

As in the window: one row per stage (its dot and label on the left), a dot at each
dated step, the line climbing or falling from one step to the next and running on,
dashed, to the day the report is read for. The date axis is ``scales.date_scale``'s
(French months or years).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Drawing, PolyLine

from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.charts.palette import stage_colour
from ingenierie.services.charts.scales import date_scale, month_label
from ingenierie.services.reporting import style
from ingenierie.services.reporting.charts.shapes import (
    box,
    dot,
    empty_drawing,
    rule,
    text,
    width_of,
)

ROW = 19.0
LINE = style.hex_colour("#5b6b7b")
TODAY = style.hex_colour("#e8590c")


def stage_timeline(steps: Sequence[tuple[CooperationStage, date]], until: date,
                   width: float) -> Drawing:
    """``steps`` oldest first; ``until`` is where the dashed line stops (the report's day)."""
    if not steps:
        return empty_drawing(width, 48, "Aucune étape de coopération enregistrée : aucune "
                                        "donnée.")
    stages = list(CooperationStage)
    left = max(width_of(s.label) for s in stages) + 22
    right = width - 8
    bottom = 26.0
    height = bottom + ROW * len(stages) + 12
    drawing = Drawing(width, height)
    scale = date_scale([steps[0][1], until, *(day for _, day in steps)])

    def x_of(day: date) -> float:
        return left + (right - left) * scale.fraction(day)

    def y_of(stage: CooperationStage) -> float:
        return bottom + (stage.rank - 0.5) * ROW

    for stage in stages:
        y = y_of(stage)
        if stage.rank % 2 == 0:
            drawing.add(box(left, y - ROW / 2, right - left, ROW, style.TINT))
        drawing.add(rule(left, y, right, y, colour=style.hex_colour("#e3e7ec")))
        drawing.add(dot(6, y, 3.5, stage_colour(stage)))
        drawing.add(text(14, y - 2.5, stage.label))
    for tick, label in scale.ticks:
        x = x_of(tick)
        drawing.add(rule(x, bottom, x, height - 12, dash=(1, 2)))
        drawing.add(text(x, bottom - 10, label, size=6.5, colour=style.MUTED, anchor="middle"))
    drawing.add(rule(left, bottom, right, bottom, colour=style.MUTED))
    points: list[float] = []
    previous: CooperationStage | None = None
    for stage, day in steps:
        x = x_of(day)
        if previous is not None:
            points += [x, y_of(previous)]
        points += [x, y_of(stage)]
        previous = stage
    drawing.add(PolyLine(points, strokeColor=LINE, strokeWidth=1.6))
    last_stage, last_day = steps[-1]
    drawing.add(rule(x_of(last_day), y_of(last_stage), x_of(until), y_of(last_stage),
                     colour=LINE, width=1.2, dash=(3, 2)))
    drawing.add(rule(x_of(until), bottom, x_of(until), height - 12, colour=TODAY, width=0.7,
                     dash=(2, 2)))
    drawing.add(text(x_of(until), bottom - 19, f"au {until:%d/%m/%Y}", size=6.5, colour=TODAY,
                     anchor="middle"))
    label_right: dict[CooperationStage, float] = {}
    for stage, day in steps:
        x, y = x_of(day), y_of(stage)
        drawing.add(dot(x, y, 4.2, stage_colour(stage)))
        label = f"{day.day} {month_label(day)}"
        half = width_of(label, size=6) / 2
        if x - half > label_right.get(stage, -1e9) + 4 and x + half < width:
            drawing.add(text(x, y + 6, label, size=6, colour=style.MUTED, anchor="middle"))
            label_right[stage] = x + half
    return drawing
