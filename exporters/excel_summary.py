"""The Summary sheet: the comparison table a manager reads first.

Difference, change and verdict are Excel formulas over the before and after cells, so a
process owner who types in a measured figure sees the verdict follow; conditional formats
colour better green and worse red off that verdict; a bar chart shows the main measures
before and after, fed from a small block that refers back to the table.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.formatting.rule import FormulaRule
from openpyxl.worksheet.worksheet import Worksheet

from exporters.excel_layout import (
    BETTER_FILL,
    BETTER_FONT,
    LABEL_FONT,
    SECTION_FONT,
    SUBTITLE_FONT,
    TITLE_FONT,
    VALUE_FORMATS,
    WORSE_FILL,
    WORSE_FONT,
    Formula,
    fit_columns,
    prepare_page,
    put,
    write_table,
)
from workbench.comparison import (
    HEADLINE_MEASURES,
    ChangeKind,
    Comparison,
    ElementType,
    MeasureChange,
    Verdict,
)
from workbench.i18n import _t, say, tr, tr_in
from workbench.model import Direction
from workbench.numbers import change_figures, decimals

UNIT_WORDS = {"count": _t("count"), "h": _t("hours"), "share": "%"}
BETTER_WORDS = {Direction.LOWER: _t("lower"), Direction.HIGHER: _t("higher"), None: ""}
MEASURE_HEADERS = (
    _t("Measure"),
    _t("Unit"),
    _t("Better when"),
    _t("Before"),
    _t("After"),
    _t("Difference"),
    _t("Change"),
    _t("Verdict"),
    _t("Notes"),
)
ELEMENT_WORDS = {  # translated in the context "elements" (see _what_changed)
    ElementType.LANE: "Lanes",
    ElementType.STEP: "Steps",
    ElementType.FLOW: "Flows",
    ElementType.KPI: "KPIs",
}
TINY = "0.000000001"
VERDICT_WORDS = {
    Verdict.BETTER: _t("better"),
    Verdict.WORSE: _t("worse"),
    Verdict.SAME: _t("same"),
    Verdict.CHANGED: _t("changed"),
    Verdict.UNKNOWN: _t("n/a"),
}
# Fixed, so long version names in the chart data below cannot stretch the table's columns.
SUMMARY_WIDTHS = {1: 32, 2: 9, 3: 12, 4: 12, 5: 12, 6: 12, 7: 10, 8: 10, 9: 55}


def write_summary(sheet: Worksheet, comparison: Comparison, header: list[str]) -> None:
    """The whole Summary sheet; `header` is a few lines about the process under the title."""
    row = _write_header(sheet, comparison, header)
    if comparison.same_version:
        _single_version(sheet, comparison, row)
        return
    first, last = _measures(sheet, comparison, row)
    changed_row = last + 3
    _what_changed(sheet, comparison, changed_row)
    chart_data_row = changed_row + 25
    _chart(sheet, comparison, first, chart_data_row, anchor=f"A{changed_row + 7}")
    fit_columns(sheet, first, widths=SUMMARY_WIDTHS)
    prepare_page(sheet, first)
    sheet.page_setup.fitToHeight = 1  # the summary is one page on a manager's desk


def _write_header(sheet: Worksheet, comparison: Comparison, header: list[str]) -> int:
    """Title and a few short lines, so the table starts high enough to stay in view."""
    before, after = comparison.before, comparison.after
    title = before.document_title or after.document_title or tr("Process")
    if comparison.same_version:
        heading = f"{title}{tr(': ')}{before.version_name}"
    else:
        heading = tr("{title}: {before} compared with {after}").format(
            title=title, before=before.version_name, after=after.version_name
        )
    put(sheet, 1, 1, heading).font = TITLE_FONT
    lines = list(header)
    if before.document_title != after.document_title and not comparison.same_version:
        lines.insert(
            0,
            tr("Before: {before} of {before_title}; after: {after} of {after_title}").format(
                before=before.version_name, before_title=before.document_title,
                after=after.version_name, after_title=after.document_title,
            ),
        )
    for row, line in enumerate(lines, start=2):
        put(sheet, row, 1, line).font = SUBTITLE_FONT
    return len(lines) + 3


def _measures(sheet: Worksheet, comparison: Comparison, first: int) -> tuple[int, int]:
    rows = []
    for offset, change in enumerate(comparison.measures, start=1):
        r = first + offset
        m = change.measure
        rows.append(
            [
                tr(m.name),
                tr(UNIT_WORDS.get(m.unit, m.unit)),
                tr(BETTER_WORDS[m.better]),
                change.before,
                change.after,
                _difference(change, r),
                None if m.unit == "share" else _relative(change, r),
                _verdict_formula(r, tr(VERDICT_WORDS[change.verdict])),
                _notes(change.note_before, change.note_after),
            ]
        )
    first, last = write_table(
        sheet,
        "Measures",
        [tr(h) for h in MEASURE_HEADERS],
        rows,
        first_row=first,
        wrap=(9,),
    )
    for offset, change in enumerate(comparison.measures, start=1):
        value_format, difference_format, change_format = _formats(change)
        for column in (4, 5):
            sheet.cell(first + offset, column).number_format = value_format
        sheet.cell(first + offset, 6).number_format = difference_format
        sheet.cell(first + offset, 7).number_format = change_format
    verdicts = f"D{first + 1}:H{last}"
    sheet.conditional_formatting.add(
        verdicts,
        FormulaRule(formula=[f'$H{first + 1}="{tr("better")}"'], fill=BETTER_FILL,
                    font=BETTER_FONT),
    )
    sheet.conditional_formatting.add(
        verdicts,
        FormulaRule(formula=[f'$H{first + 1}="{tr("worse")}"'], fill=WORSE_FILL, font=WORSE_FONT),
    )
    return first, last


def _difference(change: MeasureChange, r: int) -> Formula:
    """After minus before; a share's difference in percentage points."""
    points = change.measure.unit == "share"
    formula = f"(E{r}-D{r})*100" if points else f"E{r}-D{r}"
    result = "" if change.difference is None else change.difference * (100 if points else 1)
    return Formula(f'=IF(OR(D{r}="",E{r}=""),"",{formula})', result)


