"""A flow between two steps: an orthogonal connector with an arrowhead and its condition.

Out of a decision the label sits by the gateway and carries the branch's probability, so a
workshop reads "yes · 70 %" where the branch begins.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

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
from ui.canvas.geometry import orthogonal_route
from ui.canvas.kpi_marker import RADIUS, marker_rect, marker_tooltip, paint_marker
from ui.canvas.text import LabelLayout
from workbench.model import Flow

ARROW_LENGTH = 9.0
ARROW_HALF_WIDTH = 4.0
LABEL_PADDING = 3.0


def flow_caption(flow: Flow) -> str:
    """The text shown on a flow: its condition, and its probability when it has one."""
    parts = [flow.label] if flow.label else []
    if flow.probability is not None:
        parts.append(f"{flow.probability * 100:.0f}\u00a0%")  # "70 %" never broken
    return " · ".join(parts)


class FlowItem(QGraphicsItem):
    def __init__(self, flow: Flow) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        self.element_id = flow.id
        self.flow = flow
        self._points: list[QPointF] = []
        self._path = QPainterPath()
        self._arrow = QPolygonF()
        self._label: LabelLayout | None = None
        self._shown: LabelLayout | None = None  # the label as drawn: wrapped narrower if need be
        self._label_box = QRectF()
        self._bounds = QRectF()
        self._near_source = False
        self._placed = False  # label and badge laid out for the current points
        self._label_side = 0  # a branch label's side: -1 above, 1 below, 0 by the route
        self._hit: QPainterPath | None = None
        self._kpis: list[str] | None = None  # None: not an interaction; else its KPIs' names
        self._marker: QPointF | None = None
        self._layout_label()

    def set_flow(self, flow: Flow) -> None:
        changed_text = flow_caption(flow) != flow_caption(self.flow)
        self.flow = flow
        if changed_text:
            self._layout_label()
            self._placed = False  # the label's box must be placed again

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
        was_interaction = self._kpis is not None
        self._kpis = names
        self.setToolTip(marker_tooltip(names))
        if was_interaction != (names is not None) and self._points:
            self.prepareGeometryChange()
            self._place_decorations()
        self.update()

    def turn(self) -> int:
        """Which way the connector first bends: -1 up, 1 down, 0 straight on."""
        if self._points:
            start = self._points[0].y()
            for point in self._points[1:]:
                if abs(point.y() - start) > 0.5:
                    return 1 if point.y() > start else -1
        return 0

    def set_label_side(self, side: int) -> None:
        """A branch label above (-1) or below (1) its first leg, as the scene decides."""
        before = self._side()
        self._label_side = side
        if self._side() != before and self._points and self._near_source:
            self.prepareGeometryChange()
            self._place_decorations()
            self.update()

    def _side(self) -> int:
        return self._label_side or (1 if self.turn() > 0 else -1)

    def _layout_label(self) -> None:
        caption = flow_caption(self.flow)
        self._label = LabelLayout(caption, style.font(8.0), 140, 2) if caption else None

    def reroute(
        self, source: QRectF, target: QRectF, label_near_source: bool,
        obstacles: Sequence[QRectF] = (),
    ) -> None:
        """Recompute the connector between two step shapes (scene coordinates), around the
        steps in `obstacles` where simple."""
        leg = 0.0
        if label_near_source and self._label is not None:
            leg = self._label.width + 2 * LABEL_PADDING + 10  # the label stays off the bend
        points = orthogonal_route(
            source, target, self.flow.waypoints, label_near_source, leg, obstacles
        )
        unchanged = (points, label_near_source) == (self._points, self._near_source)
        if unchanged and self._placed:
            return  # a connector that only might have moved costs nothing when it did not
        self.prepareGeometryChange()
        self._points = points
        self._placed = True
        path = QPainterPath(self._points[0])
        for point in self._points[1:]:
            path.lineTo(point)
        self._path = path
        self._arrow = _arrowhead(self._points[-2], self._points[-1])
        self._near_source = label_near_source
        self._place_decorations()
        self.update()

    def _place_decorations(self) -> None:
        """Label and KPI badge for the current route; bounds and hit shape follow."""
        self._marker = None
        if self._kpis is not None:
            a, b = _longest_segment(self._points)
            self._marker = (a + b) / 2
        self._label_box = self._place_label(self._near_source)
        self._hit = None
        bounds = self._path.boundingRect().united(self._arrow.boundingRect())
        if not self._label_box.isNull():
            bounds = bounds.united(self._label_box)
        if self._marker is not None:
            bounds = bounds.united(marker_rect(self._marker))
        self._bounds = bounds.adjusted(-6, -6, 6, 6)

    def _place_label(self, near_source: bool) -> QRectF:
        earlier, self._shown = self._shown, self._label
        if self._label is None or len(self._points) < 2:
            return QRectF()
        if near_source:
            self._shown = self._fitted_to_first_leg(self._label, earlier)
        width = self._shown.width + 2 * LABEL_PADDING
        height = self._shown.height + LABEL_PADDING
        if near_source:
            # by the gateway, on the side the branch turns to, so sibling branches never share
            start = self._points[0]
            below = self._side() > 0
            y = start.y() + height / 2 + 3 if below else start.y() - height / 2 - 3
            anchor = QPointF(start.x() + 4 + width / 2, y)
        else:
            a, b = _longest_segment(self._points)
            anchor = (a + b) / 2
            clear = RADIUS if self._marker is not None else 0.0  # keep off the KPI badge
            if abs(a.y() - b.y()) < 0.5:
                anchor = QPointF(anchor.x(), anchor.y() - height / 2 - 2 - clear)
            else:
                anchor = QPointF(anchor.x() + width / 2 + 4 + clear, anchor.y())
        return QRectF(anchor.x() - width / 2, anchor.y() - height / 2, width, height)

    def _fitted_to_first_leg(
        self, label: LabelLayout, earlier: LabelLayout | None
    ) -> LabelLayout:
        """A branch label wrapped onto more lines when its first leg is shorter than the
        label (the next step stands close): it stays beside the gateway, off the next step."""
        a, b = self._points[0], self._points[1]
        if abs(a.y() - b.y()) > 0.5:
            return label
        room = abs(b.x() - a.x()) - 8 - 2 * LABEL_PADDING
        if label.width <= room or room < 30:
            return label
        reusable = earlier is not None and earlier is not label and earlier.text == label.text
        if reusable and earlier.width <= room < earlier.width + 12:
            return earlier  # laid out for nearly this room already
        return _wrapped(label.text, round(room))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """A band around the connector, built on first use (hit tests, rubber band)."""
        if self._hit is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            hit = stroker.createStroke(self._path)
            hit.addPolygon(self._arrow)
            if not self._label_box.isNull():
                hit.addRect(self._label_box)
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
        if self._marker is not None:
            paint_marker(painter, self._marker, bool(self._kpis), lod >= 0.45)
        if self._shown is not None and lod >= 0.45:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.drawRoundedRect(self._label_box, 3, 3)
            painter.setPen(colour)
            self._shown.draw_centred(painter, self._label_box)


@lru_cache(maxsize=512)
def _wrapped(text: str, width: int) -> LabelLayout:
    """Branch labels narrowed to a width; shared, since "yes" and "no" come back often."""
    return LabelLayout(text, style.font(8.0), width, 3)


def _arrowhead(before: QPointF, tip: QPointF) -> QPolygonF:
    dx, dy = tip.x() - before.x(), tip.y() - before.y()
    if abs(dx) < 0.5 or abs(dy) < 0.5:  # orthogonal: a ready-made head, moved into place
        key = (0 if abs(dy) < 0.5 else 1, 1 if (dx if abs(dy) < 0.5 else dy) > 0 else -1)
        return _HEADS[key].translated(tip)
    angle = math.atan2(dy, dx)
    return _head(angle).translated(tip)


def _head(angle: float) -> QPolygonF:
    """An arrowhead with its tip at the origin, pointing along `angle`."""
    cos, sin = math.cos(angle), math.sin(angle)
    back = QPointF(-ARROW_LENGTH * cos, -ARROW_LENGTH * sin)
    normal = QPointF(-sin * ARROW_HALF_WIDTH, cos * ARROW_HALF_WIDTH)
    return QPolygonF([QPointF(0, 0), back + normal, back - normal])


_HEADS = {
    (0, 1): _head(0.0), (0, -1): _head(math.pi),
    (1, 1): _head(math.pi / 2), (1, -1): _head(-math.pi / 2),
}


def _longest_segment(points: list[QPointF]) -> tuple[QPointF, QPointF]:
    if len(points) == 2:
        return points[0], points[1]
    pairs = list(zip(points, points[1:], strict=False))
    return max(pairs, key=lambda p: abs(p[0].x() - p[1].x()) + abs(p[0].y() - p[1].y()))
