"""The report's document: pages, running header, « page X / Y », bookmarks, contents.

Laid out in one pass. Page totals and the contents' page numbers are only known
at the end, so pages are kept (not written) until then — :class:`_DeferredCanvas`
— and the footers and the contents' numbers are drawn on them at save. A heading
(:class:`Heading`) becomes a PDF bookmark where it lands; the contents
(:class:`Contents`) reserves one line per entry, known before the layout, so that
no second pass is needed (a two-pass build would double the time of a report).

Progress is reported and a cancel is honoured after each page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from ingenierie.errors import UserError
from ingenierie.services.reporting import style
from ingenierie.services.reporting.text import escaped

ProgressCallback = Callable[[str, int, int | None], None]
CancelCheck = Callable[[], bool]


class ReportCancelled(UserError):
    """The user stopped the report; no file was written."""

    def __init__(self) -> None:
        super().__init__("Rapport annulé : aucun fichier n'a été écrit.")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the PDF says of itself, and what the running header shows."""

    title: str
    subject: str
    author: str
    header: str  # left of the running header: structure · kind of report
    date_line: str  # right of the running header


class Heading(Paragraph):
    """A heading that becomes a bookmark (``level`` 0 or 1) where it is laid out."""

    def __init__(self, title: str, key: str, level: int, paragraph_style: Any) -> None:
        super().__init__(escaped(title), paragraph_style)
        self.title, self.key, self.level = title, key, level


@dataclass(slots=True)
class _Slot:
    """Where the contents must print the page number of ``key`` (on page ``page``)."""

    page: int
    x: float
    y: float
    key: str


@dataclass(slots=True)
class _Layout:
    """What the layout learns for the deferred drawing: pages of headings, contents slots.

    Bookmarks are set at save too: a destination names the page being written, and
    while pages are deferred every destination would name the first one.
    """

    page_of: dict[str, int] = field(default_factory=dict)
    headings: list[tuple[int, str, str, int, float]] = field(default_factory=list)
    slots: list[_Slot] = field(default_factory=list)
    pages: int = 0  # once saved


