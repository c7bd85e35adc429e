"""The workbook's Simulation sheet: the spread of lead times, customer wait and contacts
before and after, the time limits kept per customer tier, and two native Excel charts (the
cumulative lead-time curves and the attainment per tier) drawn from cells on the sheet."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference, ScatterChart, Series
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from exporters import simulation_words as words
from exporters.excel_layout import prepare_page, put
from workbench.i18n import say, tr
from workbench.simulation.before_after import SimulatedPair

PERCENT = "0.0%"
BOLD = Font(bold=True)


def write_simulation(sheet: Worksheet, pair: SimulatedPair) -> None:
    if pair.before is None or pair.after is None:
        put(sheet, 1, 1, tr(words.UNAVAILABLE).format(reason=say(pair.unavailable)))
        prepare_page(sheet, 1)
        return
    before, after = pair.before, pair.after
    put(sheet, 1, 1, tr(words.TITLE).format(before=before.version_name, after=after.version_name))
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    put(sheet, 2, 1, tr(words.SUBTITLE).format(cases=f"{pair.cases:,}", seed=pair.seed))
    row = _spreads(sheet, pair, 4)
    tiers_row = row + 2
    row = _tiers(sheet, pair, tiers_row)
    curve_row = row + 2
    _curve_data(sheet, pair, curve_row)
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 22
    for column in "CDEFGH":
        sheet.column_dimensions[column].width = 12
    _charts(sheet, pair, tiers_row, curve_row)
    prepare_page(sheet, 4)


def _spreads(sheet: Worksheet, pair: SimulatedPair, first: int) -> int:
    headings = (tr("Version"), tr(words.FIGURE), *map(tr, words.COLUMNS))
    for column, title in enumerate(headings, start=1):
        put(sheet, first, column, title).font = BOLD
    row = first
    for result in (pair.before, pair.after):
        for label, spread in (
            (tr(words.LEAD), result.lead()),
            (tr(words.WAIT), result.wait()),
            (tr(words.CONTACTS), result.contact()),
        ):
            row += 1
            put(sheet, row, 1, result.version_name)
            put(sheet, row, 2, label)
            for column, value in enumerate(
                (spread.mean, spread.p50, spread.p90, spread.p95, spread.max), start=3
            ):
                put(sheet, row, column, round(value, 4)).number_format = "#,##0.00"
    return row


def _tiers(sheet: Worksheet, pair: SimulatedPair, first: int) -> int:
    put(sheet, first - 1, 1, tr(words.TIERS_TITLE)).font = BOLD
    rows = pair.tier_rows()
    if not rows:
        put(sheet, first, 1, tr(words.NO_LIMITS))
        return first
    for column, title in enumerate(
        (tr(words.TIER), pair.before.version_name, pair.after.version_name), start=1
    ):
        put(sheet, first, column, title).font = BOLD
    for offset, (name, kept_before, kept_after) in enumerate(rows, start=1):
        put(sheet, first + offset, 1, say(name))
        for column, kept in ((2, kept_before), (3, kept_after)):
            cell = put(sheet, first + offset, column, kept)
            cell.number_format = PERCENT
    return first + len(rows)


def _curve_data(sheet: Worksheet, pair: SimulatedPair, first: int) -> None:
    curves = pair.curves()
    put(sheet, first, 1, tr(words.HOURS))
    for column, (name, _) in enumerate(curves, start=2):
        put(sheet, first, column, name)
    for offset, points in enumerate(zip(*(c for _, c in curves), strict=True), start=1):
        put(sheet, first + offset, 1, round(points[0][0], 4))
        for column, (_, share) in enumerate(points, start=2):
            put(sheet, first + offset, column, share).number_format = PERCENT


def _charts(sheet: Worksheet, pair: SimulatedPair, tiers_row: int, curve_row: int) -> None:
    points = len(pair.curves()[0][1])
    curve = ScatterChart()
    curve.title = tr(words.CURVE_TITLE)
    curve.style = 13
    curve.x_axis.title = tr(words.CURVE_X)
    curve.y_axis.title = tr(words.CURVE_Y)
    curve.y_axis.number_format = "0%"
    curve.y_axis.scaling.min, curve.y_axis.scaling.max = 0, 1
    hours = Reference(sheet, min_col=1, min_row=curve_row + 1, max_row=curve_row + points)
    for column in (2, 3):
        values = Reference(sheet, min_col=column, min_row=curve_row,
                           max_row=curve_row + points)  # fmt: skip
        series = Series(values, hours, title_from_data=True)
        series.marker.symbol = "none"
        series.smooth = False
        curve.series.append(series)
    curve.height, curve.width = 8, 16
    sheet.add_chart(curve, "J4")
    rows = pair.tier_rows()
    if not rows:
        return
    bars = BarChart()
    bars.type = "col"
    bars.title = tr(words.BARS_TITLE)
    bars.y_axis.number_format = "0%"
    bars.y_axis.scaling.min, bars.y_axis.scaling.max = 0, 1
    data = Reference(sheet, min_col=2, max_col=3, min_row=tiers_row,
                     max_row=tiers_row + len(rows))  # fmt: skip
    bars.add_data(data, titles_from_data=True)
    bars.set_categories(Reference(sheet, min_col=1, min_row=tiers_row + 1,
                                  max_row=tiers_row + len(rows)))  # fmt: skip
    bars.height, bars.width = 8, 16
    sheet.add_chart(bars, "J22")
