"""Orthogonal connectors that go round the steps they do not join.

Each connector leaves its source's outline and enters its target's at the middle of a
side (a task's side, an event's circle, a decision's corner: the middles of the bounding
box lie on all three outlines). The router first tries the few simple shapes people draw
(straight, one Z, a U round the back for rework) at the places a hand would choose,
keeping off steps and off corridors other connectors already run along; only when all of
those are blocked does it search the orthogonal visibility graph of the steps nearby
(A* with a price per bend), so the common case costs a few index look-ups.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from workbench.diagram import style
from workbench.diagram.geometry import Point, Rect, SpatialIndex, simplify
from workbench.diagram.search import grid_path
from workbench.diagram.tracks import Tracks

BEND_COST = 24.0
CROSSING_COST = 300.0  # a crossing is worth a detour of this length
OVERLAP_COST = 400.0  # running along another connector's corridor
BLOCK_MARGIN = 3.0  # a connector never comes closer than this to a step it passes
UNTANGLE_ROUNDS = 2
THOROUGH_FLOWS = 600  # up to this many connectors, each is worth a longer search

E, W, N, S = (1, 0), (-1, 0), (0, -1), (0, 1)


def port(rect: Rect, side: tuple[int, int]) -> Point:
    """The middle of one side of a step's box: on the outline of every shape we draw."""
    if side == E:
        return (rect.right, rect.cy)
    if side == W:
        return (rect.x, rect.cy)
    if side == N:
        return (rect.cx, rect.y)
    return (rect.cx, rect.bottom)


def _out(point: Point, side: tuple[int, int], length: float) -> Point:
    return (point[0] + side[0] * length, point[1] + side[1] * length)


