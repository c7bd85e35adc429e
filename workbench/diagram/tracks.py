"""Where connectors already run, so a new one keeps a gap from them and crosses few.

Vertical segments are kept by x and horizontal ones by y, in buckets half a track wide, to
tell "runs along the same corridor"; every segment is also in a spatial index, to count
the connectors a new one would cross. Connectors that share a step may share a corridor:
branches leaving one gateway, or flows meeting at one step.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from math import floor
from typing import NamedTuple

from workbench.diagram import style
from workbench.diagram.geometry import Point, Rect, SpatialIndex

CELL = 384.0  # of the crossing index
PER_CELL = 1.0 / CELL  # multiplying is cheaper than dividing; bucket of v: floor(v * PER_CELL)
HALF_TRACK = style.TRACK / 2  # corridors are told apart to half a track


class Segment(NamedTuple):  # a tuple: made for every segment of every connector
    flow_id: str
    ends: tuple[str, str]  # the connector's source and target steps
    a: float  # low end along the segment
    b: float  # high end


_segment = _rect = tuple.__new__  # a Segment or Rect made without its Python-level constructor


class Tracks:
    """Where connectors already run: vertical segments by x, horizontal ones by y, so a new
    connector can keep a gap from them instead of drawing over them."""

    def __init__(self) -> None:
        self._vertical: dict[int, list[Segment]] = defaultdict(list)
        self._horizontal: dict[int, list[Segment]] = defaultdict(list)
        self._of: dict[str, list[tuple[bool, int, Segment]]] = {}
        self.lines = Lines()  # every segment ("flow#n"), to count crossings
        self._line_count: dict[str, int] = {}

    @staticmethod
    def _key(value: float) -> int:
        return int(round(value / HALF_TRACK))

    def add(self, flow_id: str, ends: tuple[str, str], points: Sequence[Point]) -> None:
        if flow_id in self._of or flow_id in self._line_count:
            self.remove(flow_id)
        mine: list[tuple[bool, int, Segment]] = []
        file_segment = self.lines.put_segment
        vertical_table, horizontal_table = self._vertical, self._horizontal
        prefix = flow_id + "#"
        for index in range(len(points) - 1):
            px, py = points[index]
            qx, qy = points[index + 1]
            vertical = abs(px - qx) < 0.5
            if vertical:  # round() of a float is an int; a < b picks as min() and max() do
                key = round(px / HALF_TRACK)
                seg = _segment(Segment, (flow_id, ends, qy if qy < py else py,
                                         qy if qy > py else py))
                bucket = vertical_table.get(key)
            else:
                key = round(py / HALF_TRACK)
                seg = _segment(Segment, (flow_id, ends, qx if qx < px else px,
                                         qx if qx > px else px))
                bucket = horizontal_table.get(key)
            if bucket is None:
                (vertical_table if vertical else horizontal_table)[key] = [seg]
            else:
                bucket.append(seg)
            mine.append((vertical, key, seg))
            file_segment(prefix + str(index), px, py, qx, qy)  # key "flow#n"
        self._of[flow_id] = mine
        self._line_count[flow_id] = max(0, len(points) - 1)

    def remove(self, flow_id: str) -> None:
        for index in range(self._line_count.pop(flow_id, 0)):
            self.lines.remove(f"{flow_id}#{index}")
        for vertical, key, seg in self._of.pop(flow_id, ()):
            table = self._vertical if vertical else self._horizontal
            bucket = table.get(key)
            if bucket is not None:
                bucket.remove(seg)
                if not bucket:
                    del table[key]

    def crossings(self, p: Point, q: Point) -> int:
        """How many segments of other connectors p-q crosses (a plus, not a touch), those
        sharing a step with it too: two branches of one decision that cross still cross."""
        return self.lines.crossings(p, q)

    def overlap(self, p: Point, q: Point, ends: tuple[str, str]) -> bool:
        """Does p-q run along a corridor that a connector with other ends already uses?"""
        px, py = p
        qx, qy = q
        if abs(px - qx) < 0.5:  # vertical
            table, at = self._vertical, px
            lo, hi = (qy if qy < py else py), (qy if qy > py else py)
        else:
            table, at = self._horizontal, py
            lo, hi = (qx if qx < px else px), (qx if qx > px else px)
        key = round(at / HALF_TRACK)
        source, target = ends
        low, high = lo + 1, hi - 1
        for k in (key - 1, key, key + 1):
            bucket = table.get(k)
            if bucket:
                for _, (one, other), a, b in bucket:  # not _shares_end(seg.ends, ends)
                    if a < high and low < b and one != source and other != target:
                        return True
        return False


class Lines:
    """Every connector segment by key ("flow#n"), for counting crossings and for captions
    asking what runs where. Flat segments (no height) are filed in the cells along their
    length in the one row of their y, upright ones (no width) likewise in the one column
    of their x, so a segment crossing another meets it in exactly one cell."""

    def __init__(self) -> None:
        self._rects: dict[str, Rect] = {}
        self.flat: dict[tuple[int, int], dict[str, Rect]] = {}
        self.upright: dict[tuple[int, int], dict[str, Rect]] = {}
        self._slanted = SpatialIndex(cell=CELL)  # neither flat nor upright: not drawn today

    def __len__(self) -> int:
        return len(self._rects)

    def __contains__(self, key: str) -> bool:
        return key in self._rects

    def get(self, key: str) -> Rect | None:
        return self._rects.get(key)

    def items(self) -> Iterator[tuple[str, Rect]]:
        return iter(self._rects.items())

    def put_segment(self, key: str, ax: float, ay: float, bx: float, by: float) -> None:
        """`put(key, segment_rect(a, b))`, without the tuples in between: every segment of
        every connector is filed here."""
        self.put(key, _rect(Rect, ((bx if bx < ax else ax), (by if by < ay else ay),
                                   abs(ax - bx), abs(ay - by))))

    def put(self, key: str, rect: Rect) -> None:
        rects = self._rects
        if key in rects:
            self.remove(key)
        rects[key] = rect
        x, y, w, h = rect
        if h < 0.5:  # the cells of _flat_cells
            table, row = self.flat, floor(y * PER_CELL)
            for i in range(floor(x * PER_CELL), floor((x + w) * PER_CELL) + 1):
                bucket = table.get((i, row))
                if bucket is None:
                    table[(i, row)] = {key: rect}
                else:
                    bucket[key] = rect
        if w < 0.5:  # the cells of _upright_cells
            table, column = self.upright, floor(x * PER_CELL)
            for j in range(floor(y * PER_CELL), floor((y + h) * PER_CELL) + 1):
                bucket = table.get((column, j))
                if bucket is None:
                    table[(column, j)] = {key: rect}
                else:
                    bucket[key] = rect
        elif h >= 0.5:
            self._slanted.put(key, rect)

    def remove(self, key: str) -> None:
        rect = self._rects.pop(key, None)
        if rect is None:
            return
        if rect.h < 0.5:
            _unfile(self.flat, _flat_cells(rect), key)
        if rect.w < 0.5:
            _unfile(self.upright, _upright_cells(rect), key)
        self._slanted.remove(key)

    def hits(self, rect: Rect, exclude: Iterable[str] = ()) -> list[str]:
        """Keys whose segment intersects `rect` (a box of positive size), except those in
        `exclude`."""
        x, y, w, h = rect
        right, bottom = x + w, y + h
        found = set(self._slanted.hits(rect)) if len(self._slanted) else set()
        last_column, last_row = floor(right * PER_CELL), floor(bottom * PER_CELL)
        # a flat segment may start less than half a unit above the box, in the row above;
        # an upright one likewise in the column left of it
        for table, columns, rows in (
                (self.flat, range(floor(x * PER_CELL), last_column + 1),
                 range(floor((y - 0.5) * PER_CELL), last_row + 1)),
                (self.upright, range(floor((x - 0.5) * PER_CELL), last_column + 1),
                 range(floor(y * PER_CELL), last_row + 1))):
            for i in columns:
                for j in rows:
                    bucket = table.get((i, j))
                    if bucket:
                        for key, (sx, sy, sw, sh) in bucket.items():
                            if sx < right and x < sx + sw and sy < bottom and y < sy + sh:
                                found.add(key)
        skip = set(exclude)
        return [k for k in found if k not in skip]

    def crossings(self, p: Point, q: Point) -> int:
        """How many segments p-q crosses (a plus, not a touch)."""
        px, py = p
        qx, qy = q
        count = 0
        if abs(px - qx) < 0.5:  # vertical: count horizontal segments across it
            at, lo, hi = px, (qy if qy < py else py), (py if qy < py else qy)
            column = floor(at * PER_CELL)
            flat = self.flat
            for row in range(floor(lo * PER_CELL), floor(hi * PER_CELL) + 1):
                bucket = flat.get((column, row))
                if bucket:
                    for x, y, w, _ in bucket.values():
                        if x + 0.5 < at < x + w - 0.5 and lo + 0.5 < y < hi - 0.5:
                            count += 1
        else:
            at, lo, hi = py, (qx if qx < px else px), (px if qx < px else qx)
            row = floor(at * PER_CELL)
            upright = self.upright
            for column in range(floor(lo * PER_CELL), floor(hi * PER_CELL) + 1):
                bucket = upright.get((column, row))
                if bucket:
                    for x, y, _, h in bucket.values():
                        if y + 0.5 < at < y + h - 0.5 and lo + 0.5 < x < hi - 0.5:
                            count += 1
        return count


def _flat_cells(rect: Rect) -> list[tuple[int, int]]:
    row = floor(rect.y * PER_CELL)
    last = floor(rect.right * PER_CELL)
    return [(column, row) for column in range(floor(rect.x * PER_CELL), last + 1)]


def _upright_cells(rect: Rect) -> list[tuple[int, int]]:
    column = floor(rect.x * PER_CELL)
    last = floor(rect.bottom * PER_CELL)
    return [(column, row) for row in range(floor(rect.y * PER_CELL), last + 1)]


def _unfile(table: dict[tuple[int, int], dict[str, Rect]], cells: list[tuple[int, int]],
            key: str) -> None:
    for cell in cells:
        bucket = table.get(cell)
        if bucket is not None:
            bucket.pop(key, None)
            if not bucket:
                del table[cell]


def crossing_count(routes: Mapping[str, Sequence[Point]]) -> int:
    """How many times the connectors cross one another, each crossing once."""
    tracks = Tracks()
    for flow_id, points in routes.items():
        tracks.add(flow_id, ("", ""), points)
    total = sum(tracks.crossings(p, q) for points in routes.values()
                for p, q in zip(points, points[1:], strict=False))
    return total // 2


def _shares_end(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Branches leaving one gateway, or flows meeting at one step, may share a corridor."""
    return one[0] == other[0] or one[1] == other[1]
