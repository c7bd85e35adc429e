"""A version's drawing (`workbench.diagram`) painted as vector graphics: lane bands and
headers, the blueprint's zone lines, steps by kind and value class with their text, icons
and badges, connectors with arrowheads, branch captions on their white margin and KPI
markers. Nothing is placed here: every box comes from the engine, so the page shows what
the editor shows.

It paints one tile (a window of the scene) into a box on the page, so the same code prints
a small flow on one sheet and a 500-step flow across many; a map (the overview) paints
the shapes without any text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.pdfgen.canvas import Canvas

from exporters import pdf_shapes as shapes
from exporters import pdf_theme as theme
from exporters.text_metrics import ReportlabMetrics
from workbench.diagram import style
from workbench.diagram.drawing import Connector, Drawing
from workbench.diagram.geometry import Rect
from workbench.diagram.lanes import LaneBand
from workbench.diagram.steps import Icon, StepBox
from workbench.diagram.text import at_most, wrap
from workbench.diagram.tiles import Window
from workbench.i18n import tr
from workbench.model import ValueClass
from workbench.vocabulary import ZONE_LINE_NAMES

LANE_NAME_SIZE = 12.5  # scene units, like the engine's text sizes
LANE_KIND_SIZE = style.SMALL_SIZE
ZONE_LABEL_SIZE = style.SMALL_SIZE
HEADER_ROOM = style.HEADER_WIDTH - 20
HEADER_MARGIN = 6.0  # kept free above and below a lane's name and kind


@dataclass(frozen=True)
class Diagram:
    """What the painter needs: the engine's drawing, each step's value class (its colour)
    and the fonts the page uses (the drawing was measured with `font`)."""

    drawing: Drawing
    values: dict[str, ValueClass | None]
    font: str
    bold: str


@dataclass(frozen=True)
class Viewport:
    """Maps scene coordinates of one tile to page points (scene y grows down, PDF y up)."""

    left: float  # page x of the lane headers' left edge
    top: float  # page y of the tile's top edge
    scale: float
    x0: float  # scene x shown at the headers' right edge
    y0: float  # scene y shown at the top edge

    def x(self, scene_x: float) -> float:
        return self.left + (style.HEADER_WIDTH + scene_x - self.x0) * self.scale

    def y(self, scene_y: float) -> float:
        return self.top - (scene_y - self.y0) * self.scale

    def length(self, scene: float) -> float:
        return scene * self.scale


def draw_tile(c: Canvas, diagram: Diagram, tile: Window, view: Viewport,
              text: bool = True) -> None:
    """Everything of the drawing inside `tile`, the lane headers at its left. Without
    `text` (a map of the tiles) only lanes, lines and shapes are drawn."""
    drawing, window = diagram.drawing, tile.rect
    c.saveState()
    _bands(c, tile, view)
    _clip(c, view, window)
    for y in drawing.zones.values():
        _zone_line(c, y, window, view)
    steps, connectors = drawing.near(window)
    c.setStrokeColor(theme.INK)
    c.setLineWidth(max(0.3, 1.2 * view.scale))
    for connector in connectors:
        _connector(c, connector, view)
    for connector in connectors:
        if connector.marker is not None:
            _kpi_marker(c, connector, connector.flow_id in drawing.measured, view)
    for box in steps:
        _step(c, box, diagram, view, text)
    if text:
        for connector in connectors:  # captions above the steps, so none is hidden
            if connector.caption is not None:
                _flow_caption(c, connector, view, diagram.font)
    c.restoreState()
    for band in tile.bands:
        _header(c, band, view, diagram, text)
    for which, y in drawing.zones.items():
        if tile.y0 < y < tile.y1:
            _zone_label(c, which, y, view, diagram.font if text else None)
    _frame(c, view, window)


def _bands(c: Canvas, tile: Window, view: Viewport) -> None:
    left, right = view.x(tile.x0), view.x(tile.x1)
    for band in tile.bands:
        top, bottom = view.y(max(band.top, tile.y0)), view.y(min(band.bottom, tile.y1))
        c.setFillColor(theme.LANE_FILL[band.kind])
        c.rect(left, bottom, right - left, top - bottom, stroke=0, fill=1)
        c.setStrokeColor(theme.LANE_BORDER)
        c.setLineWidth(0.5)
        c.line(left, view.y(band.bottom), right, view.y(band.bottom))


def _clip(c: Canvas, view: Viewport, window: Rect) -> None:
    path = c.beginPath()
    path.rect(view.x(window.x), view.y(window.bottom), view.length(window.w),
              view.length(window.h))
    c.clipPath(path, stroke=0, fill=0)


def _frame(c: Canvas, view: Viewport, window: Rect) -> None:
    c.setStrokeColor(theme.HEADER_BORDER)
    c.setLineWidth(0.6)
    bottom = view.y(window.bottom)
    c.rect(view.left, bottom, view.x(window.right) - view.left, view.top - bottom)


def _header(c: Canvas, band: LaneBand, view: Viewport, diagram: Diagram, text: bool) -> None:
    top, height = view.y(band.top), view.length(band.height)
    c.setFillColor(theme.HEADER_FILL[band.kind])
    c.setStrokeColor(theme.HEADER_BORDER)
    c.setLineWidth(0.5)
    c.rect(view.left, top - height, view.length(style.HEADER_WIDTH), height, stroke=1, fill=1)
    if not text:
        return
    bold = ReportlabMetrics(diagram.bold)
    kind_height = ReportlabMetrics(diagram.font).line_height(LANE_KIND_SIZE)
    room = band.height - kind_height - 4 - 2 * HEADER_MARGIN
    lines = at_most(wrap(band.name, bold, LANE_NAME_SIZE, HEADER_ROOM),
                    int(room // bold.line_height(LANE_NAME_SIZE)), bold, LANE_NAME_SIZE,
                    HEADER_ROOM)
    name_height = len(lines) * bold.line_height(LANE_NAME_SIZE)
    total = name_height + 4 + kind_height
    column = Rect(10, band.top + band.height / 2 - total / 2, HEADER_ROOM, name_height)
    header = Viewport(view.left, view.top, view.scale, style.HEADER_WIDTH, view.y0)
    c.setFillColor(theme.INK)
    text_lines(c, lines, column, LANE_NAME_SIZE, diagram.bold, header)
    c.setFillColor(theme.MUTED_INK)
    kind = Rect(10, column.bottom + 4, HEADER_ROOM, kind_height)
    text_lines(c, (tr(theme.LANE_KIND_NAMES[band.kind]),), kind, LANE_KIND_SIZE, diagram.font,
               header)


def text_lines(c: Canvas, lines: Sequence[str], box: Rect, size: float, font: str,
               view: Viewport) -> None:
    """Lines centred in the scene box `box`, each in a slot one line high."""
    if not lines:
        return
    metrics = ReportlabMetrics(font)
    line_height = metrics.line_height(size)
    ascent, descent = getAscentDescent(font, size)
    glyphs = ascent - descent
    top = box.cy - len(lines) * line_height / 2
    c.setFont(font, size * view.scale)
    for index, line in enumerate(lines):
        baseline = top + index * line_height + (line_height - glyphs) / 2 + ascent
        c.drawCentredString(view.x(box.cx), view.y(baseline), line)


def _zone_line(c: Canvas, y: float, window: Rect, view: Viewport) -> None:
    c.setStrokeColor(theme.ZONE_LINE)
    c.setLineWidth(1.0)
    c.setDash(5, 3)
    c.line(view.x(window.x), view.y(y), view.x(window.right), view.y(y))
    c.setDash()


def _zone_label(c: Canvas, which: str, y: float, view: Viewport, font: str | None) -> None:
    """The zone line's name in the header column, where no step can hide it."""
    c.setStrokeColor(theme.ZONE_LINE)
    c.setLineWidth(1.0)
    c.setDash(5, 3)
    c.line(view.left, view.y(y), view.left + view.length(style.HEADER_WIDTH), view.y(y))
    c.setDash()
    if font is None:
        return
    text = tr(ZONE_LINE_NAMES[which])
    c.setFillColor(theme.ZONE_LINE)
    c.setFont(font, ZONE_LABEL_SIZE * view.scale)
    right = view.left + view.length(style.HEADER_WIDTH - 4)
    c.drawRightString(right, view.y(y - 4), text)


