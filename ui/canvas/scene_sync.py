"""How the swimlane scene follows the document: model events in, items updated.

Fine-grained events only mark items dirty; the `DocumentEdited` that closes each edit
applies them, so a compound edit (a drag of fifty steps, a paste) touches each item once.
Kept apart from the scene so that the scene holds building and gestures, and this module
the one place where the picture learns that the model changed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6

from ui.canvas.flow_item import FlowItem
from ui.canvas.lane_item import LaneItem
from workbench.events import (
    DocumentEdited,
    ElementAdded,
    ElementChanged,
    ElementKind,
    ElementMoved,
    ElementRemoved,
    Event,
)
from workbench.model import Flow

if TYPE_CHECKING:
    from ui.canvas.scene import SwimlaneScene


class ModelSync:
    """Mixed into `SwimlaneScene`: the document's events, turned into item updates."""

    def _on_event(self: SwimlaneScene, event: Event) -> None:
        if not shiboken6.isValid(self):
            self._subscription.close()
            return
        if self.routing:
            self._build_touched(event)
        if isinstance(event, DocumentEdited):
            if self.version_id in event.version_ids:
                self._flush()
            return
        if event.version_id != self.version_id:
            return
        if event.kind is ElementKind.VERSION:
            self._on_version_event(event)
        elif event.kind is ElementKind.LANE:
            self._on_lane_event(event)
        elif event.kind is ElementKind.NODE:
            self._on_node_event(event)
        elif event.kind is ElementKind.FLOW:
            self._on_flow_event(event)
        elif event.kind is ElementKind.KPI:
            self._on_kpi_event(event)

    def _build_touched(self: SwimlaneScene, event: Event) -> None:
        """While a big flow is still being built, the steps and connectors an edit touches
        are built first, so the edit meets them in place; the rest keep their turn."""
        if isinstance(event, DocumentEdited) or event.version_id != self.version_id:
            return
        self.user_active()
        if event.kind is ElementKind.FLOW:
            self.route_now([event.element_id])
        elif event.kind is ElementKind.NODE:
            self.build_node_now(event.element_id)
            self.route_now(self._pending_at.get(event.element_id, ()))
        elif event.kind in (ElementKind.VERSION, ElementKind.LANE):
            self.finish_routing()

    def _on_version_event(self: SwimlaneScene, event: Event) -> None:
        if isinstance(event, ElementAdded | ElementRemoved) and event.element_id == self.version_id:
            self.rebuild()

    def _on_lane_event(self: SwimlaneScene, event: Event) -> None:
        version = self.version
        assert version is not None
        if isinstance(event, ElementAdded):
            self._lanes[event.element_id] = item = LaneItem(event.element, 0.0, self._width)
            self.addItem(item)
        elif isinstance(event, ElementRemoved):
            item = self._lanes.pop(event.element_id)
            self._bands.pop(event.element_id, None)
            self.removeItem(item)
        elif isinstance(event, ElementChanged):
            self._lanes[event.element_id].set_lane(version.lane(event.element_id))
            if event.field == "kind":  # which flows are interactions may change
                for item in self._nodes.values():
                    if item.node.lane == event.element_id:
                        self._dirty_flows.update(self._flows_at.get(item.element_id, ()))
            if event.field not in ("height", "kind"):
                return
        self._layout_lanes()

    def _on_node_event(self: SwimlaneScene, event: Event) -> None:
        if isinstance(event, ElementAdded):
            self._add_node(event.element)
            self._grow_to(event.element)
            shape = self._nodes[event.element_id].shape_rect()
            self._dirty_flows.update(self._flows_passing(shape))
        elif isinstance(event, ElementRemoved):
            item = self._nodes.pop(event.element_id)
            self._router.remove_shape(event.element_id)
            self._places.release(event.element_id)
            self._dirty_flows.update(self._flows_passing(item.shape_rect()))
            self._dirty_nodes.discard(event.element_id)
            self._flows_at.pop(event.element_id, None)
            self.removeItem(item)
        elif isinstance(event, ElementChanged):
            self._dirty_nodes.add(event.element_id)

    def _on_flow_event(self: SwimlaneScene, event: Event) -> None:
        if isinstance(event, ElementAdded):
            self._add_flow(event.element)
        elif isinstance(event, ElementRemoved):
            item = self._flows.pop(event.element_id)
            self._forget_route(event.element_id)
            self._dirty_flows.discard(event.element_id)
            for end in (item.flow.source, item.flow.target):
                self._flows_at.get(end, set()).discard(event.element_id)
            self.removeItem(item)
        elif isinstance(event, ElementChanged | ElementMoved):
            self._dirty_flows.add(event.element_id)

    def _on_kpi_event(self: SwimlaneScene, event: Event) -> None:
        """A KPI added, removed or re-bound: the interactions it measures show it."""
        version = self.version
        assert version is not None
        touched = []
        if isinstance(event, ElementAdded):
            touched.append(self._bind_kpi(event.element))
        elif isinstance(event, ElementRemoved):
            touched.append(self._bind_kpi(event.element, bound=False))
        elif isinstance(event, ElementChanged) and event.field in ("attached_to", "name"):
            kpi = version.kpis[event.element_id]
            old = replace(kpi, **{event.field: event.old})
            touched += [self._bind_kpi(old, bound=False), self._bind_kpi(kpi)]
        self._dirty_flows.update(flow_id for flow_id in touched if flow_id is not None)

    def _flush(self: SwimlaneScene) -> None:
        """Apply the changes of one finished edit: each touched item once."""
        version = self.version
        if version is None:
            return
        self._placing = True
        try:
            for node_id in list(self._dirty_nodes):
                item, node = self._nodes.get(node_id), version.nodes.get(node_id)
                if item is None or node is None:
                    continue
                before = self._drag_origin.pop(node_id, None) or self._router.shapes.get(node_id)
                box = self._box_for(node)
                item.set_node(node, self._bands[node.lane].top, box)
                self._grow_to(node)
                self._dirty_flows.update(self._flows_at.get(node_id, ()))
                if box.shape != before:  # connectors it stood in, or now stands in
                    if before is not None:
                        self._dirty_flows.update(self._flows_passing(before))
                    self._dirty_flows.update(self._flows_passing(box.shape))
            flows = [(self._flows.get(f), version.flows.get(f)) for f in self._dirty_flows]
            for flow_item, flow in flows:
                if flow_item is not None and flow is not None:
                    self._rewire(flow_item, flow)
            for _, flow_item in sorted(
                (self._reading_key(f), i) for i, f in flows if i is not None and f is not None
            ):
                self._reroute(flow_item)
        finally:
            self._placing = False
            self._dirty_nodes.clear()
            self._dirty_flows.clear()

    def _rewire(self: SwimlaneScene, item: FlowItem, flow: Flow) -> None:
        old = item.flow
        for end in (old.source, old.target):
            self._flows_at.get(end, set()).discard(flow.id)
        self._flows_at[flow.source].add(flow.id)
        self._flows_at[flow.target].add(flow.id)
        item.set_flow(flow)
