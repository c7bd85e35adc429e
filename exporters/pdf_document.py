"""The report's pages: A4, Letter or A3, portrait for text and landscape for diagrams, each with
a running header, "Page n of N" and the PDF's outline shown when it opens.

"of N" is a form XObject drawn on every page and filled in once the last page is known,
so the report is laid out in one pass even when a large diagram adds a hundred pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A3, A4, LETTER, landscape, portrait
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from exporters import pdf_theme as theme
from exporters.pdf_fonts import ReportFonts
from exporters.pdf_text import elide
from workbench.i18n import tr

PAPERS = {"a4": A4, "letter": LETTER, "a3": A3}
MARGIN = 42.0
LANDSCAPE_MARGIN = 30.0
HEADER_SIZE = 8.0
TOTAL_FORM = "pwb-total-pages"


@dataclass(frozen=True)
class RunningText:
    """What every page repeats: the process at the top left, the comparison at the right."""

    title: str
    context: str
    footer: str


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}: use one of {', '.join(PAPERS)}") from None


def landscape_frame_size(paper: str) -> tuple[float, float]:
    """Width and height of the landscape pages' frame, for planning diagram tiles."""
    width, height = landscape(paper_size(paper))
    return width - 2 * LANDSCAPE_MARGIN, height - 2 * LANDSCAPE_MARGIN - 2 * _BAND


def tall_frame_size(paper: str) -> tuple[float, float]:
    """The frame of a diagram page turned upright, for a diagram taller than it is wide."""
    width, height = portrait(paper_size(paper))
    return width - 2 * LANDSCAPE_MARGIN, height - 2 * LANDSCAPE_MARGIN - 2 * _BAND


_BAND = 16.0  # room for the running header and the footer inside the margins


class ReportTemplate(BaseDocTemplate):
    def __init__(
        self, filename: str, paper: str, fonts: ReportFonts, running: RunningText, **meta: object
    ) -> None:
        size = paper_size(paper)
        super().__init__(filename, pagesize=portrait(size), **meta)
        self.fonts, self.running = fonts, running
        self._sections = 0
        self.addPageTemplates(
            [
                _template("cover", portrait(size), MARGIN, self._cover_page),
                _template("portrait", portrait(size), MARGIN, self._page),
                _template("landscape", landscape(size), LANDSCAPE_MARGIN, self._page),
                _template("tall", portrait(size), LANDSCAPE_MARGIN, self._page),
            ]
        )

    def afterFlowable(self, flowable: object) -> None:
        """Headings and bookmarks become entries of the PDF's outline."""
        entry = getattr(flowable, "outline_entry", None)
        if entry is None:
            return
        title, level = entry
        key = f"section-{self._sections}"
        self._sections += 1
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level, closed=False)

    def _cover_page(self, c: Canvas, doc: BaseDocTemplate) -> None:
        c.showOutline()
        self._footer(c)

    def _page(self, c: Canvas, doc: BaseDocTemplate) -> None:
        width, height = c._pagesize
        margin = LANDSCAPE_MARGIN if width > height else MARGIN
        c.saveState()
        y = height - margin + 4
        right = width - margin
        context_width = stringWidth(self.running.context, self.fonts.regular, HEADER_SIZE)
        room = right - margin - context_width - 24
        c.setFillColor(theme.INK)
        c.setFont(self.fonts.bold, HEADER_SIZE)
        c.drawString(margin, y, elide(self.running.title, self.fonts.bold, HEADER_SIZE, room))
        c.setFillColor(theme.MUTED_INK)
        c.setFont(self.fonts.regular, HEADER_SIZE)
        c.drawRightString(right, y, self.running.context)
        c.setStrokeColor(theme.HEADER_BORDER)
        c.setLineWidth(0.5)
        c.line(margin, y - 5, right, y - 5)
        c.restoreState()
        self._footer(c)

    def _footer(self, c: Canvas) -> None:
        width, height = c._pagesize
        margin = LANDSCAPE_MARGIN if width > height else MARGIN
        y = margin - 14
        c.saveState()
        c.setFillColor(theme.MUTED_INK)
        c.setFont(self.fonts.regular, HEADER_SIZE)
        c.drawString(margin, y, self.running.footer)
        label = tr("Page {number} of ").format(number=c.getPageNumber())
        number_room = stringWidth("0000", self.fonts.regular, HEADER_SIZE)
        right = width - margin
        c.drawRightString(right - number_room, y, label)
        c.translate(right - number_room, y)
        c.doForm(TOTAL_FORM)
        c.restoreState()


def _template(name: str, size: tuple[float, float], margin: float, on_page) -> PageTemplate:  # noqa: ANN001
    width, height = size
    frame = Frame(
        margin,
        margin + _BAND,
        width - 2 * margin,
        height - 2 * margin - 2 * _BAND,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=f"{name}-frame",
    )
    return PageTemplate(id=name, frames=[frame], onPage=on_page, pagesize=size)


def canvas_maker(font: str) -> type[Canvas]:
    """A canvas that writes the total page count into every footer when it saves."""

    class TotalPagesCanvas(Canvas):
        def save(self) -> None:
            pages = self.getPageNumber() - 1
            self.beginForm(TOTAL_FORM)
            self.setFillColor(theme.MUTED_INK)
            self.setFont(font, HEADER_SIZE)
            self.drawString(0, 0, str(pages))
            self.endForm()
            super().save()

    return TotalPagesCanvas
