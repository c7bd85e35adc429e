"""How the scene draws its steps' boxes and connectors: through the drawing engine.

The scene keeps the engine's incremental state (the router with every step's box and the
corridors in use, the places text has taken) and asks it for each step's box and each
connector's route, caption and KPI marker when something changes, so the canvas shows
exactly what `workbench.diagram.build_drawing` draws for the PDF and BPMN.

Mixed into `SwimlaneScene`, which holds the items and the indexes these methods read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.canvas.flow_item import FlowItem
from ui.canvas.metrics import CANVAS_METRICS
from ui.canvas.node_item import NodeItem
from ui.canvas.style import canvas_words
from workbench.diagram import StepBox, style
from workbench.diagram.captions import Places
from workbench.diagram.drawing import (
    Connector,
    Drawing,
    place_connector,
    place_step_caption,
    take_step,
)
from workbench.diagram.geometry import Rect, SpatialIndex
from workbench.diagram.lanes import zone_lines
from workbench.diagram.router import Router
from workbench.diagram.steps import step_box
from workbench.model import AttachmentKind, Kpi, Node

if TYPE_CHECKING:
    from ui.canvas.scene import SwimlaneScene

NEAR = style.CLEARANCE + style.STUB  # a step this close to a connector may change its way


class Connectors:
    """Mixed into `SwimlaneScene`: step boxes, connector routes, captions and KPI badges."""

    def _reset_engine(self: SwimlaneScene) -> None:
        self._router = Router()
        self._places = Places(self._router.tracks.lines)
        self._route_boxes = SpatialIndex()  # where each connector runs
        self._words = canvas_words()
        self._drag_origin: dict[str, Rect] = {}  # where dragged steps stood before the drag

    def _box_for(self: SwimlaneScene, node: Node) -> StepBox:
        """The engine's box for a node at its stored place, caption placed where free."""
        band = self._bands.get(node.lane)
        if band is None:
            box = step_box(node, 0.0, CANVAS_METRICS, self._words)
        else:
            box = step_box(node, band.top, CANVAS_METRICS, self._words, band.height)
        self._places.release(node.id)
        take_step(self._places, box)
        if not box.inside and box.lines:
            box = place_step_caption(self._places, box, CANVAS_METRICS)
        self._router.set_shape(node.id, box.shape)
        return box

    def _follow_drag(self: SwimlaneScene, item: NodeItem) -> None:
        """A step being dragged: the engine sees it where it is now."""
        box = item.box
        before = self._router.shapes.get(item.element_id)
        if before is not None:
            self._drag_origin.setdefault(item.element_id, before)
        self._places.release(item.element_id)
        take_step(self._places, box)
        self._router.set_shape(item.element_id, box.shape)

    def _bind_kpi(self: SwimlaneScene, kpi: Kpi, bound: bool = True) -> str | None:
        """Note (or forget) a KPI on the interaction it measures; returns that flow's id."""
        attached = kpi.attached_to
        if attached.kind is not AttachmentKind.INTERACTION or attached.ref is None:
            return None
        if bound:
            self._kpis_on[attached.ref][kpi.id] = kpi.name
        else:
            self._kpis_on.get(attached.ref, {}).pop(kpi.id, None)
        return attached.ref

    def _reroute(self: SwimlaneScene, item: FlowItem) -> None:
        flow = item.flow
        version = self.version
        if flow.source not in self._nodes or flow.target not in self._nodes or version is None:
            return
        self._places.release(flow.id)
        points = self._router.route(flow.id, flow.source, flow.target, flow.waypoints)
        if points:
            self._show_route(item, points)

    def _untangle(self: SwimlaneScene) -> None:
        """Once every connector of a workshop-sized flow is in place, the engine's second
        pass routes again those that cross others, as `build_drawing` does."""
        ends = {flow_id: (item.flow.source, item.flow.target)
                for flow_id, item in self._flows.items()
                if item.points and not item.flow.waypoints}
        routes = {flow_id: list(self._flows[flow_id].points) for flow_id in ends}
        for flow_id in self._router.untangle(ends, routes):
            self._places.release(flow_id)
            self._show_route(self._flows[flow_id], routes[flow_id])

    def _show_route(self: SwimlaneScene, item: FlowItem, points: list) -> None:
        flow = item.flow
        version = self.version
        if version is None:
            return
        kinds = {lane_id: band.kind for lane_id, band in self._bands.items()}
        connector = place_connector(flow, points, kinds, version, CANVAS_METRICS, self._places)
        item.set_kpis(sorted(self._kpis_on.get(flow.id, {}).values())
                      if connector.interaction else None)
        item.show_route(connector.points, connector.caption, connector.marker)
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        self._route_boxes.put(flow.id, Rect(min(xs), min(ys), max(xs) - min(xs),
                                            max(ys) - min(ys)))

    def drawing(self: SwimlaneScene) -> Drawing:
        """The diagram as the canvas shows it now, for the diagram check."""
        self.finish_routing()
        steps = {node_id: item.box for node_id, item in self._nodes.items()}
        connectors = {
            flow_id: Connector(flow_id, item.flow.source, item.flow.target, item.points,
                               item.caption, item.is_interaction, None)
            for flow_id, item in self._flows.items() if item.points
        }
        bands = self.bands()
        return Drawing(bands, steps, connectors, zone_lines(bands))

    def _forget_route(self: SwimlaneScene, flow_id: str) -> None:
        self._router.forget(flow_id)
        self._places.release(flow_id)
        self._route_boxes.remove(flow_id)

    def _flows_passing(self: SwimlaneScene, shape: Rect) -> list[str]:
        """Connectors running near a step's place: they may have to go round, or need not."""
        return self._route_boxes.hits(shape.grown(NEAR))
