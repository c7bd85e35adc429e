"""Auto-layout of a version into a tidy swimlane drawing, without Qt or Graphviz.

Steps never leave their lane: the layout only decides the column (rank) of each step and,
where several steps of one lane share a column, their order top to bottom. Ranks come from
the longest path along the flow once the back edges (rework loops) are set aside, so every
other flow runs left to right; the order inside a lane follows the barycentre of the steps'
neighbours, which keeps crossings few. Each lane becomes as tall as its stacked rows need.

On a flow of workshop size, the loops and columns are read in a few tidy ways and the
one whose drawing crosses least is kept.

Columns are as wide as their widest step (steps are sized by their wrapped labels, with
the caller's text metrics) and leave room after a decision for its branch labels. This is
the one auto-layout: the editor, the BPMN import and `process-workbench layout` use it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from workbench.diagram import style
from workbench.diagram.captions import flow_caption
from workbench.diagram.drawing import build_drawing
from workbench.diagram.steps import StepBox, Words, step_box
from workbench.diagram.text import EstimatedMetrics, TextMetrics, widest, wrap
from workbench.diagram.tracks import crossing_count
from workbench.document import Document, Placement
from workbench.gc_pause import without_collector
from workbench.model import NodeKind, Version

SWEEPS = 4
ALIGN_SWEEPS = 4
LEFT_MARGIN = 30.0  # between the lane headers and the first column's widest step
COLUMN_GAP = 62.0  # between the widest steps of two columns
ROW_GAP = 30.0  # between steps stacked in one lane
LANE_PADDING = 18.0
MIN_LANE_HEIGHT = 100.0


@dataclass(frozen=True)
class Ranking:
    """Each step's column, and its row in its lane: steps sharing a lane and a column are
    ordered by row; rows left empty in one column keep a step level with what it joins."""

    rank: dict[str, int]
    order: dict[str, float]


@dataclass(frozen=True)
class Layout:
    placements: dict[str, Placement]
    lane_heights: dict[str, float] = field(default_factory=dict)  # lanes that must grow
    back_edges: frozenset[str] = frozenset()  # flows that run right to left on purpose


@dataclass(frozen=True)
class Choice:
    """One way of reading the flow into columns and rows. Loops and columns can be
    laid out more than one tidy way; on a workshop-sized flow each way is drawn and the
    one whose connectors cross least is kept."""

    walk_right_first: bool = False  # which branch the loop-finding walk follows first
    latest: bool = False  # each step in the last column before the steps it feeds


CHOICES = (Choice(), Choice(latest=True), Choice(walk_right_first=True),
           Choice(walk_right_first=True, latest=True))
TRIED_STEPS = 120  # flows up to this size try every choice


@without_collector  # a big flow's ranks, rows and boxes all live on: see gc_pause
def auto_layout(version: Version, metrics: TextMetrics, words: Words | None = None) -> Layout:
    """Longest-path columns, barycentre order within a lane, steps sized by their labels;
    on a flow of workshop size, the choice of those whose drawing crosses least."""
    return layout_for(version, metrics, words, best_choice([version], metrics, words))


def best_choice(versions: Sequence[Version], metrics: TextMetrics,
                words: Words | None = None) -> Choice:
    """The way of reading the flow whose drawings, over all `versions` (one flow written
    in several languages), cross least, and then bend least: a drawing that crosses
    no more than another but bends less is the tidier one. A big flow takes the first."""
    first = CHOICES[0]
    if any(len(v.nodes) > TRIED_STEPS or len(v.flows) < 3 for v in versions):
        return first
    best, fewest = first, _score(versions, first, metrics, words)
    for choice in CHOICES[1:]:
        if fewest[0] == 0:
            break
        score = _score(versions, choice, metrics, words)
        if score < fewest:
            best, fewest = choice, score
    return best


def layout_for(
    version: Version, metrics: TextMetrics, words: Words | None, choice: Choice
) -> Layout:
    back = back_edges(version, choice.walk_right_first)
    ranks = longest_path_ranks(version, back, latest=choice.latest)
    order = barycentre_order(version, ranks, back)
    slots = aligned_rows(version, ranks, order, back)
    return place(version, Ranking(ranks, slots), metrics, words, back)


def _score(versions: Sequence[Version], choice: Choice, metrics: TextMetrics,
           words: Words | None) -> tuple[int, int]:
    crossings = bends = 0
    for version in versions:
        layout = layout_for(version, metrics, words, choice)
        drawing = build_drawing(placed(version, layout), metrics, words)
        routes = {k: c.points for k, c in drawing.connectors.items()}
        crossings += crossing_count(routes)
        bends += sum(len(points) - 2 for points in routes.values())
    return crossings, bends


def placed(version: Version, layout: Layout) -> Version:
    """The version as `apply_layout` leaves it, without touching the document."""
    nodes = {k: replace(n, x=p.x, y=p.y, lane=p.lane) if (p := layout.placements.get(k)) else n
             for k, n in version.nodes.items()}
    lanes = [replace(lane, height=layout.lane_heights.get(lane.id, lane.height))
             for lane in version.lanes]
    flows = {k: replace(f, waypoints=()) if f.waypoints else f for k, f in version.flows.items()}
    return replace(version, nodes=nodes, lanes=lanes, flows=flows)


def apply_layout(document: Document, version_id: str, layout: Layout) -> None:
    """Lanes resized, steps moved and bends the user stored dropped (they belonged to the
    old places), as one edit of the document."""
    with document.edit(version_id):
        for lane_id, height in layout.lane_heights.items():
            document.change_lane(version_id, lane_id, height=height)
        document.move_nodes(version_id, layout.placements)
        version = document.version(version_id)
        for flow_id in [f.id for f in version.flows.values() if f.waypoints]:
            document.change_flow(version_id, flow_id, waypoints=())


def lay_out_document(document: Document, metrics: TextMetrics | None = None) -> Document:
    """Every version drawn by the auto-layout (bundled templates, the built-in example), so
    it opens tidy on every surface whatever font each measures its labels with: the layout
    leaves enough slack between columns and rows for the usual sans-serif faces."""
    lay_out_together([document], metrics)
    return document


def lay_out_together(documents: Sequence[Document], metrics: TextMetrics | None = None) -> None:
    """One flow written in several languages (a bundled template's editions), laid out
    the same way in each: the choice of reading is made over all of them, so the columns
    and rows agree whatever the labels' lengths."""
    metrics = metrics or EstimatedMetrics()
    for editions in zip(*(document.versions for document in documents), strict=True):
        choice = best_choice(editions, metrics)
        for document, version in zip(documents, editions, strict=True):
            apply_layout(document, version.id, layout_for(version, metrics, None, choice))


# -------------------------------------------------------------------- ranks


def _forward(version: Version, back: set[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    succ: dict[str, list[str]] = defaultdict(list)
    pred: dict[str, list[str]] = defaultdict(list)
    nodes = version.nodes
    for flow in version.flows.values():
        if flow.id not in back and flow.source in nodes and flow.target in nodes:
            succ[flow.source].append(flow.target)
            pred[flow.target].append(flow.source)
    return succ, pred


def _reading_order(version: Version) -> list[str]:
    """Starts first, then the other steps as they are drawn, left to right."""
    start = NodeKind.START
    return sorted(version.nodes, key=lambda n: (
        (node := version.nodes[n]).kind is not start, node.x, n))


def back_edges(version: Version, right_first: bool = False) -> set[str]:
    """Flows that close a loop: found by a depth-first walk from the starts, following
    the leftmost branch first (or the rightmost)."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for flow in version.flows.values():
        out[flow.source].append((flow.target, flow.id))
    for edges in out.values():
        edges.sort(key=lambda e: (version.nodes[e[0]].x if e[0] in version.nodes else 0.0, e[0]),
                   reverse=right_first)
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


def longest_path_ranks(
    version: Version, back: set[str], entry_gap: int = 2, latest: bool = False
) -> dict[str, int]:
    """Rank = length of the longest forward path reaching the step (or, `latest`, the
    column just before the first step it feeds); lone steps go last."""
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
    lane = {n: version.nodes[n].lane for n in version.nodes}
    for node in reversed(order):  # a second entry point sits just before what it feeds
        if latest and pred[node] and succ[node]:
            rank[node] = min(rank[t] for t in succ[node]) - 1
        elif not pred[node] and succ[node]:
            # Feeding only other lanes, it takes a column of its own: its connector then
            # turns into the other lane where no other connector runs across its way.
            apart = all(lane[t] != lane[node] for t in succ[node])
            rank[node] = min(rank[t] for t in succ[node]) - (entry_gap if apart else 1)
    lowest = min(rank.values(), default=0)
    if lowest < 0:
        rank = {n: r - lowest for n, r in rank.items()}
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


def aligned_rows(
    version: Version, rank: dict[str, int], order: dict[str, float], back: set[str]
) -> dict[str, float]:
    """Each step's row in its lane, keeping the barycentre order inside every cell but
    leaving rows empty where that keeps a step level with the step it follows (or, for an
    entry point, the step it feeds): a straight connector crosses nothing. Sweeps left to
    right along predecessors, then right to left along successors, as Brandes and Köpf
    align their blocks; rows no step uses are closed up at the end."""
    succ, pred = _forward(version, back)
    lane = {n: version.nodes[n].lane for n in version.nodes}
    cells = _cells(version, rank)
    for cell in cells.values():
        cell.sort(key=lambda n: (order[n], n))
    slot: dict[str, int] = {}
    for cell in cells.values():
        for index, node in enumerate(cell):
            slot[node] = index
    columns = sorted({r for r in rank.values()})
    by_column: dict[int, list[list[str]]] = defaultdict(list)
    for (_, column), cell in cells.items():
        by_column[column].append(cell)
    # each step's neighbours in its own lane, worked out once for all the sweeps
    same_pred = {n: [m for m in pred[n] if lane[m] == lane[n]] for n in version.nodes}
    same_succ = {n: [m for m in succ[n] if lane[m] == lane[n]] for n in version.nodes}
    for sweep in range(ALIGN_SWEEPS):
        neighbours, sequence = ((same_pred, columns) if sweep % 2 == 0
                                else (same_succ, columns[::-1]))
        for column in sequence:
            for cell in by_column[column]:
                if len(cell) == 1:  # most cells: the step takes its neighbours' middle row
                    node = cell[0]
                    near = neighbours[node]
                    if len(near) == 1:
                        slot[node] = slot[near[0]]
                    elif near:
                        rows = sorted([slot[m] for m in near])
                        slot[node] = rows[(len(rows) - 1) // 2]
                    continue
                wanted = []
                for node in cell:
                    near = sorted([slot[m] for m in neighbours[node]])
                    wanted.append(near[(len(near) - 1) // 2] if near else slot[node])
                for node, row in zip(cell, _increasing(wanted), strict=True):
                    slot[node] = row
    return {n: float(r) for n, r in _closed_up(slot, lane).items()}


def _increasing(wanted: list[int]) -> list[int]:
    """Strictly increasing rows from 0 as near the wanted ones as the order allows: pool
    adjacent violators on (wanted - position), then rounded back."""
    blocks: list[list[float]] = []  # [mean, count]
    for index, value in enumerate(wanted):
        blocks.append([float(value - index), 1.0])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            mean, count = blocks.pop()
            blocks[-1][0] = (blocks[-1][0] * blocks[-1][1] + mean * count) / (blocks[-1][1] + count)
            blocks[-1][1] += count
    rows: list[int] = []
    for mean, count in blocks:
        rows += [int(round(mean))] * int(count)
    out: list[int] = []
    for index, base in enumerate(rows):
        row = max(base + index, out[-1] + 1 if out else 0)
        out.append(row)
    return out


def _closed_up(slot: dict[str, int], lane: dict[str, str]) -> dict[str, int]:
    used: dict[str, list[int]] = defaultdict(list)
    for node, row in slot.items():
        used[lane[node]].append(row)
    renumber = {key: {row: i for i, row in enumerate(sorted(set(rows)))}
                for key, rows in used.items()}
    return {node: renumber[lane[node]][row] for node, row in slot.items()}


def _slots(version: Version, ranking: Ranking) -> dict[str, int]:
    """Whole rows from the ranking's keys, distinct and in order within every cell."""
    slot: dict[str, int] = {}
    for cell in _cells(version, ranking.rank).values():
        cell.sort(key=lambda n: (ranking.order.get(n, 0.0), n))
        previous = -1
        for node in cell:
            previous = max(int(round(ranking.order.get(node, 0.0))), previous + 1)
            slot[node] = previous
    return slot


# ---------------------------------------------------------------- geometry


def place(
    version: Version,
    ranking: Ranking,
    metrics: TextMetrics,
    words: Words | None = None,
    back: Iterable[str] = (),
) -> Layout:
    """Placements for a ranking: columns as wide as their widest step, with room after a
    decision for its branch labels; rows as tall as the lane's tallest step and caption;
    every lane exactly as tall as its stacked rows need."""
    words = words or Words()
    boxes = _sized(version, metrics, words)
    slot = _slots(version, ranking)
    rows_in_lane: dict[str, int] = defaultdict(lambda: 1)
    for node_id, row in slot.items():
        lane = version.nodes[node_id].lane
        rows_in_lane[lane] = max(rows_in_lane[lane], row + 1)
    centres = _column_centres(version, ranking.rank, boxes, metrics)
    above: dict[str, float] = defaultdict(lambda: style.CELL_HEIGHT / 2)
    below: dict[str, float] = defaultdict(lambda: style.CELL_HEIGHT / 2)
    for node_id, box in boxes.items():
        lane = version.nodes[node_id].lane
        above[lane] = max(above[lane], box.shape.h / 2)
        below[lane] = max(below[lane], box.shape.h / 2 + _caption_room(box))
    heights: dict[str, float] = {}
    first_row: dict[str, float] = {}
    for lane in version.lanes:
        rows = rows_in_lane[lane.id]
        pitch = above[lane.id] + below[lane.id] + ROW_GAP
        block = rows * pitch - ROW_GAP
        heights[lane.id] = max(MIN_LANE_HEIGHT, _round_up(block + 2 * LANE_PADDING))
        first_row[lane.id] = (heights[lane.id] - block) / 2 + above[lane.id]
    placements = {}
    xs = {column: _snap(centre - style.CELL_WIDTH / 2, 2.0) for column, centre in centres.items()}
    ys: dict[tuple[str, int], float] = {}  # each lane's rows, worked out once
    for node_id, row in slot.items():
        lane_id = version.nodes[node_id].lane
        y = ys.get((lane_id, row))
        if y is None:
            pitch = above[lane_id] + below[lane_id] + ROW_GAP
            centre_y = first_row[lane_id] + row * pitch  # shapes of one row share a centre line
            y = ys[(lane_id, row)] = _snap(centre_y - style.CELL_HEIGHT / 2, 2.0)
        placements[node_id] = Placement(xs[ranking.rank[node_id]], y, lane_id)
    changed = {k: v for k, v in heights.items()
               if abs(v - version.lane(k).height) > 0.5}
    return Layout(placements, changed, frozenset(back))


def _sized(version: Version, metrics: TextMetrics, words: Words) -> dict[str, StepBox]:
    """Each step's box, for its size only: steps alike in everything their size depends on
    share one box (a big flow says "Check the request, 5 min" many times)."""
    alike: dict[tuple, StepBox] = {}
    boxes = {}
    for node in version.nodes.values():
        key = (node.kind, node.label, node.fail_point, node.waste_kind is None, node.duration)
        box = alike.get(key)
        if box is None:
            box = alike[key] = step_box(node, 0.0, metrics, words)
        boxes[node.id] = box
    return boxes


def _caption_room(box: StepBox) -> float:
    return 0.0 if box.inside or not box.lines else box.text.h + style.CAPTION_GAP


def _column_centres(
    version: Version, rank: dict[str, int], boxes: dict[str, StepBox], metrics: TextMetrics
) -> dict[int, float]:
    width: dict[int, float] = defaultdict(float)
    half_caption: dict[int, float] = defaultdict(float)
    after: dict[int, float] = defaultdict(float)  # room a decision's branch labels need
    for node_id, box in boxes.items():
        column = rank[node_id]
        if box.shape.w > width[column]:  # max(), without the call
            width[column] = box.shape.w
        if box.lines and not box.inside and box.text.w / 2 > half_caption[column]:
            half_caption[column] = box.text.w / 2
    for flow in version.flows.values():
        source = version.nodes.get(flow.source)
        if source is None or source.kind is not NodeKind.DECISION:
            continue
        text = flow_caption(flow)
        if text:
            lines = wrap(text, metrics, style.CAPTION_SIZE, style.FLOW_CAPTION_WIDTHS[0])
            need = widest(lines, metrics, style.CAPTION_SIZE) + 2 * style.CAPTION_PAD + 24
            after[rank[flow.source]] = max(after[rank[flow.source]], need)
    centres: dict[int, float] = {}
    previous: int | None = None
    for column in sorted(set(rank.values())):
        half = _half(column, width, half_caption)
        if previous is None:
            centres[column] = style.HEADER_WIDTH + LEFT_MARGIN + half
        else:
            gap = max(COLUMN_GAP, after[previous])
            centres[column] = centres[previous] + _half(previous, width, half_caption) + gap + half
        previous = column
    return centres


def _half(column: int, width: dict[int, float], half_caption: dict[int, float]) -> float:
    return max(width[column], 2 * half_caption[column], style.CELL_WIDTH) / 2


def _snap(value: float, step: float = 10.0) -> float:
    return max(0.0, round(value / step) * step)


def _round_up(value: float, step: float = 10.0) -> float:
    return -(-value // step) * step
