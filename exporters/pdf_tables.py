"""Tables of one version: its KPIs grouped by the interaction they measure, and its findings.

Every customer interaction gets a band, whether or not it has a KPI yet, so a COPC auditor
sees the gaps as plainly as the targets. Tables repeat their header row on each page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from exporters import pdf_theme as theme
from exporters.pdf_fonts import ReportFonts
from exporters.pdf_format import with_unit
from exporters.pdf_styles import Styles, fitting, markup
from workbench.checks import Finding, Severity
from workbench.comparison_elements import method_text
from workbench.document import Document
from workbench.findings import check_title, severity_count
from workbench.i18n import Joined, Msg, reader, say, tr
from workbench.kpi_performance import latest_result
from workbench.model import (
    AttachmentKind,
    Direction,
    Flow,
    Kpi,
    LaneKind,
    ValueClass,
    Version,
)
from workbench.topology import interactions
from workbench.vocabulary import value_word

SEVERITY_COLOURS = {
    Severity.ERROR: theme.WORSE,
    Severity.WARNING: theme.VALUE_BORDER[ValueClass.NECESSARY],
    Severity.INFO: theme.MUTED_INK,
}
KPI_COLUMNS = (0.23, 0.25, 0.1, 0.1, 0.17, 0.15)


class Cells:
    """Paragraph makers for table cells in the report's fonts."""

    def __init__(self, styles: Styles, fonts: ReportFonts) -> None:
        self.styles, self.fonts = styles, fonts

    def text(self, text: str, style: str = "cell") -> Paragraph:
        return Paragraph(markup(text, self.fonts), self.style(style, text))

    def lines(self, lines: Sequence[str], style: str = "cell") -> Paragraph:
        return Paragraph(
            "<br/>".join(markup(t, self.fonts) for t in lines if t),
            self.style(style, "".join(lines)),
        )

    def coloured(self, text: str, colour: Color, bold: bool = True) -> Paragraph:
        hex_colour = colour.hexval().replace("0x", "#")
        inner = markup(text, self.fonts)
        inner = f"<b>{inner}</b>" if bold else inner
        return Paragraph(f'<font color="{hex_colour}">{inner}</font>', self.style("cell", text))

    def muted(self, text: str) -> Paragraph:
        return Paragraph(markup(text, self.fonts), self.style("note", text))

    def style(self, name: str, text: str) -> ParagraphStyle:
        """The named style, wrapping as `text` needs (Chinese between characters)."""
        return fitting(getattr(self.styles, name), text)


def grid(
    rows: list[list], widths: Sequence[float], bands: Sequence[int] = (), stripes: bool = True
) -> Table:
    """A report table: header row tinted and repeated, light rules, `bands` rows spanning."""
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), theme.TABLE_HEADER),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, theme.HEADER_BORDER),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, theme.LANE_BORDER),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    band_set = set(bands)
    for row in bands:
        commands += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), theme.HEADER_FILL[LaneKind.FRONTSTAGE]),
            ("TOPPADDING", (0, row), (-1, row), 5),
        ]
    if stripes:
        for row in range(2, len(rows), 2):
            if row not in band_set:
                commands.append(("BACKGROUND", (0, row), (-1, row), theme.TABLE_STRIPE))
    table.setStyle(TableStyle(commands))
    return table


