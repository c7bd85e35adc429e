"""The version as a BPMN reader shows it, drawn by the drawing engine.

BPMN shows two things our canvas does not: the join and split gateways the exporter adds
(wiring.py), and a wait as a timer event (a small circle with its name beside it) rather
than a box. So the exporter draws a copy of the version that has them: each added gateway
is a step of its own in the gap before or after the step it serves, where the engine's
`make_room` widens the gap if it must, the flows run to and from it, and a wait is an
event. The engine then sizes, routes and labels that copy exactly as it does the canvas.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from exporters.bpmn.reader_lines import reader_lines
from exporters.bpmn.wiring import Wiring
from exporters.drawn_layout import reader_metrics
from workbench.diagram import style
from workbench.diagram.drawing import Drawing, build_drawing
from workbench.diagram.geometry import Rect
from workbench.diagram.lanes import band_at, lane_bands
from workbench.diagram.room import Beside, LaneFit, Room, fit_lanes, make_room
from workbench.diagram.steps import StepBox, Words, step_box
from workbench.diagram.text import TextMetrics
from workbench.model import Flow, Node, NodeKind, Version

LANE_MARGIN = 4.0  # between a lane's border and its steps
# Between an added gateway and its step: the straight connector between them is at least a
# stub long, and a join's centre then stands 8 px clear of the previous column's widest
# step (columns are 62 apart, a gateway 52 wide), so a connector can drop into its top or
# bottom corner instead of detouring across other traffic.
GAP = style.STUB + 12.0
LANE_NAME_SIZE = 12.0  # how big BPMN readers write a lane's name, turned on its side
LANE_NAME_LINES = 2  # what their 30-unit strip at the lane's edge holds
LANE_NAME_PAD = 5.0  # kept free at each end of the name
MAX_NAMED_HEIGHT = 600.0


@dataclass(frozen=True)
class BpmnView:
    """The drawn copy, its drawing, and what its extra steps and flows stand for."""

    version: Version
    drawing: Drawing
    step_of: dict[str, str]  # BPMN id of each flow node (steps and bridges) -> drawn step
    flow_of: dict[str, str]  # BPMN id of each sequence flow -> drawn connector
    room: Room


def bpmn_view(version: Version, ids: dict[str, str], wiring: Wiring,
              metrics: TextMetrics | None = None) -> BpmnView:
    metrics = metrics or reader_metrics(version)
    version = _in_lanes(version, {k: _as_drawn(n) for k, n in version.nodes.items()}, metrics)
    nodes = dict(version.nodes)
    tops = {band.lane_id: band.top for band in lane_bands(version.lanes)}
    shapes = {k: step_box(n, tops.get(n.lane, 0.0), metrics, Words()) for k, n in nodes.items()}
    boxes = {k: _extent(box) for k, box in shapes.items()}
    taken = set(nodes) | set(version.flows)
    key_of = {b.id: _free(b.id, taken) for b in wiring.bridges}
    size = style.SMALL_SHAPES[NodeKind.PARALLEL]
    room = make_room(
        boxes,
        [Beside(key_of[b.id], b.step, b.joins, size, shapes[b.step].shape.cy)
         for b in wiring.bridges],
        GAP,
        style.HEADER_WIDTH,
    )
    for key, node in nodes.items():
        nodes[key] = dataclasses.replace(node, x=node.x + room.dx(boxes[key].cx))
    for bridge in wiring.bridges:
        step = version.nodes[bridge.step]
        shape = room.shapes[key_of[bridge.id]]
        kind = NodeKind.PARALLEL if bridge.element == "parallelGateway" else NodeKind.DECISION
        nodes[key_of[bridge.id]] = Node(
            key_of[bridge.id], kind, step.lane,
            x=shape.cx - style.CELL_WIDTH / 2,
            y=shape.cy - tops.get(step.lane, 0.0) - style.CELL_HEIGHT / 2,
        )
    step_of = {ids[k]: k for k in version.nodes} | {b.id: key_of[b.id] for b in wiring.bridges}
    flows: dict[str, Flow] = {}
    flow_of: dict[str, str] = {}
    for flow in version.flows.values():
        source, target = step_of[wiring.source[flow.id]], step_of[wiring.target[flow.id]]
        moved = (source, target) != (flow.source, flow.target)
        bends = () if moved else tuple((x + room.dx(x), y) for x, y in flow.waypoints)
        flows[flow.id] = dataclasses.replace(flow, source=source, target=target, waypoints=bends)
        flow_of[ids[flow.id]] = flow.id
    for bridge in wiring.bridges:
        key = _free(bridge.flow_id, taken)
        ends = (key_of[bridge.id], bridge.step)
        source, target = ends if bridge.joins else ends[::-1]
        flows[key] = Flow(key, source, target)
        flow_of[bridge.flow_id] = key
    drawn = dataclasses.replace(version, nodes=nodes, flows=flows)
    return BpmnView(drawn, build_drawing(drawn, metrics), step_of, flow_of, room)


def _in_lanes(version: Version, nodes: dict[str, Node], metrics: TextMetrics) -> Version:
    """The copy with every lane tall enough for its steps (BPMN readers flag a step that
    pokes out of its lane); the bends of flows move with the lanes they are in."""
    bands = lane_bands(version.lanes)
    shapes: dict[str, list[Rect]] = {}
    for band in bands:
        shapes[band.lane_id] = []
    for node in nodes.values():
        top = next((b.top for b in bands if b.lane_id == node.lane), 0.0)
        shapes.setdefault(node.lane, []).append(step_box(node, top, metrics, Words()).shape)
    fits = fit_lanes([(b.lane_id, b.top, b.height) for b in bands], shapes, LANE_MARGIN)
    fits = {lane.id: _named(fits[lane.id], lane.name, metrics) for lane in version.lanes}
    lanes = [dataclasses.replace(lane, height=fits[lane.id].height) for lane in version.lanes]
    moved = {b.lane_id: b.top for b in lane_bands(lanes)}

    def dy(y: float) -> float:
        band = band_at(bands, y)
        return 0.0 if band is None else moved[band.lane_id] - band.top + fits[band.lane_id].drop

    nodes = {k: dataclasses.replace(n, y=n.y + fits[n.lane].drop) if n.lane in fits else n
             for k, n in nodes.items()}
    flows = {k: dataclasses.replace(f, waypoints=tuple((x, y + dy(y)) for x, y in f.waypoints))
             for k, f in version.flows.items()}
    return dataclasses.replace(version, lanes=lanes, nodes=nodes, flows=flows)


def _named(fit: LaneFit, name: str, metrics: TextMetrics) -> LaneFit:
    """Tall enough for a BPMN reader to write the lane's name along its side: bpmn-js and
    Camunda Modeler break it into lines as long as the lane is tall (reader_lines.py), in
    a strip with room for two. The steps stay in the middle of a lane made taller for its
    name."""
    def width(text: str) -> float:
        return metrics.width(text, LANE_NAME_SIZE)

    height = fit.height
    while height < MAX_NAMED_HEIGHT:
        lines, cut = reader_lines(name, width, height - 2 * LANE_NAME_PAD)
        if len(lines) <= LANE_NAME_LINES and not cut:
            break
        height += 10.0
    return LaneFit(fit.drop + (height - fit.height) / 2, height)


def _as_drawn(node: Node) -> Node:
    """A wait is a timer event in BPMN: drawn as a small circle with its name beside it."""
    if node.kind is NodeKind.WAIT:
        return dataclasses.replace(node, kind=NodeKind.START, duration=None)
    return node


def _extent(box: StepBox) -> Rect:
    """What a gateway added beside the step must keep clear of: its shape and caption."""
    return box.shape if box.inside or not box.lines else box.shape.united(box.text)


def _free(wanted: str, taken: set[str]) -> str:
    name = wanted
    while name in taken:
        name += "~"
    taken.add(name)
    return name

