"""One process in the PDF audit pack: its facts and change log, its diagram, checklist,
KPI table, performance against target, each KPI's control chart, its readiness gaps and
the corrective actions on file."""

from __future__ import annotations

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from exporters import audit_texts as t
from exporters import pdf_theme as theme
from exporters.audit_chart import chart_drawing
from exporters.audit_texts import trs
from exporters.pdf_checklist import checklist_section
from exporters.pdf_fonts import ReportFonts
from exporters.pdf_story import Heading, diagram_pages, section
from exporters.pdf_styles import Styles
from exporters.pdf_tables import Cells, grid, kpi_table
from workbench.audit_texts import ACTION_STATUS_NAMES, CHART_NAMES
from workbench.control_chart import MIN_POINTS, signal_summary
from workbench.i18n import reader, say, tr
from workbench.kpi_performance import KpiPerformance, kpi_figure
from workbench.readiness import rule_title
from workbench.register.pack import ProcessPack
from workbench.vocabulary import value_word

CHART_HEIGHT = 138.0


def process_story(
    process: ProcessPack, index: int, fonts: ReportFonts, styles: Styles, width: float,
    paper: str,
) -> list[Flowable]:
    cells = Cells(styles, fonts)
    entry, version, document = process.entry, process.version, process.document
    title = entry.title or entry.path
    story: list[Flowable] = [NextPageTemplate("portrait"), PageBreak(),
                             Heading(title, styles.h1, 0, fonts)]
    story += _facts(process, cells, width)
    story += _change_log(process, cells, width, styles, fonts)
    story += _gaps(process, cells, width, styles, fonts)
    story += diagram_pages(version, fonts, paper, f"audit-{index}", outline_level=1)
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += [Heading(tr(t.CHECKLIST_HEADING), styles.h2, 1, fonts)]
    story += checklist_section(version, cells, width)
    story += section(tr(t.KPI_HEADING), styles.h2, fonts)
    story += kpi_table(document, version, cells, width)
    story += section(tr(t.PERFORMANCE_HEADING), styles.h2, fonts)
    story += _performance(process, cells, width)
    story += [CondPageBreak(CHART_HEIGHT + 70), *section(tr(t.CHARTS_HEADING), styles.h2, fonts)]
    story += _charts(process, cells, width, fonts)
    story += section(tr(t.ACTIONS_HEADING), styles.h2, fonts)
    story += _actions(process, cells, width)
    return story


def _facts(process: ProcessPack, cells: Cells, width: float) -> list[Flowable]:
    e = process.entry
    day = reader().date  # in the reader's order, as on the cover
    git = e.git
    values = {
        "path": e.path,
        "classification": t.class_name(e.classification),
        "owner": e.owner or tr(t.NONE),
        "status": value_word(e.status.replace("_", " ")),
        "version_label": e.version_label,
        "approved": " · ".join(x for x in (e.approved_by, day(e.approved_on)) if x) or tr(t.NONE),
        "last_review": day(e.last_review) or tr(t.NONE),
        "next_review": day(e.next_review) or tr(t.NONE),
        "version": process.version.name,
        "git": f"{day(git.date)} {git.author}" if git and git.date else tr(t.NONE),
    }
    rows = [[cells.text(tr(label), "cell_bold"), cells.text(tr(text).format(**values))]
            for label, text in t.PROCESS_FACTS]
    table = Table(rows, colWidths=[width * 0.3, width * 0.7])
    table.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, theme.LANE_BORDER),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return [table, Spacer(1, 6)]


def _change_log(process: ProcessPack, cells: Cells, width: float, styles: Styles,
                fonts: ReportFonts) -> list[Flowable]:
    log = process.document.metadata.change_log
    if not log:
        return []
    rows = [[cells.text(h, "cell_header") for h in trs(t.CHANGE_LOG_COLUMNS)]]
    day = reader().date  # in the reader's order, as on the cover
    rows += [[cells.text(e.version_label), cells.text(e.approved_by),
              cells.text(day(e.approved_on)), cells.text(e.summary)] for e in log]
    return [Heading(tr(t.CHANGE_LOG_HEADING), styles.h2, 1, fonts),
            grid(rows, [width * f for f in (0.12, 0.25, 0.15, 0.48)])]


