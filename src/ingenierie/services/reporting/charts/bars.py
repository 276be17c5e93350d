"""Bar charts on paper from ``services/charts/bars.BarChart``: the dashboard's bars.

Horizontal bars for categories with long French labels (levels, postures, schemes),
one bar per series side by side; stacked columns for a time axis (stage changes by
quarter). The value scale, its ticks and the colours are the chart data's own.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing

from ingenierie.services.charts.bars import BarChart
from ingenierie.services.charts.scales import number_label as french_number
from ingenierie.services.reporting import style
from ingenierie.services.reporting.charts.shapes import (
    box,
    empty_drawing,
    fitted,
    legend,
    rule,
    text,
    width_of,
)

ROW = 13.0  # one category, one series
TOP_TITLE = 16.0


def horizontal_bars(chart: BarChart, width: float, *, label_width: float | None = None,
                    title: bool = True) -> Drawing:
    """Categories down the left, bars to the right, each value written at its bar's end."""
    series = chart.series
    if chart.empty:
        return empty_drawing(width, 40, f"{chart.title} : aucune donnée")
    labels = label_width or min(width * 0.42, max(width_of(c) for c in chart.categories) + 8)
    legend_height = 14.0 if len(series) > 1 else 0.0
    band = ROW * len(series) + 4
    plot_height = band * len(chart.categories)
    height = (TOP_TITLE if title else 0) + legend_height + plot_height + 14
    drawing = Drawing(width, height)
    top = height - (TOP_TITLE if title else 0)
    if title:
        drawing.add(text(0, height - 10, chart.title, size=8.5, bold=True))
    if len(series) > 1:
        drawing.add(legend([(s.name, s.colour) for s in series], labels, top - 9,
                           width - labels, dots=False))
        top -= legend_height
    left, right = labels, width - 24
    scale = chart.scale
    for tick, label in zip(scale.ticks, scale.labels(), strict=True):
        x = left + (right - left) * scale.fraction(tick)
        drawing.add(rule(x, top, x, top - plot_height, dash=(1, 2)))
        drawing.add(text(x, top - plot_height - 9, label, size=6.5, colour=style.MUTED,
                         anchor="middle"))
    for index, category in enumerate(chart.categories):
        band_top = top - index * band
        drawing.add(text(0, band_top - band / 2 - 2.5, fitted(category, labels - 6)))
        for position, one in enumerate(series):
            value = one.values[index]
            y = band_top - 2 - (position + 1) * ROW + 2
            length = (right - left) * scale.fraction(value)
            if value:
                drawing.add(box(left, y, max(length, 0.8), ROW - 3,
                                style.hex_colour(one.colour_of(index)), stroke=None))
            drawing.add(text(left + length + 3, y + 2.5, french_number(value, 0), size=6.5,
                             colour=style.MUTED))
    drawing.add(rule(left, top, left, top - plot_height, colour=style.MUTED))
    return drawing


def stacked_columns(chart: BarChart, width: float, height: float = 150) -> Drawing:
    """Categories along the bottom (quarters), series piled up, the total on top."""
    if chart.empty:
        return empty_drawing(width, 40, f"{chart.title} : aucune donnée")
    drawing = Drawing(width, height)
    drawing.add(text(0, height - 10, chart.title, size=8.5, bold=True))
    entries = [(s.name, s.colour) for s in chart.series]
    drawing.add(legend(entries, 28, height - 24, width - 28))
    rows = 1 + int(sum(width_of(n) + 22 for n, _ in entries) // (width - 28))
    top = height - 30 - 11 * rows
    bottom, left, right = 22.0, 28.0, width - 4
    scale = chart.scale
    for tick, label in zip(scale.ticks, scale.labels(), strict=True):
        y = bottom + (top - bottom) * scale.fraction(tick)
        drawing.add(rule(left, y, right, y, dash=(1, 2)))
        drawing.add(text(left - 4, y - 2.3, label, size=6.5, colour=style.MUTED, anchor="end"))
    count = len(chart.categories)
    slot = (right - left) / max(1, count)
    bar = min(26.0, slot * 0.66)
    totals = chart.totals()
    for index, category in enumerate(chart.categories):
        x = left + slot * index + (slot - bar) / 2
        y = bottom
        for one in chart.series:
            value = one.values[index]
            if value:
                tall = (top - bottom) * (scale.fraction(value) - scale.fraction(0))
                drawing.add(box(x, y, bar, tall, style.hex_colour(one.colour), stroke=style.WHITE))
                y += tall
        if totals[index]:
            drawing.add(text(x + bar / 2, y + 2, french_number(totals[index], 0), size=6.5,
                             colour=style.MUTED, anchor="middle"))
        if count <= 12 or index % 2 == 0:
            drawing.add(text(x + bar / 2, bottom - 10, category, size=6.5, anchor="middle"))
    drawing.add(rule(left, bottom, right, bottom, colour=style.MUTED))
    return drawing
