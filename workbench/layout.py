"""Auto-layout of a version into a tidy swimlane drawing, without Qt or Graphviz.

Steps never leave their lane: the layout only decides the column (rank) of each step and,
where several steps of one lane share a column, their order top to bottom. Ranks come from
the longest path along the flow once the back edges (rework loops) are set aside, so every
other flow runs left to right; the order inside a lane follows the barycentre of the steps'
neighbours, which keeps crossings few. Lanes grow to hold their stacked steps, never shrink.

`place` turns any ranking into placements, so Graphviz's ranking (exporters/graphviz_layout)
and the built-in one share the same geometry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from workbench.document import Placement
from workbench.model import NodeKind, Version

SWEEPS = 4


@dataclass(frozen=True)
class Grid:
    """The drawing's measures (the canvas passes its own; the defaults match it)."""

    left: float = 170.0  # x of the first column
    column: float = 190.0  # distance between columns
    cell_height: float = 64.0
    row: float = 84.0  # distance between stacked steps in one lane
    padding: float = 20.0  # room above the first and below the last stacked step


@dataclass(frozen=True)
class Ranking:
    """Each step's column, and a key that orders steps sharing a lane and a column."""

    rank: dict[str, int]
    order: dict[str, float]


@dataclass(frozen=True)
class Layout:
    placements: dict[str, Placement]
    lane_heights: dict[str, float] = field(default_factory=dict)  # lanes that must grow
    back_edges: frozenset[str] = frozenset()  # flows that run right to left on purpose


def auto_layout(version: Version, grid: Grid | None = None) -> Layout:
    """The built-in layout: longest-path ranks, barycentre order, grown lanes."""
    back = back_edges(version)
    ranks = longest_path_ranks(version, back)
    return place(version, Ranking(ranks, barycentre_order(version, ranks, back)), grid, back)


# -------------------------------------------------------------------- ranks


