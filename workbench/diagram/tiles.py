"""Where a drawing too big for one sheet is cut: between steps, never through one.

A printed page holds a window of the drawing right of the lane headers. Columns are cut in
the gaps between steps (their shapes, labels and badges) and captions, so every step is
drawn whole on exactly one tile; lanes are grouped into rows only when all of them do not
fit one page, and a row keeps its lanes whole. A tile that would hold no step (only the
end of a connector) is never made. Sizes here are in scene units: the caller divides the
page's room by its scale.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from workbench.diagram import style
from workbench.diagram.captions import marker_rect
from workbench.diagram.drawing import Drawing
from workbench.diagram.geometry import Rect, bounding
from workbench.diagram.lanes import LaneBand, band_at

PAD = 12.0  # room kept left and right of the drawing's content
EDGE = 4.0  # room kept above and below it, and on each side of a cut


@dataclass(frozen=True)
class Window:
    """One tile's part of the scene, right of the lane headers, and the steps it shows."""

    row: int
    column: int
    x0: float
    x1: float
    y0: float
    y1: float
    bands: tuple[LaneBand, ...]
    steps: tuple[str, ...]

    @property
    def rect(self) -> Rect:
        return Rect(self.x0, self.y0, self.x1 - self.x0, self.y1 - self.y0)


@dataclass(frozen=True)
class Cluster:
    """Things that must stay on one tile: an x range and how many steps it holds."""

    x0: float
    x1: float
    steps: int


def extent(drawing: Drawing) -> Rect:
    """What a printout shows right of the headers: the lanes and everything drawn."""
    content = drawing.content() or Rect(style.HEADER_WIDTH, 0.0, 0.0, 0.0)
    x0 = min(style.HEADER_WIDTH, content.x - PAD)
    y0 = min(0.0, content.y - EDGE)
    x1 = max(content.right + PAD, x0 + 1.0)
    y1 = max(drawing.lanes_height, content.bottom + EDGE)
    return Rect(x0, y0, x1 - x0, y1 - y0)


def step_extent(drawing: Drawing, node_id: str) -> Rect:
    """A step with its label, duration and badges: what must never be cut."""
    box = drawing.steps[node_id]
    rects = [box.shape, box.text, *(icon.rect for icon in box.icons)]
    if box.duration_box is not None:
        rects.append(box.duration_box)
    found = bounding(rects)
    assert found is not None
    return found


def clusters(drawing: Drawing) -> list[Cluster]:
    """Steps and captions merged wherever they are closer than two pads: the units a
    column cut must go round, left to right."""
    spans: list[tuple[float, float, int]] = []
    for node_id in drawing.steps:
        rect = step_extent(drawing, node_id)
        spans.append((rect.x, rect.right, 1))
    for connector in drawing.connectors.values():
        if connector.caption is not None:
            spans.append((connector.caption.box.x, connector.caption.box.right, 0))
        if connector.marker is not None:
            rect = marker_rect(connector.marker)
            spans.append((rect.x, rect.right, 0))
    merged: list[Cluster] = []
    for x0, x1, steps in sorted(spans):
        if merged and x0 < merged[-1].x1 + 2 * EDGE:
            last = merged[-1]
            merged[-1] = Cluster(last.x0, max(last.x1, x1), last.steps + steps)
        else:
            merged.append(Cluster(x0, x1, steps))
    return merged


def column_cuts(parts: Sequence[Cluster], start: float, end: float,
                room: float) -> list[float]:
    """Cut x's between `start` and `end`, each tile at most `room` wide where the clusters
    allow, every tile holding at least one step. A cluster wider than `room` (steps packed
    closer than a page) is cut through, as the only way to print it at a legible size."""
    parts = list(parts)
    cuts: list[float] = []
    left, i = start, 0
    while i < len(parts):
        j, steps = i, 0
        while j < len(parts):
            fits = parts[j].x1 + EDGE - left <= room
            if not fits and (steps > 0 or j == i):
                break  # a tile of captions alone takes the next steps, even if too wide
            steps += parts[j].steps
            j += 1
        if j == len(parts):
            if end - left > room and j - i > 1 and parts[j - 1].steps:
                j -= 1  # the last steps go to a tile of their own, with the connectors' end
            else:
                break
        if j == i:  # one cluster wider than the page: cut through it
            cut = left + room
            parts[i] = Cluster(cut, parts[i].x1, parts[i].steps)
        else:
            gap = (parts[j - 1].x1 + parts[j].x0) / 2
            cut = max(parts[j - 1].x1 + EDGE, min(gap, left + room))
        cuts.append(cut)
        left, i = cut, j
    return cuts


