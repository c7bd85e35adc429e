"""Where connectors already run, so a new one keeps a gap from them and crosses few.

Vertical segments are kept by x and horizontal ones by y, in buckets half a track wide, to
tell "runs along the same corridor"; every segment is also in a spatial index, to count
the connectors a new one would cross. Connectors that share a step may share a corridor:
branches leaving one gateway, or flows meeting at one step.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workbench.diagram import style
from workbench.diagram.geometry import Point, SpatialIndex, segment_rect


@dataclass(frozen=True)
class Segment:
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
        self.lines = SpatialIndex(cell=192.0)  # every segment ("flow#n"), to count crossings
        self._line_ends: dict[str, tuple[str, str]] = {}
        self._line_count: dict[str, int] = {}

    @staticmethod
    def _key(value: float) -> int:
        return int(round(value / (style.TRACK / 2)))

    def add(self, flow_id: str, ends: tuple[str, str], points: Sequence[Point]) -> None:
        self.remove(flow_id)
        mine: list[tuple[bool, int, Segment]] = []
        for p, q in zip(points, points[1:], strict=False):
            vertical = abs(p[0] - q[0]) < 0.5
            if vertical:
                key, seg = self._key(p[0]), Segment(flow_id, ends, min(p[1], q[1]), max(p[1], q[1]))
                self._vertical[key].append(seg)
            else:
                key, seg = self._key(p[1]), Segment(flow_id, ends, min(p[0], q[0]), max(p[0], q[0]))
                self._horizontal[key].append(seg)
            mine.append((vertical, key, seg))
        self._of[flow_id] = mine
        for index, (p, q) in enumerate(zip(points, points[1:], strict=False)):
            key_name = f"{flow_id}#{index}"
            self.lines.put(key_name, segment_rect(p, q))
            self._line_ends[key_name] = ends
        self._line_count[flow_id] = max(0, len(points) - 1)

    def remove(self, flow_id: str) -> None:
        for index in range(self._line_count.pop(flow_id, 0)):
            self.lines.remove(f"{flow_id}#{index}")
            self._line_ends.pop(f"{flow_id}#{index}", None)
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
        if abs(p[0] - q[0]) < 0.5:  # vertical: count horizontal segments across it
            at, lo, hi, along = p[0], min(p[1], q[1]), max(p[1], q[1]), 1
        else:
            at, lo, hi, along = p[1], min(p[0], q[0]), max(p[0], q[0]), 0
        count = 0
        for key in self.lines.near(segment_rect(p, q)):
            r = self.lines.get(key)
            if r is None:
                continue
            if along == 1 and r.h < 0.5:
                count += r.x + 0.5 < at < r.right - 0.5 and lo + 0.5 < r.y < hi - 0.5
            elif along == 0 and r.w < 0.5:
                count += r.y + 0.5 < at < r.bottom - 0.5 and lo + 0.5 < r.x < hi - 0.5
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
