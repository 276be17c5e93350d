"""An indicator's progress as a bar in a table cell: the way done against the time spent.

The bar is the share of the way from baseline to target (``progress.Progress``),
coloured by the judgement's colour (``palette.progress_colour``); a tick marks the
share of the time elapsed, where an indicator *en ligne* would be.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing

from ingenierie.services.charts.palette import progress_colour
from ingenierie.services.evaluation.progress import Progress
from ingenierie.services.reporting import style
from ingenierie.services.reporting.charts.shapes import box, rule, text


def progress_bar(progress: Progress, width: float, height: float = 9) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(box(0, 1, width, height - 2, style.TINT, stroke=style.RULE))
    colour = style.hex_colour(progress_colour(progress.status))
    if progress.share is not None:
        share = min(max(float(progress.share), 0.0), 1.0)
        if share > 0:
            drawing.add(box(0, 1, width * share, height - 2, colour))
    if progress.expected_share is not None:
        x = width * min(max(float(progress.expected_share), 0.0), 1.0)
        drawing.add(rule(x, 0, x, height, colour=style.INK, width=1.1))
    return drawing


def score_scale(score: int | None, top: int = 4, width: float = 74) -> Drawing:
    """A criterion's score as ``top`` segments, filled up to the score, and the figure;
    *non évalué* in words (never a zero)."""
    drawing = Drawing(width, 10)
    if score is None:
        drawing.add(text(0, 1.5, "non évalué", size=7, colour=style.MUTED))
        return drawing
    segment = (width - 26) / top
    for index in range(top):
        fill = style.ACCENT if index < score else style.TINT
        drawing.add(box(index * segment, 1, segment - 2, 7, fill,
                        stroke=None if index < score else style.RULE))
    drawing.add(text(width - 22, 1.5, f"{score} / {top}", size=7, bold=True))
    return drawing
