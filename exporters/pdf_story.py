"""The order of the report, as a workshop walks through it: cover, the comparison, then for
each version its diagram (landscape, or upright when it is tall), the customer's journey,
KPIs per interaction, the four-element checklist and the findings. Headings carry their
outline level, so the PDF's bookmarks mirror these sections.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from exporters import simulation_words
from exporters.pdf_checklist import checklist_section
from exporters.pdf_cover import cover
from exporters.pdf_diagram import Diagram
from exporters.pdf_diagram_pages import OverviewPage, TilePage, diagram_box
from exporters.pdf_document import landscape_frame_size, tall_frame_size
from exporters.pdf_fonts import ReportFonts
from exporters.pdf_journey import JourneyStrip, TimeShareBar, customer_journey
from exporters.pdf_scripts import scripts_table
from exporters.pdf_simulation import simulation_section
from exporters.pdf_styles import Styles, fitting, markup
from exporters.pdf_summary import (
    changes_table,
    checklist_table,
    kpi_changes_table,
    measures_table,
)
from exporters.pdf_tables import Cells, findings_table, kpi_table
from exporters.pdf_tiles import TilePlan, plan_tiles
from exporters.text_metrics import ReportlabMetrics
from workbench.checks import check_version
from workbench.comparison import Comparison
from workbench.diagram import Drawing, build_drawing
from workbench.document import Document
from workbench.i18n import reader, tr
from workbench.model import ValueClass, Version
from workbench.simulation.before_after import SimulatedPair
from workbench.vocabulary import value_word


@dataclass(frozen=True)
class ReportParts:
    document: Document
    before: Version
    after: Version
    comparison: Comparison
    fonts: ReportFonts
    styles: Styles
    paper: str
    date: str
    text_width: float
    simulated: SimulatedPair | None = None


class Heading(Paragraph):
    """A heading that becomes a bookmark in the PDF's outline."""

    def __init__(self, text: str, style, level: int, fonts: ReportFonts) -> None:  # noqa: ANN001
        super().__init__(markup(text, fonts), fitting(style, text))
        self.outline_entry = (text, level)


class Bookmark(Flowable):
    """An outline entry for a page that has no heading of its own (the cover)."""

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.outline_entry = (title, level)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass


SECTION_ROOM = 150  # points: a heading, its summary line, the table header and a few rows


def section(title: str, style, fonts: ReportFonts) -> list[Flowable]:  # noqa: ANN001
    """A section's heading, on a new page when too little of this one is left for the
    heading to sit with the start of what it heads."""
    return [CondPageBreak(SECTION_ROOM), Heading(title, style, 1, fonts)]


def build_story(parts: ReportParts) -> list[Flowable]:
    cells = Cells(parts.styles, parts.fonts)
    story: list[Flowable] = [Bookmark(tr("Cover"))]
    story += cover(parts.document, parts.comparison, cells, parts.text_width, parts.date)
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += _summary(parts, cells)
    versions = [parts.before] if parts.comparison.same_version else [parts.before, parts.after]
    for index, version in enumerate(versions):
        story += _version(parts, cells, version, index)
    return story


def _summary(parts: ReportParts, cells: Cells) -> list[Flowable]:
    comparison, width, styles = parts.comparison, parts.text_width, parts.styles
    if comparison.same_version:
        title = tr("Measures of {version}").format(version=comparison.after.version_name)
    else:
        title = tr("Comparison: {before} \u2192 {after}").format(
            before=comparison.before.version_name, after=comparison.after.version_name
        )
    story: list[Flowable] = [Heading(title, styles.h1, 0, parts.fonts)]
    story += measures_table(comparison, cells, width)
    if comparison.same_version:
        return story
    story += section(tr("What changed"), styles.h2, parts.fonts)
    story += changes_table(comparison, cells, width)
    story += section(tr("Four-element checklist before and after"), styles.h2, parts.fonts)
    story += checklist_table(comparison, cells, width)
    story += section(tr("KPI targets and figures before and after"), styles.h2, parts.fonts)
    story += kpi_changes_table(comparison, cells, width)
    if parts.simulated is not None:
        story += section(tr(simulation_words.SECTION), styles.h2, parts.fonts)
        story += simulation_section(parts.simulated, cells, parts.fonts, width)
    return story


