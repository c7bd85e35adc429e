"""A step on the canvas: draws its node record and reports drags to the scene.

The item never changes the model: a drag moves the item only, and the scene turns the
finished drag into one `MoveNodes` command; the model's events then place it for good.
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

from ui.canvas import node_painter, style
from ui.canvas.geometry import CELL_WIDTH
from ui.canvas.text import LabelLayout
from ui.i18n import unit_abbreviation
from workbench.model import Node, NodeKind

EDGE_BAND = 6.0
DETAIL_LEVEL = 0.45


class NodeItem(QGraphicsItem):
    def __init__(self, node: Node, lane_top: float) -> None:
        super().__init__()
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsSelectable | flags.ItemIsMovable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.element_id = node.id
        self.node = node
        self._hovered = False
        self._label: LabelLayout | None = None
        self._duration: LabelLayout | None = None
        self._outline = node_painter.outline_path(node.kind)
        self.set_node(node, lane_top)

    # -------------------------------------------------------------- model sync

    def set_node(self, node: Node, lane_top: float) -> None:
        """Show `node`; text layout is redone only when the text changed."""
        old, self.node = self.node, node
        if old.label != node.label or old.kind != node.kind or old.duration != node.duration:
            self._label = None  # laid out again on the next detailed paint
        if old.kind != node.kind:
            self._outline = node_painter.outline_path(node.kind)
        self.setToolTip(node.label)
        self.place(lane_top)
        self.update()

    def place(self, lane_top: float) -> None:
        """Put the cell where the model says."""
        self.setPos(self.node.x, lane_top + self.node.y)

    def _layout_text(self) -> None:
        node = self.node
        duration = node.duration
        if node.kind in (NodeKind.TASK, NodeKind.WAIT):
            self._label = LabelLayout(node.label, style.font(9.0), CELL_WIDTH - 14, 3)
        else:
            self._label = LabelLayout(node.label, style.font(8.5), CELL_WIDTH + 10, 2)
        self._duration = None
        if duration is not None:
            text = f"{duration.expected:g} {unit_abbreviation(duration.unit)}"
            self._duration = LabelLayout(text, style.font(7.5), CELL_WIDTH, 1)

    # ---------------------------------------------------------------- geometry

    def boundingRect(self) -> QRectF:
        return node_painter.bounds()

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._outline)
        path.addRect(node_painter.handle_rect(self.node))
        return path

    def shape_in_scene(self) -> QRectF:
        """The step's visible shape in scene coordinates: where connectors attach."""
        return self._outline.boundingRect().translated(self.pos())

    def is_connect_zone(self, local: QPointF) -> bool:
        """Dragging from here draws a connection: the handle, or a task's border band."""
        if node_painter.handle_rect(self.node).contains(local):
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
        if detailed and self._label is None:
            self._layout_text()
        node_painter.paint_step(painter, self.node, self._label, self._duration, selected,
                                detailed)
        if detailed and (self._hovered or selected) and self.node.kind is not NodeKind.END:
            node_painter.paint_connect_handle(painter, self.node)

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