def balanced_cuts(parts: Sequence[Cluster], start: float, end: float,
                  room: float) -> list[float]:
    """As few tiles as `column_cuts` makes at `room`, as evenly wide as the gaps allow,
    so no tile is left with a sliver of the flow."""
    count = len(column_cuts(parts, start, end, room))
    if count == 0:
        return []
    low, high = (end - start) / (count + 1), room
    for _ in range(24):
        middle = (low + high) / 2
        if len(column_cuts(parts, start, end, middle)) <= count:
            high = middle
        else:
            low = middle
    return column_cuts(parts, start, end, high)


def lane_rows(drawing: Drawing, whole: Rect, room: float) -> list[tuple[LaneBand, ...]]:
    """Consecutive lanes grouped so each group, with the steps hanging over its edges,
    is at most `room` tall; one group when everything fits."""
    if whole.h <= room or not drawing.bands:
        return [tuple(drawing.bands)]
    rows: list[list[LaneBand]] = []
    for band in drawing.bands:
        if rows and _reach(drawing, [*rows[-1], band], whole).h <= room:
            rows[-1].append(band)
        else:
            rows.append([band])
    return [tuple(row) for row in rows]


def _reach(drawing: Drawing, bands: Sequence[LaneBand], whole: Rect) -> Rect:
    """The lanes' bands and the steps in them; the first and last lanes also take what is
    drawn above or below all lanes."""
    ids = {band.lane_id for band in bands}
    top, bottom = bands[0].top, bands[-1].bottom
    if bands[0] is drawing.bands[0]:
        top = whole.y
    if bands[-1] is drawing.bands[-1]:
        bottom = whole.bottom
    extents = _facts(drawing)[1]
    for node_id in _steps_in(drawing, ids):
        rect = extents[node_id]
        top, bottom = min(top, rect.y - EDGE), max(bottom, rect.bottom + EDGE)
    return Rect(whole.x, top, whole.w, bottom - top)


def _steps_in(drawing: Drawing, lane_ids: set[str]) -> Iterable[str]:
    lanes = _facts(drawing)[0]
    return (node_id for node_id, lane in lanes.items() if lane in lane_ids)


_FACTS: WeakKeyDictionary[Drawing, tuple[dict[str, str | None], dict[str, Rect]]] = (
    WeakKeyDictionary())


def _facts(drawing: Drawing) -> tuple[dict[str, str | None], dict[str, Rect]]:
    """Each step's lane (by where it is drawn) and extent, worked out once per drawing:
    the tiling asks for them for every tile."""
    facts = _FACTS.get(drawing)
    if facts is None:
        lanes: dict[str, str | None] = {}
        for node_id, box in drawing.steps.items():
            band = band_at(drawing.bands, box.shape.cy)
            lanes[node_id] = band.lane_id if band is not None else None
        extents = {node_id: step_extent(drawing, node_id) for node_id in drawing.steps}
        facts = _FACTS[drawing] = (lanes, extents)
    return facts


def windows(drawing: Drawing, room_width: float, room_height: float) -> list[Window]:
    """The tiles of `drawing` for a page of `room_width` x `room_height` scene units
    (headers included), column by column, top to bottom within a column; tiles that would
    show no step are left out."""
    whole = extent(drawing)
    room = room_width - style.HEADER_WIDTH
    cuts = balanced_cuts(clusters(drawing), whole.x, whole.right, room)
    edges = [whole.x, *cuts, whole.right]
    rows = lane_rows(drawing, whole, room_height)
    found: list[Window] = []
    for column, (x0, x1) in enumerate(zip(edges, edges[1:], strict=False)):
        for row, bands in enumerate(rows):
            reach = _reach(drawing, bands, whole) if bands else whole
            ids = {band.lane_id for band in bands}
            shown = tuple(
                n for n in (_steps_in(drawing, ids) if bands else drawing.steps)
                if x0 <= drawing.steps[n].shape.cx < x1
            )
            crossed = any(drawing.steps[n].shape.x < edge < drawing.steps[n].shape.right
                          for n in drawing.steps for edge in (x0, x1))
            if shown or crossed or len(edges) == 2 and len(rows) == 1:
                found.append(Window(row, column, x0, x1, reach.y, reach.bottom, bands, shown))
    return found
