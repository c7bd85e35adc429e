"""A KPI's control chart as vector graphics (reportlab.graphics), for the audit pack: its
values per period, the target, the centre line and the control limits (stepped on a
p-chart, where they follow each period's sample size), the baseline the limits come from,
and every signal marked. With too few periods for limits it is the trend against target.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from exporters import audit_texts as t
from exporters import pdf_theme as theme
from workbench.control_chart import ChartKind
from workbench.i18n import tr
from workbench.kpi_performance import KpiPerformance, kpi_figure

LIMIT = HexColor("#c62828")
CENTRE = HexColor("#607d8b")
TARGET = theme.ACCENT
SIGNAL = HexColor("#d84315")
GRID = HexColor("#eceff1")
BASELINE_FILL = HexColor("#f5f7f9")
LEFT, RIGHT, BOTTOM, TOP = 38.0, 8.0, 22.0, 18.0
FONT_SIZE = 6.5


def chart_drawing(performance: KpiPerformance, width: float, height: float, font: str) -> Drawing:
    drawing = Drawing(width, height)
    results = performance.results
    if not results:
        return drawing
    chart = performance.chart
    values = [r.value for r in results]
    target = performance.kpi.target
    bounds = [*values, *([target] if target is not None else [])]
    if chart is not None:
        bounds += [*chart.upper, *chart.lower, chart.centre]
    low, high = _range(min(bounds), max(bounds))
    plot_w, plot_h = width - LEFT - RIGHT, height - BOTTOM - TOP
    count = len(results)

    def x(i: float) -> float:
        return LEFT + (plot_w * (i + 0.5) / count)

    def y(v: float) -> float:
        return BOTTOM + plot_h * (v - low) / (high - low)

    if chart is not None and chart.baseline_count < count:
        right = LEFT + plot_w * chart.baseline_count / count
        drawing.add(Rect(LEFT, BOTTOM, right - LEFT, plot_h, fillColor=BASELINE_FILL,
                         strokeColor=None))
    _grid(drawing, low, high, y, width, font)
    _periods(drawing, [r.period for r in results], x, font)
    if chart is not None:
        _limit(drawing, chart.upper, x, y, chart.kind is ChartKind.P)
        _limit(drawing, chart.lower, x, y, chart.kind is ChartKind.P)
        drawing.add(Line(LEFT, y(chart.centre), LEFT + plot_w, y(chart.centre),
                         strokeColor=CENTRE, strokeWidth=0.8))
    if target is not None:
        drawing.add(Line(LEFT, y(target), LEFT + plot_w, y(target), strokeColor=TARGET,
                         strokeWidth=1, strokeDashArray=[4, 2]))
    points = [c for i, v in enumerate(values) for c in (x(i), y(v))]
    drawing.add(PolyLine(points, strokeColor=theme.INK, strokeWidth=1.1))
    flagged = {s.index for s in chart.signals} if chart is not None else set()
    for i, v in enumerate(values):
        hit = i in flagged
        drawing.add(Circle(x(i), y(v), 2.6 if hit else 1.7, strokeColor=SIGNAL if hit else
                           theme.INK, fillColor=SIGNAL if hit else theme.WHITE, strokeWidth=0.8))
    _legend(drawing, width, height, font, chart is not None, target is not None, bool(flagged))
    drawing.add(Rect(LEFT, BOTTOM, plot_w, plot_h, fillColor=None, strokeColor=theme.LANE_BORDER,
                     strokeWidth=0.5))
    return drawing


def _range(low: float, high: float) -> tuple[float, float]:
    span = high - low or max(abs(high), 1.0) * 0.1
    return low - span * 0.08, high + span * 0.08


def _ticks(low: float, high: float) -> list[float]:
    """Round values for the value axis: steps of 1, 2, 2.5 or 5 times a power of ten."""
    rough = (high - low) / 5
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step) + 1)]


def _grid(drawing: Drawing, low: float, high: float, y, width: float, font: str) -> None:  # noqa: ANN001
    for value in _ticks(low, high):
        drawing.add(Line(LEFT, y(value), width - RIGHT, y(value), strokeColor=GRID,
                         strokeWidth=0.4))
        drawing.add(String(LEFT - 3, y(value) - 2, kpi_figure(value), fontName=font,
                           fontSize=FONT_SIZE, fillColor=theme.MUTED_INK, textAnchor="end"))


def _periods(drawing: Drawing, periods: list[str], x, font: str) -> None:  # noqa: ANN001
    every = max(1, -(-len(periods) // 7))
    last = len(periods) - 1
    for i, period in enumerate(periods):
        if (last - i) % every == 0:  # counted from the end, so the latest period is named
            drawing.add(String(x(i), BOTTOM - 9, period, fontName=font, fontSize=FONT_SIZE,
                               fillColor=theme.MUTED_INK, textAnchor="middle"))


def _limit(drawing: Drawing, limits: tuple[float, ...], x, y, stepped: bool) -> None:  # noqa: ANN001
    if stepped:
        points: list[float] = []
        for i, value in enumerate(limits):
            points += [x(i - 0.5), y(value), x(i + 0.5), y(value)]
    else:
        points = [x(-0.5), y(limits[0]), x(len(limits) - 0.5), y(limits[0])]
    drawing.add(PolyLine(points, strokeColor=LIMIT, strokeWidth=0.7, strokeDashArray=[2, 1.5]))


def _legend(drawing: Drawing, width: float, height: float, font: str, limits: bool,
            target: bool, signals: bool) -> None:
    items: list[tuple[str, Color, list[float] | None]] = []
    if target:
        items.append((tr(t.LEGEND_TARGET), TARGET, [4, 2]))
    if limits:
        items += [(tr(t.LEGEND_CENTRE), CENTRE, None), (tr(t.LEGEND_LIMITS), LIMIT, [2, 1.5])]
    if signals:
        items.append((tr(t.LEGEND_SIGNAL), SIGNAL, None))
    x = width - RIGHT
    baseline = height - 10
    for text, colour, dash in reversed(items):
        text_width = stringWidth(text, font, FONT_SIZE)
        x -= text_width
        drawing.add(String(x, baseline, text, fontName=font, fontSize=FONT_SIZE,
                           fillColor=theme.MUTED_INK))
        if text == tr(t.LEGEND_SIGNAL):
            drawing.add(Circle(x - 6, baseline + 2, 2.4, fillColor=colour, strokeColor=colour))
        else:
            drawing.add(Line(x - 14, baseline + 2, x - 3, baseline + 2, strokeColor=colour,
                             strokeWidth=1, strokeDashArray=dash))
        x -= 22
