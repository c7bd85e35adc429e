"""Room for a small shape beside a step, made by moving what stands further along the flow.

A surface that must show a shape the user never drew (the BPMN writer's join and split
gateways) puts it in the gap before or after its step. Where that gap is too narrow,
everything right of it moves right by what is missing, so the user's placement keeps its
order and proportions and only widens where it has to.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from workbench.diagram.geometry import Rect

BUCKET = 128.0  # obstacles are bucketed by height so a look-up reads only nearby rows


@dataclass(frozen=True)
class Beside:
    """A shape `key` of `size` (w, h) wanted before (left of) or after `step`, its centre
    at height `cy` (the middle of the step's own shape)."""

    key: str
    step: str
    before: bool
    size: tuple[float, float]
    cy: float


@dataclass
class Room:
    """Where the gaps were widened, and the new shapes' boxes in the widened drawing."""

    cuts: list[float] = field(default_factory=list)  # x (before widening) of each widening
    widths: list[float] = field(default_factory=list)  # running total of the widenings
    shapes: dict[str, Rect] = field(default_factory=dict)

    def dx(self, x: float) -> float:
        """How far something at x (before widening) moves right."""
        index = bisect_left(self.cuts, x)
        return self.widths[index - 1] if index else 0.0

    def _widen(self, at: float, amount: float) -> None:
        total = (self.widths[-1] if self.widths else 0.0) + amount
        self.cuts.append(at)
        self.widths.append(total)


def make_room(
    boxes: Mapping[str, Rect], wanted: Iterable[Beside], gap: float, left: float
) -> Room:
    """Room for each wanted shape `gap` away from its step and from anything else in its
    row; nothing may go left of `left` (the lane headers). `boxes` are what must not be
    covered: each step's shape with its caption."""
    rows: dict[int, list[str]] = defaultdict(list)
    for key, box in boxes.items():
        for row in range(int(box.y // BUCKET), int(box.bottom // BUCKET) + 1):
            rows[row].append(key)
    room = Room()
    anchors: dict[str, tuple[str, float]] = {}  # new shape -> (step, offset from its x)
    order = sorted(wanted, key=lambda w: (_anchor(boxes[w.step], w.before), not w.before, w.key))
    for item in order:
        step = boxes[item.step]
        w, h = item.size
        band = Rect(step.x, item.cy - h / 2 - gap, step.w, h + 2 * gap)
        need = w + 2 * gap
        free = _free(room, boxes, rows, anchors, item, band, left)
        at = _anchor(step, item.before)
        if free < need:
            room._widen(at, need - free)
        shifted = step.moved(room.dx(step.cx), 0.0)
        cx = shifted.x - gap - w / 2 if item.before else shifted.right + gap + w / 2
        room.shapes[item.key] = Rect.around(cx, item.cy, w, h)
        anchors[item.key] = (item.step, cx - shifted.x)
    for key, (step, offset) in anchors.items():
        box = boxes[step]
        shape = room.shapes[key]
        cx = box.x + room.dx(box.cx) + offset
        room.shapes[key] = Rect.around(cx, shape.cy, shape.w, shape.h)
    return room


def _anchor(step: Rect, before: bool) -> float:
    return step.x if before else step.right


def _free(
    room: Room, boxes: Mapping[str, Rect], rows: Mapping[int, list[str]],
    anchors: Mapping[str, tuple[str, float]], item: Beside, band: Rect, left: float,
) -> float:
    """The free width beside the step in its row, in the drawing as widened so far."""
    step = boxes[item.step]
    step_x = step.x + room.dx(step.cx)
    step_right = step_x + step.w
    nearest = left if item.before else float("inf")
    others: list[Rect] = []
    for row in range(int(band.y // BUCKET), int(band.bottom // BUCKET) + 1):
        for key in rows.get(row, ()):
            box = boxes[key]
            if key != item.step and band.y < box.bottom and box.y < band.bottom:
                others.append(box.moved(room.dx(box.cx), 0.0))
    for key, (anchor, offset) in anchors.items():
        placed = room.shapes[key]
        if band.y < placed.bottom and placed.y < band.bottom:
            anchor_box = boxes[anchor]
            cx = anchor_box.x + room.dx(anchor_box.cx) + offset
            others.append(Rect.around(cx, placed.cy, placed.w, placed.h))
    for other in others:
        if item.before and other.cx < step.cx + room.dx(step.cx):
            nearest = max(nearest, other.right)
        elif not item.before and other.cx > step.cx + room.dx(step.cx):
            nearest = min(nearest, other.x)
    return step_x - nearest if item.before else nearest - step_right


@dataclass(frozen=True)
class LaneFit:
    """A lane made to hold its steps: they move down by `drop`, it becomes `height` tall."""

    drop: float
    height: float


def fit_lanes(
    lanes: Iterable[tuple[str, float, float]], shapes: Mapping[str, list[Rect]], margin: float
) -> dict[str, LaneFit]:
    """For each (lane, top, height), how to keep every one of its step `shapes` inside it
    with `margin` to spare: a step poking out above moves the lane's steps down, one
    poking out below makes the lane taller. Lanes that already hold theirs are unchanged."""
    fits = {}
    for lane_id, top, height in lanes:
        boxes = shapes.get(lane_id, [])
        drop = max([0.0, *(top + margin - b.y for b in boxes)])
        bottom = max([top + height - margin, *(b.bottom + drop for b in boxes)])
        fits[lane_id] = LaneFit(drop, max(height, bottom + margin - top))
    return fits
