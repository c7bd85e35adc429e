"""The report's section on simulated cases: the spread of lead time, wait and contacts
before and after, the time limits kept per customer tier, and two charts drawn as vector
graphics (reportlab.graphics): the cumulative lead-time curves and attainment per tier."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.platypus import Flowable, Spacer

from exporters import simulation_words as words
from exporters.pdf_fonts import ReportFonts
from exporters.pdf_tables import Cells, grid
from exporters.pdf_theme import ACCENT, INK, MUTED_INK
from workbench.i18n import say, tr
from workbench.simulation.before_after import SimulatedPair

BEFORE_COLOUR = MUTED_INK
AFTER_COLOUR = ACCENT
CHART_HEIGHT = 170.0
SPREAD_COLUMNS = (0.22, 0.22, 0.112, 0.112, 0.112, 0.112, 0.112)


def simulation_section(
    pair: SimulatedPair, cells: Cells, fonts: ReportFonts, width: float
) -> list[Flowable]:
    if pair.before is None or pair.after is None:
        return [cells.text(tr(words.UNAVAILABLE).format(reason=say(pair.unavailable)), "body")]
    story: list[Flowable] = [
        cells.muted(tr(words.SPREAD_NOTE).format(cases=f"{pair.cases:,}", seed=pair.seed)),
        Spacer(1, 4),
        grid(_spread_rows(pair, cells), [f * width for f in SPREAD_COLUMNS]),
        Spacer(1, 8),
        curve_chart(pair, fonts, width),
    ]
    rows = pair.tier_rows()
    if not rows:
        return [*story, cells.text(tr(words.NO_LIMITS), "body")]
    header = [tr(words.TIER), pair.before.version_name, pair.after.version_name]
    table = [[cells.text(h, "cell_header") for h in header]]
    table += [
        [
            cells.text(say(name)),
            cells.text(_share(a), "cell_right"),
            cells.text(_share(b), "cell_right"),
        ]
        for name, a, b in rows
    ]
    story += [Spacer(1, 8), cells.text(tr(words.TIERS_TITLE), "body"),
              grid(table, [0.4 * width, 0.3 * width, 0.3 * width]), Spacer(1, 8),
              tier_chart(pair, fonts, width)]  # fmt: skip
    return story


def _spread_rows(pair: SimulatedPair, cells: Cells) -> list[list]:
    header = ["", tr(words.FIGURE), *map(tr, words.COLUMNS)]
    rows: list[list] = [[cells.text(h, "cell_header") for h in header]]
    for result in (pair.before, pair.after):
        for label, s in (
            (tr(words.LEAD), result.lead()),
            (tr(words.WAIT), result.wait()),
            (tr(words.CONTACTS), result.contact()),
        ):
            figures = [f"{v:,.1f}" for v in (s.mean, s.p50, s.p90, s.p95, s.max)]
            rows.append([cells.text(result.version_name), cells.text(label),
                         *(cells.text(f, "cell_right") for f in figures)])  # fmt: skip
    return rows


def _share(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


def curve_chart(pair: SimulatedPair, fonts: ReportFonts, width: float) -> Drawing:
    curves = pair.curves()
    drawing = Drawing(width, CHART_HEIGHT)
    plot = LinePlot()
    plot.x, plot.y = 40, 36
    plot.width, plot.height = width - 60, CHART_HEIGHT - 64
    plot.data = [points for _, points in curves]
    for number, colour in enumerate((BEFORE_COLOUR, AFTER_COLOUR)):
        plot.lines[number].strokeColor = colour
        plot.lines[number].strokeWidth = 1.6
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, 1
    plot.yValueAxis.valueSteps = [0, 0.25, 0.5, 0.75, 1.0]
    plot.yValueAxis.labelTextFormat = lambda v: f"{100 * v:.0f} %"
    plot.xValueAxis.valueMin = 0
    plot.xValueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = fonts.regular, 7
        axis.labels.fillColor = INK
    drawing.add(plot)
    drawing.add(_title(tr(words.CURVE_TITLE_HOURS), fonts, CHART_HEIGHT - 12))
    drawing.add(_legend([n for n, _ in curves], fonts, width))
    return drawing


def tier_chart(pair: SimulatedPair, fonts: ReportFonts, width: float) -> Drawing:
    rows = pair.tier_rows()
    drawing = Drawing(width, CHART_HEIGHT)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 36
    chart.width, chart.height = width - 60, CHART_HEIGHT - 64
    chart.data = [[a or 0.0 for _, a, _ in rows], [b or 0.0 for _, _, b in rows]]
    chart.categoryAxis.categoryNames = [say(name) for name, _, _ in rows]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, 1
    chart.valueAxis.valueSteps = [0, 0.25, 0.5, 0.75, 1.0]
    chart.valueAxis.labelTextFormat = lambda v: f"{100 * v:.0f} %"
    chart.bars[0].fillColor, chart.bars[1].fillColor = BEFORE_COLOUR, AFTER_COLOUR
    chart.bars.strokeColor = None
    chart.barSpacing, chart.groupSpacing = 2, 12
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = fonts.regular, 7
        axis.labels.fillColor = INK
    drawing.add(chart)
    drawing.add(_title(tr(words.BARS_TITLE), fonts, CHART_HEIGHT - 12))
    drawing.add(_legend([pair.before.version_name, pair.after.version_name], fonts, width))
    return drawing


def _title(text: str, fonts: ReportFonts, y: float) -> String:
    return String(40, y, text, fontName=fonts.bold, fontSize=9, fillColor=INK)


def _legend(names: list[str], fonts: ReportFonts, width: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = 40, 12
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = min(220, (width - 60) / 2)
    legend.fontName, legend.fontSize = fonts.regular, 7
    legend.colorNamePairs = list(zip((BEFORE_COLOUR, AFTER_COLOUR), names, strict=False))
    return legend
