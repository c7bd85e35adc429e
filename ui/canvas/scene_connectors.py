"""How the scene draws its connectors: routes round the steps in the way, branch labels on
the side their siblings leave free, and the KPI badge of each interaction.

Mixed into `SwimlaneScene`, which holds the items and the indexes these methods read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from ui.canvas.flow_item import FlowItem
from ui.canvas.geometry import route_area
from workbench.model import AttachmentKind, Kpi, LaneKind, NodeKind

if TYPE_CHECKING:
    from ui.canvas.scene import SwimlaneScene


class Connectors:
    """Mixed into `SwimlaneScene`: connector routes, branch labels and KPI badges."""

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
        source = self._nodes.get(item.flow.source)
        target = self._nodes.get(item.flow.target)
        if source is None or target is None:
            return
        source_band = self._bands.get(source.node.lane)
        target_band = self._bands.get(target.node.lane)
        customer = LaneKind.CUSTOMER
        if (
            source_band
            and target_band
            and ((source_band.kind is customer) != (target_band.kind is customer))
        ):
            item.set_kpis(sorted(self._kpis_on.get(item.element_id, {}).values()))
        else:
            item.set_kpis(None)
        source_shape, target_shape = source.shape_in_scene(), target.shape_in_scene()
        area = route_area(source_shape, target_shape)
        if area is None:
            self._routes.remove(item.element_id)
            obstacles = []
        else:
            self._routes.put(item.element_id, area)
            obstacles = self._steps.rects_in(area, source.element_id, target.element_id)
        item.reroute(source_shape, target_shape, source.node.kind is NodeKind.DECISION, obstacles)

    def _settle_branch_labels(self: SwimlaneScene, flow_ids: set[str]) -> None:
        """Each branch label on the side its connector turns to; a straight branch takes the
        side its siblings leave free, so the labels by one gateway never share a place."""
        gateways: dict[str, list[FlowItem]] = {}
        for flow_id in self._sibling_branches(flow_ids):
            item = self._flows[flow_id]
            gateways.setdefault(item.flow.source, []).append(item)
        for branches in gateways.values():
            turns = {item: item.turn() for item in branches}
            free = 1 if -1 in turns.values() and 1 not in turns.values() else -1
            for item, turn in turns.items():
                item.set_label_side(turn or free)

    def _sibling_branches(self: SwimlaneScene, flow_ids: set[str]) -> set[str]:
        """The other branches of the decisions these flows leave: their labels may swap side."""
        found: set[str] = set()
        for flow_id in flow_ids:
            item = self._flows.get(flow_id)
            source = self._nodes.get(item.flow.source) if item is not None else None
            if source is not None and source.node.kind is NodeKind.DECISION:
                found.update(
                    f
                    for f in self._flows_at.get(source.element_id, ())
                    if f in self._flows and self._flows[f].flow.source == source.element_id
                )
        return found

    def _flows_passing(self: SwimlaneScene, rect: QRectF) -> list[str]:
        """Connectors drawn across a step's place: they may have to go round, or need not."""
        return self._routes.ids_in(rect.adjusted(-2, -2, 2, 2))
