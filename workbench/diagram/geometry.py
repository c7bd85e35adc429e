"""Rectangles and points in scene units, and a bucket index for asking "what is here?".

Scene units are the editor's pixels at 100 % zoom: lanes stacked from y = 0, headers on the
left. Every drawing surface (canvas, PDF, BPMN) scales these, never re-derives them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from math import floor
from typing import NamedTuple

Point = tuple[float, float]
EPSILON = 0.5


class Rect(NamedTuple):
    """x, y of the top-left corner, width and height (a tuple: cheap to make by the
    hundred thousand)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def centre(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    @staticmethod
    def around(cx: float, cy: float, w: float, h: float) -> Rect:
        return _new(Rect, (cx - w / 2, cy - h / 2, w, h))

    def intersects(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def grown(self, margin: float) -> Rect:
        x, y, w, h = self
        return _new(Rect, (x - margin, y - margin, w + 2 * margin, h + 2 * margin))

    def moved(self, dx: float, dy: float) -> Rect:
        x, y, w, h = self
        return _new(Rect, (x + dx, y + dy, w, h))

    def united(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


_new = tuple.__new__  # a Rect made without its Python-level constructor: Rect hot spots


def bounding(rects: Iterable[Rect]) -> Rect | None:
    result: Rect | None = None
    for rect in rects:
        result = rect if result is None else result.united(rect)
    return result


def segment_rect(a: Point, b: Point) -> Rect:
    """An axis-parallel segment as a rectangle of no width (for index queries)."""
    ax, ay = a
    bx, by = b
    return Rect(bx if bx < ax else ax, by if by < ay else ay, abs(ax - bx), abs(ay - by))


def segment_crosses(a: Point, b: Point, rect: Rect, inset: float = EPSILON) -> bool:
    """Does the axis-parallel segment a-b run through the inside of `rect` (its border,
    shrunk by `inset`, excluded)? A segment along the border does not."""
    x0, x1 = min(a[0], b[0]), max(a[0], b[0])
    y0, y1 = min(a[1], b[1]), max(a[1], b[1])
    return (
        x0 < rect.right - inset
        and x1 > rect.x + inset
        and y0 < rect.bottom - inset
        and y1 > rect.y + inset
    )


def polyline_length(points: Iterable[Point]) -> float:
    pts = list(points)
    return sum(abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in zip(pts, pts[1:], strict=False))


def simplify(points: list[Point]) -> list[Point]:
    """Drop repeated points and points in the middle of a straight run."""
    out: list[Point] = []
    ax = ay = bx = by = 0.0  # the last two points kept, once there are two
    for p in points:
        px, py = p
        count = len(out)
        if count:
            if abs(bx - px) < 1e-6 and abs(by - py) < 1e-6:
                continue
            if count >= 2 and ((abs(ax - bx) < 1e-6 and abs(bx - px) < 1e-6)
                               or (abs(ay - by) < 1e-6 and abs(by - py) < 1e-6)):
                out[-1] = p
                bx, by = px, py
                continue
        out.append(p)
        ax, ay, bx, by = bx, by, px, py
    return out


WIDE_CELLS = 4096  # a rectangle over more cells than this is filed apart from the grid


class SpatialIndex:
    """Rectangles by key, bucketed on a coarse grid: add, move, remove and ask in a few
    dictionary operations, so asking stays as cheap on 10,000 steps as on ten. Each bucket
    holds its keys' rectangles, so a question reads them where it finds them."""

    def __init__(self, cell: float = 256.0) -> None:
        self._cell = cell
        self._scale = 1.0 / cell  # cell (i, j) holds x from i * cell, y from j * cell on
        self._buckets: dict[tuple[int, int], dict[str, Rect]] = {}
        self._rects: dict[str, Rect] = {}
        # rectangles over more than WIDE_CELLS cells (a file's stray coordinates a million
        # units off): filed apart and read by every question, so none costs a million cells
        self._wide: dict[str, Rect] = {}

    def __len__(self) -> int:
        return len(self._rects)

    def __contains__(self, key: str) -> bool:
        return key in self._rects

    def get(self, key: str) -> Rect | None:
        return self._rects.get(key)

    def items(self) -> Iterator[tuple[str, Rect]]:
        return iter(self._rects.items())

    def _keys(self, rect: Rect) -> Iterator[tuple[int, int]]:
        scale = self._scale
        x, y, w, h = rect
        j0, j1 = floor(y * scale), floor((y + h) * scale) + 1
        for i in range(floor(x * scale), floor((x + w) * scale) + 1):
            for j in range(j0, j1):
                yield i, j

    def put(self, key: str, rect: Rect) -> None:
        rects = self._rects
        if key in rects:
            self.remove(key)
        rects[key] = rect
        scale = self._scale
        x, y, w, h = rect
        buckets = self._buckets
        i0, i1 = floor(x * scale), floor((x + w) * scale)
        j0, j1 = floor(y * scale), floor((y + h) * scale)
        if i0 == i1 and j0 == j1:  # most steps and captions lie in one cell
            bucket = buckets.get((i0, j0))
            if bucket is None:
                buckets[(i0, j0)] = {key: rect}
            else:
                bucket[key] = rect
            return
        if (i1 - i0 + 1) * (j1 - j0 + 1) > WIDE_CELLS:
            self._wide[key] = rect
            return
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                bucket = buckets.get((i, j))
                if bucket is None:
                    buckets[(i, j)] = {key: rect}
                else:
                    bucket[key] = rect

    def remove(self, key: str) -> None:
        rect = self._rects.pop(key, None)
        if rect is None:
            return
        if self._wide.pop(key, None) is not None:
            return
        for cell in self._keys(rect):
            bucket = self._buckets.get(cell)
            if bucket is not None:
                bucket.pop(key, None)
                if not bucket:
                    del self._buckets[cell]

    def near(self, rect: Rect) -> set[str]:
        """Keys whose bucket meets `rect` (a superset of those that intersect it)."""
        scale = self._scale
        x, y, w, h = rect
        buckets = self._buckets
        i0, i1 = floor(x * scale), floor((x + w) * scale)
        j0, j1 = floor(y * scale), floor((y + h) * scale)
        if i0 == i1 and j0 == j1 and not self._wide:
            return set(buckets.get((i0, j0), ()))
        found: set[str] = set(self._wide)
        for bucket in self._meeting(i0, i1, j0, j1):
            found.update(bucket)
        return found

    def _meeting(self, i0: int, i1: int, j0: int, j1: int) -> Iterator[dict[str, Rect]]:
        """The buckets of cells i0..i1 by j0..j1: looked up cell by cell, or, when the
        range holds more cells than there are buckets, found among the buckets."""
        buckets = self._buckets
        if (i1 - i0 + 1) * (j1 - j0 + 1) > len(buckets):
            for (i, j), bucket in buckets.items():
                if i0 <= i <= i1 and j0 <= j <= j1:
                    yield bucket
            return
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                bucket = buckets.get((i, j))
                if bucket:
                    yield bucket

    def hits(self, rect: Rect, exclude: Iterable[str] = ()) -> list[str]:
        """Keys whose rectangle intersects `rect`, except those in `exclude`."""
        scale = self._scale
        x, y, w, h = rect
        right, bottom = x + w, y + h
        i0, i1 = floor(x * scale), floor(right * scale)
        j0, j1 = floor(y * scale), floor(bottom * scale)
        found: set[str] = set()
        for bucket in self._meeting(i0, i1, j0, j1):
            for key, (kx, ky, kw, kh) in bucket.items():
                if kx < right and x < kx + kw and ky < bottom and y < ky + kh:
                    found.add(key)
        for key, (kx, ky, kw, kh) in self._wide.items():
            if kx < right and x < kx + kw and ky < bottom and y < ky + kh:
                found.add(key)
        if exclude:
            found.difference_update(exclude)
        return list(found)

    def crossed_by(self, a: Point, b: Point, exclude: Iterable[str] = (),
                   inset: float = EPSILON) -> list[str]:
        """Keys whose rectangle the axis-parallel segment a-b runs through."""
        skip = set(exclude)
        rects = self._rects
        return [k for k in self.near(segment_rect(a, b))
                if k not in skip and segment_crosses(a, b, rects[k], inset)]

    def crosses_any(self, a: Point, b: Point, exclude: Iterable[str] = (),
                    inset: float = EPSILON) -> bool:
        """Does the segment a-b run through any rectangle (`crossed_by` is not empty)?
        Stops at the first: a router asks this of every candidate it weighs."""
        ax, ay = a
        bx, by = b
        x0, x1 = (bx, ax) if bx < ax else (ax, bx)
        y0, y1 = (by, ay) if by < ay else (ay, by)
        scale = self._scale
        i0, i1 = floor(x0 * scale), floor((x0 + abs(ax - bx)) * scale)
        j0, j1 = floor(y0 * scale), floor((y0 + abs(ay - by)) * scale)
        for bucket in self._meeting(i0, i1, j0, j1):
            for key, (x, y, w, h) in bucket.items():
                if (x0 < x + w - inset and x1 > x + inset
                        and y0 < y + h - inset and y1 > y + inset
                        and key not in exclude):
                    return True
        return any(x0 < x + w - inset and x1 > x + inset and y0 < y + h - inset
                   and y1 > y + inset and key not in exclude
                   for key, (x, y, w, h) in self._wide.items())
