"""The report's building blocks: sections, tables, key figures, boxes, « aucune donnée ».

Every block takes plain values and the one style; cells of user text are
Paragraphs built by ``text.para`` (escaped). Tables repeat their header row on
each page they run over and may split inside a row, so a long note never pushes
a row off the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ingenierie.services.charts import palette
from ingenierie.services.reporting import style
from ingenierie.services.reporting.document import Heading
from ingenierie.services.reporting.text import escaped, para

#: A cell of user text longer than this is cut (the application holds the whole text):
#: a table row must fit on a page.
CELL_LIMIT = 1500
EMPTY = "Aucune donnée."
SUBHEADING_ROOM = 110  # points: a subheading, a table's header and three rows, with room


def section(title: str, key: str, level: int = 0) -> list[Flowable]:
    """A section heading (a bookmark), kept with some room below it."""
    styles = style.styles()
    heading_style = styles.heading if level == 0 else styles.subheading
    return [CondPageBreak(60 * 2.83), Spacer(0, style.SECTION_GAP if level == 0 else style.GAP),
            Heading(title, key, level, heading_style)]


def subheading(title: str) -> list[Flowable]:
    """A heading within a section, on the next page unless a table's first rows fit below
    it (keepWithNext would carry a long table whole to the next page)."""
    return [CondPageBreak(SUBHEADING_ROOM), Spacer(0, style.GAP / 2),
            Paragraph(escaped(title), style.styles().subheading)]


def empty(what: str = EMPTY) -> Paragraph:
    """What a section without data prints instead of an empty frame."""
    return Paragraph(escaped(what), style.styles().empty)


def cell(text: str | None, *, right: bool = False, limit: int = CELL_LIMIT) -> Paragraph:
    styles = style.styles()
    value = text if text is None or len(text) <= limit else text[:limit - 1].rstrip() + "…"
    return para(value, styles.cell_right if right else styles.cell)


def marked_cell(markup: str, *, right: bool = False) -> Paragraph:
    """A cell of the report's own markup (its user parts already escaped)."""
    styles = style.styles()
    return Paragraph(markup, styles.cell_right if right else styles.cell)


def data_table(headers: Sequence[str], rows: Sequence[Sequence[Any]],
               widths: Sequence[float], *, right: Sequence[int] = (),
               row_colours: Sequence[tuple[int, Color]] = (), total: bool = False) -> Table:
    """A table of ``rows`` (text, Paragraphs or drawings) under ``headers``.

    ``widths`` are shares of the frame's width. Text becomes a wrapping Paragraph,
    except in the ``right`` columns (amounts, counts, scores), where it stays one
    unbroken line: reportlab would break ``1 234,00 €`` at its narrow spaces.
    ``row_colours`` tints given rows; ``total`` sets the last row apart, in bold.
    """
    styles = style.styles()
    head = [Paragraph(escaped(h), styles.head_cell) for h in headers]
    body = [[v if i in right and isinstance(v, str) else
             cell(v) if isinstance(v, str) or v is None else v
             for i, v in enumerate(row)] for row in rows]
    table = _Table([head, *body], colWidths=column_widths(widths),
                   repeatRows=1, splitInRow=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, style.INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, style.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for column in right:
        commands += [("ALIGN", (column, 1), (column, -1), "RIGHT"),
                     ("FONTNAME", (column, 1), (column, -1), style.FONT),
                     ("FONTSIZE", (column, 1), (column, -1), style.TABLE),
                     ("TEXTCOLOR", (column, 1), (column, -1), style.INK)]
    commands += [("BACKGROUND", (0, i), (-1, i), style.TINT) for i in range(2, len(rows) + 1, 2)]
    commands += [("BACKGROUND", (0, i + 1), (-1, i + 1), colour) for i, colour in row_colours]
    if total:
        commands += [("FONTNAME", (0, -1), (-1, -1), style.BOLD),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, style.INK),
                     ("BACKGROUND", (0, -1), (-1, -1), style.WHITE)]
    table.setStyle(TableStyle(commands))
    return table


class _Table(Table):
    """A table that does not leave its header and a row or two alone at a page's foot:
    it starts on the next page instead (its heading, kept with it, follows)."""

    FIRST_ROWS = 3

    def __init__(self, data: Sequence[list[Any]], **options: Any) -> None:
        super().__init__(data, **options)  # reportlab builds the split parts with our class
        self.rows = len(data)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(available_width, available_height)
        if len(parts) == 2 and isinstance(parts[0], _Table):
            placed = parts[0].rows - self.repeatRows
            if placed < min(self.FIRST_ROWS, self.rows - self.repeatRows):
                return []
        return parts


def column_widths(shares: Sequence[float]) -> list[float]:
    """Shares of the frame's width, in points."""
    whole = sum(shares)
    return [style.FRAME_WIDTH * share / whole for share in shares]


def key_figures(figures: Sequence[tuple[str, str]]) -> Table:
    """A row of tiles: a big value above its label (``[("12", "acteurs"), …]``)."""
    styles = style.styles()
    tiles = [[Paragraph(escaped(value), styles.figure), Paragraph(escaped(label), styles.label)]
             for value, label in figures]
    width = style.FRAME_WIDTH / max(1, len(figures))
    table = Table([tiles], colWidths=[width] * len(figures), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBEFORE", (1, 0), (-1, 0), 0.5, style.RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def fact_box(facts: Sequence[tuple[str, str]], columns: int = 2) -> Table:
    """A tinted box of label/value pairs (labels ours, values already escaped markup)."""
    styles = style.styles()
    cells: list[list[Paragraph | str]] = [
        [Paragraph(escaped(label), styles.label), Paragraph(value, styles.body)]
        for label, value in facts]
    rows: list[list[Any]] = []
    for start in range(0, len(cells), columns):
        chunk = cells[start:start + columns]
        chunk += [["", ""]] * (columns - len(chunk))
        rows.append([part for pair in chunk for part in pair])
    unit = style.FRAME_WIDTH / columns
    table = Table(rows, colWidths=[unit * 0.34, unit * 0.66] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), style.TINT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("BOX", (0, 0), (-1, -1), 0.5, style.RULE),
    ]))
    return table


def side_by_side(left: Flowable, right: Flowable, share: float = 0.5) -> Table:
    """Two blocks next to each other (a chart and its legend, two small charts)."""
    table = Table([[left, right]], colWidths=[style.FRAME_WIDTH * share,
                                              style.FRAME_WIDTH * (1 - share)], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return table


class StageTag(Flowable):
    """A stage's dot (with its ring, which a text glyph could not have) and label, drawn
    straight on the canvas: a table of two hundred stakeholders holds two hundred."""

    def __init__(self, label: str, colour: str, width: float) -> None:
        super().__init__()
        self.label, self.colour, self.width = label, colour, width
        self.height = style.TABLE * 1.25

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, style.TABLE
        canvas.setFillColor(style.hex_colour(self.colour))
        canvas.setStrokeColor(style.hex_colour(palette.OUTLINE))
        canvas.setLineWidth(0.6)
        # on the baseline of the Paragraphs beside it (their first line's, a font size
        # below the top)
        baseline = self.height - size
        canvas.circle(size * 0.45, baseline + size * 0.32, size * 0.4, stroke=1, fill=1)
        canvas.setFillColor(style.INK)
        canvas.setFont(style.FONT, size)
        canvas.drawString(size * 1.2, baseline, style.fit_line(self.label, style.FONT, size,
                                                             self.width - size * 1.3))


def kept(*blocks: Flowable) -> KeepTogether:
    return KeepTogether(list(blocks))