def _forward(version: Version, back: set[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    succ: dict[str, list[str]] = defaultdict(list)
    pred: dict[str, list[str]] = defaultdict(list)
    for flow in version.flows.values():
        if flow.id not in back and flow.source in version.nodes and flow.target in version.nodes:
            succ[flow.source].append(flow.target)
            pred[flow.target].append(flow.source)
    return succ, pred


def _reading_order(version: Version) -> list[str]:
    """Starts first, then the other steps as they are drawn, left to right."""
    return sorted(
        version.nodes,
        key=lambda n: (version.nodes[n].kind is not NodeKind.START, version.nodes[n].x, n),
    )


def back_edges(version: Version) -> set[str]:
    """Flows that close a loop: found by a depth-first walk from the starts."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for flow in version.flows.values():
        out[flow.source].append((flow.target, flow.id))
    for edges in out.values():
        edges.sort(key=lambda e: (version.nodes[e[0]].x if e[0] in version.nodes else 0.0, e[0]))
    state: dict[str, int] = {}  # 1 on the walk's path, 2 finished
    back: set[str] = set()
    for root in _reading_order(version):
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(out[root]))]
        while stack:
            node, edges = stack[-1]
            for target, flow_id in edges:
                seen = state.get(target)
                if seen == 1:
                    back.add(flow_id)
                elif seen is None and target in version.nodes:
                    state[target] = 1
                    stack.append((target, iter(out[target])))
                    break
            else:
                state[node] = 2
                stack.pop()
    return back


def longest_path_ranks(version: Version, back: set[str]) -> dict[str, int]:
    """Rank = length of the longest forward path reaching the step; lone steps go last."""
    succ, pred = _forward(version, back)
    indegree = {n: len(pred[n]) for n in version.nodes}
    ready = [n for n in reversed(_reading_order(version)) if indegree[n] == 0]
    rank = dict.fromkeys(version.nodes, 0)
    order: list[str] = []
    while ready:
        node = ready.pop()
        order.append(node)
        for target in succ[node]:
            rank[target] = max(rank[target], rank[node] + 1)
            indegree[target] -= 1
            if indegree[target] == 0:
                ready.append(target)
    for node in reversed(order):  # a second entry point sits just before what it feeds
        if not pred[node] and succ[node]:
            rank[node] = max(0, min(rank[t] for t in succ[node]) - 1)
    connected = {n for n in version.nodes if succ.get(n) or pred.get(n)}
    last = max((rank[n] for n in connected), default=-1)
    lone = [n for n in _reading_order(version) if n not in connected]
    for offset, node in enumerate(sorted(lone, key=lambda n: (version.nodes[n].x, n))):
        rank[node] = last + 1 + offset
    return rank


# -------------------------------------------------------------------- order


def barycentre_order(version: Version, rank: dict[str, int], back: set[str]) -> dict[str, float]:
    """Order steps sharing a lane and a column by where their neighbours sit."""
    succ, pred = _forward(version, back)
    lane_index = {lane.id: i for i, lane in enumerate(version.lanes)}
    cells = _cells(version, rank)
    row = {n: version.nodes[n].y for n in version.nodes}  # start from the drawing as it is
    for cell in cells.values():
        _assign_rows(cell, row, row)
    columns = sorted({r for r in rank.values()})
    by_column: dict[int, list[list[str]]] = defaultdict(list)
    for (_, column), cell in cells.items():
        by_column[column].append(cell)

    def height(node: str) -> float:
        return lane_index.get(version.nodes[node].lane, 0) * 1000.0 + row[node]

    for sweep in range(SWEEPS):
        neighbours, sequence = (pred, columns) if sweep % 2 == 0 else (succ, columns[::-1])
        for column in sequence:
            for cell in by_column[column]:
                if len(cell) < 2:
                    continue
                wanted = {}
                for node in cell:
                    near = [height(m) for m in neighbours[node]]
                    wanted[node] = sum(near) / len(near) if near else height(node)
                _assign_rows(cell, wanted, row)
    return {n: float(row[n]) for n in version.nodes}


def _cells(version: Version, rank: dict[str, int]) -> dict[tuple[str, int], list[str]]:
    cells: dict[tuple[str, int], list[str]] = defaultdict(list)
    for node_id, node in version.nodes.items():
        cells[(node.lane, rank[node_id])].append(node_id)
    return cells


def _assign_rows(cell: list[str], key: dict[str, float], row: dict[str, float]) -> None:
    cell.sort(key=lambda n: (key[n], n))
    for index, node in enumerate(cell):
        row[node] = index


# ---------------------------------------------------------------- geometry


def place(
    version: Version,
    ranking: Ranking,
    grid: Grid | None = None,
    back: Iterable[str] = (),
) -> Layout:
    """Placements for a ranking: columns by rank, stacked rows per lane, grown lanes."""
    grid = grid or Grid()
    cells = _cells(version, ranking.rank)
    rows_in_lane: dict[str, int] = defaultdict(lambda: 1)
    for (lane_id, _), cell in cells.items():
        cell.sort(key=lambda n: (ranking.order.get(n, 0.0), n))
        rows_in_lane[lane_id] = max(rows_in_lane[lane_id], len(cell))
    heights: dict[str, float] = {}
    top_of_block: dict[str, float] = {}
    for lane in version.lanes:
        rows = rows_in_lane[lane.id]
        block = grid.cell_height + (rows - 1) * grid.row
        needed = block + 2 * grid.padding
        height = lane.height
        if needed > lane.height:
            height = heights[lane.id] = _round_up(needed)
        top_of_block[lane.id] = _snap((height - block) / 2)
    placements = {}
    for (lane_id, column), cell in cells.items():
        for index, node_id in enumerate(cell):
            x = grid.left + column * grid.column
            y = top_of_block[lane_id] + index * grid.row
            placements[node_id] = Placement(x, y, lane_id)
    return Layout(placements, heights, frozenset(back))


def _snap(value: float, step: float = 10.0) -> float:
    return max(0.0, round(value / step) * step)


def _round_up(value: float, step: float = 10.0) -> float:
    return -(-value // step) * step