def kpi_table(document: Document, version: Version, cells: Cells, width: float) -> list[Flowable]:
    """Each interaction with its KPIs; then KPIs on steps and on the whole process."""
    segments = {s.id: s.name for s in document.segments}
    by_ref: dict[str | None, list[Kpi]] = {}
    for kpi in version.kpis.values():
        ref = kpi.attached_to.ref if kpi.attached_to.kind is not AttachmentKind.PROCESS else None
        by_ref.setdefault(ref, []).append(kpi)
    header = ["KPI", tr("Target"), tr("Baseline"), tr("Measured"), tr("Data source"), tr("Method")]
    rows: list[list] = [[cells.text(h, "cell_header") for h in header]]
    bands: list[int] = []
    notes: list[int] = []  # rows saying an interaction has no KPI yet
    for flow in interactions(version):
        bands.append(len(rows))
        rows.append([cells.text(interaction_title(version, flow), "cell_bold")])
        kpis = by_ref.get(flow.id, [])
        if not kpis:
            notes.append(len(rows))
            rows.append([cells.coloured(tr("No KPI yet"), theme.WORSE, bold=False)])
        rows += [_kpi_row(kpi, segments, cells) for kpi in kpis]
    for node in version.nodes.values():
        if node.id in by_ref:
            bands.append(len(rows))
            step = tr("Step: {name}").format(name=node.label or value_word(node.kind.value))
            rows.append([cells.text(step, "cell_bold")])
            rows += [_kpi_row(kpi, segments, cells) for kpi in by_ref[node.id]]
    if None in by_ref:
        bands.append(len(rows))
        rows.append([cells.text(tr("Whole process"), "cell_bold")])
        rows += [_kpi_row(kpi, segments, cells) for kpi in by_ref[None]]
    if len(rows) == 1:
        return [cells.text(tr("This version has no interactions and no KPIs."), "body")]
    for row in rows:
        row += [""] * (len(header) - len(row))
    kpis = list(version.kpis.values())
    empty = {
        column: name
        for column, name in ((2, "baseline"), (3, "measured"))
        if all(getattr(k, name) is None and (name == "baseline" or not k.results) for k in kpis)
    }
    rows, widths = without_columns(rows, [f * width for f in KPI_COLUMNS], set(empty))
    table = grid(rows, widths, bands, stripes=False)
    table.setStyle(
        TableStyle(
            [("SPAN", (0, r), (-1, r)) for r in notes]
            # an interaction's band stays on the page of its first KPI
            + [("NOSPLIT", (0, r), (-1, min(r + 1, len(rows) - 1))) for r in bands]
        )
    )
    count = len(interactions(version))
    summary = tr("{count} interactions, {missing} without a KPI.").format(
        count=count, missing=len(notes)
    )
    if empty:
        figures = say(Joined([Msg(name) for name in empty.values()], "or"))
        summary += tr(" No KPI has a {figures} figure yet.").format(figures=figures)
    return [cells.text(summary, "muted"), table]


def without_columns(
    rows: list[list], widths: Sequence[float], drop: set[int]
) -> tuple[list[list], list[float]]:
    """The table without the columns in `drop` (empty ones, which would only take width
    from the text); the others share the width in proportion."""
    keep = [i for i in range(len(widths)) if i not in drop]
    scale = sum(widths) / sum(widths[i] for i in keep)
    return [[row[i] for i in keep] for row in rows], [widths[i] * scale for i in keep]


def interaction_title(version: Version, flow: Flow) -> str:
    lanes = version.lanes_by_id()
    source, target = version.nodes[flow.source], version.nodes[flow.target]
    route = f"{lanes[source.lane].name} \u2192 {lanes[target.lane].name}"
    steps = f"{source.label or source.kind.value} \u2192 {target.label or target.kind.value}"
    caption = f" \u00b7 \u201c{flow.label}\u201d" if flow.label else ""
    return f"{route}{caption}: {steps}"


def _kpi_row(kpi: Kpi, segments: dict[str, str], cells: Cells) -> list:
    better = tr("higher is better") if kpi.direction is Direction.HIGHER else tr("lower is better")
    name = Paragraph(
        f"{markup(kpi.name, cells.fonts)}<br/><font size=7.5 color='#78909c'>"
        f"{value_word(kpi.category.value)} \u00b7 {better}</font>",
        cells.style("cell", kpi.name),
    )
    targets = [with_unit(kpi.target, kpi.unit)] if kpi.target is not None else []
    targets += [
        f"{segments.get(seg, seg)}: {with_unit(value, kpi.unit)}"
        for seg, value in kpi.segment_targets
    ]
    # how and how often on the first line; the method's notes, often sentences, under it
    how = say(method_text(replace(kpi, method=replace(kpi.method, notes=""))))
    method = [f"{how}; {kpi.frequency}" if kpi.frequency else how, kpi.method.notes]
    latest = latest_result(kpi)
    measured = (  # the results per period, where kept, are the newer figure
        cells.lines([with_unit(latest.value, kpi.unit), latest.period])
        if latest is not None
        else cells.text(with_unit(kpi.measured, kpi.unit))
    )
    return [
        name,
        cells.lines(targets or [tr("no target")]),
        cells.text(with_unit(kpi.baseline, kpi.unit)),
        measured,
        cells.text(kpi.data_source or tr("not given")),
        cells.lines(method),
    ]


def findings_table(
    findings: Sequence[Finding], version: Version, cells: Cells, width: float
) -> list[Flowable]:
    if not findings:
        return [cells.text(tr("No findings: the checks found nothing to fix."), "body")]
    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    summary = reader().join([say(severity_count(s, n)) for s, n in counts.items() if n])
    header = (tr("Severity"), tr("Check"), tr("Finding"))
    rows: list[list] = [[cells.text(h, "cell_header") for h in header]]
    for finding in findings:
        rows.append(
            [
                cells.coloured(tr(finding.severity.value), SEVERITY_COLOURS[finding.severity]),
                cells.text(check_title(finding.check_id, reader())),
                cells.text(say(finding.message)),
            ]
        )
    return [
        cells.text(summary + ".", "muted"),
        grid(rows, [0.12 * width, 0.26 * width, 0.62 * width]),
    ]
