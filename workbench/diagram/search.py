"""A* over an orthogonal visibility grid: the router's way out when no simple shape fits.

The grid's lines run along the edges of the steps nearby and a clearance beside them, so
every corridor between two steps has a line down its middle-ish and a path never needs
more lines than steps; moving costs its length, turning costs a bend, and running along
another connector's corridor, or across one, costs extra.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Callable, Sequence

from workbench.diagram.geometry import Point, Rect

Direction = tuple[int, int]


def grid_path(
    start: Point,
    goal: Point,
    blocks: Sequence[Rect],
    area: Rect,
    clearance: float,
    bend_cost: float,
    overlaps: Callable[[Point, Point], bool],
    overlap_cost: float,
    start_dir: Direction | None = None,
    goal_dir: Direction | None = None,
    crossings: Callable[[Point, Point], int] | None = None,
    crossing_cost: float = 0.0,
) -> list[Point] | None:
    """The cheapest orthogonal path from start to goal that enters no block, or None.
    With `crossings`, each other connector a grid edge crosses costs `crossing_cost`."""
    for b in blocks:  # an end inside a step (steps piled up): no way out, say so at once
        for x, y in (start, goal):
            if b.x < x < b.right and b.y < y < b.bottom:
                return None
    xs = _lines([start[0], goal[0], area.x, area.right],
                [(b.x, b.right) for b in blocks], clearance)
    ys = _lines([start[1], goal[1], area.y, area.bottom],
                [(b.y, b.bottom) for b in blocks], clearance)
    inside, no_h, no_v = _blocked(xs, ys, blocks)
    si, sj = xs.index(start[0]), ys.index(start[1])
    gi, gj = xs.index(goal[0]), ys.index(goal[1])
    if (si, sj) in inside or (gi, gj) in inside:
        return None
    gx, gy = goal

    def h(i: int, j: int) -> float:
        return abs(xs[i] - gx) + abs(ys[j] - gy)

    best: dict[tuple[int, int, Direction | None], float] = {(si, sj, start_dir): 0.0}
    came: dict[tuple[int, int, Direction | None], tuple[int, int, Direction | None]] = {}
    queue: list[tuple[float, float, int, int, Direction | None]] = [
        (h(si, sj), 0.0, si, sj, start_dir)]
    width, height = len(xs), len(ys)
    shared: dict[tuple[int, int, int, int], bool] = {}  # edge -> runs along a corridor
    crossed_by: dict[tuple[int, int, int, int], int] = {}  # edge -> connectors it crosses
    steps: tuple[Direction, ...] = ((1, 0), (-1, 0), (0, 1), (0, -1))
    while queue:
        _, cost, i, j, heading = heapq.heappop(queue)
        state = (i, j, heading)
        if cost > best.get(state, float("inf")):
            continue
        if (i, j) == (gi, gj):
            return _trace(came, state, xs, ys)
        for d in steps:
            if heading is not None and d[0] == -heading[0] and d[1] == -heading[1]:
                continue
            ni, nj = i + d[0], j + d[1]
            if not (0 <= ni < width and 0 <= nj < height) or (ni, nj) in inside:
                continue
            if d[1] == 0 and (min(i, ni), j) in no_h:
                continue
            if d[0] == 0 and (i, min(j, nj)) in no_v:
                continue
            p, q = (xs[i], ys[j]), (xs[ni], ys[nj])
            step = abs(p[0] - q[0]) + abs(p[1] - q[1])
            if heading is not None and d != heading:
                step += bend_cost
            if (ni, nj) == (gi, gj) and goal_dir is not None and d != goal_dir:
                step += bend_cost
            edge = (i, j, ni, nj) if (i, j) < (ni, nj) else (ni, nj, i, j)
            crowded = shared.get(edge)
            if crowded is None:
                crowded = shared[edge] = overlaps(p, q)
            if crowded:
                step += overlap_cost
            if crossings is not None:
                crossed = crossed_by.get(edge)
                if crossed is None:
                    crossed = crossed_by[edge] = crossings(p, q)
                step += crossing_cost * crossed
            new = cost + step
            nxt = (ni, nj, d)
            if new < best.get(nxt, float("inf")):
                best[nxt] = new
                came[nxt] = state
                heapq.heappush(queue, (new + h(ni, nj), new, ni, nj, d))
    return None


def _lines(fixed: list[float], spans: list[tuple[float, float]], clearance: float) -> list[float]:
    values = set(fixed)
    for lo, hi in spans:
        values.update((lo, hi, lo - clearance, hi + clearance))
    low, high = min(fixed[2:]), max(fixed[2:])
    return sorted(v for v in values if low <= v <= high or v in fixed[:2])


def _blocked(
    xs: list[float], ys: list[float], blocks: Sequence[Rect]
) -> tuple[set[tuple[int, int]], set[tuple[int, int]], set[tuple[int, int]]]:
    """Grid points strictly inside a block, and grid edges that run through one."""
    inside: set[tuple[int, int]] = set()
    no_h: set[tuple[int, int]] = set()
    no_v: set[tuple[int, int]] = set()
    for b in blocks:
        i0, i1 = bisect_left(xs, b.x), bisect_left(xs, b.right)
        j0, j1 = bisect_left(ys, b.y), bisect_left(ys, b.bottom)
        i1 = min(i1, len(xs) - 1)
        j1 = min(j1, len(ys) - 1)
        for i in range(i0, i1 + 1):
            x_in = b.x < xs[i] < b.right
            for j in range(j0, j1 + 1):
                y_in = b.y < ys[j] < b.bottom
                if x_in and y_in:
                    inside.add((i, j))
                if y_in and i < i1 and xs[i] < b.right and xs[i + 1] > b.x:
                    no_h.add((i, j))
                if x_in and j < j1 and ys[j] < b.bottom and ys[j + 1] > b.y:
                    no_v.add((i, j))
    return inside, no_h, no_v


def _trace(came: dict, state: tuple, xs: list[float], ys: list[float]) -> list[Point]:
    path = []
    while True:
        path.append((xs[state[0]], ys[state[1]]))
        if state not in came:
            break
        state = came[state]
    return path[::-1]

