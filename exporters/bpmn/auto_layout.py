"""A layout for flows that come without one: steps in columns by how far they are from a
start, stacked in rows where several share a lane and a column.

Good enough to work on at once; the user tidies from there. Loops are cut where a
depth-first walk meets them, so rework flows point backwards as people draw them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

COLUMN = 170.0
ROW = 80.0
LEFT = 190.0
TOP = 30.0
MIN_LANE_HEIGHT = 140.0


def ranks(steps: Sequence[str], links: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Each step's column: the longest path to it from a step nothing flows into."""
    known = set(steps)
    succ: dict[str, list[str]] = defaultdict(list)
    for source, target in links:
        if source != target and source in known and target in known:
            succ[source].append(target)
    order = _topological_without_back_edges(steps, succ)
    rank = dict.fromkeys(steps, 0)
    position = {step: i for i, step in enumerate(order)}
    for step in order:
        for target in succ[step]:
            if position[target] > position[step]:
                rank[target] = max(rank[target], rank[step] + 1)
    return rank


def _topological_without_back_edges(steps: Sequence[str], succ: dict[str, list[str]]) -> list[str]:
    """Reverse post-order of an iterative depth-first walk from the sources first."""
    has_incoming = {t for targets in succ.values() for t in targets}
    roots = [s for s in steps if s not in has_incoming] + list(steps)
    seen: set[str] = set()
    post: list[str] = []
    for root in roots:
        if root in seen:
            continue
        seen.add(root)
        stack = [(root, iter(succ[root]))]
        while stack:
            step, children = stack[-1]
            for child in children:
                if child not in seen:
                    seen.add(child)
                    stack.append((child, iter(succ[child])))
                    break
            else:
                post.append(step)
                stack.pop()
    return post[::-1]


def lay_out(
    steps: Sequence[tuple[str, str]], links: Iterable[tuple[str, str]], lanes: Sequence[str]
) -> tuple[dict[str, tuple[float, float]], dict[str, float]]:
    """Cell positions (x, y in lane) for (step, lane) pairs, and each lane's height."""
    column = ranks([s for s, _ in steps], links)
    rows: dict[tuple[str, int], int] = defaultdict(int)
    places = {}
    for step, lane in steps:
        key = (lane, column[step])
        places[step] = (LEFT + column[step] * COLUMN, TOP + rows[key] * ROW)
        rows[key] += 1
    deepest: dict[str, int] = defaultdict(lambda: 1)
    for (lane, _), count in rows.items():
        deepest[lane] = max(deepest[lane], count)
    heights = {lane: max(MIN_LANE_HEIGHT, TOP * 2 + deepest[lane] * ROW) for lane in lanes}
    return places, heights