def _relative(change: MeasureChange, r: int) -> Formula:
    before, after = change.before, change.after
    missing = before is None or after is None or before == 0
    result = "" if missing else (after - before) / abs(before)  # type: ignore[operator]
    return Formula(f'=IF(OR(D{r}="",E{r}="",D{r}=0),"",(E{r}-D{r})/ABS(D{r}))', result)


def _formats(change: MeasureChange) -> tuple[str, str, str]:
    """Number formats for the value, difference and change cells, with the decimals the
    shared rule (`workbench.numbers`) gives these figures; a share's difference in pts."""
    unit = change.measure.unit
    shown = change_figures(change.before, change.after, unit, change.relative)
    fraction = "." + "0" * shown.places if shown.places else ""
    base = ("0" if unit == "share" else "#,##0") + fraction
    value = f"{base}%" if unit == "share" else base
    suffix = f'" {tr("pts")}"' if unit == "share" else ""
    difference = f"+{base}{suffix};-{base}{suffix};0{suffix}"
    relative = change.relative * 100 if change.relative is not None else None
    places = decimals(relative)
    percent = "0" + ("." + "0" * places if places else "") + "%"
    return value, difference, f"+{percent};-{percent};0%"


def _notes(before: str, after: str) -> str:
    if before == after:
        return say(before)
    return tr("; ").join(
        f"{side}{tr(': ')}{say(note)}"
        for side, note in ((tr("Before"), before), (tr("After"), after))
        if note
    )


def _verdict_formula(r: int, result: str) -> Formula:
    """better / worse / same / changed (no better direction) / n/a (a figure is missing)."""
    w = {key: tr(word) for key, word in (*VERDICT_WORDS.items(), *BETTER_WORDS.items()) if word}
    better, worse = w[Verdict.BETTER], w[Verdict.WORSE]
    return Formula(
        f'=IF(OR(D{r}="",E{r}=""),"{w[Verdict.UNKNOWN]}",'
        f'IF(ABS(E{r}-D{r})<{TINY},"{w[Verdict.SAME]}",'
        f'IF(C{r}="{w[Direction.LOWER]}",IF(E{r}<D{r},"{better}","{worse}"),'
        f'IF(C{r}="{w[Direction.HIGHER]}",IF(E{r}>D{r},"{better}","{worse}"),'
        f'"{w[Verdict.CHANGED]}"))))',
        result,
    )


