"""Where things go on the canvas: lane bands, step cells, snapping, orthogonal routes.

Coordinates: lanes are stacked from y=0 in the version's order, each as tall as its
`Lane.height`, with a header of `HEADER_WIDTH` on the left. A step's `Node.x` is the scene x
of its cell's left edge; `Node.y` is the cell's top measured from its lane's top. Every step
sits in a `CELL_WIDTH` x `CELL_HEIGHT` cell and draws its shape centred in it, so steps of
different kinds placed on one row line up on one centre line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from workbench.model import Lane, LaneKind, NodeKind

HEADER_WIDTH = 150.0
CELL_WIDTH = 128.0
CELL_HEIGHT = 64.0
GRID = 10.0
MIN_LANE_HEIGHT = 80.0
MIN_LANE_WIDTH = 1400.0
RIGHT_MARGIN = 240.0
STUB = 16.0
LANE_EDGE_GRIP = 5.0
MIN_OBSTACLE = 36.0  # the narrowest step shape (start, end)

_SHAPE_SIZE = {
    NodeKind.TASK: (CELL_WIDTH, CELL_HEIGHT),
    NodeKind.WAIT: (CELL_WIDTH, CELL_HEIGHT),
    NodeKind.DECISION: (52.0, 52.0),
    NodeKind.PARALLEL: (52.0, 52.0),
    NodeKind.START: (36.0, 36.0),
    NodeKind.END: (36.0, 36.0),
}


def shape_rect(kind: NodeKind) -> QRectF:
    """The step's shape inside its cell, in the cell's own coordinates."""
    width, height = _SHAPE_SIZE[kind]
    return QRectF((CELL_WIDTH - width) / 2, (CELL_HEIGHT - height) / 2, width, height)


def label_below(kind: NodeKind) -> bool:
    """Events and gateways carry their label under the shape, as BPMN readers expect."""
    return kind not in (NodeKind.TASK, NodeKind.WAIT)


@dataclass(frozen=True)
class LaneBand:
    lane_id: str
    kind: LaneKind
    top: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


def lane_bands(lanes: Sequence[Lane]) -> list[LaneBand]:
    bands, top = [], 0.0
    for lane in lanes:
        bands.append(LaneBand(lane.id, lane.kind, top, lane.height))
        top += lane.height
    return bands


def band_at(bands: Sequence[LaneBand], y: float) -> LaneBand | None:
    """The band containing scene y; above the first or below the last clamps to it."""
    if not bands:
        return None
    for band in bands:
        if y < band.bottom:
            return band
    return bands[-1]


def zone_lines(bands: Sequence[LaneBand]) -> dict[str, float]:
    """Scene y of the line of interaction and the line of visibility, where they apply.

    Interaction: below the last customer lane, when a non-customer lane follows.
    Visibility: above the first backstage lane, when something is drawn above it.
    """
    lines: dict[str, float] = {}
    customer = [b for b in bands if b.kind is LaneKind.CUSTOMER]
    if customer and customer[-1] is not bands[-1]:
        lines["interaction"] = customer[-1].bottom
    backstage = [b for b in bands if b.kind is LaneKind.BACKSTAGE]
    if backstage and backstage[0].top > 0:
        lines["visibility"] = backstage[0].top
    return lines


def snap(value: float, grid: float = GRID) -> float:
    return round(value / grid) * grid


def cell_in_band(band: LaneBand, x: float, y: float) -> tuple[float, float]:
    """A snapped cell position (x, offset in lane) for a cell whose top-left is at scene x, y."""
    cell_x = max(HEADER_WIDTH + GRID, snap(x))
    offset = snap(y - band.top)
    offset = max(0.0, min(offset, max(0.0, band.height - CELL_HEIGHT)))
    return cell_x, offset


def lane_insert_index(bands: Sequence[LaneBand], lane_id: str, y: float) -> int:
    """The index a dragged lane takes when dropped at scene y (among the other lanes)."""
    others = [b for b in bands if b.lane_id != lane_id]
    return sum(1 for b in others if b.top + b.height / 2 < y)


def orthogonal_route(
    source: QRectF, target: QRectF, waypoints: Sequence[tuple[float, float]] = (),
    split_early: bool = False, first_leg: float = 0.0, obstacles: Sequence[QRectF] = (),
) -> list[QPointF]:
    """A connector of horizontal and vertical segments from source's shape to target's.

    Forward flows leave on the right and enter on the left, bending where no step in
    `obstacles` is in the way (a step sitting between the two ends on one row is passed
    above or below); flows to a step straight above or below use the top and bottom;
    backward flows (loops, rework) run under both steps so they never cut through the steps
    they join. `split_early` bends soon after the source (branches of a decision), but not
    before `first_leg`, so the branch's label beside the gateway stays clear of the bend.
    """
    if waypoints:
        return _through_waypoints(source, target, [QPointF(x, y) for x, y in waypoints])
    sc, tc = source.center(), target.center()
    if target.left() >= source.right() + 2 * STUB:
        start = QPointF(source.right(), sc.y())
        end = QPointF(target.left(), tc.y())
        if abs(start.y() - end.y()) < 0.5:
            leg = max(STUB, first_leg) if split_early else STUB
            return _straight_or_around(start, end, obstacles, leg)
        if split_early:
            mid = start.x() + max(2 * STUB, first_leg)
            mid = min(mid, max(start.x() + 2 * STUB, end.x() - STUB))
        else:
            mid = snap((start.x() + end.x()) / 2, 2.0)
        mid = _free_bend(start, end, mid, obstacles)
        return [start, QPointF(mid, start.y()), QPointF(mid, end.y()), end]
    if target.right() <= source.left() - 2 * STUB:
        below = max(source.bottom(), target.bottom()) + 3 * STUB
        return [
            QPointF(sc.x(), source.bottom()),
            QPointF(sc.x(), below),
            QPointF(tc.x(), below),
            QPointF(tc.x(), target.bottom()),
        ]
    if target.top() >= source.bottom():
        mid = (source.bottom() + target.top()) / 2
        return _vertical(QPointF(sc.x(), source.bottom()), QPointF(tc.x(), target.top()), mid)
    if target.bottom() <= source.top():
        mid = (source.top() + target.bottom()) / 2
        return _vertical(QPointF(sc.x(), source.top()), QPointF(tc.x(), target.bottom()), mid)
    return [sc, tc]


def route_area(source: QRectF, target: QRectF) -> QRectF | None:
    """Where steps could stand in a forward connector's way; None when none could."""
    if target.left() < source.right() + 2 * STUB + MIN_OBSTACLE:
        return None
    top = min(source.center().y(), target.center().y())
    bottom = max(source.center().y(), target.center().y())
    return QRectF(source.right(), top - 1, target.left() - source.right(), bottom - top + 2)


