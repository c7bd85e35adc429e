"""The audit workbook: `export_audit_workbook(pack, path)` writes the register, the
readiness matrix, a KPI catalogue laid out like COPC's performance summary (grouped by
category, one column per period, misses marked), every result per period, and a native
Excel line chart per KPI with its target, centre line and control limits."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from exporters import audit_texts as t
from exporters.audit_texts import trs
from exporters.excel import save_advice
from exporters.excel_cached import save
from exporters.excel_layout import (
    GAP_FILL,
    GAP_FONT,
    SECTION_FONT,
    SHARE_FORMAT,
    WORSE_FILL,
    WORSE_FONT,
    fit_columns,
    put,
    write_table,
    write_title,
)
from workbench.audit_texts import CHART_NAMES
from workbench.control_chart import signal_summary
from workbench.i18n import reader, say, tr
from workbench.kpi_performance import KpiPerformance
from workbench.model import KpiCategory
from workbench.readiness import RULE_IDS, rule_title
from workbench.register.pack import AuditPack, ProcessPack
from workbench.storage.errors import SaveError
from workbench.storage.safe_write import atomic_output
from workbench.vocabulary import value_word

PERIOD_COLUMNS = 12  # the catalogue shows the latest year of monthly results
CHART_ROWS = 18


def export_audit_workbook(pack: AuditPack, path: str | os.PathLike[str]) -> None:
    workbook = build_audit_workbook(pack)
    try:
        with atomic_output(path) as temp:
            save(workbook, temp)
    except SaveError as error:
        raise SaveError(save_advice(error, path)) from error


def build_audit_workbook(pack: AuditPack) -> Workbook:
    workbook = Workbook()
    register = workbook.active
    register.title = tr(t.SHEET_REGISTER)
    _register(register, pack)
    _matrix(workbook.create_sheet(tr(t.SHEET_MATRIX)), pack)
    _catalogue(workbook.create_sheet(tr(t.SHEET_CATALOGUE)), pack)
    _results(workbook.create_sheet(tr(t.SHEET_RESULTS)), pack)
    _charts(workbook.create_sheet(tr(t.SHEET_CHARTS)), pack)
    return workbook


def _subtitle(pack: AuditPack) -> str:
    return tr(t.PACK_SUBTITLE).format(folder=pack.register.folder, today=reader().date(pack.today))


def _register(sheet: Worksheet, pack: AuditPack) -> None:
    first = write_title(sheet, tr(t.PACK_TITLE), _subtitle(pack))
    rows = []
    for e in pack.register.entries:
        f, git = e.findings, e.git
        verdict = tr(t.UNREADABLE) if not e.readable else (
            tr(t.READY) if e.ready else tr(t.GAP_COUNT).format(count=len(e.gaps)))
        rows.append([
            e.path, e.title, t.class_name(e.classification), e.owner,
            value_word(e.status.replace("_", " ")), e.version_label, e.approved_by, e.approved_on,
            e.last_review, e.next_review, e.kpi_count if e.readable else None,
            e.kpi_coverage, e.checklist_score, f.get("error"), f.get("warning"), f.get("info"),
            verdict, "\n".join(say(g.text) for g in e.gaps),
            git.date[:10] if git else "", git.author if git else "", e.error,
        ])
    header, last = write_table(sheet, "Register", trs(t.WORKBOOK_REGISTER_COLUMNS), rows, first,
                               formats={12: SHARE_FORMAT, 13: SHARE_FORMAT}, wrap=(18, 21))
    for row in range(header + 1, last + 1):
        cell = sheet.cell(row, 17)
        if cell.value != tr(t.READY):
            cell.fill, cell.font = (GAP_FILL, GAP_FONT)
    fit_columns(sheet, header, widths={18: 60, 21: 50})
    sheet.freeze_panes = sheet.cell(header + 1, 3)


def _matrix(sheet: Worksheet, pack: AuditPack) -> None:
    first = write_title(sheet, tr(t.MATRIX_HEADING), tr(t.MATRIX_NOTE))
    headers = [*trs(t.MATRIX_COLUMNS), *RULE_IDS]
    rows = [[e.path, e.title, *("✓" if gaps[r] == 0 else gaps[r] for r in RULE_IDS)]
            for e, gaps in pack.matrix()]
    header, last = write_table(sheet, "Readiness", headers, rows, first)
    for row in range(header + 1, last + 1):
        for column in range(3, 3 + len(RULE_IDS)):
            cell = sheet.cell(row, column)
            if cell.value != "✓":
                cell.fill, cell.font = WORSE_FILL, WORSE_FONT
    legend_row = last + 3
    rows = [[rule, say(rule_title(rule))] for rule in RULE_IDS]
    write_table(sheet, "Rules", trs(t.MATRIX_LEGEND_COLUMNS)[1:], rows, legend_row)
    fit_columns(sheet, header)


def _periods(pack: AuditPack) -> list[str]:
    seen = {r.period for p in pack.processes for k in p.performances for r in k.results}
    return sorted(seen)[-PERIOD_COLUMNS:]


def _catalogue(sheet: Worksheet, pack: AuditPack) -> None:
    row = write_title(sheet, tr(t.SHEET_CATALOGUE), _subtitle(pack))
    periods = _periods(pack)
    headers = [*trs(t.CATALOGUE_COLUMNS)[:12], *periods, *trs(t.CATALOGUE_COLUMNS)[12:]]
    first_header = row + 1
    for category in KpiCategory:
        members = [(p, k) for p in pack.processes for k in p.performances
                   if k.kpi.category is category]
        if not members:
            continue
        put(sheet, row, 1, tr(t.CATEGORIES[category.value])).font = SECTION_FONT
        rows = [_catalogue_row(p, k, periods) for p, k in members]
        header, last = write_table(sheet, f"Catalogue_{category.value}", headers, rows,
                                   row + 1, wrap=(3, 4, 8, 10))
        _mark_misses(sheet, members, periods, header)
        row = last + 3
    fit_columns(sheet, first_header, widths={3: 40, 4: 30, 8: 30, 10: 24})


def _catalogue_row(process: ProcessPack, p: KpiPerformance, periods: list[str]) -> list[Any]:
    kpi, latest, chart = p.kpi, p.latest, p.chart
    method = value_word(kpi.method.kind.value)
    if kpi.method.sample_size:
        confidence = f"{kpi.method.confidence:.0%}" if kpi.method.confidence else "?"
        method = tr(t.SAMPLED).format(kind=method, size=kpi.method.sample_size,
                                  confidence=confidence)
    values = {r.period: r.value for r in p.results}
    action = p.action
    control = tr(t.NONE) if chart is None else (tr(t.IN_CONTROL) if chart.in_control
                                            else say(signal_summary(chart)))
    return [
        process.entry.title, kpi.name, kpi.definition, kpi.formula, kpi.unit,
        tr(t.DIRECTION[kpi.direction.value]), kpi.target, kpi.target_rationale, kpi.data_source,
        method, kpi.frequency, kpi.owner, *(values.get(period) for period in periods),
        latest.period if latest else "", latest.value if latest else None,
        tr(t.NONE) if not p.met or p.met[-1] is None else (tr(t.YES) if p.met[-1] else tr(t.NO)),
        control, action.description if action else "",
    ]


def _mark_misses(sheet: Worksheet, members: list, periods: list[str], header: int) -> None:
    for offset, (_, p) in enumerate(members, start=1):
        met = {r.period: ok for r, ok in zip(p.results, p.met, strict=True)}
        for index, period in enumerate(periods):
            if met.get(period) is False:
                cell = sheet.cell(header + offset, 13 + index)
                cell.fill, cell.font = WORSE_FILL, WORSE_FONT


def _result_rows(pack: AuditPack) -> Iterator[tuple[ProcessPack, KpiPerformance, list[list]]]:
    for process in pack.processes:
        for p in process.performances:
            chart, rows = p.chart, []
            flagged = {s.index: s.kind.value for s in chart.signals} if chart else {}
            for i, r in enumerate(p.results):
                rows.append([
                    process.entry.title, p.kpi.name, p.kpi.unit, r.period, r.value,
                    r.sample_size, p.kpi.target, chart.centre if chart else None,
                    chart.lower[i] if chart else None, chart.upper[i] if chart else None,
                    flagged.get(i, ""),
                ])
            if rows:
                yield process, p, rows


def _results(sheet: Worksheet, pack: AuditPack) -> None:
    first = write_title(sheet, tr(t.SHEET_RESULTS), _subtitle(pack))
    rows = [row for _, _, block in _result_rows(pack) for row in block]
    header, _ = write_table(sheet, "Results", trs(t.RESULTS_COLUMNS), rows, first)
    fit_columns(sheet, header)
    sheet.freeze_panes = sheet.cell(header + 1, 1)


def _charts(sheet: Worksheet, pack: AuditPack) -> None:
    row = write_title(sheet, tr(t.SHEET_CHARTS), _subtitle(pack))
    for process, p, block in _result_rows(pack):
        put(sheet, row, 1, f"{process.entry.title} · {p.kpi.name}").font = SECTION_FONT
        header = row + 1
        for column, name in enumerate((tr(t.CHART_PERIOD), *trs(t.CHART_SERIES)), start=1):
            put(sheet, header, column, name)
        for offset, r in enumerate(block, start=1):
            for column, value in enumerate((r[3], r[4], r[6], r[7], r[8], r[9]), start=1):
                put(sheet, header + offset, column, value)
        last = header + len(block)
        chart = LineChart()
        kind = tr(CHART_NAMES[p.chart.kind.value]) if p.chart else tr(t.NO_LIMITS)
        chart.title = f"{p.kpi.name} ({kind})"
        chart.y_axis.title = p.kpi.unit or None
        chart.height, chart.width = 7.5, 16
        chart.add_data(Reference(sheet, min_col=2, max_col=6, min_row=header, max_row=last),
                       titles_from_data=True)
        chart.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=last))
        for series, colour, dash in zip(chart.series, ("37474F", "1E73D8", "607D8B", "C62828",
                                                       "C62828"),
                                        (None, "dash", None, "sysDot", "sysDot"), strict=True):
            series.graphicalProperties.line.solidFill = colour
            series.graphicalProperties.line.width = 19050 if dash is None else 12700
            if dash:
                series.graphicalProperties.line.dashStyle = dash
            series.smooth = False
        sheet.add_chart(chart, f"H{row}")
        row = max(last, row + CHART_ROWS) + 2
    fit_columns(sheet, 3)