def _version(parts: ReportParts, cells: Cells, version: Version, index: int) -> list[Flowable]:
    styles, fonts, width = parts.styles, parts.fonts, parts.text_width
    story = _diagram_pages(parts, version, index)
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += section(tr("{version}: the customer's journey").format(version=version.name),
                     styles.h2, fonts)
    story += _journey(version, cells)
    scripts = tr("{version}: scripts at customer-facing steps").format(version=version.name)
    story += section(scripts, styles.h2, fonts)
    story += scripts_table(version, cells, width)
    story += section(tr("{version}: KPIs per interaction").format(version=version.name),
                     styles.h2, fonts)
    story += kpi_table(parts.document, version, cells, width)
    story += section(tr("{version}: four-element checklist").format(version=version.name),
                     styles.h2, fonts)
    story += checklist_section(version, cells, width)
    story += section(tr("{version}: findings").format(version=version.name),
                     styles.h2, fonts)
    story += findings_table(check_version(parts.document, version), version, cells, width)
    return story


def _diagram_pages(parts: ReportParts, version: Version, index: int) -> list[Flowable]:
    return diagram_pages(version, parts.fonts, parts.paper, f"diagram-{index}")


def diagram_pages(
    version: Version,
    fonts: ReportFonts,
    paper: str,
    prefix: str,
    title: str | None = None,
    outline_level: int = 0,
) -> list[Flowable]:
    """The pages of `version`'s swimlane diagram, from the page break that starts them: an
    overview when it takes more than one page, then its tiles; `prefix` keeps the page
    anchors of each diagram apart. Landscape, or upright where that takes fewer pages or
    keeps the lanes together."""
    diagram = version_diagram(version, fonts)
    template, frame, plan = diagram_plan(diagram.drawing, paper)
    title = title or tr("{version}: swimlane diagram").format(version=version.name)
    outline = [(version.name, outline_level), (tr("Swimlane diagram"), outline_level + 1)]
    pages: list[Flowable] = [NextPageTemplate(template), PageBreak()]
    if plan.pages > 1:
        pages.append(OverviewPage(diagram, plan, title, fonts, outline, prefix, 0, frame))
        outline = []
    for position in range(plan.pages):
        pages.append(
            TilePage(
                diagram,
                plan,
                title,
                fonts,
                outline if position == 0 else (),
                f"{prefix}-tile",
                position,
                frame,
            )
        )
    return pages


def diagram_plan(drawing: Drawing, paper: str) -> tuple[str, tuple[float, float], TilePlan]:
    """The page template, its frame and the tile plan: landscape unless the upright page
    takes fewer pages, or as many without cutting the lanes into rows of tiles."""
    options = []
    for rank, (template, frame) in enumerate(
        (("landscape", landscape_frame_size(paper)), ("tall", tall_frame_size(paper)))
    ):
        plan = plan_tiles(drawing, *diagram_box(*frame))
        lanes_cut = any(tile.row > 0 for tile in plan.tiles)
        options.append(((plan.pages, lanes_cut, rank), template, frame, plan))
    _, template, frame, plan = min(options, key=lambda option: option[0])
    return template, frame, plan


def version_diagram(version: Version, fonts: ReportFonts) -> Diagram:
    """The engine's drawing of `version`, its text measured in the report's font: the
    document as its author placed it, never laid out again."""
    drawing = build_drawing(version, ReportlabMetrics(fonts.regular))
    values = {node.id: node.value_class for node in version.nodes.values()}
    return Diagram(drawing, values, fonts.regular, fonts.bold)


def _journey(version: Version, cells: Cells) -> list[Flowable]:
    steps = customer_journey(version)
    if not steps:
        return [cells.text(tr("This version has no steps in a customer lane."), "body")]
    hours = {v: 0.0 for v in ValueClass}
    counts = {v: 0 for v in ValueClass}
    for node in steps:
        if node.value_class is not None:
            hours[node.value_class] += node.duration_hours()
            counts[node.value_class] += 1
    unclassed = sum(1 for n in steps if n.value_class is None)
    described = [f"{counts[v]} {value_word(v.value)}" for v in ValueClass]
    if unclassed:
        described.append(f"{unclassed} {tr('not classed')}")
    text = tr("{count} customer steps in the order a case meets them: {described}.").format(
        count=len(steps), described=reader().join(described)
    )
    story: list[Flowable] = [cells.text(text, "body")]
    if sum(hours.values()) > 0 and math.isfinite(sum(hours.values())):
        story += [
            cells.text(tr("Share of the customer's step time by class:"), "muted"),
            TimeShareBar(hours, cells.fonts),
        ]
    story += [Spacer(1, 8), JourneyStrip(steps, cells.fonts)]
    return story