class Contents(Flowable):
    """The table of contents: one line per (level, title, key), numbers filled at save."""

    LINE = 15.0

    def __init__(self, entries: Sequence[tuple[int, str, str]], layout: _Layout) -> None:
        super().__init__()
        self.entries = list(entries)
        self.layout = layout

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.LINE * len(self.entries)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fits = int(available_height // self.LINE)
        if fits <= 0 or fits >= len(self.entries):
            return [] if fits <= 0 else [self]
        return [Contents(self.entries[:fits], self.layout),
                Contents(self.entries[fits:], self.layout)]

    def draw(self) -> None:
        canvas = self.canv
        page = canvas.getPageNumber()
        top = self.LINE * len(self.entries)
        for index, (level, title, key) in enumerate(self.entries):
            y = top - (index + 1) * self.LINE + 4
            indent = 14.0 * level
            font = style.BOLD if level == 0 else style.FONT
            canvas.setFont(font, style.BODY)
            canvas.setFillColor(style.INK)
            text = style.fit_line(title, font, style.BODY, self.width - indent - 40)
            canvas.drawString(indent, y, text)
            end = indent + canvas.stringWidth(text, font, style.BODY) + 4
            canvas.setStrokeColor(style.RULE)
            canvas.setDash(1, 2)
            canvas.line(end, y + 1, self.width - 26, y + 1)
            canvas.setDash()
            x, abs_y = canvas.absolutePosition(self.width, y)
            self.layout.slots.append(_Slot(page, x, abs_y, key))
            left, bottom = canvas.absolutePosition(0, y - 3)
            canvas.linkAbsolute(title, key, (left, bottom, x, bottom + self.LINE))


class _DeferredCanvas(Canvas):
    """Keeps every page until the end, then draws footers and contents numbers on them."""

    def __init__(self, layout: _Layout, metadata: Metadata, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._layout, self._metadata = layout, metadata
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own, absent from the stubs

    def save(self) -> None:
        total = self._layout.pages = len(self._pages)
        slots: dict[int, list[_Slot]] = {}
        for slot in self._layout.slots:
            slots.setdefault(slot.page, []).append(slot)
        headings: dict[int, list[tuple[int, str, str, int, float]]] = {}
        for heading in self._layout.headings:
            headings.setdefault(heading[0], []).append(heading)
        for state in self._pages:
            self.__dict__.update(state)
            number = self.getPageNumber()
            if number > 1:
                self._footer(number, total)
            for _, key, title, level, top in headings.get(number, []):
                self.bookmarkPage(key, fit="XYZ", top=top)
                self.addOutlineEntry(title, key, level=level, closed=level > 0)
            for slot in slots.get(number, []):
                self.setFont(style.FONT, style.BODY)
                self.setFillColor(style.INK)
                target = self._layout.page_of.get(slot.key)
                self.drawRightString(slot.x, slot.y, str(target) if target else "")
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        self.setStrokeColor(style.RULE)
        self.setLineWidth(0.5)
        self.line(style.MARGIN, style.BOTTOM - 6, style.PAGE[0] - style.MARGIN, style.BOTTOM - 6)
        self.setFont(style.FONT, style.SMALL)
        self.setFillColor(style.MUTED)
        self.drawString(style.MARGIN, style.BOTTOM - 16, style.fit_line(
            self._metadata.title, style.FONT, style.SMALL, style.FRAME_WIDTH - 80))
        self.drawRightString(style.PAGE[0] - style.MARGIN, style.BOTTOM - 16,
                             f"page {number} / {total}")


def _running_header(metadata: Metadata) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _document: Any) -> None:
        canvas.saveState()
        top = style.PAGE[1] - style.TOP + 10
        canvas.setFont(style.FONT, style.SMALL)
        canvas.setFillColor(style.MUTED)
        canvas.drawString(style.MARGIN, top, style.fit_line(
            metadata.header, style.FONT, style.SMALL, style.FRAME_WIDTH - 90))
        canvas.drawRightString(style.PAGE[0] - style.MARGIN, top, metadata.date_line)
        canvas.setStrokeColor(style.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(style.MARGIN, top - 4, style.PAGE[0] - style.MARGIN, top - 4)
        canvas.restoreState()
    return draw


class ReportDocument(BaseDocTemplate):
    """A4 pages: a cover (drawn by ``cover``), then body pages with header and footer."""

    def __init__(self, path: str, metadata: Metadata, cover: Callable[[Canvas, Any], None],
                 progress: ProgressCallback | None = None,
                 cancelled: CancelCheck | None = None) -> None:
        style.register_fonts()
        super().__init__(path, pagesize=style.PAGE, title=metadata.title,
                         author=metadata.author, subject=metadata.subject,
                         creator="Ingénierie", lang="fr-FR", leftMargin=style.MARGIN,
                         rightMargin=style.MARGIN, topMargin=style.TOP,
                         bottomMargin=style.BOTTOM, initialFontName=style.FONT)
        self.metadata = metadata
        self.layout = _Layout()
        self._progress, self._cancelled = progress, cancelled
        body = Frame(style.MARGIN, style.BOTTOM, style.FRAME_WIDTH, style.FRAME_HEIGHT,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        cover_frame = Frame(style.MARGIN, style.BOTTOM, style.FRAME_WIDTH,
                            style.PAGE[1] * 0.42 - style.BOTTOM, leftPadding=0,
                            rightPadding=0, topPadding=0, bottomPadding=0, id="cover")
        self.addPageTemplates([
            PageTemplate("cover", [cover_frame], onPage=cover),
            PageTemplate("body", [body], onPage=_running_header(metadata)),
        ])

    def contents(self, entries: Sequence[tuple[int, str, str]]) -> Contents:
        return Contents(entries, self.layout)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            page = self.canv.getPageNumber()
            self.layout.page_of.setdefault(flowable.key, page)
            # the frame's cursor (private, absent from the stubs) is below the heading
            top = self.frame._y + flowable.height + 12  # type: ignore[attr-defined]
            self.layout.headings.append((page, flowable.key, flowable.title, flowable.level,
                                         top))

    def afterPage(self) -> None:
        page = self.canv.getPageNumber()
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled()
        if self._progress is not None:
            self._progress("Mise en page", page, None)

    def build_report(self, story: list[Flowable]) -> None:
        self.build(story, canvasmaker=lambda *args, **kwargs: _DeferredCanvas(
            self.layout, self.metadata, *args, **kwargs))


def colour_box(canvas: Canvas, x: float, y: float, width: float, height: float,
               fill: Color) -> None:
    canvas.setFillColor(fill)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
