"""Where everything of a version's swimlane diagram goes, in the editor's scene units.

The same rules as the canvas (`ui/canvas/geometry.py`, restated here without Qt): lanes
stacked in the version's order, a step's shape centred in its 128 x 64 cell, orthogonal
connectors leaving right and entering left, loops running under both steps. One change for
paper: empty room left of the first step is dropped, so the drawing starts by the headers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from exporters import pdf_theme as theme
from exporters.pdf_text import wrap
from workbench.model import Flow, Lane, LaneKind, Node, NodeKind, Version

Point = tuple[float, float]
LEFT_PAD = 24.0
RIGHT_PAD = 24.0
CAPTION_WIDTHS = ((140.0, 2), (80.0, 3), (56.0, 4))  # tried in turn: room, most lines


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def intersects(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


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
    obstacles = Obstacles([placed.shape for placed in nodes.values()])
    flows = tuple(
        placed
        for flow in version.flows.values()
        if (placed := _place_flow(flow, nodes, shift, font, obstacles)) is not None
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
    flow: Flow, nodes: dict[str, PlacedNode], shift: float, font: str, obstacles: Obstacles
) -> PlacedFlow | None:
    source, target = nodes.get(flow.source), nodes.get(flow.target)
    if source is None or target is None:
        return None
    near_source = source.node.kind is NodeKind.DECISION
    waypoints = [(x + shift, y) for x, y in flow.waypoints]
    points = tuple(orthogonal_route(source.shape, target.shape, waypoints, near_source))
    caption = flow_caption(flow)
    lines, box = _caption(caption, points, font, near_source, obstacles) if caption else ((), None)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    bounds = Rect(min(xs) - 6, min(ys) - 6, max(xs) - min(xs) + 12, max(ys) - min(ys) + 12)
    if box is not None:
        bounds = _union(bounds, box)
    return PlacedFlow(flow, points, lines, box, bounds)


def _caption(
    caption: str, points: Sequence[Point], font: str, near_source: bool, obstacles: Obstacles
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


class Obstacles:
    """Step shapes and captions placed so far, bucketed on a coarse grid so a check
    costs the same on a 10-step flow and a 1,000-step one."""

    CELL = 256.0

    def __init__(self, rects: Sequence[Rect]) -> None:
        self._buckets: dict[tuple[int, int], list[Rect]] = {}
        for rect in rects:
            self.add(Rect(rect.x - 2, rect.y - 2, rect.w + 4, rect.h + 4))

    def _keys(self, rect: Rect) -> Iterator[tuple[int, int]]:
        size = self.CELL
        for i in range(int(rect.x // size), int(rect.right // size) + 1):
            for j in range(int(rect.y // size), int(rect.bottom // size) + 1):
                yield i, j

    def add(self, rect: Rect) -> None:
        for key in self._keys(rect):
            self._buckets.setdefault(key, []).append(rect)

    def hits(self, rect: Rect) -> bool:
        return any(
            rect.intersects(other)
            for key in self._keys(rect)
            for other in self._buckets.get(key, ())
        )


def _union(a: Rect, b: Rect) -> Rect:
    x, y = min(a.x, b.x), min(a.y, b.y)
    return Rect(x, y, max(a.right, b.right) - x, max(a.bottom, b.bottom) - y)


def orthogonal_route(
    source: Rect, target: Rect, waypoints: Sequence[Point] = (), split_early: bool = False
) -> list[Point]:
    """Horizontal and vertical segments from source's shape to target's (the canvas rules)."""
    if waypoints:
        return _through_waypoints(source, target, list(waypoints))
    stub = theme.STUB
    if target.x >= source.right + 2 * stub:
        start, end = (source.right, source.cy), (target.x, target.cy)
        if abs(start[1] - end[1]) < 0.5:
            return [start, end]
        mid = start[0] + 2 * stub if split_early else round((start[0] + end[0]) / 4) * 2
        return [start, (mid, start[1]), (mid, end[1]), end]
    if target.right <= source.x - 2 * stub:
        below = max(source.bottom, target.bottom) + 3 * stub
        return [
            (source.cx, source.bottom),
            (source.cx, below),
            (target.cx, below),
            (target.cx, target.bottom),
        ]
    if target.y >= source.bottom:
        mid = (source.bottom + target.y) / 2
        return _vertical((source.cx, source.bottom), (target.cx, target.y), mid)
    if target.bottom <= source.y:
        mid = (source.y + target.bottom) / 2
        return _vertical((source.cx, source.y), (target.cx, target.bottom), mid)
    return [(source.cx, source.cy), (target.cx, target.cy)]


def _vertical(start: Point, end: Point, mid: float) -> list[Point]:
    if abs(start[0] - end[0]) < 0.5:
        return [start, end]
    return [start, (start[0], mid), (end[0], mid), end]


def _through_waypoints(source: Rect, target: Rect, points: list[Point]) -> list[Point]:
    route: list[Point] = [(source.cx, source.cy)]
    for point in [*points, (target.cx, target.cy)]:
        last = route[-1]
        if abs(last[0] - point[0]) > 0.5 and abs(last[1] - point[1]) > 0.5:
            route.append((point[0], last[1]))
        route.append(point)
    route[0] = _clip(source, route[1], route[0])
    route[-1] = _clip(target, route[-2], route[-1])
    return route


def _clip(rect: Rect, outside: Point, centre: Point) -> Point:
    if abs(outside[0] - centre[0]) < 0.5:
        return (centre[0], rect.y if outside[1] < centre[1] else rect.bottom)
    return (rect.x if outside[0] < centre[0] else rect.right, centre[1])
