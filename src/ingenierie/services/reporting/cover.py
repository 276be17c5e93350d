"""The cover: the structure (logo, name), the kind of report, the title, what it covers.

Drawn straight on the first page's canvas: a dark band over the top of the page,
edged with the cooperation ladder's colours, the lower part left to the summary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.charts.palette import stage_colour
from ingenierie.services.reporting import style
from ingenierie.services.reporting.text import escaped

BAND_SHARE = 0.55  # of the page's height, from the top
LOGO_BOX = (44 * mm, 20 * mm)
SOFT = style.hex_colour("#b9c6d4")  # secondary text on the band


@dataclass(frozen=True, slots=True)
class Cover:
    kind: str  # « Fiche de suivi de projet »
    title: str
    lines: Sequence[str]  # under the title: code and scheme, territories, period…
    issued: str  # « Établie le 3 décembre 2026 par … »
    structure: str | None = None
    logo: Path | None = None


def draw_cover(cover: Cover) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _document: Any) -> None:
        width, height = style.PAGE
        band_bottom = height * (1 - BAND_SHARE)
        canvas.saveState()
        canvas.setFillColor(style.COVER)
        canvas.rect(0, band_bottom, width, height - band_bottom, stroke=0, fill=1)
        stages = list(CooperationStage)
        for index, stage in enumerate(stages):
            canvas.setFillColor(style.hex_colour(stage_colour(stage)))
            canvas.rect(width * index / len(stages), band_bottom - 5, width / len(stages), 5,
                        stroke=0, fill=1)
        top = height - style.MARGIN
        left = style.MARGIN
        if cover.logo is not None:
            _logo(canvas, cover.logo, left, top)
            left_text, text_top = left, top - LOGO_BOX[1] - 9 * mm
        else:
            left_text, text_top = left, top - 6 * mm
        if cover.structure:
            canvas.setFont(style.BOLD, 11)
            canvas.setFillColor(style.WHITE)
            canvas.drawString(left_text, text_top, cover.structure)
            text_top -= 8 * mm
        canvas.setFont(style.BOLD, 9)
        canvas.setFillColor(SOFT)
        canvas.drawString(left_text, text_top, cover.kind.upper())
        styles = style.styles()
        title = Paragraph(escaped(cover.title), styles.cover_title)
        available = style.FRAME_WIDTH
        _, tall = title.wrap(available, height)
        title.drawOn(canvas, left_text, text_top - 8 * mm - tall)
        y = text_top - 8 * mm - tall - 6 * mm
        for line in cover.lines:
            paragraph = Paragraph(escaped(line), styles.cover_line)
            _, line_height = paragraph.wrap(available, height)
            y -= line_height
            if y < band_bottom + 16 * mm:
                break
            paragraph.drawOn(canvas, left_text, y)
            y -= 2
        canvas.setFont(style.FONT, 9)
        canvas.setFillColor(SOFT)
        canvas.drawString(left_text, band_bottom + 9 * mm, cover.issued)
        canvas.restoreState()
    return draw


def _logo(canvas: Canvas, path: Path, left: float, top: float) -> None:
    """The logo on a white card, scaled to fit it, its proportions kept."""
    box_width, box_height = LOGO_BOX
    canvas.setFillColor(style.WHITE)
    canvas.roundRect(left, top - box_height, box_width, box_height, 2 * mm, stroke=0, fill=1)
    padding = 2.5 * mm
    canvas.drawImage(str(path), left + padding, top - box_height + padding,
                     box_width - 2 * padding, box_height - 2 * padding,
                     preserveAspectRatio=True, anchor="c", mask="auto")
