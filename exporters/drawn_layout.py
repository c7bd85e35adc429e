"""The auto-layout as files get it: `process-workbench layout`, and BPMN imports that come
without a diagram or are asked to be laid out again (`import-bpmn --layout`).

Steps are sized with the font other readers draw them in (BPMN readers use an Arial-like
sans; Helvetica has Arial's widths), or a Chinese font where the names need one, so that
what is laid out here fits in bpmn-js as well as on our canvas.
"""

from __future__ import annotations

from exporters.pdf_fonts import choose_fonts
from exporters.text_metrics import ReportlabMetrics
from workbench.diagram.layout import apply_layout, auto_layout
from workbench.diagram.text import TextMetrics
from workbench.document import Document
from workbench.model import Version


def reader_metrics(version: Version) -> TextMetrics:
    """Text metrics of the font a BPMN reader or our PDF shows this version's names in."""
    texts = [n.label for n in version.nodes.values()]
    texts += [f.label for f in version.flows.values()]
    return ReportlabMetrics(choose_fonts(texts).regular)


def lay_out(document: Document, version_id: str) -> None:
    """Re-lay out one version in place: steps in columns along the flow, each in its lane."""
    version = document.version(version_id)
    apply_layout(document, version_id, auto_layout(version, reader_metrics(version)))
