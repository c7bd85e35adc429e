"""Where everything of a version's swimlane diagram goes, in the editor's scene units.

The same rules as the canvas (`ui/canvas/geometry.py`, restated here without Qt): lanes
stacked in the version's order, a step's shape centred in its 128 x 64 cell, connectors
routed as on screen (`pdf_routes`). Two changes for paper: empty room left of the first
step is dropped, so the drawing starts by the headers; and captions move aside rather
than hide behind a step.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from exporters import pdf_theme as theme
from exporters.pdf_rects import Point, Rect, SpatialIndex
from exporters.pdf_routes import orthogonal_route, route_area
from exporters.pdf_text import wrap
from workbench.model import Flow, Lane, LaneKind, Node, NodeKind, Version

__all__ = ["Band", "DiagramLayout", "PlacedFlow", "PlacedNode", "Point", "Rect", "layout_version"]
LEFT_PAD = 24.0
RIGHT_PAD = 24.0
CAPTION_WIDTHS = ((140.0, 2), (80.0, 3), (56.0, 4))  # tried in turn: room, most lines


@dataclass(frozen=True)
class Band:
    lane: Lane
    top: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class PlacedNode:
    node: Node
    cell: Rect
    shape: Rect
    bounds: Rect  # everything the step draws: shape, label below, badge


@dataclass(frozen=True)
class PlacedFlow:
    flow: Flow
    points: tuple[Point, ...]
    label: tuple[str, ...]
    label_box: Rect | None
    bounds: Rect


@dataclass(frozen=True)
class DiagramLayout:
    bands: tuple[Band, ...]
    nodes: dict[str, PlacedNode]
    flows: tuple[PlacedFlow, ...]
    zones: dict[str, float]  # "interaction" / "visibility" -> scene y
    width: float
    height: float
    reach: dict[str, tuple[float, float]]  # lane id -> top and bottom of all it draws


def flow_caption(flow: Flow) -> str:
    """The flow's condition and, out of a decision, its probability: "yes · 70 %"."""
    parts = [flow.label] if flow.label else []
    if flow.probability is not None:
        parts.append(f"{flow.probability * 100:.0f} %")
    return " · ".join(parts)


def layout_version(version: Version, font: str) -> DiagramLayout:
    bands = _bands(version.lanes)
    by_lane = {band.lane.id: band for band in bands}
    xs = [node.x for node in version.nodes.values()]
    shift = theme.HEADER_WIDTH + LEFT_PAD - min(xs, default=0.0)
    nodes = {node.id: _place_node(node, by_lane, shift) for node in version.nodes.values()}
    steps, taken = SpatialIndex(), SpatialIndex()
    for placed in nodes.values():
        steps.add(placed.shape, placed.node.id)
        taken.add(placed.shape.grown(2))
    flows = tuple(
        placed
        for flow in version.flows.values()
        if (placed := _place_flow(flow, nodes, shift, font, steps, taken)) is not None
    )
    lanes_height = bands[-1].bottom if bands else 0.0
    extents = [p.bounds for p in nodes.values()] + [f.bounds for f in flows]
    width = max((r.right for r in extents), default=theme.HEADER_WIDTH) + RIGHT_PAD
    height = max([lanes_height, *(r.bottom + 4 for r in extents)])
    reach = _reach(bands, nodes, height)
    return DiagramLayout(tuple(bands), nodes, flows, zone_lines(bands), width, height, reach)


def _reach(
    bands: Sequence[Band], nodes: dict[str, PlacedNode], height: float
) -> dict[str, tuple[float, float]]:
    """How far each lane's drawing extends: its band, and any step that hangs over its edge
    (a step placed low in its lane); the last lane also takes what runs below it."""
    reach = {band.lane.id: (band.top, band.bottom) for band in bands}
    for placed in nodes.values():
        if placed.node.lane in reach:
            top, bottom = reach[placed.node.lane]
            reach[placed.node.lane] = (min(top, placed.bounds.y), max(bottom, placed.bounds.bottom))
    if bands:
        top, bottom = reach[bands[-1].lane.id]
        reach[bands[-1].lane.id] = (top, max(bottom, height))
    return reach


def _bands(lanes: Sequence[Lane]) -> list[Band]:
    bands, top = [], 0.0
    for lane in lanes:
        bands.append(Band(lane, top, lane.height))
        top += lane.height
    return bands


def zone_lines(bands: Sequence[Band]) -> dict[str, float]:
    """The line of interaction below the customer lanes, of visibility above the backstage."""
    lines: dict[str, float] = {}
    customer = [b for b in bands if b.lane.kind is LaneKind.CUSTOMER]
    if customer and customer[-1] is not bands[-1]:
        lines["interaction"] = customer[-1].bottom
    backstage = [b for b in bands if b.lane.kind is LaneKind.BACKSTAGE]
    if backstage and backstage[0].top > 0:
        lines["visibility"] = backstage[0].top
    return lines