class Router:
    """Routes connectors among steps; keeps the steps and the corridors already used."""

    def __init__(self, top: float = float("-inf"), bottom: float = float("inf"),
                 flows: int = 0) -> None:
        self.shapes = SpatialIndex()
        self.tracks = Tracks()
        self.top, self.bottom = top, bottom  # connectors stay between the pool's edges
        self.thorough = True
        self.expect(flows)

    def expect(self, flows: int) -> None:
        """How many connectors the drawing has: a workshop-sized flow gets every candidate
        shape tried against crossings and a second pass (`untangle`); a flow of thousands
        takes the first clear shape, so it lays out in time."""
        self.thorough = flows <= THOROUGH_FLOWS

    def set_extent(self, top: float, bottom: float) -> None:
        self.top, self.bottom = top, bottom

    def set_shape(self, node_id: str, rect: Rect) -> None:
        self.shapes.put(node_id, rect)

    def remove_shape(self, node_id: str) -> None:
        self.shapes.remove(node_id)

    def forget(self, flow_id: str) -> None:
        self.tracks.remove(flow_id)

    def route(
        self,
        flow_id: str,
        source_id: str,
        target_id: str,
        waypoints: Sequence[Point] = (),
    ) -> list[Point]:
        """The connector from one step to another, remembered as a used corridor."""
        source, target = self.shapes.get(source_id), self.shapes.get(target_id)
        if source is None or target is None:
            return []
        ends = (source_id, target_id)
        if source_id == target_id:
            points = _self_loop(source)
        elif waypoints:
            points = _through_waypoints(source, target, list(waypoints))
        else:
            points = self._best(source, target, ends)
        self.tracks.add(flow_id, ends, points)
        return points

    def untangle(
        self, flows: Mapping[str, tuple[str, str]], routes: dict[str, list[Point]],
        rounds: int = UNTANGLE_ROUNDS,
    ) -> set[str]:
        """Routes again, now that every other connector is known, each connector that
        crosses another: connectors routed early could not see those routed after them.
        A new route is kept only when it crosses fewer; `routes` is updated in place and
        the connectors whose route changed are returned. Flows with the user's own bends
        keep them."""
        changed: set[str] = set()
        for _ in range(rounds if self.thorough else 0):
            better = False
            for flow_id, ends in flows.items():
                points = routes.get(flow_id)
                if not points or ends[0] == ends[1]:
                    continue
                crossed = self._crossed(points)
                if crossed == 0:
                    continue
                source, target = self.shapes.get(ends[0]), self.shapes.get(ends[1])
                if source is None or target is None:
                    continue
                self.tracks.remove(flow_id)
                candidate = self._best(source, target, ends)
                if self._clear(candidate, ends) and self._crossed(candidate) < crossed:
                    routes[flow_id] = points = candidate
                    changed.add(flow_id)
                    better = True
                self.tracks.add(flow_id, ends, points)
            if not better:
                break
        return changed

    def _crossed(self, points: Sequence[Point]) -> int:
        return sum(self.tracks.crossings(p, q)
                   for p, q in zip(points, points[1:], strict=False))

    # ------------------------------------------------------------------ search

    def _clear(self, points: Sequence[Point], ends: tuple[str, str]) -> bool:
        """No segment runs through a step or outside the pool; the first and last leave their
        own step outward."""
        top, bottom = self.top, self.bottom
        for p in points:
            if not top <= p[1] <= bottom:
                return False
        crosses = self.shapes.crosses_any
        last = len(points) - 2
        for index in range(last + 1):
            if index == 0:
                skip: tuple[str, ...] = (ends[0], ends[1]) if last == 0 else (ends[0],)
            else:
                skip = (ends[1],) if index == last else ()
            if crosses(points[index], points[index + 1], skip, -BLOCK_MARGIN):
                return False
        return True

    def _price(self, points: Sequence[Point], ends: tuple[str, str]) -> tuple[int, float]:
        """How many corridors it shares with other connectors, then its length and bends,
        with a price on every crossing of another connector."""
        return self._shared(points, ends), self._cost(points)

    def _shared(self, points: Sequence[Point], ends: tuple[str, str]) -> int:
        overlap = self.tracks.overlap
        shared = 0
        for index in range(1, len(points) - 2):  # most routes have one inner segment or none
            if overlap(points[index], points[index + 1], ends):
                shared += 1
        return shared

    def _cost(self, points: Sequence[Point]) -> float:
        length = 0.0
        crossed = 0
        crossings = self.tracks.crossings
        for index in range(len(points) - 1):
            p, q = points[index], points[index + 1]
            length += abs(p[0] - q[0]) + abs(p[1] - q[1])
            crossed += crossings(p, q)
        return length + BEND_COST * (len(points) - 2) + CROSSING_COST * crossed

    def _best(self, source: Rect, target: Rect, ends: tuple[str, str]) -> list[Point]:
        """The cheapest clear candidate of the first tier that has one off other corridors;
        a tier whose best still crosses other connectors lets the next tier try to do
        better. Prices compare corridors shared first, so a candidate's length and
        crossings are worked out only when another shares as few."""
        best: list[Point] | None = None
        best_shared, best_cost = 1 << 30, 0.0
        priced = True  # is best_cost the price of best?
        coordinates = lambda: self._coordinates(source, target)  # noqa: E731 - asked lazily
        tiers = _tiers(source, target, coordinates, (self.top, self.bottom))
        for tier in tiers:
            for candidate in tier:
                points = simplify(candidate)
                if len(points) < 2 or not self._clear(points, ends):
                    continue
                shared = self._shared(points, ends)
                if shared < best_shared:
                    best, best_shared, priced = points, shared, False
                elif shared == best_shared:
                    if not priced:
                        best_cost, priced = self._cost(best), True
                    cost = self._cost(points)
                    if cost < best_cost:
                        best, best_cost = points, cost
            if best is not None and best_shared == 0:
                if not self.thorough:
                    return best
                if not priced:
                    best_cost, priced = self._cost(best), True
                if best_cost - _plain_cost(best) < CROSSING_COST:
                    return best
        if best is not None and best_shared == 0 and not self.thorough:
            return best  # crosses another connector; a big flow takes it as it is
        searched = self._search(source, target, ends)
        if searched is not None and best is not None and not priced:
            best_cost = self._cost(best)
        if searched is not None and (
                best is None or self._price(searched, ends) < (best_shared, best_cost)):
            return searched
        return best or _direct(source, target)

    def _coordinates(self, source: Rect, target: Rect) -> tuple[list[float], list[float]]:
        """Free corridors near the two steps: just beside every step standing close by."""
        area = source.united(target).grown(3 * style.CELL_HEIGHT)
        xs: set[float] = set()
        ys: set[float] = set()
        c = style.CLEARANCE
        ax, ay, aw, ah = area
        right, bottom = ax + aw, ay + ah
        get = self.shapes.get
        for key in self.shapes.near(area):
            r = get(key)
            if r is None:
                continue
            x, y, w, h = r
            if x < right and ax < x + w and y < bottom and ay < y + h:  # r.intersects(area)
                xs.update((x - c, x + w + c))
                ys.update((y - c, y + h + c))
        return sorted(xs), sorted(ys)

    def _search(self, source: Rect, target: Rect, ends: tuple[str, str]) -> list[Point] | None:
        """A* over the orthogonal visibility graph of the steps near both ends (within two
        rows of them: a connector needing a wider detour takes the best simple shape)."""
        area = source.united(target).grown(2 * style.CELL_HEIGHT + style.STUB)
        top, bottom = max(area.y, self.top), min(area.bottom, self.bottom)
        area = Rect(area.x, top, area.w, max(0.0, bottom - top))
        blocks = [r.grown(BLOCK_MARGIN) for k in self.shapes.near(area)
                  if (r := self.shapes.get(k)) is not None and r.intersects(area)]
        for a_side, b_side in _side_pairs(source, target):
            start, goal = port(source, a_side), port(target, b_side)
            path = grid_path(
                _out(start, a_side, style.STUB), _out(goal, b_side, style.STUB),
                blocks, area, style.CLEARANCE, BEND_COST,
                lambda p, q: self.tracks.overlap(p, q, ends), OVERLAP_COST,
                a_side, (-b_side[0], -b_side[1]),
                self.tracks.crossings if self.thorough else None, CROSSING_COST,
            )
            if path is not None:
                points = simplify([start, *path, goal])
                if self._clear(points, ends):
                    return points
        return None


