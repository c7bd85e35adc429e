"""The PDF audit pack: `export_audit_pdf(pack, path)` writes what a quality lead hands an
auditor: the register summary, the readiness matrix, then per process its facts, gaps,
diagram, checklist, KPIs, performance against target, control charts and corrective
actions. Written beside the target and renamed into place, like the report.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer
from reportlab.platypus.doctemplate import LayoutError

from exporters import audit_texts as t
from exporters import pdf_theme as theme
from exporters.audit_pdf_process import process_story
from exporters.audit_texts import trs
from exporters.pdf import ReportError, ReportResult, binary_streams, document_texts, with_hint
from exporters.pdf_document import MARGIN, ReportTemplate, RunningText, canvas_maker, paper_size
from exporters.pdf_fonts import choose_fonts
from exporters.pdf_story import Bookmark, Heading, section
from exporters.pdf_styles import Styles, build_styles
from exporters.pdf_tables import Cells, grid
from workbench.i18n import reader, say, tr
from workbench.readiness import RULE_IDS, rule_title
from workbench.register.entry import RegisterEntry
from workbench.register.pack import AuditPack
from workbench.storage.errors import SaveError
from workbench.storage.safe_write import atomic_output
from workbench.vocabulary import value_word

__all__ = ["ReportError", "SaveError", "export_audit_pdf"]


def export_audit_pdf(
    pack: AuditPack, path: str | os.PathLike[str], paper: str = "a4"
) -> ReportResult:
    try:
        paper_size(paper)
    except ValueError as error:
        raise ReportError(tr(t.CANNOT_MAKE).format(error=error)) from error
    fonts = choose_fonts(_texts(pack))
    styles = build_styles(fonts)
    width = paper_size(paper)[0] - 2 * MARGIN
    today = reader().date(pack.today)
    running = RunningText(title=tr(t.PACK_TITLE), context=today,
                          footer=f"{pack.register.folder} · {today}")
    story = _front(pack, Cells(styles, fonts), styles, width)
    for index, process in enumerate(pack.processes):
        story += process_story(process, index, fonts, styles, width, paper.lower())
    target = Path(path)
    try:
        with binary_streams(), atomic_output(target) as temp:
            template = ReportTemplate(str(temp), paper, fonts, running, title=tr(t.PACK_TITLE),
                                      subject=tr(t.PACK_TITLE), creator="Process Workbench")
            template.build(story, canvasmaker=canvas_maker(fonts.regular))
    except SaveError as error:
        raise SaveError(with_hint(error)) from error
    except LayoutError as error:
        raise ReportError(tr(t.CANNOT_LAY_OUT).format(error=error)) from error
    return ReportResult(target, template.page, fonts.warnings)


def _texts(pack: AuditPack) -> Iterator[str]:
    yield pack.register.folder
    for entry in pack.register.entries:
        yield from (entry.path, entry.title, entry.owner, entry.error)
        yield from (say(g.text) for g in entry.gaps)
    for process in pack.processes:
        yield from document_texts(process.document)


def _front(pack: AuditPack, cells: Cells, styles: Styles, width: float) -> list[Flowable]:
    entries = pack.register.entries
    counts = {
        "documents": len(entries),
        "ready": sum(1 for e in entries if e.ready),
        "gaps": sum(1 for e in entries if e.readable and not e.ready),
        "unreadable": sum(1 for e in entries if not e.readable),
    }
    story: list[Flowable] = [
        NextPageTemplate("portrait"), Bookmark(tr(t.PACK_TITLE)),
        Paragraph(tr(t.PACK_TITLE), styles.title),
        cells.text(tr(t.PACK_SUBTITLE).format(folder=pack.register.folder,
                                          today=reader().date(pack.today)), "subtitle"),
        cells.text(tr(t.SUMMARY).format(**counts), "body"),
    ]
    if pack.register.git:
        story.append(cells.muted(tr(t.SUMMARY_GIT)))
    story += [Spacer(1, 6), Heading(tr(t.REGISTER_HEADING), styles.h2, 0, cells.fonts)]
    story.append(_register_table([e for e in entries if e.readable], cells, width))
    broken = [e for e in entries if not e.readable]
    if broken:
        story += section(tr(t.UNREADABLE_HEADING), styles.h2, cells.fonts)
        rows = [[cells.text(h, "cell_header") for h in trs(t.UNREADABLE_COLUMNS)]]
        rows += [[cells.text(e.path), cells.text(e.error)] for e in broken]
        story.append(grid(rows, [width * 0.35, width * 0.65]))
    story += [PageBreak(), Heading(tr(t.MATRIX_HEADING), styles.h1, 0, cells.fonts)]
    story += _matrix(pack, cells, width)
    return story


def verdict(entry: RegisterEntry) -> str:
    if not entry.readable:
        return tr(t.UNREADABLE)
    return tr(t.READY) if entry.ready else tr(t.GAP_COUNT).format(count=len(entry.gaps))


def _register_table(entries: list[RegisterEntry], cells: Cells, width: float) -> Flowable:
    rows = [[cells.text(h, "cell_header") for h in trs(t.REGISTER_COLUMNS)]]
    for e in entries:
        f = e.findings
        rows.append([
            cells.lines([e.title or e.path, e.path], "cell"),
            cells.text(e.owner or tr(t.NONE)),
            cells.text(f"{value_word(e.status.replace('_', ' '))} {e.version_label}".strip()),
            cells.lines([e.approved_by, reader().date(e.approved_on)] if e.approved_by
                        else [tr(t.NONE)]),
            cells.text(reader().date(e.next_review) or tr(t.NONE)),
            cells.text(str(e.kpi_count), "cell_right"),
            cells.text(_share(e.kpi_coverage), "cell_right"),
            cells.text(_share(e.checklist_score), "cell_right"),
            cells.text(f"{f.get('error', 0)}/{f.get('warning', 0)}/{f.get('info', 0)}",
                       "cell_centre"),
            cells.coloured(verdict(e), theme.BETTER if e.ready else theme.WORSE),
        ])
    # a date in either language ("10 Mar 2026", "2026年3月10日") fits its cell on one line
    fractions = (0.17, 0.08, 0.1, 0.13, 0.13, 0.05, 0.09, 0.09, 0.06, 0.1)
    return grid(rows, [width * f for f in fractions])


def _matrix(pack: AuditPack, cells: Cells, width: float) -> list[Flowable]:
    numbers = [f"R{i + 1}" for i in range(len(RULE_IDS))]
    rows = [[cells.text(h, "cell_header") for h in ("", *numbers)]]
    for entry, gaps in pack.matrix():
        row = [cells.text(entry.title or entry.path)]
        for rule in RULE_IDS:
            count = gaps[rule]
            row.append(cells.coloured("✓", theme.BETTER) if count == 0
                       else cells.coloured(str(count), theme.WORSE))
        rows.append(row)
    first = width * 0.37
    other = (width - first) / len(RULE_IDS)
    legend = [[cells.text(h, "cell_header") for h in trs(t.MATRIX_LEGEND_COLUMNS)]]
    legend += [[cells.text(n), cells.text(r), cells.text(say(rule_title(r)))]
               for n, r in zip(numbers, RULE_IDS, strict=True)]
    return [grid(rows, [first, *[other] * len(RULE_IDS)]), Spacer(1, 4),
            cells.muted(tr(t.MATRIX_NOTE)), Spacer(1, 10),
            grid(legend, [width * 0.08, width * 0.27, width * 0.65])]


def _share(value: float | None) -> str:
    return tr(t.NONE) if value is None else f"{value:.0%}"
