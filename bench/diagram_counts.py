"""What a reader of a BPMN file's diagram would stumble over, counted from its DI alone.

A plain ElementTree walk over BPMNShape bounds, BPMNEdge waypoints and BPMNLabel bounds,
with geometry of its own: it never asks the drawing engine, so it can judge the engine's
output. Counted: connectors through shapes they do not join, connector ends off their
shape's outline (circle for events, diamond for gateways, rectangle for the rest),
overlapping shapes (lanes and pools aside), labels over shapes or over other labels, task
names that cannot fit their box at 12 px, lane and pool names longer than two lines
along their side, and crossings (pairs of segments of different
connectors that cross).

`python -m bench.diagram_counts FILE...` prints the counts of each file.
"""

from __future__ import annotations

import math
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from exporters.bpmn.reader_lines import reader_lines

MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
TOLERANCE = 1.0
NOT_STEPS = {"lane", "participant", "textAnnotation", "group", "dataObjectReference",
             "dataStoreReference", "dataObject", "dataStore"}
CONTAINERS = {"subProcess", "transaction", "adHocSubProcess"}
BANDS = {"lane", "participant"}
BAND_LINES = 2  # bpmn-js writes a lane's or pool's name in a 30 px strip along its side
TASK_TEXT = 12.0  # bpmn-js draws task names at 12 px, 7 px in from the sides
TASK_SIDES = 7.0
TASK_PADDING = 5.0  # kept free above and below the name

Box = tuple[float, float, float, float]  # x, y, w, h
Point = tuple[float, float]


@dataclass
class Diagram:
    shapes: dict[str, Box] = field(default_factory=dict)  # flow node id -> bounds
    kinds: dict[str, str] = field(default_factory=dict)  # "event", "gateway" or "task"
    names: dict[str, str] = field(default_factory=dict)
    hosts: dict[str, str] = field(default_factory=dict)  # boundary event -> its activity
    edges: dict[str, list[Point]] = field(default_factory=dict)  # flow id -> waypoints
    ends: dict[str, tuple[str, str]] = field(default_factory=dict)  # flow id -> (source, target)
    labels: dict[str, Box] = field(default_factory=dict)  # element id -> label bounds
    # lane or pool id -> (the length of its side its name is written along, name)
    bands: dict[str, tuple[float, str]] = field(default_factory=dict)


def read_di(source: bytes | str | Path) -> Diagram:
    data = Path(source).read_bytes() if isinstance(source, (str, Path)) else source
    root = ET.fromstring(data)
    elements = {e.get("id"): e for e in root.iter() if e.get("id")}
    diagram = Diagram()
    first = next(root.iter(f"{{{BPMNDI}}}BPMNPlane"), None)
    if first is None:
        return diagram
    for shape in first.iter(f"{{{BPMNDI}}}BPMNShape"):
        element = elements.get(shape.get("bpmnElement"))
        bounds = _bounds(shape.find(f"{{{DC}}}Bounds"))
        if element is None or bounds is None:
            continue
        tag = element.tag.rsplit("}", 1)[-1]
        key = element.get("id", "")
        if tag in BANDS and element.get("name"):
            side = bounds[3] if shape.get("isHorizontal", "true") == "true" else bounds[2]
            diagram.bands[key] = (side, element.get("name", ""))
        if tag in NOT_STEPS or (tag in CONTAINERS and shape.get("isExpanded") == "true"):
            continue
        diagram.shapes[key] = bounds
        diagram.kinds[key] = ("event" if tag.endswith("Event") else
                              "gateway" if tag.endswith("Gateway") else "task")
        diagram.names[key] = element.get("name", "")
        if tag == "boundaryEvent":
            diagram.hosts[key] = element.get("attachedToRef", "")
        label = _bounds(shape.find(f"{{{BPMNDI}}}BPMNLabel/{{{DC}}}Bounds"))
        if label is not None and diagram.kinds[key] != "task":
            diagram.labels[key] = label
    for edge in first.iter(f"{{{BPMNDI}}}BPMNEdge"):
        element = elements.get(edge.get("bpmnElement"))
        if element is None or element.tag.rsplit("}", 1)[-1] not in ("sequenceFlow",
                                                                      "messageFlow"):
            continue
        points = [(float(p.get("x", "0")), float(p.get("y", "0")))
                  for p in edge.findall(f"{{{DI}}}waypoint")]
        key = element.get("id", "")
        diagram.edges[key] = points
        diagram.ends[key] = (element.get("sourceRef", ""), element.get("targetRef", ""))
        label = _bounds(edge.find(f"{{{BPMNDI}}}BPMNLabel/{{{DC}}}Bounds"))
        if label is not None and element.get("name"):
            diagram.labels[key] = label
    return diagram


def _bounds(element: ET.Element | None) -> Box | None:
    if element is None:
        return None
    try:
        x, y, w, h = (float(element.get(k, "")) for k in ("x", "y", "width", "height"))
    except ValueError:
        return None
    return (x, y, w, h)


# ------------------------------------------------------------------ geometry


def _inset(box: Box, by: float) -> Box:
    return (box[0] + by, box[1] + by, box[2] - 2 * by, box[3] - 2 * by)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _contains(outer: Box, inner: Box) -> bool:
    return (outer[0] <= inner[0] and outer[1] <= inner[1]
            and inner[0] + inner[2] <= outer[0] + outer[2]
            and inner[1] + inner[3] <= outer[1] + outer[3])