# ---------------------------------------------------------------- candidates


def _plain_cost(points: Sequence[Point]) -> float:
    length = sum(abs(p[0] - q[0]) + abs(p[1] - q[1])
                 for p, q in zip(points, points[1:], strict=False))
    return length + BEND_COST * (len(points) - 2)


def _side_pairs(source: Rect, target: Rect) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    if target.x >= source.right + 2 * style.STUB:
        return [(E, W), (S, W), (N, W), (E, N), (E, S)]
    if target.right <= source.x - 2 * style.STUB:
        return [(S, S), (N, N), (W, E), (S, E), (N, E)]
    if target.y >= source.bottom:
        return [(S, N), (E, E), (W, W)]
    return [(N, S), (E, E), (W, W)]


def _tiers(
    source: Rect, target: Rect,
    free: Callable[[], tuple[list[float], list[float]]], extent: tuple[float, float],
) -> Iterator[Iterable[list[Point]]]:
    """Candidate routes in tiers of growing effort; the router stops at the first tier that
    gives a clear route off other corridors. `free` gives the corridors near the two steps
    (asked only when the simplest shapes are blocked)."""
    stub = style.STUB
    level = abs(source.cy - target.cy) < 0.5 and target.x > source.right
    if target.x >= source.right + 2 * stub or level:  # forward: leave right, enter left
        start, end = port(source, E), port(target, W)
        lo, hi = start[0] + stub, end[0] - stub
        ideal = round((start[0] + end[0]) / 4) * 2  # half-way, on even pixels
        yield [[start, end]] if abs(start[1] - end[1]) < 0.5 else [
            [start, (ideal, start[1]), (ideal, end[1]), end]]
        xs, ys = free()
        bends = _near(ideal, [*_spread(ideal, lo, hi), *(x for x in xs if lo <= x <= hi)])
        yield ([start, (m, start[1]), (m, end[1]), end] for m in bends)
        rows = _near((start[1] + end[1]) / 2, ys)
        yield ([start, (lo, start[1]), (lo, m), (hi, m), (hi, end[1]), end] for m in rows)
        yield (_bend_then_enter(source, target, side) for side in (N, S))
    elif target.right <= source.x - 2 * stub:  # backward (rework): a U round the back
        below = min(max(source.bottom, target.bottom) + stub, extent[1] - 2)
        above = max(min(source.y, target.y) - stub, extent[0] + 2)
        yield [_u(source, target, S, below), _u(source, target, N, above)]
        xs, ys = free()
        yield (_u(source, target, S, m) for m in ys if m >= below)
        yield (_u(source, target, N, m) for m in reversed(ys) if m <= above)
    else:  # one above the other
        down = target.y >= source.bottom
        a_side, b_side = (S, N) if down else (N, S)
        start, end = port(source, a_side), port(target, b_side)
        mid = (start[1] + end[1]) / 2
        yield [[start, end]] if abs(start[0] - end[0]) < 0.5 else [
            [start, (start[0], mid), (end[0], mid), end]]
        xs, ys = free()
        lo, hi = sorted((start[1] + a_side[1] * stub, end[1] + b_side[1] * stub))
        yield ([start, (start[0], m), (end[0], m), end]
               for m in _near(mid, [*_spread(mid, lo, hi), *(y for y in ys if lo <= y <= hi)]))
        yield (_side_round(source, target, side, xs) for side in (E, W))


