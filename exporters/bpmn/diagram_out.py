"""BPMNDI for an exported version: the pool, its lanes, every step and flow where our canvas
draws them, so the diagram opens laid out in bpmn-js, Camunda Modeler and the rest."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from exporters.bpmn.geometry import (
    HEADER_WIDTH,
    MIN_WIDTH,
    POOL_LABEL_WIDTH,
    RIGHT_MARGIN,
    Box,
    Point,
    cell_centre,
    lane_tops,
    route,
    shape_box,
)
from exporters.bpmn.names import BPMNDI, DC, DI, q
from exporters.bpmn.wiring import Wiring
from workbench.model import Version


def step_boxes(version: Version) -> dict[str, Box]:
    """Each step's BPMN shape, by our id, in diagram (= scene) coordinates."""
    tops = lane_tops(version.lanes)
    return {
        node.id: shape_box(node.kind, cell_centre(node.x, node.y, tops.get(node.lane, 0.0)))
        for node in version.nodes.values()
    }


def flow_points(version: Version, boxes: dict[str, Box], wiring: Wiring) -> dict[str, list[Point]]:
    """Each of our flows' drawn route, between the shapes it really joins in the file."""
    bridge_boxes = {b.id: b.box(boxes[b.step]) for b in wiring.bridges}
    by_bpmn = {**bridge_boxes}
    points = {}
    for flow in version.flows.values():
        source = by_bpmn.get(wiring.source[flow.id], boxes[flow.source])
        target = by_bpmn.get(wiring.target[flow.id], boxes[flow.target])
        points[flow.id] = route(source, target, flow.waypoints)
    return points


def add_diagram(
    definitions: ET.Element,
    version: Version,
    ids: dict[str, str],
    wiring: Wiring,
    structure: dict[str, str],
    boxes: dict[str, Box],
    routes: dict[str, list[Point]],
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
    bridge_boxes = {b.id: b.box(boxes[b.step]) for b in wiring.bridges}
    all_boxes = [*boxes.values(), *bridge_boxes.values()]
    right = max([HEADER_WIDTH + MIN_WIDTH, *(b.right + RIGHT_MARGIN for b in all_boxes)])
    height = sum(lane.height for lane in version.lanes) or 140.0
    pool_x = HEADER_WIDTH - POOL_LABEL_WIDTH
    _shape(plane, structure["Participant_1"], Box(pool_x, 0.0, right - pool_x, height))
    top = 0.0
    for lane in version.lanes:
        _shape(plane, ids[lane.id], Box(HEADER_WIDTH, top, right - HEADER_WIDTH, lane.height))
        top += lane.height
    for node_id, box in boxes.items():
        _shape(plane, ids[node_id], box, expanded=None)
    for bridge_id, box in bridge_boxes.items():
        _shape(plane, bridge_id, box, expanded=None)
    for flow_id, points in routes.items():
        _edge(plane, ids[flow_id], points)
    for bridge in wiring.bridges:
        step, gateway = boxes[bridge.step], bridge_boxes[bridge.id]
        ends = (gateway, step) if bridge.joins else (step, gateway)
        _edge(plane, bridge.flow_id, route(*ends))


def _shape(plane: ET.Element, element_id: str, box: Box, expanded: bool | None = True) -> None:
    attributes = {"id": f"{element_id}_di", "bpmnElement": element_id}
    if expanded is not None:
        attributes["isHorizontal"] = "true"
    shape = ET.SubElement(plane, q(BPMNDI, "BPMNShape"), attributes)
    ET.SubElement(
        shape,
        q(DC, "Bounds"),
        {
            "x": number(box.x),
            "y": number(box.y),
            "width": number(box.width),
            "height": number(box.height),
        },
    )


def _edge(plane: ET.Element, element_id: str, points: Sequence[Point]) -> None:
    edge = ET.SubElement(
        plane, q(BPMNDI, "BPMNEdge"), {"id": f"{element_id}_di", "bpmnElement": element_id}
    )
    for x, y in points:
        ET.SubElement(edge, q(DI, "waypoint"), {"x": number(x), "y": number(y)})


def rounded(values: Sequence[float]) -> list[float]:
    """Numbers as the diagram writes them, so the importer can tell whether they moved."""
    return [float(number(v)) for v in values]


def number(value: float) -> str:
    """Diagram coordinates to a hundredth of a pixel, without trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
