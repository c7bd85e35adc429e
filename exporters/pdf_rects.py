"""Rectangles in scene units, and a coarse grid of them for asking "what is here?".

Captions placed beside connectors and connectors routed around steps both ask that
question for every flow; the grid keeps each answer as cheap on a 1,000-step flow as on a
ten-step one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
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

    def intersects(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def grown(self, margin: float) -> Rect:
        return Rect(self.x - margin, self.y - margin, self.w + 2 * margin, self.h + 2 * margin)


def segment_rect(a: Point, b: Point) -> Rect:
    """An axis-parallel segment as a hair-thin rectangle."""
    x, y = min(a[0], b[0]), min(a[1], b[1])
    return Rect(x - 0.5, y - 0.5, abs(a[0] - b[0]) + 1, abs(a[1] - b[1]) + 1)


class SpatialIndex:
    """Rectangles, each with an optional key, bucketed on a grid."""

    CELL = 256.0

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], list[tuple[Rect, str | None]]] = {}

    def _keys(self, rect: Rect) -> Iterator[tuple[int, int]]:
        size = self.CELL
        for i in range(int(rect.x // size), int(rect.right // size) + 1):
            for j in range(int(rect.y // size), int(rect.bottom // size) + 1):
                yield i, j

    def add(self, rect: Rect, key: str | None = None) -> None:
        for cell in self._keys(rect):
            self._buckets.setdefault(cell, []).append((rect, key))

    def hits(self, rect: Rect) -> bool:
        return any(
            rect.intersects(other)
            for cell in self._keys(rect)
            for other, _ in self._buckets.get(cell, ())
        )

    def find(self, rect: Rect, exclude: tuple[str, ...] = ()) -> list[Rect]:
        """The keyed rectangles meeting `rect`, each once, except those keyed in `exclude`."""
        found: dict[str, Rect] = {}
        for cell in self._keys(rect):
            for other, key in self._buckets.get(cell, ()):
                if key is not None and key not in exclude and other.intersects(rect):
                    found[key] = other
        return list(found.values())
