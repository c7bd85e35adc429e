"""A step on the canvas: draws the drawing engine's box for its node and reports drags.

The item never changes the model: a drag moves the item only, and the scene turns the
finished drag into one `MoveNodes` command; the model's events then place it for good.
The item's position is the node's cell (its stored x, y); the engine's box, made for that
position, is kept in the item's own coordinates so a drag carries it along.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ui.canvas import node_painter
from workbench.diagram import StepBox
from workbench.diagram.geometry import Rect
from workbench.model import Node, NodeKind

EDGE_BAND = 6.0
DETAIL_LEVEL = 0.45


class NodeItem(QGraphicsItem):
    def __init__(self, node: Node, lane_top: float, box: StepBox) -> None:
        super().__init__()
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsSelectable | flags.ItemIsMovable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.element_id = node.id
        self.node = node
        self._hovered = False
        self._box = box
        self._outline = QPainterPath()
        self._bounds = QRectF()
        self.set_node(node, lane_top, box)

    # -------------------------------------------------------------- model sync

    def set_node(self, node: Node, lane_top: float, box: StepBox) -> None:
        """Show `node` drawn as the engine's `box` (in scene coordinates, for the node's
        stored position)."""
        self.node = node
        self.setToolTip(node.label)
        self.setPos(node.x, lane_top + node.y)
        local = box.moved(-node.x, -(lane_top + node.y))
        if local != self._box or self._outline.isEmpty():
            self.prepareGeometryChange()
            self._box = local
            self._outline = node_painter.outline_path(node.kind, local.shape)
            self._bounds = node_painter.bounds(local)
        self.update()

    @property
    def box(self) -> StepBox:
        """The engine's box where the item stands now (it may be mid-drag)."""
        return self._box.moved(self.pos().x(), self.pos().y())

    # ---------------------------------------------------------------- geometry

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._outline)
        path.addRect(node_painter.handle_rect(self._box))
        return path

    def shape_in_scene(self) -> QRectF:
        """The step's visible shape in scene coordinates: where connectors attach."""
        return self._outline.boundingRect().translated(self.pos())

    def shape_rect(self) -> Rect:
        """The same, as the drawing engine's rectangle."""
        shape = self._box.shape
        return Rect(shape.x + self.pos().x(), shape.y + self.pos().y(), shape.w, shape.h)

    def is_connect_zone(self, local: QPointF) -> bool:
        """Dragging from here draws a connection: the handle, or a task's border band."""
        if node_painter.handle_rect(self._box).contains(local):
            return True
        if self.node.kind not in (NodeKind.TASK, NodeKind.WAIT):
            return False
        rect = self._outline.boundingRect()
        inner = rect.adjusted(EDGE_BAND, EDGE_BAND, -EDGE_BAND, -EDGE_BAND)
        return rect.contains(local) and not inner.contains(local)

    # ---------------------------------------------------------------- painting

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        detailed = lod >= DETAIL_LEVEL
        if detailed:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        node_painter.paint_step(painter, self.node, self._box, self._outline, selected, detailed)
        if detailed and (self._hovered or selected) and self.node.kind is not NodeKind.END:
            node_painter.paint_connect_handle(painter, self._box)

    # ------------------------------------------------------------------ events

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        connect = self.node.kind is not NodeKind.END and self.is_connect_zone(event.pos())
        self.setCursor(Qt.CursorShape.CrossCursor if connect else Qt.CursorShape.SizeAllCursor)
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.unsetCursor()
        self.update()
        super().hoverLeaveEvent(event)
