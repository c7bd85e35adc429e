"""The diagram check: what a reader of the drawing would be misled by or could not read.

It reads only the finished drawing (boxes, polylines, caption boxes), never how they were
computed, so it checks the engine rather than repeating it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.diagram.drawing import Drawing
from workbench.diagram.geometry import Point, Rect, SpatialIndex, segment_crosses
from workbench.diagram.text import TextMetrics
from workbench.events import ElementKind
from workbench.findings import CHECKS, Finding
from workbench.flowgraph import NODE_KIND_WORDS
from workbench.i18n import Msg, _t
from workbench.model import NodeKind, Version

TOLERANCE = 1.0


@dataclass(frozen=True)
class DiagramDefect:
    check_id: str
    element_id: str  # the step or flow to select
    kind: str  # "node" or "flow"
    other: str | None  # the second element involved, when there is one
    detail: str


def diagram_defects(drawing: Drawing, metrics: TextMetrics) -> list[DiagramDefect]:
    found: list[DiagramDefect] = []
    found += _overlapping_steps(drawing)
    found += _connectors_through_steps(drawing)
    found += _ends_off_outline(drawing)
    found += _covered_text(drawing)
    found += _overflowing_labels(drawing, metrics)
    return found


def _shape_index(drawing: Drawing) -> SpatialIndex:
    index = SpatialIndex()
    for node_id, box in drawing.steps.items():
        index.put(node_id, box.shape)
    return index


def _overlapping_steps(drawing: Drawing) -> Iterator[DiagramDefect]:
    index = _shape_index(drawing)
    for node_id, box in sorted(drawing.steps.items()):
        for other in sorted(index.hits(box.shape.grown(-TOLERANCE), (node_id,))):
            if node_id < other:
                yield DiagramDefect("diagram-steps-overlap", node_id, "node", other,
                                    _t("{element} stands on another step"))


def _connectors_through_steps(drawing: Drawing) -> Iterator[DiagramDefect]:
    index = _shape_index(drawing)
    for flow_id, connector in sorted(drawing.connectors.items()):
        points = connector.points
        crossed: set[str] = set()
        last = len(points) - 2
        for i, (p, q) in enumerate(zip(points, points[1:], strict=False)):
            skip = []
            if i == 0:
                skip.append(connector.source)
            if i == last:
                skip.append(connector.target)
            crossed.update(index.crossed_by(p, q, skip, inset=TOLERANCE))
        for node_id in sorted(crossed):
            yield DiagramDefect("diagram-connector-through-step", flow_id, "flow", node_id,
                                _t("{element} runs through a step it does not join")
                                if node_id not in (connector.source, connector.target)
                                else _t("{element} runs back through its own step"))


def on_outline(kind: NodeKind, rect: Rect, point: Point, tolerance: float = TOLERANCE) -> bool:
    """Is `point` on the shape's outline: a task's border, an event's circle, a diamond?"""
    dx, dy = point[0] - rect.cx, point[1] - rect.cy
    hw, hh = rect.w / 2, rect.h / 2
    if kind in (NodeKind.START, NodeKind.END):
        return abs(math.hypot(dx, dy) - hw) <= tolerance
    if kind in (NodeKind.DECISION, NodeKind.PARALLEL):
        return abs(abs(dx) / hw + abs(dy) / hh - 1) * min(hw, hh) <= tolerance
    inside_x = abs(dx) <= hw + tolerance
    inside_y = abs(dy) <= hh + tolerance
    on_x = abs(abs(dx) - hw) <= tolerance
    on_y = abs(abs(dy) - hh) <= tolerance
    return (on_x and inside_y) or (on_y and inside_x)