def _blocked(a: QPointF, b: QPointF, obstacles: Sequence[QRectF]) -> bool:
    """Does the axis-parallel segment a-b pass through one of the obstacles?"""
    line = QRectF(a, b).normalized().adjusted(-0.5, -0.5, 0.5, 0.5)
    return any(line.intersects(o) for o in obstacles)


def _straight_or_around(
    start: QPointF, end: QPointF, obstacles: Sequence[QRectF], leg: float = STUB
) -> list[QPointF]:
    """Straight along the row, or above/below the steps standing on it (the shorter way)."""
    blocking = [o for o in obstacles if _blocked(start, end, [o])]
    if not blocking:
        return [start, end]
    above = min(o.top() for o in blocking) - STUB
    below = max(o.bottom() for o in blocking) + STUB
    y = above if start.y() - above <= below - start.y() else below
    x2 = end.x() - STUB
    x1 = min(start.x() + leg, max(start.x() + STUB, min(o.left() for o in blocking) - STUB))
    return [
        start, QPointF(x1, start.y()), QPointF(x1, y), QPointF(x2, y), QPointF(x2, end.y()), end
    ]


def _free_bend(start: QPointF, end: QPointF, mid: float, obstacles: Sequence[QRectF]) -> float:
    """The bend's x nearest to `mid` at which no segment runs through a step."""
    if not obstacles:
        return mid

    def clear(x: float) -> bool:
        a, b = QPointF(x, start.y()), QPointF(x, end.y())
        return not (_blocked(start, a, obstacles) or _blocked(a, b, obstacles)
                    or _blocked(b, end, obstacles))

    if clear(mid):
        return mid
    candidates = [start.x() + STUB, end.x() - STUB]
    for o in obstacles:
        candidates += [o.left() - STUB, o.right() + STUB]
    inside = [x for x in candidates if start.x() + STUB <= x <= end.x() - STUB]
    for x in sorted(inside, key=lambda x: abs(x - mid)):
        if clear(x):
            return x
    return mid


def _vertical(start: QPointF, end: QPointF, mid: float) -> list[QPointF]:
    if abs(start.x() - end.x()) < 0.5:
        return [start, end]
    return [start, QPointF(start.x(), mid), QPointF(end.x(), mid), end]


def _through_waypoints(source: QRectF, target: QRectF, points: list[QPointF]) -> list[QPointF]:
    """Bends stored with the flow: leave towards the first, arrive from the last."""
    route = [source.center()]
    for point in [*points, target.center()]:
        last = route[-1]
        if abs(last.x() - point.x()) > 0.5 and abs(last.y() - point.y()) > 0.5:
            route.append(QPointF(point.x(), last.y()))
        route.append(point)
    route[0] = _clip_to_rect(source, route[1], route[0])
    route[-1] = _clip_to_rect(target, route[-2], route[-1])
    return route


def _clip_to_rect(rect: QRectF, outside: QPointF, centre: QPointF) -> QPointF:
    """Where an axis-parallel segment from outside towards the centre meets the rect."""
    if abs(outside.x() - centre.x()) < 0.5:
        y = rect.top() if outside.y() < centre.y() else rect.bottom()
        return QPointF(centre.x(), y)
    x = rect.left() if outside.x() < centre.x() else rect.right()
    return QPointF(x, centre.y())
