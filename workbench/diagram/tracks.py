"""Where connectors already run, so a new one keeps a gap from them and crosses few.

Vertical segments are kept by x and horizontal ones by y, in buckets half a track wide, to
tell "runs along the same corridor"; every segment is also in a spatial index, to count
the connectors a new one would cross. Connectors that share a step may share a corridor:
branches leaving one gateway, or flows meeting at one step.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from workbench.diagram import style
from workbench.diagram.geometry import Point, Rect, SpatialIndex, segment_rect

CELL = 192.0  # of the crossing index
HALF_TRACK = style.TRACK / 2  # corridors are told apart to half a track


class Segment(NamedTuple):  # a tuple: made for every segment of every connector
    flow_id: str
    ends: tuple[str, str]  # the connector's source and target steps
    a: float  # low end along the segment
    b: float  # high end


class Tracks:
    """Where connectors already run: vertical segments by x, horizontal ones by y, so a new
    connector can keep a gap from them instead of drawing over them."""

    def __init__(self) -> None:
        self._vertical: dict[int, list[Segment]] = defaultdict(list)
        self._horizontal: dict[int, list[Segment]] = defaultdict(list)
        self._of: dict[str, list[tuple[bool, int, Segment]]] = {}
        self.lines = SpatialIndex(cell=192.0)  # every segment ("flow#n"), for captions
        self._line_count: dict[str, int] = {}
        # The segments again for counting crossings: flat ones (no height) in the cells
        # along their length in the one row of their y, upright ones (no width) likewise
        # in the one column of their x; a crossing segment is then met exactly once.
        self._flat: dict[tuple[int, int], dict[str, Rect]] = {}
        self._upright: dict[tuple[int, int], dict[str, Rect]] = {}

    @staticmethod
    def _key(value: float) -> int:
        return int(round(value / HALF_TRACK))

    def add(self, flow_id: str, ends: tuple[str, str], points: Sequence[Point]) -> None:
        self.remove(flow_id)
        mine: list[tuple[bool, int, Segment]] = []
        lines, flat, upright = self.lines, self._flat, self._upright
        for index in range(len(points) - 1):
            p, q = points[index], points[index + 1]
            (px, py), (qx, qy) = p, q
            vertical = abs(px - qx) < 0.5
            if vertical:
                key = int(round(px / HALF_TRACK))
                seg = Segment(flow_id, ends, min(py, qy), max(py, qy))
                self._vertical[key].append(seg)
            else:
                key = int(round(py / HALF_TRACK))
                seg = Segment(flow_id, ends, min(px, qx), max(px, qx))
                self._horizontal[key].append(seg)
            mine.append((vertical, key, seg))
            key_name = f"{flow_id}#{index}"
            rect = segment_rect(p, q)
            lines.put(key_name, rect)
            if rect.h < 0.5:
                for cell in _flat_cells(rect):
                    bucket = flat.get(cell)
                    if bucket is None:
                        flat[cell] = {key_name: rect}
                    else:
                        bucket[key_name] = rect
            if rect.w < 0.5:
                for cell in _upright_cells(rect):
                    bucket = upright.get(cell)
                    if bucket is None:
                        upright[cell] = {key_name: rect}
                    else:
                        bucket[key_name] = rect
        self._of[flow_id] = mine
        self._line_count[flow_id] = max(0, len(points) - 1)

    def remove(self, flow_id: str) -> None:
        for index in range(self._line_count.pop(flow_id, 0)):
            key_name = f"{flow_id}#{index}"
            rect = self.lines.get(key_name)
            self.lines.remove(key_name)
            if rect is None:
                continue
            for table, cells in ((self._flat, _flat_cells(rect) if rect.h < 0.5 else ()),
                                 (self._upright, _upright_cells(rect) if rect.w < 0.5 else ())):
                for cell in cells:
                    bucket = table.get(cell)
                    if bucket is not None:
                        bucket.pop(key_name, None)
                        if not bucket:
                            del table[cell]
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
        px, py = p
        qx, qy = q
        count = 0
        if abs(px - qx) < 0.5:  # vertical: count horizontal segments across it
            at, lo, hi = px, (qy if qy < py else py), (py if qy < py else qy)
            column = int(at // CELL)
            flat = self._flat
            for row in range(int(lo // CELL), int(hi // CELL) + 1):
                bucket = flat.get((column, row))
                if bucket:
                    for x, y, w, _ in bucket.values():
                        if x + 0.5 < at < x + w - 0.5 and lo + 0.5 < y < hi - 0.5:
                            count += 1
        else:
            at, lo, hi = py, (qx if qx < px else px), (px if qx < px else qx)
            row = int(at // CELL)
            upright = self._upright
            for column in range(int(lo // CELL), int(hi // CELL) + 1):
                bucket = upright.get((column, row))
                if bucket:
                    for x, y, _, h in bucket.values():
                        if y + 0.5 < at < y + h - 0.5 and lo + 0.5 < x < hi - 0.5:
                            count += 1
        return count

    def overlap(self, p: Point, q: Point, ends: tuple[str, str]) -> bool:
        """Does p-q run along a corridor that a connector with other ends already uses?"""
        vertical = abs(p[0] - q[0]) < 0.5
        if vertical:
            table, at, lo, hi = self._vertical, p[0], min(p[1], q[1]), max(p[1], q[1])
        else:
            table, at, lo, hi = self._horizontal, p[1], min(p[0], q[0]), max(p[0], q[0])
        key = self._key(at)
        for k in (key - 1, key, key + 1):
            for seg in table.get(k, ()):
                if seg.a < hi - 1 and lo + 1 < seg.b and not _shares_end(seg.ends, ends):
                    return True
        return False


def _flat_cells(rect: Rect) -> list[tuple[int, int]]:
    row = int(rect.y // CELL)
    return [(column, row) for column in range(int(rect.x // CELL), int(rect.right // CELL) + 1)]


def _upright_cells(rect: Rect) -> list[tuple[int, int]]:
    column = int(rect.x // CELL)
    return [(column, row) for row in range(int(rect.y // CELL), int(rect.bottom // CELL) + 1)]


def _shares_end(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Branches leaving one gateway, or flows meeting at one step, may share a corridor."""
    return one[0] == other[0] or one[1] == other[1]