def _ends_off_outline(drawing: Drawing) -> Iterator[DiagramDefect]:
    for flow_id, connector in sorted(drawing.connectors.items()):
        points = connector.points
        if len(points) < 2:
            continue
        for end, step_id, neighbour in ((points[0], connector.source, points[1]),
                                        (points[-1], connector.target, points[-2])):
            box = drawing.steps.get(step_id)
            if box is None:
                continue
            inward = segment_crosses(end, neighbour, box.shape, TOLERANCE)
            if not on_outline(box.kind, box.shape, end) or inward:
                yield DiagramDefect("diagram-connector-end-inside", flow_id, "flow", step_id,
                                    _t("{element} ends inside its step instead of on its "
                                       "outline"))


def _texts(drawing: Drawing) -> Iterator[tuple[str, str, str, Rect]]:
    """(owner, kind, what, box) of every piece of text drawn outside a task's box."""
    for node_id, box in drawing.steps.items():
        if not box.inside and box.lines:
            yield node_id, "node", "caption", box.text
        for index, icon in enumerate(box.icons):
            if icon.text:
                yield node_id, "node", f"badge{index}", icon.rect
    for flow_id, connector in drawing.connectors.items():
        if connector.caption is not None:
            yield flow_id, "flow", "caption", connector.caption.box


def _covered_text(drawing: Drawing) -> Iterator[DiagramDefect]:
    shapes = _shape_index(drawing)
    texts = SpatialIndex(cell=192.0)
    entries = sorted(_texts(drawing), key=lambda t: (t[0], t[2]))
    for owner, kind, what, box in entries:
        inner = box.grown(-TOLERANCE)
        for node_id in sorted(shapes.hits(inner, (owner,))):
            yield DiagramDefect("diagram-label-over-step", owner, kind, node_id,
                                _t("{element}: its label covers a step") if what == "caption"
                                else _t("{element}: its badge covers a step"))
        for other in sorted(texts.hits(inner)):
            other_owner = other.split("#")[0]
            yield DiagramDefect("diagram-labels-overlap", owner, kind, other_owner,
                                _t("{element}: its label covers another label"))
        texts.put(f"{owner}#{what}", box)


def _overflowing_labels(drawing: Drawing, metrics: TextMetrics) -> Iterator[DiagramDefect]:
    for node_id, box in sorted(drawing.steps.items()):
        if not box.inside or not box.lines:
            continue
        wide = max(metrics.width(line, box.text_size) for line in box.lines)
        tall = len(box.lines) * metrics.line_height(box.text_size)
        if wide > box.text.w + TOLERANCE or tall > box.text.h + TOLERANCE:
            yield DiagramDefect("diagram-label-overflow", node_id, "node", None,
                                _t("{element}: its label does not fit inside it"))


def diagram_findings(version: Version, drawing: Drawing, metrics: TextMetrics) -> list[Finding]:
    """The diagram check as findings, naming the elements as the reader sees them."""
    findings = []
    for defect in diagram_defects(drawing, metrics):
        kind = ElementKind.NODE if defect.kind == "node" else ElementKind.FLOW
        message = Msg(defect.detail, element=_name(version, defect.element_id))
        if defect.other is not None and defect.other != defect.element_id:
            message = Msg("{message} ({other})", message=message,
                          other=_name(version, defect.other))
        findings.append(Finding(defect.check_id, CHECKS[defect.check_id].severity,
                                Msg("{message}.", message=message), version.id,
                                defect.element_id, str(kind)))
    return findings


def _name(version: Version, element_id: str) -> Msg | str:
    node = version.nodes.get(element_id)
    if node is not None:
        if node.label:
            return Msg("Step '{label}'", label=node.label)
        return Msg("The {kind} step", kind=NODE_KIND_WORDS[node.kind])
    flow = version.flows.get(element_id)
    if flow is not None:
        ends = [version.nodes.get(flow.source), version.nodes.get(flow.target)]
        names = [(n.label or NODE_KIND_WORDS[n.kind]) if n else "?" for n in ends]
        return Msg("The connector from '{source}' to '{target}'", source=names[0],
                   target=names[1])
    return element_id
