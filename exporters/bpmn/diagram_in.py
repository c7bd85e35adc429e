"""The file's BPMNDI, read as boxes and routes in one left-to-right frame.

Shapes and edges are keyed by the element they draw. Vertical pools are turned to run left
to right (our lanes are horizontal); the importer then shifts everything into our scene.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from exporters.bpmn.names import BPMNDI, DC, DI, q
from exporters.bpmn.source import resolve
from workbench.diagram.geometry import Point, Rect

# Coordinates beyond this (pixels) are no drawing: a shape or bend there is treated as
# missing, so shifting it into our scene can never overflow to infinity.
MAX_COORDINATE = 1e7


@dataclass
class Drawing:
    boxes: dict[str, Rect] = field(default_factory=dict)
    routes: dict[str, list[Point]] = field(default_factory=dict)
    vertical: bool = False
    # Which plane drew each shape (0 = the main one): every plane has its own coordinates,
    # so lanes of two diagrams are ordered diagram by diagram, never interleaved by y.
    planes: dict[str, int] = field(default_factory=dict)

    def box(self, element_id: str | None) -> Rect | None:
        return self.boxes.get(element_id) if element_id else None


def read_drawing(root: ET.Element, ids: dict[str, ET.Element], first_plane: str | None) -> Drawing:
    """Every shape and edge of the file; the plane drawing `first_plane` wins ties."""
    planes = list(root.iter(q(BPMNDI, "BPMNPlane")))
    planes.sort(key=lambda p: resolve(ids, p.get("bpmnElement")) != first_plane)
    drawing = Drawing()
    for index, plane in enumerate(planes):
        for shape in plane.iter(q(BPMNDI, "BPMNShape")):
            element = resolve(ids, shape.get("bpmnElement"))
            box = _bounds(shape.find(q(DC, "Bounds")))
            if element and box is not None and element not in drawing.boxes:
                drawing.boxes[element] = box
                drawing.planes[element] = index
                if shape.get("isHorizontal") == "false":
                    drawing.vertical = True
        for edge in plane.iter(q(BPMNDI, "BPMNEdge")):
            element = resolve(ids, edge.get("bpmnElement"))
            points = [p for p in map(_point, edge.findall(q(DI, "waypoint"))) if p is not None]
            if element and len(points) >= 2 and element not in drawing.routes:
                drawing.routes[element] = points
    if drawing.vertical:
        drawing.boxes = {k: Rect(b.y, b.x, b.h, b.w) for k, b in drawing.boxes.items()}
        drawing.routes = {k: [(y, x) for x, y in r] for k, r in drawing.routes.items()}
    return drawing


def _number(text: str | None) -> float | None:
    try:
        value = float(text) if text is not None else None
    except ValueError:
        return None
    if value is None or not math.isfinite(value) or abs(value) > MAX_COORDINATE:
        return None
    return value


def _bounds(element: ET.Element | None) -> Rect | None:
    if element is None:
        return None
    values = [_number(element.get(k)) for k in ("x", "y", "width", "height")]
    if any(v is None for v in values):
        return None
    x, y, width, height = values
    return Rect(x, y, max(width, 0.0), max(height, 0.0))  # type: ignore[arg-type]


def _point(element: ET.Element) -> Point | None:
    x, y = _number(element.get("x")), _number(element.get("y"))
    return None if x is None or y is None else (x, y)
