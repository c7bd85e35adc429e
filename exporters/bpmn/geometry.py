"""Where our steps sit in BPMN diagram coordinates, and the connector routes between them.

Diagram coordinates are the canvas's scene coordinates (ui/canvas/geometry.py, mirrored
here without Qt): lanes stacked from y=0 in order, content right of a 150-wide header, each
step centred in its 128 x 64 cell. Exporting in scene coordinates makes the way back exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.model import Lane, NodeKind

HEADER_WIDTH = 150.0
CELL_WIDTH = 128.0
CELL_HEIGHT = 64.0
POOL_LABEL_WIDTH = 30.0  # BPMN tools draw the pool's name in a band this wide
MIN_WIDTH = 1400.0
RIGHT_MARGIN = 120.0
STUB = 16.0

# BPMN shapes fit inside our cell so that neighbours in a lane never touch (bpmnlint).
SHAPE_SIZE = {
    NodeKind.TASK: (100.0, 60.0),
    NodeKind.WAIT: (36.0, 36.0),
    NodeKind.DECISION: (50.0, 50.0),
    NodeKind.PARALLEL: (50.0, 50.0),
    NodeKind.START: (36.0, 36.0),
    NodeKind.END: (36.0, 36.0),
}
BRIDGE_SIZE = 36.0

Point = tuple[float, float]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def centre(self) -> Point:
        return (self.x + self.width / 2, self.y + self.height / 2)

    @staticmethod
    def around(centre: Point, width: float, height: float) -> Box:
        return Box(centre[0] - width / 2, centre[1] - height / 2, width, height)


def lane_tops(lanes: Sequence[Lane]) -> dict[str, float]:
    tops, top = {}, 0.0
    for lane in lanes:
        tops[lane.id] = top
        top += lane.height
    return tops


def cell_centre(x: float, y: float, lane_top: float) -> Point:
    return (x + CELL_WIDTH / 2, lane_top + y + CELL_HEIGHT / 2)


def cell_of(centre: Point, lane_top: float) -> Point:
    """The inverse of `cell_centre`: a step's (x, y) from its shape's centre."""
    return (centre[0] - CELL_WIDTH / 2, centre[1] - lane_top - CELL_HEIGHT / 2)


def shape_box(kind: NodeKind, centre: Point) -> Box:
    width, height = SHAPE_SIZE[kind]
    return Box.around(centre, width, height)


def route(source: Box, target: Box, waypoints: Sequence[Point] = ()) -> list[Point]:
    """Horizontal and vertical segments from source to target, through stored bends.

    The same rules as the canvas: forward flows leave right and enter left, flows straight
    up or down use top and bottom, backward flows (rework) run underneath both steps.
    """
    if waypoints:
        return _through(source, target, list(waypoints))
    (sx, sy), (tx, ty) = source.centre, target.centre
    if target.x >= source.right + 2 * STUB:
        start, end = (source.right, sy), (target.x, ty)
        if abs(sy - ty) < 0.5:
            return [start, end]
        mid = (start[0] + end[0]) / 2
        return [start, (mid, sy), (mid, ty), end]
    if target.right <= source.x - 2 * STUB:
        below = max(source.bottom, target.bottom) + 3 * STUB
        return [(sx, source.bottom), (sx, below), (tx, below), (tx, target.bottom)]
    if target.y >= source.bottom:
        return _vertical((sx, source.bottom), (tx, target.y))
    if target.bottom <= source.y:
        return _vertical((sx, source.y), (tx, target.bottom))
    return [(sx, sy), (tx, ty)]


def _vertical(start: Point, end: Point) -> list[Point]:
    if abs(start[0] - end[0]) < 0.5:
        return [start, end]
    mid = (start[1] + end[1]) / 2
    return [start, (start[0], mid), (end[0], mid), end]


def _through(source: Box, target: Box, points: list[Point]) -> list[Point]:
    path = [source.centre]
    for point in [*points, target.centre]:
        last = path[-1]
        if abs(last[0] - point[0]) > 0.5 and abs(last[1] - point[1]) > 0.5:
            path.append((point[0], last[1]))
        path.append(point)
    path[0] = _clip(source, path[1], path[0])
    path[-1] = _clip(target, path[-2], path[-1])
    return path


def _clip(box: Box, outside: Point, centre: Point) -> Point:
    if abs(outside[0] - centre[0]) < 0.5:
        return (centre[0], box.y if outside[1] < centre[1] else box.bottom)
    return (box.x if outside[0] < centre[0] else box.right, centre[1])