def _what_changed(sheet: Worksheet, comparison: Comparison, row: int) -> None:
    sheet.cell(row, 1, tr("What changed")).font = SECTION_FONT
    rows = [
        [
            _element_word(kind),
            *(
                len(comparison.changes(kind, change))
                for change in (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED)
            ),
            comparison.unchanged.get(kind, 0),
        ]
        for kind in ELEMENT_WORDS
    ]
    write_table(
        sheet,
        "WhatChanged",
        [
        tr("Elements"),
        tr("Added"),
        tr("Removed"),
        tr("Changed"),
        tr("Unchanged"),
    ],
        rows,
        first_row=row + 1,
    )


def _element_word(kind: ElementType) -> str:
    words = {
        ElementType.LANE: tr_in("elements", "Lanes"),
        ElementType.STEP: tr_in("elements", "Steps"),
        ElementType.FLOW: tr_in("elements", "Flows"),
        ElementType.KPI: tr_in("elements", "KPIs"),
    }
    return words[kind]


def _chart(sheet: Worksheet, comparison: Comparison, table_row: int, row: int, anchor: str) -> None:
    """Main measures before and after as clustered bars; the data block refers to the table
    so the chart follows any figure typed into it."""
    sheet.cell(row, 1, tr("Chart data: main measures (from the table above)")).font = LABEL_FONT
    keys = [m.key for m in comparison.measures]
    rows = []
    for key in HEADLINE_MEASURES:
        r = table_row + 1 + keys.index(key)
        change = comparison.measure(key)
        rows.append(
            [
                Formula(f"=A{r}", tr(change.measure.name)),
                Formula(f"=D{r}", change.before),
                Formula(f"=E{r}", change.after),
            ]
        )
    before, after = comparison.before.version_name, comparison.after.version_name
    if before == after:
        before = tr("{version} (before)").format(version=before)
        after = tr("{version} (after)").format(version=after)
    first, last = write_table(
        sheet, "ChartData", (tr("Main measure"), before, after), rows, first_row=row + 1
    )
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = tr("Main measures, before and after")
    chart.y_axis.title = tr("count")
    chart.y_axis.majorGridlines = None
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    data = Reference(sheet, min_col=2, max_col=3, min_row=first, max_row=last)
    categories = Reference(sheet, min_col=1, min_row=first + 1, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    chart.series[0].graphicalProperties.solidFill = "A6A6A6"
    chart.series[1].graphicalProperties.solidFill = "2F5597"
    chart.dataLabels = DataLabelList()
    chart.dataLabels.showVal = True
    chart.dataLabels.showSerName = chart.dataLabels.showCatName = False
    chart.dataLabels.showLegendKey = chart.dataLabels.showPercent = False
    chart.legend.position = "b"
    chart.width, chart.height = 24, 9
    sheet.add_chart(chart, anchor)


def _single_version(sheet: Worksheet, comparison: Comparison, first: int) -> None:
    """One version only: its measures, with nothing to compare them with."""
    rows = [
        [
            tr(c.measure.name),
            tr(UNIT_WORDS.get(c.measure.unit, c.measure.unit)),
            tr(BETTER_WORDS[c.measure.better]),
            c.before,
            say(c.note_before),
        ]
        for c in comparison.measures
    ]
    first, _ = write_table(
        sheet,
        "Measures",
        [
        tr("Measure"),
        tr("Unit"),
        tr("Better when"),
        tr("Value"),
        tr("Notes"),
    ],
        rows,
        first_row=first,
        wrap=(5,),
    )
    for offset, change in enumerate(comparison.measures, start=1):
        fmt = VALUE_FORMATS.get(change.measure.unit, "General")
        sheet.cell(first + offset, 4).number_format = fmt
    fit_columns(sheet, first, widths={1: 32, 5: 60})
    prepare_page(sheet, first)
