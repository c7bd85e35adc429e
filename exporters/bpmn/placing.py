"""Where imported lanes and steps go in our scene, from the file's diagram; a file without
one is laid out afterwards by the drawing engine's auto-layout (see importer.py).

The file's lanes keep their order and height; a step keeps its place inside its lane and
along the flow, so the imported diagram looks like the original. Gaps between pools close
up, because our lanes touch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exporters.bpmn.diagram_in import Drawing
from exporters.bpmn.diagram_out import POOL_LABEL_WIDTH
from workbench.diagram.geometry import Point, Rect
from workbench.diagram.style import CELL_HEIGHT, CELL_WIDTH, HEADER_WIDTH

DEFAULT_HEIGHT = 140.0
MARGIN = 40.0


@dataclass
class Band:
    """A lane as the file draws it (`frame`) and where it lands in our scene (`top`)."""

    key: str
    frame: Rect | None
    height: float
    top: float = 0.0


@dataclass
class Placement:
    bands: dict[str, Band]
    order: list[str]
    places: dict[str, Point]  # step id -> cell (x, y in lane)
    routes: dict[str, tuple[Point, ...]]  # flow id -> bends in scene coordinates
    unplaced: list[str]
    auto: bool


def place(
    lanes: Sequence[tuple[str, bool]],
    steps: Sequence[tuple[str, str]],
    links: Sequence[tuple[str, str, str]],
    drawing: Drawing,
) -> Placement:
    """`lanes`: (key, is_a_pool); `steps`: (id, lane key); `links`: (flow id, source, target)."""
    if not any(drawing.box(step) for step, _ in steps):
        return _auto(lanes, steps, links, drawing)
    members: dict[str, list[Rect]] = {key: [] for key, _ in lanes}
    for step, lane in steps:
        box = drawing.box(step)
        if box is not None:
            members[lane].append(box)
    bands, lefts, plane = {}, [], {}
    for key, is_pool in lanes:
        frame = drawing.box(key)
        plane[key] = drawing.planes.get(key, 0)
        if frame is not None:
            lefts.append(frame.x + (POOL_LABEL_WIDTH if is_pool else 0.0))
        elif members[key]:
            frame = _around(members[key])
            lefts.append(frame.x)
            plane[key] = min(drawing.planes.get(s, 0) for s, lane in steps if lane == key)
        bands[key] = Band(key, frame, round(frame.h, 2) if frame else DEFAULT_HEIGHT)
    left = min(lefts) if lefts else 0.0
    order = sorted(bands, key=lambda k: (
        bands[k].frame is None, plane[k], bands[k].frame.y if bands[k].frame else 0.0))
    top = 0.0
    for key in order:
        bands[key].top = top
        top += bands[key].height
    shift = HEADER_WIDTH - left
    places, unplaced = {}, []
    right = max((b.right for boxes in members.values() for b in boxes), default=left) + shift
    for step, lane in steps:
        box, band = drawing.box(step), bands[lane]
        if box is None or band.frame is None:
            unplaced.append(step)
            right += 170.0
            places[step] = (right, MARGIN)
            continue
        cx, cy = box.centre
        places[step] = (
            round(cx + shift - CELL_WIDTH / 2, 2),
            round(cy - band.frame.y - CELL_HEIGHT / 2, 2),
        )
    framed = [bands[k] for k in order if bands[k].frame is not None]
    routes = {}
    for flow_id, _, _ in links:
        points = drawing.routes.get(flow_id, [])
        routes[flow_id] = tuple(
            (round(x + shift, 2), round(_scene_y(y, framed), 2)) for x, y in points[1:-1]
        )
    return Placement(bands, order, places, routes, unplaced, auto=False)


def _around(boxes: list[Rect]) -> Rect:
    x = min(b.x for b in boxes) - MARGIN
    y = min(b.y for b in boxes) - MARGIN
    return Rect(
        x, y, max(b.right for b in boxes) + MARGIN - x, max(b.bottom for b in boxes) + MARGIN - y
    )


def _scene_y(y: float, bands: list[Band]) -> float:
    if not bands:
        return y
    for band in bands:
        assert band.frame is not None
        if y < band.frame.bottom:
            return max(y, band.frame.y) - band.frame.y + band.top
    last = bands[-1]
    assert last.frame is not None
    return min(y - last.frame.y, last.height) + last.top


def _auto(
    lanes: Sequence[tuple[str, bool]],
    steps: Sequence[tuple[str, str]],
    links: Sequence[tuple[str, str, str]],
    drawing: Drawing,
) -> Placement:
    """Lanes in the file's order at their drawn height; the steps wait for the auto-layout."""
    keys = [key for key, _ in lanes]
    bands, top = {}, 0.0
    for key in keys:
        frame = drawing.box(key)
        height = round(frame.h, 2) if frame is not None and frame.h > 0 else DEFAULT_HEIGHT
        bands[key] = Band(key, frame, height, top)
        top += height
    places = {step: (0.0, 0.0) for step, _ in steps}
    return Placement(bands, keys, places, {f: () for f, _, _ in links}, [], auto=True)
