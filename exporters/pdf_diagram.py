"""A swimlane diagram drawn as vector graphics: lane bands and headers, the blueprint's
zone lines, steps by kind and value class, connectors with arrowheads and captions.

It draws one tile (a window of the scene) into a box on the page, so the same code prints
a small flow on one sheet and a 500-step flow across many. Shapes and colours follow the
editor's canvas (`ui/canvas/node_painter.py`), so the printout looks like the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from exporters import pdf_shapes as shapes
from exporters import pdf_theme as theme
from exporters.pdf_geometry import Band, DiagramLayout, PlacedFlow, PlacedNode, Rect, label_below
from exporters.pdf_text import wrap
from exporters.pdf_tiles import Tile
from workbench.model import ValueClass

LEGIBLE = 2.5  # points: below this, text is grey fuzz, so a miniature leaves it out


@dataclass(frozen=True)
class Viewport:
    """Maps scene coordinates of one tile to page points (scene y grows down, PDF y up)."""

    left: float  # page x of the lane headers' left edge
    top: float  # page y of the tile's top edge
    scale: float
    x0: float  # scene x shown at the headers' right edge
    y0: float  # scene y shown at the top edge

    def x(self, scene_x: float) -> float:
        return self.left + (theme.HEADER_WIDTH + scene_x - self.x0) * self.scale

    def y(self, scene_y: float) -> float:
        return self.top - (scene_y - self.y0) * self.scale

    def length(self, scene: float) -> float:
        return scene * self.scale


def draw_tile(
    c: Canvas, layout: DiagramLayout, tile: Tile, view: Viewport, font: str, bold: str
) -> None:
    """Everything of `layout` inside `tile`, the lane headers at its left. At a scale where
    step labels could not be read (an overview of a big flow) only shapes and lines are
    drawn, as the canvas does when zoomed far out."""
    window = Rect(tile.x0, tile.y0, tile.x1 - tile.x0, tile.y1 - tile.y0)
    if theme.LABEL_SIZE * view.scale < LEGIBLE:
        _miniature(c, layout, tile, view, window)
        return
    c.saveState()
    _bands(c, tile, view)
    _clip(c, view, window)
    zones = {which: y for which, y in layout.zones.items() if tile.y0 < y < tile.y1}
    for y in zones.values():
        _zone_line(c, y, window, view)
    flows = [f for f in layout.flows if f.bounds.intersects(window)]
    c.setStrokeColor(theme.INK)
    c.setLineWidth(1.2 * view.scale)
    for flow in flows:
        _flow(c, flow, view)
    for placed in layout.nodes.values():
        if placed.bounds.intersects(window):
            _node(c, placed, view, font, bold)
    for flow in flows:  # captions above the steps, so a long one is never hidden
        if flow.label_box is not None:
            _flow_label(c, flow, view, font)
    c.restoreState()
    for band in tile.bands:
        _header(c, band, view, font, bold)
    for which, y in zones.items():
        _zone_label(c, which, y, view, font)
    _frame(c, view, window)


def _miniature(c: Canvas, layout: DiagramLayout, tile: Tile, view: Viewport, window: Rect) -> None:
    """Lanes, connectors and steps as plain coloured shapes, without any text."""
    c.saveState()
    _bands(c, tile, view)
    _clip(c, view, window)
    for y in layout.zones.values():
        _zone_line(c, y, window, view)
    c.setStrokeColor(theme.INK)
    c.setLineWidth(0.3)
    for flow in layout.flows:
        if not flow.bounds.intersects(window):
            continue
        path = c.beginPath()
        path.moveTo(view.x(flow.points[0][0]), view.y(flow.points[0][1]))
        for x, y in flow.points[1:]:
            path.lineTo(view.x(x), view.y(y))
        c.drawPath(path, stroke=1, fill=0)
    c.setLineWidth(0.3)
    for placed in layout.nodes.values():
        node, shape = placed.node, placed.shape
        if not shape.intersects(window):
            continue
        c.setFillColor(theme.value_fill(node.value_class))
        c.setStrokeColor(theme.value_border(node.value_class))
        c.rect(
            view.x(shape.x),
            view.y(shape.bottom),
            view.length(shape.w),
            view.length(shape.h),
            stroke=1,
            fill=1,
        )
    c.restoreState()
    for band in tile.bands:
        top, height = view.y(band.top), view.length(band.height)
        c.setFillColor(theme.HEADER_FILL[band.lane.kind])
        c.rect(view.left, top - height, view.length(theme.HEADER_WIDTH), height, stroke=0, fill=1)
    _frame(c, view, window)


def _bands(c: Canvas, tile: Tile, view: Viewport) -> None:
    left, right = view.x(tile.x0), view.x(tile.x1)
    for band in tile.bands:
        top, bottom = view.y(band.top), view.y(min(band.bottom, tile.y1))
        c.setFillColor(theme.LANE_FILL[band.lane.kind])
        c.rect(left, bottom, right - left, top - bottom, stroke=0, fill=1)
        c.setStrokeColor(theme.LANE_BORDER)
        c.setLineWidth(0.5)
        c.line(left, view.y(band.bottom), right, view.y(band.bottom))


def _clip(c: Canvas, view: Viewport, window: Rect) -> None:
    path = c.beginPath()
    x, y = view.x(window.x), view.y(window.bottom)
    path.rect(x, y, view.length(window.w), view.length(window.h))
    c.clipPath(path, stroke=0, fill=0)


def _frame(c: Canvas, view: Viewport, window: Rect) -> None:
    c.setStrokeColor(theme.HEADER_BORDER)
    c.setLineWidth(0.6)
    bottom = view.y(window.bottom)
    c.rect(view.left, bottom, view.x(window.right) - view.left, view.top - bottom)


def _header(c: Canvas, band: Band, view: Viewport, font: str, bold: str) -> None:
    top, height = view.y(band.top), view.length(band.height)
    c.setFillColor(theme.HEADER_FILL[band.lane.kind])
    c.setStrokeColor(theme.HEADER_BORDER)
    c.setLineWidth(0.5)
    c.rect(view.left, top - height, view.length(theme.HEADER_WIDTH), height, stroke=1, fill=1)
    room = theme.HEADER_WIDTH - 20
    lines = wrap(band.lane.name, bold, theme.LANE_NAME_SIZE, room, 3)
    kind = theme.LANE_KIND_NAMES[band.lane.kind]
    name_height = len(lines) * theme.LANE_NAME_SIZE * 1.2
    total = name_height + 4 + theme.LANE_KIND_SIZE * 1.2
    centre_x = view.left + view.length(theme.HEADER_WIDTH / 2)
    scene_top = band.top + band.height / 2 - total / 2
    c.setFillColor(theme.INK)
    _lines(c, lines, centre_x, scene_top, theme.LANE_NAME_SIZE, bold, view)
    c.setFillColor(theme.MUTED_INK)
    _lines(c, (kind,), centre_x, scene_top + name_height + 4, theme.LANE_KIND_SIZE, font, view)


def _lines(
    c: Canvas,
    lines: Sequence[str],
    centre_x: float,
    scene_top: float,
    size: float,
    font: str,
    view: Viewport,
) -> None:
    """Lines centred on page x `centre_x`, the first line's top at scene y `scene_top`."""
    c.setFont(font, size * view.scale)
    for index, line in enumerate(lines):
        baseline = scene_top + size * (1.2 * index + 0.92)
        c.drawCentredString(centre_x, view.y(baseline), line)