def _connector(c: Canvas, connector: Connector, view: Viewport) -> None:
    points = [(view.x(x), view.y(y)) for x, y in connector.points]
    shapes.polyline(c, points)
    dx, dy = shapes.direction(points[-2], points[-1])
    shapes.place(c, shapes.arrow_stamp(dx, dy, round(view.scale, 3)), *points[-1])


def _kpi_marker(c: Canvas, connector: Connector, measured: bool, view: Viewport) -> None:
    """The interaction's KPI mark: filled when a KPI measures it, hollow when none does."""
    assert connector.marker is not None
    x, y = view.x(connector.marker[0]), view.y(connector.marker[1])
    c.setStrokeColor(theme.ACCENT)
    c.setFillColor(theme.ACCENT if measured else theme.WHITE)
    c.setLineWidth(max(0.4, 1.4 * view.scale))
    c.circle(x, y, view.length(style.KPI_RADIUS), stroke=1, fill=1)


def _flow_caption(c: Canvas, connector: Connector, view: Viewport, font: str) -> None:
    caption = connector.caption
    assert caption is not None
    _white(c, caption.box, view)
    c.setFillColor(theme.INK)
    text_lines(c, caption.lines, caption.box, caption.size, font, view)


def _white(c: Canvas, box: Rect, view: Viewport) -> None:
    """The white margin that keeps a caption readable over lines running behind it."""
    c.setFillColor(theme.WHITE)
    c.roundRect(view.x(box.x), view.y(box.bottom), view.length(box.w), view.length(box.h),
                view.length(3), stroke=0, fill=1)


