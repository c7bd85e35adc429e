"""What the mouse does on the canvas, turned into commands.

Connect (drag from a step's handle or border to another step), move (one `MoveNodes` on
release, each step landing in the lane under it), reorder lanes (drag the header), resize a
lane (drag its bottom edge), create steps (palette tool click or double-click on a lane).
The rules of what may connect come from `workbench.rules`; refusals are shown, not raised.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from ui import commands
from ui.canvas import style
from ui.canvas.flow_item import FlowItem
from ui.canvas.geometry import (
    CELL_HEIGHT,
    CELL_WIDTH,
    HEADER_WIDTH,
    MIN_LANE_HEIGHT,
    band_at,
    cell_in_band,
    lane_insert_index,
    snap,
)
from ui.canvas.lane_item import LaneItem
from ui.canvas.lane_order import allowed_index
from ui.canvas.node_item import NodeItem
from ui.i18n import domain_text
from workbench import rules
from workbench.document import Placement
from workbench.ids import new_id
from workbench.model import Flow, Node, NodeKind

if TYPE_CHECKING:
    from ui.canvas.scene import SwimlaneScene


def _tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def customer_lanes_on_top() -> str:
    """Why a lane snapped back to its side of the line of interaction."""
    return _tr("Customer lanes stay above the line of interaction.")


@dataclass
class _Connect:
    source: NodeItem
    preview: QGraphicsPathItem
    marker: QGraphicsPathItem
    target: NodeItem | None = None
    problem: str | None = None


@dataclass
class _LaneDrag:
    lane: LaneItem
    guide: QGraphicsLineItem
    resize: bool


@dataclass
class _NodeDrag:
    start: dict[str, QPointF] = field(default_factory=dict)
    moved: bool = False


class Gestures:
    def __init__(self, scene: SwimlaneScene) -> None:
        self.scene = scene
        self._connect: _Connect | None = None
        self._lane: _LaneDrag | None = None
        self._drag: _NodeDrag | None = None

    @property
    def busy(self) -> bool:
        return self._connect is not None or self._lane is not None

    def cancel(self) -> None:
        """Abandon a gesture in progress (Escape, or the picture is being rebuilt)."""
        if self._connect is not None:
            for item in (self._connect.preview, self._connect.marker):
                if item.scene() is not None:
                    self.scene.removeItem(item)
            self._connect = None
        if self._lane is not None:
            if self._lane.guide.scene() is not None:
                self.scene.removeItem(self._lane.guide)
            self._lane = None
        self._drag = None
        self.scene.status_message.emit("")

    # ----------------------------------------------------------------- press

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        item = self.scene.top_item_at(pos)
        if self.scene.tool is not None and not isinstance(item, NodeItem):
            kind = self.scene.tool
            self.scene.set_tool(None)
            self.create_node(pos, kind)
            return True
        if isinstance(item, NodeItem):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                item.setSelected(not item.isSelected())
                return True
            if item.node.kind is not NodeKind.END and item.is_connect_zone(item.mapFromScene(pos)):
                self._start_connect(item, pos)
                return True
            return False
        if isinstance(item, LaneItem):
            self._start_lane_drag(item, pos, event)
            return True
        if item is not None and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            item.setSelected(not item.isSelected())
            return True
        return False

    def pressed_on_items(self) -> None:
        """After Qt's own press handling: remember where the selected steps started."""
        grabber = self.scene.mouseGrabberItem()
        if isinstance(grabber, NodeItem):
            self._drag = _NodeDrag({
                item.element_id: item.pos() for item in self.scene.selectedItems()
                if isinstance(item, NodeItem)
            })

    # ------------------------------------------------------------------ move

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._connect is not None:
            self._update_connect(event)
            return True
        if self._lane is not None:
            self._update_lane_guide(event.scenePos())
            return True
        return False

    # --------------------------------------------------------------- release

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if self._connect is not None:
            self._finish_connect()
            return True
        if self._lane is not None:
            self._finish_lane_drag(event.scenePos())
            return True
        return False

    def moved_items(self) -> None:
        """After Qt moved the dragged steps: snap them to the grid, let connectors follow."""
        if self._drag is None:
            return
        for node_id in self._drag.start:
            item = self.scene.built_node(node_id)
            if item is None:
                continue
            pos = item.pos()
            snapped = QPointF(snap(pos.x()), snap(pos.y()))
            if snapped != pos:
                item.setPos(snapped)
            self.scene.node_item_moved(item)

    def released_on_items(self) -> None:
        """A drag of steps ended: one `MoveNodes` for all steps that moved."""
        drag, self._drag = self._drag, None
        if drag is None:
            return
        scene = self.scene
        placements: dict[str, Placement] = {}
        for node_id, start in drag.start.items():
            item = scene.built_node(node_id)
            if item is None or item.pos() == start:
                continue
            pos = item.pos()
            band = band_at(scene.bands(), pos.y() + CELL_HEIGHT / 2)
            if band is None:
                continue
            x, y = cell_in_band(band, pos.x(), pos.y())
            node = item.node
            if (x, y, band.lane_id) != (node.x, node.y, node.lane):
                placements[node_id] = Placement(x, y, band.lane_id)
        if placements:
            scene.push(commands.MoveNodes(scene.document, scene.version_id, placements))
        scene.replace_from_model(list(drag.start))

    # ---------------------------------------------------------- double click

    def double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        item = self.scene.top_item_at(pos)
        if isinstance(item, LaneItem):
            if item.header_rect().contains(item.mapFromScene(pos)):
                self.scene.label_edit_requested.emit(item.element_id)
            return True
        if isinstance(item, NodeItem | FlowItem):
            self.scene.label_edit_requested.emit(item.element_id)
            return True
        node_id = self.create_node(pos, self.scene.tool or NodeKind.TASK)
        self.scene.set_tool(None)
        if node_id is not None:
            self.scene.label_edit_requested.emit(node_id)
        return True

    # -------------------------------------------------------------- creating

    def create_node(self, pos: QPointF, kind: NodeKind) -> str | None:
        """A new step centred on `pos` in the lane under it; its id, or None off the lanes."""
        scene = self.scene
        bands = scene.bands()
        if not bands or pos.x() < HEADER_WIDTH or pos.y() < 0 or pos.y() > bands[-1].bottom:
            scene.status_message.emit(_tr("Steps go into a lane: click inside one."))
            return None
        band = band_at(bands, pos.y())
        assert band is not None
        x, y = cell_in_band(band, pos.x() - CELL_WIDTH / 2, pos.y() - CELL_HEIGHT / 2)
        node = Node(new_id("node"), kind, band.lane_id, x=x, y=y)
        if not scene.push(commands.AddNode(scene.document, scene.version_id, node)):
            return None
        scene.select_element(node.id)
        return node.id

    # ------------------------------------------------------------ connecting

    def _start_connect(self, source: NodeItem, pos: QPointF) -> None:
        preview = QGraphicsPathItem()
        pen = QPen(style.SELECTION, 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        preview.setPen(pen)
        preview.setZValue(10)
        marker = QGraphicsPathItem()
        marker.setZValue(10)
        self.scene.addItem(preview)
        self.scene.addItem(marker)
        self._connect = _Connect(source, preview, marker)
        self._draw_preview(pos)

    def _draw_preview(self, pos: QPointF) -> None:
        assert self._connect is not None
        rect = self._connect.source.shape_in_scene()
        start = QPointF(rect.right(), rect.center().y())
        path = QPainterPath(start)
        path.lineTo(pos)
        self._connect.preview.setPath(path)

    def _update_connect(self, event: QGraphicsSceneMouseEvent) -> None:
        connect = self._connect
        assert connect is not None
        pos = event.scenePos()
        self._draw_preview(pos)
        target = next((i for i in self.scene.items(pos)
                       if isinstance(i, NodeItem) and i is not connect.source), None)
        connect.target = target
        connect.problem = None
        marker = QPainterPath()
        if target is not None:
            version = self.scene.version
            assert version is not None
            connect.problem = rules.connection_problem(
                version, connect.source.element_id, target.element_id
            )
            marker.addRoundedRect(target.shape_in_scene().adjusted(-4, -4, 4, 4), 6, 6)
            colour = style.REFUSED if connect.problem else style.ACCEPTED
            connect.marker.setPen(QPen(colour, 2.5))
        connect.marker.setPath(marker)
        if connect.problem:
            message = _tr("Cannot connect: {reason}").format(reason=domain_text(connect.problem))
            self.scene.status_message.emit(message)
            QToolTip.showText(event.screenPos(), message)
        else:
            self.scene.status_message.emit("")
            QToolTip.hideText()

    def _finish_connect(self) -> None:
        connect = self._connect
        assert connect is not None
        target, problem, source = connect.target, connect.problem, connect.source
        self.cancel()
        QToolTip.hideText()
        if target is None:
            return
        if problem:
            reason = domain_text(problem)
            self.scene.status_message.emit(_tr("Cannot connect: {reason}").format(reason=reason))
            return
        scene = self.scene
        flow = Flow(new_id("flow"), source.element_id, target.element_id)
        if scene.push(commands.AddFlow(scene.document, scene.version_id, flow)):
            scene.select_element(flow.id)

    # ----------------------------------------------------------------- lanes

    def _start_lane_drag(self, lane: LaneItem, pos: QPointF,
                         event: QGraphicsSceneMouseEvent) -> None:
        resize = lane.on_bottom_edge(lane.mapFromScene(pos))
        if not resize:
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.scene.clearSelection()
            lane.setSelected(True)
        guide = QGraphicsLineItem()
        pen = QPen(style.SELECTION, 2.0, Qt.PenStyle.DashLine if resize else Qt.PenStyle.SolidLine)
        pen.setCosmetic(True)
        guide.setPen(pen)
        guide.setZValue(10)
        guide.setVisible(False)
        self.scene.addItem(guide)
        self._lane = _LaneDrag(lane, guide, resize)

    def _update_lane_guide(self, pos: QPointF) -> None:
        drag = self._lane
        assert drag is not None
        width = self.scene.sceneRect().right()
        if drag.resize:
            y = drag.lane.top + self._lane_height(drag.lane, pos)
        else:
            bands = [b for b in self.scene.bands() if b.lane_id != drag.lane.element_id]
            index = self._lane_index(drag.lane.element_id, pos.y())[0]
            if not bands:
                return
            y = bands[index - 1].bottom if index > 0 else bands[0].top
        drag.guide.setLine(QLineF(0, y, width, y))
        drag.guide.setVisible(True)

    @staticmethod
    def _lane_height(lane: LaneItem, pos: QPointF) -> float:
        return max(MIN_LANE_HEIGHT, snap(pos.y() - lane.top))

    def _finish_lane_drag(self, pos: QPointF) -> None:
        drag = self._lane
        assert drag is not None
        moved = drag.guide.isVisible()
        self.cancel()
        if not moved:
            return
        scene, lane_id = self.scene, drag.lane.element_id
        if drag.resize:
            height = self._lane_height(drag.lane, pos)
            if height != drag.lane.lane.height:
                scene.push(commands.ChangeLane(scene.document, scene.version_id, lane_id,
                                               height=height))
            return
        index, snapped = self._lane_index(lane_id, pos.y())
        version = scene.version
        if version is not None and index != version.lane_index(lane_id):
            scene.push(commands.MoveLane(scene.document, scene.version_id, lane_id, index))
        if snapped:
            scene.status_message.emit(customer_lanes_on_top())

    def _lane_index(self, lane_id: str, y: float) -> tuple[int, bool]:
        """Where a dragged lane lands at scene y, and whether the blueprint rule moved it."""
        wanted = lane_insert_index(self.scene.bands(), lane_id, y)
        version = self.scene.version
        if version is None:
            return wanted, False
        allowed = allowed_index(version.lanes, lane_id, wanted)
        return allowed, allowed != wanted
