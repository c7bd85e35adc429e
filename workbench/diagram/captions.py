"""Where the words go: captions of events and gateways, branch labels with their
probability, and KPI markers, each in the first place along its owner that covers no
step, no other text and, where it can, no connector.

A caption is a box of text with a white margin; boxes are kept in an index so that each
new caption asks "is this free?" in a few look-ups.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from workbench.diagram import style
from workbench.diagram.geometry import Point, Rect, SpatialIndex
from workbench.diagram.text import TextMetrics, widest, wrap
from workbench.model import Flow


@dataclass(frozen=True)
class Caption:
    lines: tuple[str, ...]
    box: Rect  # the text's extent with its white margin
    size: float


def flow_caption(flow: Flow) -> str:
    """The flow's condition and, out of a decision, its probability: "yes · 70 %"; the
    number and its % never part."""
    parts = [flow.label] if flow.label else []
    if flow.probability is not None:
        parts.append(f"{flow.probability * 100:.0f}\u00a0%")
    return " · ".join(parts)


class Places:
    """What text must not cover (steps, captions, badges: hard) and what it should rather
    not cover (connector segments: soft)."""

    def __init__(self, routes: SpatialIndex) -> None:
        """`routes`: the router's own index of connector segments (keys "flow#n"), read
        rather than copied."""
        self.hard = SpatialIndex(cell=192.0)
        self.soft = routes
        self._owned: dict[str, set[str]] = {}

    def free(self, box: Rect, owner: str, soft: bool) -> bool:
        mine = owner + "#"
        if any(not k.startswith(mine) for k in self.hard.hits(box)):
            return False
        if soft:
            return not any(not k.startswith(mine) for k in self.soft.hits(box.grown(-1)))
        return True

    def take(self, key: str, box: Rect) -> None:
        """Reserve `box` under `key` ("owner#what"): no other owner's text may cover it."""
        self.hard.put(key, box)
        owner = key.partition("#")[0]
        owned = self._owned.get(owner)
        if owned is None:
            self._owned[owner] = {key}
        else:
            owned.add(key)

    def release(self, owner: str) -> None:
        """Forget everything an owner placed (a step or flow that moved or changed)."""
        for key in self._owned.pop(owner, ()):
            self.hard.remove(key)



def choose(candidates: Sequence[Rect], owner: str, places: Places) -> Rect:
    """The first candidate free of everything, else the first free of hard obstacles,
    else the first."""
    for soft in (True, False):
        for box in candidates:
            if places.free(box, owner, soft):
                return box
    for box in _around(candidates[0]):
        if places.free(box, owner, False):
            return box
    return candidates[0]


def flow_caption_box(
    owner: str, text: str, points: Sequence[Point], near_source: bool,
    metrics: TextMetrics, places: Places,
) -> Caption:
    """A flow's caption: by the gateway for a branch, else beside its longest segment;
    wrapped narrower where the first places are taken."""
    size = style.CAPTION_SIZE
    line_height = metrics.line_height(size)
    pad = style.CAPTION_PAD
    fallback: Caption | None = None
    for soft in (True, False):
        for room in style.FLOW_CAPTION_WIDTHS:
            lines = wrap(text, metrics, size, room)
            width = widest(lines, metrics, size) + 2 * pad
            height = len(lines) * line_height + pad
            for box in _along(points, width, height, near_source):
                if fallback is None:
                    fallback = Caption(lines, box, size)
                if places.free(box, owner, soft):
                    return Caption(lines, box, size)
    assert fallback is not None
    for box in _around(fallback.box):
        if places.free(box, owner, False):
            return Caption(fallback.lines, box, size)
    return fallback


def _around(box: Rect) -> Iterator[Rect]:
    """Places ever further from a crowded first choice, for a caption that found no room
    beside its connector: readable a little away beats hidden under another."""
    for step in range(1, 25):
        r = 8.0 * step
        for dx, dy in ((0, -r), (0, r), (r, 0), (-r, 0), (r, -r), (-r, -r), (r, r), (-r, r)):
            yield Rect(box.x + dx, box.y + dy, box.w, box.h)


def _along(points: Sequence[Point], width: float, height: float,
           near_source: bool) -> Iterator[Rect]:
    gap = 2.0

    def beside(p: Point, q: Point, t: float) -> Iterator[Rect]:
        x, y = p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t
        if abs(p[1] - q[1]) < 0.5:  # horizontal: above, then below
            yield Rect(x - width / 2, y - gap - height, width, height)
            yield Rect(x - width / 2, y + gap, width, height)
        else:
            yield Rect(x + gap + 1, y - height / 2, width, height)
            yield Rect(x - gap - 1 - width, y - height / 2, width, height)

    segments = list(zip(points, points[1:], strict=False))
    if not segments:
        return
    if near_source:
        p, q = segments[0]
        if abs(p[1] - q[1]) < 0.5:
            direction = 1 if q[0] >= p[0] else -1
            x0 = p[0] + direction * 4
            x = x0 if direction > 0 else x0 - width
            turn = _turn(points)
            sides = ((1, -1) if turn > 0 else (-1, 1))
            for side in sides:
                y = p[1] + gap if side > 0 else p[1] - gap - height
                yield Rect(x, y, width, height)
        else:
            direction = 1 if q[1] >= p[1] else -1
            y = p[1] + direction * 4 if direction > 0 else p[1] - 4 - height
            yield Rect(p[0] + gap + 1, y, width, height)
            yield Rect(p[0] - gap - 1 - width, y, width, height)
    ranked = sorted(segments, key=lambda s: -(abs(s[0][0] - s[1][0]) + abs(s[0][1] - s[1][1])))
    for p, q in ranked:
        for t in (0.5, 0.25, 0.75, 0.1, 0.9):
            yield from beside(p, q, t)


def _turn(points: Sequence[Point]) -> int:
    """Which way the connector first bends: -1 up, 1 down, 0 straight on."""
    start = points[0][1]
    for point in points[1:]:
        if abs(point[1] - start) > 0.5:
            return 1 if point[1] > start else -1
    return 0


def kpi_marker(points: Sequence[Point]) -> Point:
    """Mid-way along the connector's longest segment."""
    pairs = list(zip(points, points[1:], strict=False))
    p, q = max(pairs, key=lambda s: abs(s[0][0] - s[1][0]) + abs(s[0][1] - s[1][1]))
    return ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)


def marker_rect(centre: Point) -> Rect:
    r = style.KPI_RADIUS
    return Rect(centre[0] - r, centre[1] - r, 2 * r, 2 * r)
