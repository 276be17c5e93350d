"""The one style of the reports: fonts, colours, sizes and spacing, defined here only.

The font is DejaVu Sans Condensed (``resources/fonts``, with its licence), embedded
in every PDF: it covers Latin (French, Polish, Romanian, Turkish, Vietnamese…),
Greek, Cyrillic and the signs officers type (œ, ’, « », €, ≥, →), so whatever a
user typed prints. The colours are the window's: the stage ramp and the chart
palette come from ``services/charts/palette``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ingenierie.services.charts import palette

FONT = "Ingenierie"
BOLD = "Ingenierie-Bold"
ITALIC = "Ingenierie-Italic"
BOLD_ITALIC = "Ingenierie-BoldItalic"
_FILES = {FONT: "DejaVuSansCondensed.ttf", BOLD: "DejaVuSansCondensed-Bold.ttf",
          ITALIC: "DejaVuSansCondensed-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSansCondensed-BoldOblique.ttf"}

# -- colours ------------------------------------------------------------------------------
INK = colors.HexColor(palette.TEXT)
MUTED = colors.HexColor(palette.MUTED)
RULE = colors.HexColor(palette.RULE)
TINT = colors.HexColor("#f3f5f8")  # boxes, zebra rows
ACCENT = colors.HexColor("#0b4f93")  # headings, links, the cover band's title
COVER = colors.HexColor("#1f2d3d")  # the cover band
WHITE = colors.white

# -- page ---------------------------------------------------------------------------------
PAGE = A4
MARGIN = 18 * mm
TOP = 22 * mm  # room for the running header
BOTTOM = 18 * mm  # room for the footer
FRAME_WIDTH = PAGE[0] - 2 * MARGIN
FRAME_HEIGHT = PAGE[1] - TOP - BOTTOM

# -- sizes and spacing --------------------------------------------------------------------
BODY = 9.0
SMALL = 7.5
TABLE = 8.0
GAP = 4 * mm  # between blocks of a section
SECTION_GAP = 8 * mm  # before a section heading


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles, by role."""

    body: ParagraphStyle
    muted: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    head_cell: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    label: ParagraphStyle
    figure: ParagraphStyle
    empty: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    toc: ParagraphStyle


def _style(name: str, **values: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": FONT, "fontSize": BODY, "leading": BODY * 1.38,
                               "textColor": INK, "alignment": TA_LEFT, "splitLongWords": 1,
                               "allowWidows": 0, "allowOrphans": 0,
                               # long names break at their own hyphens first
                               "embeddedHyphenation": 2}
    return ParagraphStyle(name, **(base | values))  # type: ignore[arg-type]


@cache
def styles() -> Styles:
    """The styles, built once fonts are registered."""
    register_fonts()
    return Styles(
        body=_style("body", spaceAfter=2),
        muted=_style("muted", textColor=MUTED),
        small=_style("small", fontSize=SMALL, leading=SMALL * 1.3, textColor=MUTED),
        cell=_style("cell", fontSize=TABLE, leading=TABLE * 1.25),
        cell_right=_style("cell_right", fontSize=TABLE, leading=TABLE * 1.25,
                          alignment=TA_RIGHT),
        head_cell=_style("head_cell", fontName=BOLD, fontSize=TABLE - 0.5,
                         leading=TABLE * 1.2, textColor=MUTED),
        title=_style("title", fontName=BOLD, fontSize=17, leading=21, spaceAfter=2,
                     textColor=INK),
        heading=_style("heading", fontName=BOLD, fontSize=13, leading=16, textColor=ACCENT,
                       spaceBefore=0, spaceAfter=4),
        subheading=_style("subheading", fontName=BOLD, fontSize=10, leading=13,
                          spaceBefore=4, spaceAfter=3),
        label=_style("label", fontSize=SMALL, leading=SMALL * 1.3, textColor=MUTED),
        figure=_style("figure", fontName=BOLD, fontSize=15, leading=18),
        empty=_style("empty", fontName=ITALIC, textColor=MUTED),
        cover_title=_style("cover_title", fontName=BOLD, fontSize=26, leading=31,
                           textColor=WHITE),
        cover_line=_style("cover_line", fontSize=11, leading=15, textColor=WHITE),
        toc=_style("toc", fontSize=BODY, leading=BODY * 1.6),
    )


def font_folder() -> Path:
    return Path(str(files("ingenierie.resources") / "fonts"))


@cache
def register_fonts() -> None:
    """Register the embedded family once per process, and close reportlab's doors.

    User text never carries markup (``text.escaped``), and no URL scheme is trusted:
    an ``<img src='…'/>`` that got through would still fetch nothing.
    """
    folder = font_folder()
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    rl_config.trustedSchemes = []
    rl_config.trustedHosts = None


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` on one line."""
    register_fonts()
    full = pdfmetrics.stringWidth(text, font, size)
    if full <= width:
        return text
    text = text[:max(1, int(len(text) * width / full))]  # about right, then exact
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def hex_colour(value: str) -> colors.Color:
    return colors.HexColor(value)


def readable_on(fill: str) -> colors.Color:
    """White or ink, whichever reads better on ``fill`` (a stage dot's number)."""
    colour = colors.HexColor(fill)
    luminance = 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue
    return INK if luminance > 0.55 else WHITE
