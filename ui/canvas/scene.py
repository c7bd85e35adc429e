"""The swimlane scene: a live picture of one version of a `Document`.

It listens to the document's events through one subscription and keeps an id -> item map.
It never edits the model: every gesture becomes a command pushed on the undo stack, and the
picture changes only when the document's events say the model changed.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QWidget,
)

from ui import commands
from ui.canvas import style
from ui.canvas.context_menu import CanvasMenus
from ui.canvas.flow_item import FlowItem
from ui.canvas.geometry import (
    MIN_LANE_WIDTH,
    RIGHT_MARGIN,
    LaneBand,
    lane_bands,
    zone_lines,
)
from ui.canvas.gestures import Gestures
from ui.canvas.lane_item import LaneItem, ZoneLineItem
from ui.canvas.node_item import NodeItem
from ui.canvas.scene_build import LazyBuild
from ui.canvas.scene_connectors import Connectors
from ui.canvas.scene_sync import ModelSync
from ui.i18n import error_text
from workbench.document import Document, EditError
from workbench.gc_pause import collector_paused
from workbench.model import Flow, Node, NodeKind, Version

SceneItem = LaneItem | NodeItem | FlowItem


class SwimlaneScene(ModelSync, LazyBuild, Connectors, QGraphicsScene):
    selection_changed = Signal(list)  # ids of the selected lanes, steps and flows
    status_message = Signal(str)  # why a gesture was refused; empty to clear
    label_edit_requested = Signal(str)  # element id whose label should be edited in place
    tool_changed = Signal(object)  # NodeKind | None
    routing_finished = Signal()  # a big flow's last steps and connectors are in place

    def __init__(
        self, document: Document, version_id: str, undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(style.CANVAS_BACKGROUND)
        self.document = document
        self.undo_stack = undo_stack
        self.version_id = version_id
        self._lanes: dict[str, LaneItem] = {}
        self._nodes: dict[str, NodeItem] = {}
        self._flows: dict[str, FlowItem] = {}
        self._flows_at: dict[str, set[str]] = defaultdict(set)
        self._kpis_on: dict[str, dict[str, str]] = defaultdict(dict)  # flow -> KPI id -> name
        self._zones: dict[str, ZoneLineItem] = {}
        self._bands: dict[str, LaneBand] = {}
        self._dirty_nodes: set[str] = set()
        self._dirty_flows: set[str] = set()
        self._width = MIN_LANE_WIDTH
        self._tool: NodeKind | None = None
        self._placing = False
        self.gestures = Gestures(self)
        self.menus = CanvasMenus(self)
        self._reset_engine()
        self._reset_pending()
        self._subscription = document.events.subscribe(self._on_event)
        self.selectionChanged.connect(self._selection_changed)
        self.rebuild()

    # ------------------------------------------------------------------ public

    @property
    def version(self) -> Version | None:
        try:
            return self.document.version(self.version_id)
        except EditError:
            return None

    def set_version(self, version_id: str) -> None:
        """Show another version of the same document."""
        self.version_id = version_id
        self.rebuild()

    def close(self) -> None:
        """Stop listening to the document; call when the canvas goes away."""
        self._subscription.close()

    @property
    def subscribed(self) -> bool:
        return self._subscription.active

    def item_for(self, element_id: str) -> SceneItem | None:
        """The element's item, built now if a big flow's building has not reached it."""
        if element_id in self._pending_nodes:
            self.build_node_now(element_id)
        elif element_id in self._pending_flows:
            self.route_now([element_id])
        return (self._nodes.get(element_id) or self._flows.get(element_id)
                or self._lanes.get(element_id))

    def node_items(self) -> dict[str, NodeItem]:
        self.finish_routing()
        return dict(self._nodes)

    def built_node(self, node_id: str) -> NodeItem | None:
        """The step's item if it is built (a dragged step always is)."""
        return self._nodes.get(node_id)

    def lane_items(self) -> dict[str, LaneItem]:
        return dict(self._lanes)

    def flow_items(self) -> dict[str, FlowItem]:
        self.finish_routing()
        return dict(self._flows)

    def band(self, lane_id: str) -> LaneBand:
        return self._bands[lane_id]

    def bands(self) -> list[LaneBand]:
        return sorted(self._bands.values(), key=lambda b: b.top)

    def selected_ids(self) -> list[str]:
        return [item.element_id for item in self.selectedItems()
                if isinstance(item, LaneItem | NodeItem | FlowItem)]

    def select_element(self, element_id: str) -> bool:
        item = self.item_for(element_id)
        if item is None:
            return False
        self.clearSelection()
        item.setSelected(True)
        return True

    @property
    def tool(self) -> NodeKind | None:
        return self._tool

    def set_tool(self, kind: NodeKind | None) -> None:
        """Palette mode: the next click on an empty lane creates a step of this kind."""
        if kind != self._tool:
            self._tool = kind
            self.tool_changed.emit(kind)

    def push(self, command: commands.DocumentCommand) -> bool:
        """Run a gesture's command; a refused edit is reported, not raised."""
        try:
            commands.push(self.undo_stack, command)
        except EditError as error:
            self.status_message.emit(error_text(error))
            return False
        return True

    def delete_selection(self) -> bool:
        ids = self.selected_ids()
        return bool(ids) and self.push(commands.Remove(self.document, self.version_id, ids))

    def rename_element(self, element_id: str, text: str) -> bool:
        """Commit an inline label edit as one command (nothing when the text is unchanged)."""
        version = self.version
        if version is None:
            return False
        if element_id in version.nodes and version.nodes[element_id].label != text:
            return self.push(commands.ChangeNode(self.document, self.version_id, element_id,
                                                 label=text))
        if element_id in version.flows and version.flows[element_id].label != text:
            return self.push(commands.ChangeFlow(self.document, self.version_id, element_id,
                                                 label=text))
        if element_id in self._lanes and text.strip() \
                and version.lane(element_id).name != text:
            return self.push(commands.ChangeLane(self.document, self.version_id, element_id,
                                                 name=text))
        return False

    def label_of(self, element_id: str) -> str:
        item = self.item_for(element_id)
        if isinstance(item, NodeItem):
            return item.node.label
        if isinstance(item, FlowItem):
            return item.flow.label
        if isinstance(item, LaneItem):
            return item.lane.name
        return ""

    # ------------------------------------------------------------ building

    def rebuild(self) -> None:
        """Drop every item and draw the version afresh (opening, switching versions)."""
        blocked = self.blockSignals(True)
        try:
            with collector_paused():
                self._build_afresh()
        finally:
            self.blockSignals(blocked)
        self.selection_changed.emit([])

    def _build_afresh(self) -> None:
        self.gestures.cancel()
        self.clear()
        for index in (self._lanes, self._nodes, self._flows, self._flows_at, self._kpis_on,
                      self._zones, self._bands, self._dirty_nodes, self._dirty_flows):
            index.clear()
        self._reset_engine()
        self._reset_pending()
        version = self.version
        if version is None:
            self.setSceneRect(QRectF(0, 0, MIN_LANE_WIDTH, 400))
            return
        self._width = self._required_width(version)
        for lane in version.lanes:
            self._lanes[lane.id] = item = LaneItem(lane, 0.0, self._width)
            self.addItem(item)
        self._layout_lanes(place_nodes=False)
        for kpi in version.kpis.values():
            self._bind_kpi(kpi)
        self._build_version(version)

    def _required_width(self, version: Version) -> float:
        right = max((n.x for n in version.nodes.values()), default=0.0) + 2 * RIGHT_MARGIN
        return max(MIN_LANE_WIDTH, right + RIGHT_MARGIN)

    def _reading_key(self, flow: Flow) -> tuple:
        """Connectors are routed in reading order, forward flows before rework (as the
        drawing engine does), so the main line takes the straight corridors."""
        source, target = self._nodes.get(flow.source), self._nodes.get(flow.target)
        if source is None or target is None:
            return (2, 0.0, 0.0, flow.id)
        a, b = source.shape_rect(), target.shape_rect()
        return (1 if b.cx < a.cx - 1 else 0, a.x, a.y, flow.id)

    def _add_node(self, node: Node) -> None:
        band = self._bands.get(node.lane)
        item = NodeItem(node, band.top if band else 0.0, self._box_for(node))
        self._nodes[node.id] = item
        self.addItem(item)

    def _add_flow(self, flow: Flow) -> None:
        for end in (flow.source, flow.target):
            self.build_node_now(end)
        item = FlowItem(flow)
        self._flows[flow.id] = item
        self._flows_at[flow.source].add(flow.id)
        self._flows_at[flow.target].add(flow.id)
        self.addItem(item)
        self._reroute(item)

    def _layout_lanes(self, place_nodes: bool = True) -> None:
        """Stack the lanes in model order; move the steps of lanes whose top changed."""
        version = self.version
        if version is None:
            return
        old = self._bands
        self._bands = {band.lane_id: band for band in lane_bands(version.lanes)}
        for lane_id, band in self._bands.items():
            self._lanes[lane_id].setPos(0, band.top)
        height = sum(b.height for b in self._bands.values())
        self._router.set_extent(0.0, height)
        self.setSceneRect(QRectF(-20, -20, self._width + 40, height + 40))
        self._layout_zone_lines()
        if not place_nodes:
            return
        moved = {lane_id for lane_id, band in self._bands.items()
                 if lane_id not in old or old[lane_id].top != band.top}
        for item in self._nodes.values():
            if item.node.lane in moved:
                self._dirty_nodes.add(item.element_id)

    def _layout_zone_lines(self) -> None:
        wanted = zone_lines(self.bands())
        for which in list(self._zones):
            if which not in wanted:
                self.removeItem(self._zones.pop(which))
        for which, y in wanted.items():
            if which not in self._zones:
                self._zones[which] = ZoneLineItem(which)
                self.addItem(self._zones[which])
            self._zones[which].set_geometry(y, self._width)

    def _grow_to(self, node: Node) -> None:
        item = self._nodes.get(node.id)
        right = item.shape_rect().right if item is not None else node.x
        needed = right + RIGHT_MARGIN
        if needed <= self._width:
            return
        self._width = needed + RIGHT_MARGIN
        for item in self._lanes.values():
            item.set_width(self._width)
        self._layout_lanes()

    # ----------------------------------------------------- items and gestures

    def node_item_moved(self, item: NodeItem) -> None:
        """A step is being dragged: its connectors follow it live."""
        if self._placing:
            return
        self._follow_drag(item)
        for flow_id in self._flows_at.get(item.element_id, ()):
            self._reroute(self._flows[flow_id])

    def replace_from_model(self, node_ids: list[str]) -> None:
        """Put dragged steps back where the model says (a refused or empty drag)."""
        version = self.version
        if version is None:
            return
        self._dirty_nodes.update(i for i in node_ids if i in version.nodes)
        self._flush()

    def _selection_changed(self) -> None:
        self.selection_changed.emit(self.selected_ids())

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.routing:
            self.user_active()
        if self.gestures.press(event):
            event.accept()
        else:
            super().mousePressEvent(event)
            self.gestures.pressed_on_items()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.routing:
            self.user_active()
        if self.gestures.move(event):
            event.accept()
        else:
            super().mouseMoveEvent(event)
            self.gestures.moved_items()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.routing:
            self.user_active()
        if self.gestures.release(event):
            event.accept()
        else:
            super().mouseReleaseEvent(event)
            self.gestures.released_on_items()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        self.gestures.cancel()
        self.menus.open(event.scenePos(), event.screenPos())
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.gestures.double_click(event):
            event.accept()
        else:
            super().mouseDoubleClickEvent(event)

    def top_item_at(self, pos) -> QGraphicsItem | None:  # noqa: ANN001 - QPointF
        for item in self.items(pos):
            if isinstance(item, LaneItem | NodeItem | FlowItem):
                return item
        return None
