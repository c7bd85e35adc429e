"""A flow between two steps: the drawing engine's connector, with its arrowhead, caption
and, on an interaction, the KPI marker.

Where the connector runs and where its caption sits are decided by `workbench.diagram`
(the scene asks it); this item only draws them, so the canvas shows what the printed
report and the BPMN file show.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ui.canvas import style
from ui.canvas.kpi_marker import marker_rect, marker_tooltip, paint_marker
from ui.canvas.text import paint_lines
from workbench.diagram.captions import Caption
from workbench.diagram.geometry import Point, Rect
from workbench.model import Flow

ARROW_LENGTH = 9.0
ARROW_HALF_WIDTH = 4.0


class FlowItem(QGraphicsItem):
    def __init__(self, flow: Flow) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        self.element_id = flow.id
        self.flow = flow
        self.points: tuple[Point, ...] = ()
        self.caption: Caption | None = None
        self._path = QPainterPath()
        self._arrow = QPolygonF()
        self._bounds = QRectF()
        self._hit: QPainterPath | None = None
        self._kpis: list[str] | None = None  # None: not an interaction; else its KPIs' names
        self._marker: QPointF | None = None

    def set_flow(self, flow: Flow) -> None:
        self.flow = flow

    @property
    def is_interaction(self) -> bool:
        return self._kpis is not None

    @property
    def measured(self) -> bool:
        """An interaction with at least one KPI attached."""
        return bool(self._kpis)

    def set_kpis(self, names: list[str] | None) -> None:
        """Mark the flow as an interaction with these KPIs (None: not an interaction)."""
        if names == self._kpis:
            return
        self._kpis = names
        self.setToolTip(marker_tooltip(names))
        self.update()

    def show_route(
        self, points: Sequence[Point], caption: Caption | None, marker: Point | None
    ) -> None:
        """Draw the connector the engine routed, with its caption and KPI marker."""
        points = tuple(points)
        marker_point = QPointF(*marker) if marker is not None else None
        if (points, caption, marker_point) == (self.points, self.caption, self._marker):
            return
        self.prepareGeometryChange()
        self.points, self.caption, self._marker = points, caption, marker_point
        path = QPainterPath()
        if points:
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
        self._path = path
        self._arrow = _arrowhead(points[-2], points[-1]) if len(points) >= 2 else QPolygonF()
        self._hit = None
        bounds = self._path.boundingRect().united(self._arrow.boundingRect())
        if caption is not None:
            bounds = bounds.united(_qrect(caption.box))
        if self._marker is not None:
            bounds = bounds.united(marker_rect(self._marker))
        self._bounds = bounds.adjusted(-6, -6, 6, 6)
        self.update()

    def label_box(self) -> QRectF:
        return _qrect(self.caption.box) if self.caption is not None else QRectF()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """A band around the connector, built on first use (hit tests, rubber band)."""
        if self._hit is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            hit = stroker.createStroke(self._path)
            hit.addPolygon(self._arrow)
            if self.caption is not None:
                hit.addRect(_qrect(self.caption.box))
            self._hit = hit
        return self._hit

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = style.SELECTION if selected else style.INK
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod >= 0.45:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 2.0 if selected else 1.2, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(self._arrow)
        if self._marker is not None and self._kpis is not None:
            paint_marker(painter, self._marker, bool(self._kpis), lod >= 0.45)
        if self.caption is not None and lod >= 0.45:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.drawRoundedRect(_qrect(self.caption.box), 3, 3)
            painter.setPen(colour)
            paint_lines(painter, self.caption.lines, self.caption.box, self.caption.size)


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def _arrowhead(before: Point, tip: Point) -> QPolygonF:
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    angle = math.atan2(dy, dx)
    cos, sin = math.cos(angle), math.sin(angle)
    back = QPointF(-ARROW_LENGTH * cos, -ARROW_LENGTH * sin)
    normal = QPointF(-sin * ARROW_HALF_WIDTH, cos * ARROW_HALF_WIDTH)
    head = QPolygonF([QPointF(0, 0), back + normal, back - normal])
    return head.translated(QPointF(*tip))
