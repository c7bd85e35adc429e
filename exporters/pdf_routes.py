"""Connectors between steps: the canvas's routing rules (`ui/canvas/geometry.py`) restated
without Qt, so a printed flow bends where the screen's does.

Forward flows leave on the right and enter on the left, bending where no step is in the
way (a step sitting between the two ends on one row is passed above or below); flows to a
step straight above or below use the top and bottom; backward flows (loops, rework) run
under both steps so they never cut through the steps they join.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporters import pdf_theme as theme
from exporters.pdf_rects import Point, Rect, segment_rect

STUB = theme.STUB
MIN_OBSTACLE = 36.0  # the narrowest step shape (start, end)


def route_area(source: Rect, target: Rect) -> Rect | None:
    """Where steps could stand in a forward connector's way; None when none could."""
    if target.x < source.right + 2 * STUB + MIN_OBSTACLE:
        return None
    top, bottom = min(source.cy, target.cy), max(source.cy, target.cy)
    return Rect(source.right, top - 1, target.x - source.right, bottom - top + 2)


def orthogonal_route(
    source: Rect,
    target: Rect,
    waypoints: Sequence[Point] = (),
    split_early: bool = False,
    first_leg: float = 0.0,
    obstacles: Sequence[Rect] = (),
) -> list[Point]:
    """Horizontal and vertical segments from source's shape to target's. `split_early`
    bends soon after the source (branches of a decision), but not before `first_leg`, so
    the branch's caption beside the gateway stays clear of the bend; `obstacles` are the
    steps standing between the two ends."""
    if waypoints:
        return _through_waypoints(source, target, list(waypoints))
    stub = STUB
    if target.x >= source.right + 2 * stub:
        start, end = (source.right, source.cy), (target.x, target.cy)
        if abs(start[1] - end[1]) < 0.5:
            leg = max(stub, first_leg) if split_early else stub
            return _straight_or_around(start, end, obstacles, leg)
        if split_early:
            mid = start[0] + max(2 * stub, first_leg)
            mid = min(mid, max(start[0] + 2 * stub, end[0] - stub))
        else:
            mid = round((start[0] + end[0]) / 4) * 2
        mid = _free_bend(start, end, mid, obstacles)
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


def _blocked(a: Point, b: Point, obstacles: Sequence[Rect]) -> bool:
    """Does the axis-parallel segment a-b pass through one of the obstacles?"""
    line = segment_rect(a, b)
    return any(line.intersects(o) for o in obstacles)


def _straight_or_around(
    start: Point, end: Point, obstacles: Sequence[Rect], leg: float = STUB
) -> list[Point]:
    """Straight along the row, or above/below the steps standing on it (the shorter way)."""
    blocking = [o for o in obstacles if _blocked(start, end, [o])]
    if not blocking:
        return [start, end]
    above = min(o.y for o in blocking) - STUB
    below = max(o.bottom for o in blocking) + STUB
    y = above if start[1] - above <= below - start[1] else below
    x2 = end[0] - STUB
    x1 = min(start[0] + leg, max(start[0] + STUB, min(o.x for o in blocking) - STUB))
    return [start, (x1, start[1]), (x1, y), (x2, y), (x2, end[1]), end]


def _free_bend(start: Point, end: Point, mid: float, obstacles: Sequence[Rect]) -> float:
    """The bend's x nearest to `mid` at which no segment runs through a step."""
    if not obstacles:
        return mid

    def clear(x: float) -> bool:
        a, b = (x, start[1]), (x, end[1])
        return not (
            _blocked(start, a, obstacles)
            or _blocked(a, b, obstacles)
            or _blocked(b, end, obstacles)
        )

    if clear(mid):
        return mid
    candidates = [start[0] + STUB, end[0] - STUB]
    for o in obstacles:
        candidates += [o.x - STUB, o.right + STUB]
    inside = [x for x in candidates if start[0] + STUB <= x <= end[0] - STUB]
    for x in sorted(inside, key=lambda x: abs(x - mid)):
        if clear(x):
            return x
    return mid


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