def _gaps(process: ProcessPack, cells: Cells, width: float, styles: Styles,
          fonts: ReportFonts) -> list[Flowable]:
    story: list[Flowable] = [Heading(tr(t.GAPS_HEADING), styles.h2, 1, fonts)]
    if not process.entry.gaps:
        return [*story, cells.coloured(tr(t.GAPS_NONE), theme.BETTER)]
    rows = [[cells.text(h, "cell_header") for h in trs(t.GAPS_COLUMNS)]]
    rows += [[cells.lines([say(rule_title(g.rule_id)), g.rule_id], "cell"), cells.text(say(g.text))]
             for g in process.entry.gaps]
    return [*story, grid(rows, [width * 0.34, width * 0.66])]


def _performance(process: ProcessPack, cells: Cells, width: float) -> list[Flowable]:
    rows = [[cells.text(h, "cell_header") for h in trs(t.PERFORMANCE_COLUMNS)]]
    for p in process.performances:
        kpi, latest, chart = p.kpi, p.latest, p.chart
        unit = f" {kpi.unit}" if kpi.unit else ""
        target = f"{kpi_figure(kpi.target)}{unit}" if kpi.target is not None else tr(t.NONE)
        shown = f"{kpi_figure(latest.value)}{unit} ({latest.period})" if latest else tr(t.NONE)
        signals = say(signal_summary(chart)) if chart else tr(t.NONE)
        if chart is not None and chart.in_control:
            signals = tr(t.IN_CONTROL)
        needs, wanting = tr(t.NONE), p.reason is not None and not kpi.corrective_actions
        if p.reason is not None:
            needs = tr(t.ACTION_ON_FILE) if kpi.corrective_actions else tr(t.NEEDS_ACTION)
        latest_cell = (cells.coloured(shown, theme.WORSE) if p.off_target else cells.text(shown))
        rows.append([
            cells.text(kpi.name), cells.text(tr(t.CATEGORIES[kpi.category.value])),
            cells.text(target), latest_cell, cells.text(str(len(p.results))),
            cells.text(tr(CHART_NAMES[chart.kind.value]) if chart else tr(t.NONE)),
            cells.coloured(signals, theme.WORSE) if p.out_of_control else cells.text(signals),
            cells.coloured(needs, theme.WORSE) if wanting else cells.text(needs),
        ])
    fractions = (0.2, 0.11, 0.08, 0.13, 0.08, 0.12, 0.17, 0.11)
    return [grid(rows, [width * f for f in fractions])]


def _charts(process: ProcessPack, cells: Cells, width: float,
            fonts: ReportFonts) -> list[Flowable]:
    column = (width - 12) / 2
    blocks: list[list[Flowable]] = []
    notes: list[Flowable] = []
    for p in process.performances:
        if len(p.results) < 2:
            notes.append(cells.muted(tr(t.NO_CHART).format(kpi=p.kpi.name, count=len(p.results),
                                                       needed=MIN_POINTS)))
            continue
        blocks.append([cells.text(_caption(p), "cell_bold"),
                       chart_drawing(p, column, CHART_HEIGHT, fonts.regular)])
    rows = [blocks[i:i + 2] for i in range(0, len(blocks), 2)]
    story: list[Flowable] = []
    for row in rows:
        cells_row = [list(block) for block in row] + [[]] * (2 - len(row))
        table = Table([cells_row], colWidths=[column + 6, column + 6])
        table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 10)])
        story.append(KeepTogether(table))
    return story + notes


def _caption(p: KpiPerformance) -> str:
    if p.chart is None:
        return f"{p.kpi.name} · {tr(t.NO_LIMITS)}"
    return tr(t.CHART_CAPTION).format(kpi=p.kpi.name, chart=tr(CHART_NAMES[p.chart.kind.value]),
                                  baseline=p.chart.baseline_count)


def _actions(process: ProcessPack, cells: Cells, width: float) -> list[Flowable]:
    rows = [[cells.text(h, "cell_header") for h in trs(t.ACTIONS_COLUMNS)]]
    for p in process.performances:
        for a in p.kpi.corrective_actions:
            rows.append([cells.text(p.kpi.name), cells.text(a.description),
                         cells.text(a.root_cause or tr(t.NONE)), cells.text(a.owner or tr(t.NONE)),
                         cells.text(a.opened or tr(t.NONE)), cells.text(a.due or tr(t.NONE)),
                         cells.text(tr(ACTION_STATUS_NAMES[a.status.value]))])
    if len(rows) == 1:
        return [cells.text(tr(t.ACTIONS_NONE), "body")]
    fractions = (0.17, 0.27, 0.2, 0.11, 0.09, 0.09, 0.07)
    return [grid(rows, [width * f for f in fractions])]
