"""Lanes as horizontal bands with their header on the left, and the blueprint's zone lines.

Only the header and the bottom edge take the mouse: clicks on the band itself fall through
to the scene, where they start a rubber band or create a step.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ui.canvas import style
from ui.canvas.geometry import HEADER_WIDTH, LANE_EDGE_GRIP
from ui.canvas.text import LabelLayout
from ui.i18n import domain_translator
from workbench.model import Lane
from workbench.vocabulary import ZONE_LINE_NAMES

HEADER_GAP = 4.0  # between the lane's name and its kind
HEADER_MARGIN = 6.0  # kept free above and below them
MIN_NAME_LINES = 3  # a short lane still shows three lines of its name; a taller one, more


class LaneItem(QGraphicsItem):
    def __init__(self, lane: Lane, top: float, width: float) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(-10)
        self.element_id = lane.id
        self.lane = lane
        self._width = width
        self._name: LabelLayout | None = None
        self._kind: LabelLayout | None = None
        self.set_lane(lane)
        self.setPos(0, top)

    def set_lane(self, lane: Lane) -> None:
        if lane.height != self.lane.height:
            self.prepareGeometryChange()
        self.lane = lane
        self._kind = LabelLayout(style.lane_kind_name(lane.kind), style.font(8.0),
                                 HEADER_WIDTH - 20, 1)
        name_font = style.font(10.0, bold=True)
        room = lane.height - self._kind.height - HEADER_GAP - 2 * HEADER_MARGIN
        lines = max(MIN_NAME_LINES, int(room // QFontMetricsF(name_font).height()))
        self._name = LabelLayout(lane.name, name_font, HEADER_WIDTH - 20, lines)
        self.update()

    @property
    def name_lines(self) -> list[str]:
        assert self._name is not None
        return self._name.lines

    def set_width(self, width: float) -> None:
        if width != self._width:
            self.prepareGeometryChange()
            self._width = width

    @property
    def top(self) -> float:
        return self.pos().y()

    def header_rect(self) -> QRectF:
        return QRectF(0, 0, HEADER_WIDTH, self.lane.height)

    def on_bottom_edge(self, local: QPointF) -> bool:
        return abs(local.y() - self.lane.height) <= LANE_EDGE_GRIP

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, self.lane.height).adjusted(0, 0, 0, LANE_EDGE_GRIP)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.header_rect())
        path.addRect(QRectF(0, self.lane.height - LANE_EDGE_GRIP, self._width,
                            2 * LANE_EDGE_GRIP))
        return path

    def hoverMoveEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        if self.on_bottom_edge(event.pos()):
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        super().hoverMoveEvent(event)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        kind = self.lane.kind
        band = QRectF(0, 0, self._width, self.lane.height)
        painter.fillRect(band, style.LANE_FILL[kind])
        painter.setPen(QPen(style.LANE_BORDER, 0))
        painter.drawLine(band.bottomLeft(), band.bottomRight())
        self.paint_header(painter, self.header_rect(),
                          bool(option.state & QStyle.StateFlag.State_Selected))

    def paint_header(self, painter: QPainter, header: QRectF, selected: bool) -> None:
        """The header box with the lane's name and kind, at `header` (scene units): where
        the lane starts, or at the canvas's left edge when the view is scrolled sideways."""
        kind = self.lane.kind
        painter.setBrush(QBrush(style.HEADER_FILL[kind]))
        painter.setPen(QPen(style.SELECTION if selected else style.HEADER_BORDER,
                            2.0 if selected else 0))
        painter.drawRect(header.adjusted(0.5, 0.5, -0.5, -0.5))
        assert self._name is not None and self._kind is not None
        gap = HEADER_GAP
        total = self._name.height + gap + self._kind.height
        top = header.center().y() - total / 2
        painter.setPen(style.INK)
        self._name.draw_top(painter, header.center().x(), top)
        painter.setPen(style.MUTED_INK)
        self._kind.draw_top(painter, header.center().x(), top + self._name.height + gap)


class ZoneLineItem(QGraphicsItem):
    """The line of interaction or of visibility: a labelled dashed line across the lanes."""

    def __init__(self, which: str) -> None:
        super().__init__()
        self.setZValue(-5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.which = which
        text = domain_translator()(ZONE_LINE_NAMES[which])  # the report draws it too
        self._label = LabelLayout(text, style.font(7.5), 300, 1)
        self._width = 0.0

    def set_geometry(self, y: float, width: float) -> None:
        self.prepareGeometryChange()
        self._width = width
        self.setPos(0, y)

    def boundingRect(self) -> QRectF:
        return QRectF(HEADER_WIDTH, -2, self._width - HEADER_WIDTH, self._label.height + 5)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = QPen(style.ZONE_LINE, 1.2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawLine(QPointF(HEADER_WIDTH, 0), QPointF(self._width, 0))
        painter.setPen(style.ZONE_LINE)
        # under the line, at the top of the lane below: the labels of start and end events
        # sit at the bottom of their lane, just above the line, and must stay readable
        self._label.draw_centred(painter, QRectF(HEADER_WIDTH + 8, 2,
                                                 self._label.width, self._label.height))
