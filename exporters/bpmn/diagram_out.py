"""BPMNDI for an exported version: the pool, its lanes, and every step, flow and label where
the drawing engine draws them (see view.py), so the diagram opens laid out in bpmn-js,
Camunda Modeler and the rest exactly as our canvas shows it.

Value, necessary and waste steps carry the canvas's colours in both colour extensions the
common readers know: bpmn-js's `bioc` and the OMG's non-normative `color` (Camunda Modeler).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from exporters.bpmn.names import BIOC, BPMNDI, COLOR, DC, DI, q
from exporters.bpmn.view import BpmnView
from workbench.diagram import style
from workbench.diagram.geometry import Point, Rect
from workbench.model import Version

POOL_LABEL_WIDTH = 30.0  # BPMN tools draw the pool's name in a band this wide
MIN_WIDTH = 1400.0
RIGHT_MARGIN = 120.0


def add_diagram(
    definitions: ET.Element,
    version: Version,
    ids: dict[str, str],
    structure: dict[str, str],
    view: BpmnView,
) -> None:
    diagram = ET.SubElement(
        definitions,
        q(BPMNDI, "BPMNDiagram"),
        {"id": structure["Diagram_1"], "name": "Process Workbench"},
    )
    plane = ET.SubElement(
        diagram,
        q(BPMNDI, "BPMNPlane"),
        {"id": structure["Plane_1"], "bpmnElement": structure["Collaboration_1"]},
    )
    drawing = view.drawing
    content = drawing.content()
    right = style.HEADER_WIDTH + MIN_WIDTH
    if content is not None:
        right = max(right, content.right + RIGHT_MARGIN)
    height = drawing.lanes_height or 140.0
    pool_x = style.HEADER_WIDTH - POOL_LABEL_WIDTH
    _shape(plane, structure["Participant_1"], Rect(pool_x, 0.0, right - pool_x, height), True)
    for band in drawing.bands:
        box = Rect(style.HEADER_WIDTH, band.top, right - style.HEADER_WIDTH, band.height)
        _shape(plane, ids[band.lane_id], box, True)
    for bpmn_id, step_id in view.step_of.items():
        box = drawing.steps[step_id]
        shape = _shape(plane, bpmn_id, box.shape)
        node = version.nodes.get(step_id)
        if node is not None and node.value_class is not None:
            _colour(shape, style.VALUE_FILL[node.value_class],
                    style.VALUE_BORDER[node.value_class])
        if not box.inside and box.lines:
            _label(shape, box.text)
    for bpmn_id, flow_id in view.flow_of.items():
        connector = drawing.connectors.get(flow_id)
        if connector is None:
            continue
        edge = _edge(plane, bpmn_id, connector.points)
        if connector.caption is not None:
            _label(edge, connector.caption.box)


def _shape(plane: ET.Element, element_id: str, box: Rect,
           horizontal: bool = False) -> ET.Element:
    attributes = {"id": f"{element_id}_di", "bpmnElement": element_id}
    if horizontal:
        attributes["isHorizontal"] = "true"
    shape = ET.SubElement(plane, q(BPMNDI, "BPMNShape"), attributes)
    _bounds(shape, box)
    return shape


def _bounds(parent: ET.Element, box: Rect) -> None:
    ET.SubElement(
        parent,
        q(DC, "Bounds"),
        {"x": number(box.x), "y": number(box.y), "width": number(box.w),
         "height": number(box.h)},
    )


def _label(parent: ET.Element, box: Rect) -> None:
    _bounds(ET.SubElement(parent, q(BPMNDI, "BPMNLabel")), box)


def _colour(shape: ET.Element, fill: str, border: str) -> None:
    shape.set(q(BIOC, "fill"), fill)
    shape.set(q(BIOC, "stroke"), border)
    shape.set(q(COLOR, "background-color"), fill)
    shape.set(q(COLOR, "border-color"), border)


def _edge(plane: ET.Element, element_id: str, points: Sequence[Point]) -> ET.Element:
    edge = ET.SubElement(
        plane, q(BPMNDI, "BPMNEdge"), {"id": f"{element_id}_di", "bpmnElement": element_id}
    )
    for x, y in points:
        ET.SubElement(edge, q(DI, "waypoint"), {"x": number(x), "y": number(y)})
    return edge


def rounded(values: Sequence[float]) -> list[float]:
    """Numbers as the diagram writes them, so the importer can tell whether they moved."""
    return [float(number(v)) for v in values]


def number(value: float) -> str:
    """Diagram coordinates to a hundredth of a pixel, without trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
