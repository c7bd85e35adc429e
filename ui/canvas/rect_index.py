"""Rectangles by id in coarse buckets: where steps stand, and the areas connectors cross.

Connectors route around steps standing between their ends, so the scene asks "which steps
are here?" for each connector and "which connectors pass here?" for each moved step. Qt's
BSP index answers that too, but asked between edits it walks every item (a one-step move
took 15 ms on 2,000 steps) and asked while a flow is being built it rebuilds itself over
and over. Here adding, moving and asking are a few dictionary operations.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QRectF

BUCKET_WIDTH = 512.0
BUCKET_HEIGHT = 256.0


class RectIndex:
    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], set[str]] = defaultdict(set)
        self._shapes: dict[str, QRectF] = {}

    def clear(self) -> None:
        self._buckets.clear()
        self._shapes.clear()

    def put(self, key_id: str, shape: QRectF) -> None:
        """Add a rectangle or move it to `shape`."""
        old = self._shapes.get(key_id)
        if old is not None:
            if old == shape:
                return
            for key in _keys(old):
                self._buckets[key].discard(key_id)
        self._shapes[key_id] = shape  # callers hand over a rectangle of their own
        for key in _keys(shape):
            self._buckets[key].add(key_id)

    def get(self, key_id: str) -> QRectF | None:
        return self._shapes.get(key_id)

    def remove(self, key_id: str) -> None:
        old = self._shapes.pop(key_id, None)
        if old is not None:
            for key in _keys(old):
                self._buckets[key].discard(key_id)

    def ids_in(self, area: QRectF, *excluded: str) -> list[str]:
        """Ids whose rectangle overlaps `area`, except the `excluded` ones."""
        seen: set[str] = set(excluded)
        found = []
        for key in _keys(area):
            for key_id in self._buckets.get(key, ()):
                if key_id in seen:
                    continue
                seen.add(key_id)
                if self._shapes[key_id].intersects(area):
                    found.append(key_id)
        return found

    def rects_in(self, area: QRectF, *excluded: str) -> list[QRectF]:
        return [self._shapes[i] for i in self.ids_in(area, *excluded)]


def _keys(rect: QRectF) -> list[tuple[int, int]]:
    left, right = int(rect.left() // BUCKET_WIDTH), int(rect.right() // BUCKET_WIDTH)
    top, bottom = int(rect.top() // BUCKET_HEIGHT), int(rect.bottom() // BUCKET_HEIGHT)
    if left == right and top == bottom:
        return [(left, top)]
    return [(x, y) for x in range(left, right + 1) for y in range(top, bottom + 1)]