def _spread(ideal: float, lo: float, hi: float) -> list[float]:
    """The ideal position and its neighbours a track apart, within [lo, hi]."""
    out = [ideal]
    for k in range(1, 6):
        out += [ideal - k * style.TRACK, ideal + k * style.TRACK]
    return [v for v in out if lo <= v <= hi]


def _near(ideal: float, values: Iterable[float]) -> list[float]:
    return sorted(set(values), key=lambda v: abs(v - ideal))[:24]


def _u(source: Rect, target: Rect, side: tuple[int, int], level: float) -> list[Point]:
    start, end = port(source, side), port(target, side)
    return [start, (start[0], level), (end[0], level), end]


def _bend_then_enter(source: Rect, target: Rect, side: tuple[int, int]) -> list[Point]:
    """Leave right, then come into the target from above or below."""
    start, end = port(source, E), port(target, side)
    level = end[1] + side[1] * style.STUB
    return [start, (start[0] + style.STUB, start[1]), (start[0] + style.STUB, level),
            (end[0], level), end]


def _side_round(source: Rect, target: Rect, side: tuple[int, int],
                xs: list[float]) -> list[Point]:
    start, end = port(source, side), port(target, side)
    x = max(start[0], end[0]) + style.STUB if side == E else min(start[0], end[0]) - style.STUB
    return [start, (x, start[1]), (x, end[1]), end]


def _self_loop(rect: Rect) -> list[Point]:
    right, top = port(rect, E), port(rect, N)
    out = right[0] + style.STUB
    up = top[1] - style.STUB
    return [right, (out, right[1]), (out, up), (top[0], up), top]


def _direct(source: Rect, target: Rect) -> list[Point]:
    """The last resort when every way is blocked: a plain Z between facing sides."""
    if target.cx >= source.cx:
        start, end = port(source, E), port(target, W)
    else:
        start, end = port(source, W), port(target, E)
    mid = (start[0] + end[0]) / 2
    return simplify([start, (mid, start[1]), (mid, end[1]), end])


def _through_waypoints(source: Rect, target: Rect, points: list[Point]) -> list[Point]:
    """Bends the user stored with the flow: leave towards the first, arrive from the last,
    on the outline of each shape."""
    route = [source.centre]
    for point in [*points, target.centre]:
        last = route[-1]
        if abs(last[0] - point[0]) > 0.5 and abs(last[1] - point[1]) > 0.5:
            route.append((point[0], last[1]))
        route.append(point)
    route[0] = _clip(source, route[1], route[0])
    route[-1] = _clip(target, route[-2], route[-1])
    return simplify(route)


def _clip(rect: Rect, outside: Point, centre: Point) -> Point:
    if abs(outside[0] - centre[0]) < 0.5:
        return (centre[0], rect.y if outside[1] < centre[1] else rect.bottom)
    return (rect.x if outside[0] < centre[0] else rect.right, centre[1])
