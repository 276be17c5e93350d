"""User text made safe for reportlab, and values written the French way.

A Paragraph reads its text as markup: a description holding ``<b>``, ``&``, ``x<y``
or ``<img src='…'/>`` would be bold, refused or, worse, open a file. Every text that
comes from the database goes through :func:`escaped` (markup characters become
entities, line breaks become ``<br/>``, control characters are dropped) before it
joins the report's own markup, which only ever wraps escaped text.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from ingenierie.services.charts.scales import number_label as french_number
from ingenierie.services.common import euros

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BREAKS = re.compile(r"\r\n|\r|\n")
NOTHING = "—"
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")


def escaped(text: str | None) -> str:
    """``text`` as literal Paragraph content (None is empty)."""
    if not text:
        return ""
    clean = _CONTROL.sub("", text)
    return _BREAKS.sub("<br/>", escape(clean))


def shortened(text: str | None, limit: int) -> str:
    """At most ``limit`` characters, cut at a word with an ellipsis (plain text)."""
    if not text:
        return ""
    text = _CONTROL.sub("", text).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:.") + "…"


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text, printed literally."""
    return Paragraph(escaped(text), style)


def labelled(label: str, value: str | None) -> str:
    """``<b>Label :</b> value`` with ``value`` escaped (the label is ours)."""
    return f"<b>{escape(label)} :</b> {escaped(value) or NOTHING}"


def day(value: date | None) -> str:
    """``04/10/2019`` (— when unknown)."""
    return f"{value:%d/%m/%Y}" if value else NOTHING


def long_day(value: date) -> str:
    """``4 octobre 2019``."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def amount(cents: int | None) -> str:
    return euros(cents) if cents is not None else NOTHING


def whole_euros(cents: int) -> str:
    """``12 500 €``: a key figure, without cents."""
    return f"{french_number(round(cents / 100), 0)}\u202f€"


def number(value: Decimal | int | float | None, places: int = 2) -> str:
    return french_number(value, places) if value is not None else NOTHING


def percent(share: Decimal | float | None) -> str:
    """``0.456`` → ``46 %``."""
    if share is None:
        return NOTHING
    return f"{french_number(float(share) * 100, 0)}\u202f%"


def plural(count: int, one: str, many: str) -> str:
    """``1 acteur``, ``12 acteurs``, ``0 acteur`` (French: zero is singular)."""
    return f"{french_number(count, 0)} {one if count <= 1 else many}"
