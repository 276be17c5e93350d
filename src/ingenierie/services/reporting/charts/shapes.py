"""Small drawing helpers every chart shares: text in the report's font, stage dots, legends."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from ingenierie.services.charts import palette
from ingenierie.services.reporting import style

OUTLINE = style.hex_colour(palette.OUTLINE)
Anchor = Literal["start", "middle", "end"]
LABEL = 7.0  # chart text size


def text(x: float, y: float, value: str, *, size: float = LABEL, colour: Color = style.INK,
         bold: bool = False, anchor: Anchor = "start") -> String:
    style.register_fonts()  # once: a chart may be drawn before any document is made
    return String(x, y, value, fontName=style.BOLD if bold else style.FONT, fontSize=size,
                  fillColor=colour, textAnchor=anchor)


def fitted(value: str, width: float, *, size: float = LABEL, bold: bool = False) -> str:
    """``value`` cut with an ellipsis to fit ``width`` points."""
    style.register_fonts()
    return style.fit_line(value, style.BOLD if bold else style.FONT, size, width)


def width_of(value: str, *, size: float = LABEL, bold: bool = False) -> float:
    style.register_fonts()
    return stringWidth(value, style.BOLD if bold else style.FONT, size)


def dot(x: float, y: float, radius: float, fill: str) -> Circle:
    """A stage dot: its colour with the dark ring that keeps the palest one visible."""
    return Circle(x, y, radius, fillColor=style.hex_colour(fill), strokeColor=OUTLINE,
                  strokeWidth=0.6)


def rule(x1: float, y1: float, x2: float, y2: float, *, colour: Color = style.RULE,
         width: float = 0.5, dash: Sequence[float] | None = None) -> Line:
    line = Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=width)
    if dash:
        line.strokeDashArray = list(dash)
    return line


def box(x: float, y: float, width: float, height: float, fill: Color | None,
        stroke: Color | None = None, radius: float = 0) -> Rect:
    # the colours set after: the stubs type Rect's keywords as one dict, not unpacked
    rect = Rect(x, y, width, height, rx=radius, ry=radius)
    rect.fillColor, rect.strokeColor, rect.strokeWidth = fill, stroke, 0.5 if stroke else 0
    return rect


def legend(entries: Sequence[tuple[str, str]], x: float, y: float, width: float, *,
           title: str | None = None, dots: bool = True) -> Group:
    """A one-line (wrapping) legend of coloured dots or squares with their labels."""
    group = Group()
    cursor = x
    if title:
        group.add(text(cursor, y, title, bold=True))
        cursor += width_of(title, bold=True) + 8
    for label, colour in entries:
        needed = 12 + width_of(label) + 10
        if cursor + needed > x + width and cursor > x:
            cursor, y = x, y - 11
        if dots:
            group.add(dot(cursor + 3.5, y + 2.5, 3.5, colour))
        else:
            group.add(box(cursor, y - 0.5, 7, 7, style.hex_colour(colour)))
        group.add(text(cursor + 11, y, label))
        cursor += needed
    return group


def empty_drawing(width: float, height: float, message: str) -> Drawing:
    """A chart frame saying it has nothing to draw (never an empty frame)."""
    drawing = Drawing(width, height)
    drawing.add(box(0, 0, width, height, style.TINT))
    drawing.add(text(width / 2, height / 2 - 3, message, size=8, colour=style.MUTED,
                     anchor="middle"))
    return drawing


def wrapped(value: str, width: float, *, size: float = LABEL, lines: int = 2) -> list[str]:
    """``value`` on at most ``lines`` lines of ``width`` points, the last one cut."""
    words, result = value.split(), [""]
    for word in words:
        candidate = f"{result[-1]} {word}".strip()
        if width_of(candidate, size=size) <= width or not result[-1]:
            result[-1] = candidate
        elif len(result) < lines:
            result.append(word)
        else:
            result[-1] = fitted(f"{result[-1]} {word}", width, size=size)
            break
    return [fitted(line, width, size=size) for line in result]