def _zone_line(c: Canvas, y: float, window: Rect, view: Viewport) -> None:
    c.setStrokeColor(theme.ZONE_LINE)
    c.setLineWidth(1.0)
    c.setDash(5, 3)
    c.line(view.x(window.x), view.y(y), view.x(window.right), view.y(y))
    c.setDash()


def _zone_label(c: Canvas, which: str, y: float, view: Viewport, font: str) -> None:
    """The zone line's name in the header column, where no step can hide it."""
    text = "Line of interaction" if which == "interaction" else "Line of visibility"
    size = theme.ZONE_LABEL_SIZE
    c.setStrokeColor(theme.ZONE_LINE)
    c.setLineWidth(1.0)
    c.setDash(5, 3)
    c.line(view.left, view.y(y), view.left + view.length(theme.HEADER_WIDTH), view.y(y))
    c.setDash()
    c.setFillColor(theme.ZONE_LINE)
    c.setFont(font, size * view.scale)
    right = view.left + view.length(theme.HEADER_WIDTH - 4)
    c.drawRightString(right, view.y(y - 4), text)


def _flow(c: Canvas, placed: PlacedFlow, view: Viewport) -> None:
    points = [(view.x(x), view.y(y)) for x, y in placed.points]
    shapes.polyline(c, points)
    dx, dy = shapes.direction(points[-2], points[-1])
    shapes.place(c, shapes.arrow_stamp(dx, dy, view.scale), *points[-1])


