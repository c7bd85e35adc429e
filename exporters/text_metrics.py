"""The drawing engine's text metrics from reportlab's fonts, for what the PDF report and
the BPMN writer draw: the engine sizes boxes and places captions with the font the page
(or the BPMN reader, which draws Arial-like sans text) will show them in."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth

from workbench.document import Document


class ReportlabMetrics:
    """`workbench.diagram.TextMetrics` for one registered reportlab font."""

    def __init__(self, font: str) -> None:
        self.font = font

    def __hash__(self) -> int:
        return hash(("reportlab", self.font))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ReportlabMetrics) and other.font == self.font

    def width(self, text: str, size: float) -> float:
        return _width(text, self.font, size)

    def line_height(self, size: float) -> float:
        return _line_height(self.font, size)


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


@lru_cache(maxsize=256)  # asked for every step box: a font's ascent never changes
def _line_height(font: str, size: float) -> float:
    ascent, descent = getAscentDescent(font, size)
    return max(size * 1.2, ascent - descent)


def report_metrics(document: Document) -> ReportlabMetrics:
    """The metrics of the font the printed report draws this document's diagrams in."""
    from exporters.pdf import document_texts  # the report's own choice of texts and font
    from exporters.pdf_fonts import choose_fonts

    return ReportlabMetrics(choose_fonts(document_texts(document)).regular)