def _step(c: Canvas, box: StepBox, diagram: Diagram, view: Viewport, text: bool) -> None:
    shape = box.shape
    stamp = shapes.step_stamp(box.kind, diagram.values.get(box.node_id),
                              round(view.length(shape.w), 2), round(view.length(shape.h), 2),
                              round(view.scale, 3))
    shapes.place(c, stamp, view.x(shape.x), view.y(shape.bottom))
    for icon in box.icons:
        _icon(c, icon, view, diagram, text)
    if not text:
        return
    if not box.inside and box.lines:
        _white(c, box.text.grown(style.CAPTION_PAD), view)
    c.setFillColor(theme.INK)
    text_lines(c, box.lines, box.text, box.text_size, diagram.font, view)
    if box.duration and box.duration_box is not None:
        c.setFillColor(theme.MUTED_INK)
        text_lines(c, (box.duration,), box.duration_box, style.SMALL_SIZE, diagram.font, view)


def _icon(c: Canvas, icon: Icon, view: Viewport, diagram: Diagram, text: bool) -> None:
    rect = icon.rect
    if icon.kind == "clock":
        shapes.place(c, shapes.clock_stamp(round(view.length(rect.w), 2)),
                     view.x(rect.x), view.y(rect.bottom))
    elif icon.kind == "fail-point":
        _fail_point(c, rect, view, diagram.bold, text)
    elif icon.kind == "waste":
        _badge(c, icon, view, diagram.font, text)


def _fail_point(c: Canvas, rect: Rect, view: Viewport, bold: str, text: bool) -> None:
    """The service blueprint's circled F: where the service is likely to break."""
    cx, cy, r = view.x(rect.cx), view.y(rect.cy), view.length(rect.w / 2)
    c.setFillColor(theme.FAIL_POINT)
    c.setStrokeColor(theme.WHITE)
    c.setLineWidth(max(0.3, 1.2 * view.scale))
    c.circle(cx, cy, r, stroke=1, fill=1)
    if text:
        c.setFillColor(theme.WHITE)
        text_lines(c, ("F",), rect, style.SMALL_SIZE, bold, view)


def _badge(c: Canvas, icon: Icon, view: Viewport, font: str, text: bool) -> None:
    rect = icon.rect
    waste = theme.VALUE_BORDER[ValueClass.WASTE]
    c.setFillColor(theme.WHITE)
    c.setStrokeColor(waste)
    c.setLineWidth(max(0.3, 1.0 * view.scale))
    c.roundRect(view.x(rect.x), view.y(rect.bottom), view.length(rect.w), view.length(rect.h),
                view.length(rect.h / 2), stroke=1, fill=1)
    if text:
        c.setFillColor(waste)
        text_lines(c, (icon.text,), rect, style.SMALL_SIZE, font, view)