def _flow_label(c: Canvas, placed: PlacedFlow, view: Viewport, font: str) -> None:
    box = placed.label_box
    assert box is not None
    c.setFillColor(theme.WHITE)
    c.setFillAlpha(0.9)
    c.roundRect(
        view.x(box.x),
        view.y(box.bottom),
        view.length(box.w),
        view.length(box.h),
        view.length(3),
        stroke=0,
        fill=1,
    )
    c.setFillAlpha(1)
    c.setFillColor(theme.INK)
    size = theme.FLOW_LABEL_SIZE
    top = box.cy - len(placed.label) * size * 1.2 / 2
    _lines(c, placed.label, view.x(box.cx), top, size, font, view)


def _node(c: Canvas, placed: PlacedNode, view: Viewport, font: str, bold: str) -> None:
    node, shape = placed.node, placed.shape
    stamp = shapes.step_stamp(node.kind, node.value_class, view.scale)
    shapes.place(c, stamp, view.x(shape.x), view.y(shape.bottom))
    if label_below(node.kind):
        _label_below(c, placed, view, font)
    else:
        _task_text(c, placed, view, font)
    if node.fail_point:
        _fail_point(c, shape.x + (2 if shape.w > 60 else 0), shape.y, view, bold)
    if node.waste_kind is not None:
        _badge(c, theme.WASTE_BADGES[node.waste_kind], shape, view, font)


def _label_below(c: Canvas, placed: PlacedNode, view: Viewport, font: str) -> None:
    """A gateway's or event's label under its shape, on a light halo so a zone line or a
    connector running behind it does not strike it through."""
    shape, size = placed.shape, theme.SMALL_LABEL_SIZE
    lines = wrap(placed.node.label, font, size, theme.CELL_WIDTH + 10, 2)
    if not lines:
        return
    width = max(stringWidth(line, font, size) for line in lines) + 4
    height = len(lines) * size * 1.2 + 1
    c.setFillColor(theme.WHITE)
    c.setFillAlpha(0.8)
    c.rect(
        view.x(shape.cx - width / 2),
        view.y(shape.bottom + 2 + height),
        view.length(width),
        view.length(height),
        stroke=0,
        fill=1,
    )
    c.setFillAlpha(1)
    c.setFillColor(theme.INK)
    _lines(c, lines, view.x(shape.cx), shape.bottom + 3, size, font, view)


def _task_text(c: Canvas, placed: PlacedNode, view: Viewport, font: str) -> None:
    node, shape = placed.node, placed.shape
    duration = node.duration
    bottom_room = 12 if duration is not None else 2
    lines = wrap(node.label, font, theme.LABEL_SIZE, theme.CELL_WIDTH - 14, 3)
    box_top, box_bottom = shape.y + 2, shape.bottom - bottom_room
    size = theme.LABEL_SIZE
    top = (box_top + box_bottom) / 2 - len(lines) * size * 1.2 / 2
    c.setFillColor(theme.INK)
    _lines(c, lines, view.x(shape.cx), top, size, font, view)
    if duration is not None:
        c.setFillColor(theme.MUTED_INK)
        text = f"{duration.expected:g} {duration.unit.value}"
        _lines(c, (text,), view.x(shape.cx), shape.bottom - 13, theme.DURATION_SIZE, font, view)


def _fail_point(c: Canvas, x: float, y: float, view: Viewport, bold: str) -> None:
    """The service blueprint's circled F: where the service is likely to break."""
    cx, cy, r = view.x(x), view.y(y), view.length(8)
    c.setFillColor(theme.FAIL_POINT)
    c.setStrokeColor(theme.WHITE)
    c.setLineWidth(1.2 * view.scale)
    c.circle(cx, cy, r, stroke=1, fill=1)
    c.setFillColor(theme.WHITE)
    c.setFont(bold, 9.5 * view.scale)
    c.drawCentredString(cx, cy - 3.4 * view.scale, "F")


def _badge(c: Canvas, text: str, shape: Rect, view: Viewport, font: str) -> None:
    size = theme.BADGE_SIZE
    width = stringWidth(text, font, size) + 10
    box = Rect(shape.right - width + 4, shape.y - 8, width, 14)
    waste = theme.VALUE_BORDER[ValueClass.WASTE]
    c.setFillColor(theme.WHITE)
    c.setStrokeColor(waste)
    c.setLineWidth(1.0 * view.scale)
    c.roundRect(
        view.x(box.x),
        view.y(box.bottom),
        view.length(box.w),
        view.length(box.h),
        view.length(7),
        stroke=1,
        fill=1,
    )
    c.setFillColor(waste)
    c.setFont(font, size * view.scale)
    c.drawCentredString(view.x(box.cx), view.y(box.cy + size * 0.34), text)