def segment_through(p: Point, q: Point, box: Box) -> bool:
    """Does segment p-q pass through the inside of `box` (shrunk by the tolerance)?
    Liang-Barsky clipping: the part of the segment inside the box has positive length."""
    x, y, w, h = _inset(box, TOLERANCE)
    if w <= 0 or h <= 0:
        return False
    dx, dy = q[0] - p[0], q[1] - p[1]
    low, high = 0.0, 1.0
    for step, distance in ((-dx, p[0] - x), (dx, x + w - p[0]), (-dy, p[1] - y),
                           (dy, y + h - p[1])):
        if step == 0:
            if distance <= 0:
                return False
            continue
        t = distance / step
        if step < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low >= high:
            return False
    length = math.hypot(dx, dy) * (high - low)
    return length > 1e-6


def on_outline(kind: str, box: Box, point: Point) -> bool:
    x, y, w, h = box
    dx, dy = point[0] - (x + w / 2), point[1] - (y + h / 2)
    if kind == "event":
        return abs(math.hypot(dx, dy) - w / 2) <= TOLERANCE
    if kind == "gateway":
        return abs(abs(dx) / (w / 2) + abs(dy) / (h / 2) - 1) * min(w, h) / 2 <= TOLERANCE
    inside = abs(dx) <= w / 2 + TOLERANCE and abs(dy) <= h / 2 + TOLERANCE
    edge = abs(abs(dx) - w / 2) <= TOLERANCE or abs(abs(dy) - h / 2) <= TOLERANCE
    return inside and edge


def _cross(p: Point, q: Point, r: Point, s: Point) -> bool:
    """Do p-q and r-s cross at one point inside both (touching or running along: no)?"""
    def side(a: Point, b: Point, c: Point) -> float:
        value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return 0.0 if abs(value) < 1e-6 else value

    d1, d2 = side(r, s, p), side(r, s, q)
    d3, d4 = side(p, q, r), side(p, q, s)
    return d1 * d2 < 0 and d3 * d4 < 0


# ------------------------------------------------------------------ counting


def crossings(source: bytes | str | Path | Diagram) -> int:
    """Pairs of segments of different connectors that cross."""
    diagram = source if isinstance(source, Diagram) else read_di(source)
    segments = [(key, p, q) for key, points in diagram.edges.items()
                for p, q in zip(points, points[1:], strict=False)]
    segments.sort(key=lambda s: min(s[1][0], s[2][0]))
    count = 0
    for i, (key, p, q) in enumerate(segments):
        right = max(p[0], q[0])
        for other, r, s in segments[i + 1:]:
            if min(r[0], s[0]) > right:
                break
            if other != key and _cross(p, q, r, s):
                count += 1
    return count


def defects(source: bytes | str | Path | Diagram) -> Counter[str]:
    diagram = source if isinstance(source, Diagram) else read_di(source)
    found: Counter[str] = Counter()
    for key, points in diagram.edges.items():
        found["connector through a step"] += _through(diagram, key, points)
        found["connector end off its outline"] += _ends_off(diagram, key, points)
    items = sorted(diagram.shapes.items())
    for i, (key, box) in enumerate(items):
        for other, second in items[i + 1:]:
            nested = _contains(box, second) or _contains(second, box)
            attached = diagram.hosts.get(key) == other or diagram.hosts.get(other) == key
            if not attached and not nested and _overlap(_inset(box, TOLERANCE), second):
                found["overlapping steps"] += 1
    labels = sorted(diagram.labels.items())
    for i, (owner, label) in enumerate(labels):
        inner = _inset(label, TOLERANCE)
        found["label over a step"] += sum(
            1 for key, box in items if key != owner and _overlap(inner, box))
        found["overlapping labels"] += sum(
            1 for _, other in labels[i + 1:] if _overlap(inner, other))
    found["task name overflowing"] += sum(
        1 for key, box in items if diagram.kinds[key] == "task" and not _fits(
            diagram.names[key], box))
    found["lane name overflowing"] += sum(
        1 for side, name in diagram.bands.values() if not _fits_band(name, side))
    return +found


def _through(diagram: Diagram, key: str, points: list[Point]) -> int:
    source, target = diagram.ends[key]
    hit = set()
    last = len(points) - 2
    for i, (p, q) in enumerate(zip(points, points[1:], strict=False)):
        for step, box in diagram.shapes.items():
            if (i == 0 and step == source) or (i == last and step == target):
                continue
            if diagram.hosts.get(step) in (source, target) or diagram.hosts.get(source) == step:
                continue  # a boundary event's flow leaves across its host's border
            if segment_through(p, q, box):
                hit.add(step)
    return len(hit)


def _ends_off(diagram: Diagram, key: str, points: list[Point]) -> int:
    if len(points) < 2:
        return 0
    count = 0
    for end, step, neighbour in ((points[0], diagram.ends[key][0], points[1]),
                                 (points[-1], diagram.ends[key][1], points[-2])):
        box = diagram.shapes.get(step)
        if box is None:
            continue
        if not on_outline(diagram.kinds[step], box, end) or segment_through(end, neighbour, box):
            count += 1
    return count


def _width(text: str) -> float:
    total = 0.0
    for char in text:
        total += TASK_TEXT if ord(char) >= 0x2E80 else stringWidth(char, "Helvetica", TASK_TEXT)
    return total


def _fits(name: str, box: Box) -> bool:
    """Does the name, broken into lines as bpmn-js breaks it, fit the box without a word
    cut in two?"""
    lines, cut = reader_lines(name, _width, box[2] - 2 * TASK_SIDES)
    return not cut and len(lines) * TASK_TEXT * 1.2 <= box[3] - 2 * TASK_PADDING + TOLERANCE


def _fits_band(name: str, side: float) -> bool:
    lines, cut = reader_lines(name, _width, side)
    return not cut and len(lines) <= BAND_LINES


def main(paths: list[str]) -> int:
    for path in paths:
        counts = defects(path)
        summary = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "no defects"
        print(f"{path}: {summary}; crossings: {crossings(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