def _place_node(node: Node, bands: dict[str, Band], shift: float) -> PlacedNode:
    band = bands.get(node.lane)
    cell = Rect(
        node.x + shift, (band.top if band else 0.0) + node.y, theme.CELL_WIDTH, theme.CELL_HEIGHT
    )
    width, height = theme.SHAPE_SIZE[node.kind]
    shape = Rect(cell.x + (cell.w - width) / 2, cell.y + (cell.h - height) / 2, width, height)
    if label_below(node.kind):
        bounds = Rect(cell.x - 10, shape.y - 4, cell.w + 20, shape.h + 40)
    else:
        bounds = Rect(shape.x - 2, shape.y - 10, shape.w + 4, shape.h + 12)
    return PlacedNode(node, cell, shape, bounds)


def label_below(kind: NodeKind) -> bool:
    """Events and gateways carry their label under the shape, as BPMN readers expect."""
    return kind not in (NodeKind.TASK, NodeKind.WAIT)


def _place_flow(
    flow: Flow,
    nodes: dict[str, PlacedNode],
    shift: float,
    font: str,
    steps: SpatialIndex,
    taken: SpatialIndex,
) -> PlacedFlow | None:
    source, target = nodes.get(flow.source), nodes.get(flow.target)
    if source is None or target is None:
        return None
    near_source = source.node.kind is NodeKind.DECISION
    caption = flow_caption(flow)
    leg = 0.0
    if near_source and caption:
        room, max_lines = CAPTION_WIDTHS[0]
        lines = wrap(caption, font, theme.FLOW_LABEL_SIZE, room, max_lines)
        leg = max(stringWidth(line, font, theme.FLOW_LABEL_SIZE) for line in lines) + 16
    area = route_area(source.shape, target.shape)
    in_the_way = steps.find(area, (source.node.id, target.node.id)) if area else []
    waypoints = [(x + shift, y) for x, y in flow.waypoints]
    points = tuple(
        orthogonal_route(source.shape, target.shape, waypoints, near_source, leg, in_the_way)
    )
    lines, box = _caption(caption, points, font, near_source, taken) if caption else ((), None)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    bounds = Rect(min(xs) - 6, min(ys) - 6, max(xs) - min(xs) + 12, max(ys) - min(ys) + 12)
    if box is not None:
        bounds = _union(bounds, box)
    return PlacedFlow(flow, points, lines, box, bounds)


def _caption(
    caption: str, points: Sequence[Point], font: str, near_source: bool, obstacles: SpatialIndex
) -> tuple[tuple[str, ...], Rect]:
    """The caption's lines and box: first where the canvas puts it (by the gateway on the
    side the branch turns to, else mid-way along the longest segment), else the first
    other place along the connector, wrapped narrower if need be, that covers no step and
    no other caption. On screen a step may hide a caption; on paper it must not."""
    size = theme.FLOW_LABEL_SIZE
    first: tuple[tuple[str, ...], Rect] | None = None
    for room, max_lines in CAPTION_WIDTHS:
        lines = wrap(caption, font, size, room, max_lines)
        width = max(stringWidth(line, font, size) for line in lines) + 6
        height = len(lines) * size * 1.2 + 3
        for box in _candidates(points, width, height, near_source):
            first = first or (lines, box)
            if not obstacles.hits(box):
                obstacles.add(box)
                return lines, box
    assert first is not None
    obstacles.add(first[1])
    return first


def _candidates(
    points: Sequence[Point], width: float, height: float, near_source: bool
) -> Iterator[Rect]:
    def centred(cx: float, cy: float) -> Rect:
        return Rect(cx - width / 2, cy - height / 2, width, height)

    if near_source:
        (sx, sy), (_, ly) = points[0], points[-1]
        below = ly > sy + 0.5
        for side in (1, -1) if below else (-1, 1):
            yield centred(sx + 4 + width / 2, sy + side * (height / 2 + 3))
    segments = sorted(
        zip(points, points[1:], strict=False),
        key=lambda s: -(abs(s[0][0] - s[1][0]) + abs(s[0][1] - s[1][1])),
    )
    for (ax, ay), (bx, by) in segments:
        cx, cy = (ax + bx) / 2, (ay + by) / 2
        if abs(ay - by) < 0.5:
            yield centred(cx, cy - height / 2 - 2)
            yield centred(cx, cy + height / 2 + 2)
            for shift in (-0.25, 0.25):
                yield centred(cx + shift * abs(bx - ax), cy - height / 2 - 2)
        else:
            yield centred(cx + width / 2 + 4, cy)
            yield centred(cx - width / 2 - 4, cy)
            for shift in (-0.25, 0.25):
                yield centred(cx + width / 2 + 4, cy + shift * abs(by - ay))


def _union(a: Rect, b: Rect) -> Rect:
    x, y = min(a.x, b.x), min(a.y, b.y)
    return Rect(x, y, max(a.right, b.right) - x, max(a.bottom, b.bottom) - y)
