"""How each kind of step looks: shapes a BPMN reader recognises, value-class fills, badges.

Pure drawing: given a step, its cached label and a painter, draw it in cell coordinates.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from ui.canvas import style
from ui.canvas.geometry import CELL_HEIGHT, CELL_WIDTH, shape_rect
from ui.canvas.text import LabelLayout
from workbench.model import Node, NodeKind, ValueClass

CORNER_RADIUS = 9.0


def outline_path(kind: NodeKind) -> QPainterPath:
    """The step's outline in cell coordinates: used to draw it and to hit-test it."""
    rect = shape_rect(kind)
    path = QPainterPath()
    if kind in (NodeKind.TASK, NodeKind.WAIT):
        path.addRoundedRect(rect, CORNER_RADIUS, CORNER_RADIUS)
    elif kind in (NodeKind.DECISION, NodeKind.PARALLEL):
        path.addPolygon(_diamond(rect))
        path.closeSubpath()
    else:
        path.addEllipse(rect)
    return path


def _diamond(rect: QRectF) -> QPolygonF:
    c = rect.center()
    return QPolygonF([
        QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y()),
        QPointF(c.x(), rect.bottom()), QPointF(rect.left(), c.y()),
    ])


def fill_and_border(node: Node) -> tuple[QColor, QColor]:
    if node.value_class is not None:
        return style.VALUE_FILL[node.value_class], style.VALUE_BORDER[node.value_class]
    return style.NODE_FILL, style.INK


def paint_step(
    painter: QPainter, node: Node, label: LabelLayout | None, duration: LabelLayout | None,
    selected: bool, detailed: bool,
) -> None:
    fill, border = fill_and_border(node)
    width = 3.2 if node.kind is NodeKind.END else 1.3
    pen = QPen(style.SELECTION if selected else border, width + (0.8 if selected else 0.0))
    painter.setPen(pen)
    painter.setBrush(QBrush(fill))
    painter.drawPath(outline_path(node.kind))
    if not detailed or label is None:
        return
    rect = shape_rect(node.kind)
    if node.kind is NodeKind.PARALLEL:
        _plus(painter, rect, border)
    elif node.kind is NodeKind.WAIT:
        _clock(painter, QPointF(rect.left() + 11, rect.top() + 11), 6.5, border)
    painter.setPen(style.INK)
    if node.kind in (NodeKind.TASK, NodeKind.WAIT):
        text_box = rect.adjusted(6, 2, -6, -2 if duration is None else -12)
        label.draw_centred(painter, text_box)
        if duration is not None:
            painter.setPen(style.MUTED_INK)
            duration.draw_centred(painter, QRectF(rect.left(), rect.bottom() - 14, rect.width(),
                                                  12))
    else:
        label.draw_top(painter, rect.center().x(), rect.bottom() + 3)
    if node.fail_point:
        _fail_point(painter, QPointF(rect.left() + (2 if rect.width() > 60 else 0), rect.top()))
    if node.waste_kind is not None:
        _badge(painter, style.waste_badge_text(node.waste_kind), rect)


def paint_connect_handle(painter: QPainter, node: Node) -> None:
    """The small arrow on the right of a hovered step: drag it to another step to connect."""
    rect = shape_rect(node.kind)
    centre = QPointF(rect.right() + 12, rect.center().y())
    painter.setPen(QPen(style.SELECTION, 1.2))
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(centre, 7, 7)
    painter.setBrush(style.SELECTION)
    painter.drawPolygon(QPolygonF([
        centre + QPointF(-2.5, -3.5), centre + QPointF(3.5, 0), centre + QPointF(-2.5, 3.5)
    ]))


def handle_rect(node: Node) -> QRectF:
    rect = shape_rect(node.kind)
    return QRectF(rect.right() + 4, rect.center().y() - 9, 18, 18)


def bounds() -> QRectF:
    """Everything a step may paint: cell, labels under small shapes, badges, handle."""
    return QRectF(-8, -12, CELL_WIDTH + 34, CELL_HEIGHT + 46)


def _plus(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    c, arm = rect.center(), rect.width() * 0.22
    painter.setPen(QPen(colour, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()))
    painter.drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm))


def _clock(painter: QPainter, centre: QPointF, radius: float, colour: QColor) -> None:
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, radius, radius)
    painter.drawLine(centre, centre + QPointF(0, -radius * 0.7))
    angle = math.radians(30)
    painter.drawLine(centre, centre + QPointF(math.cos(angle) * radius * 0.55,
                                              math.sin(angle) * radius * 0.55))


def _fail_point(painter: QPainter, centre: QPointF) -> None:
    """The service blueprint's circled F: where the service is likely to break."""
    painter.setPen(QPen(QColor("#ffffff"), 1.2))
    painter.setBrush(style.FAIL_POINT)
    painter.drawEllipse(centre, 8, 8)
    painter.setFont(style.font(7.5, bold=True))
    painter.drawText(QRectF(centre.x() - 8, centre.y() - 8, 16, 16),
                     Qt.AlignmentFlag.AlignCenter, "F")


def _badge(painter: QPainter, text: str, rect: QRectF) -> None:
    font = style.font(7.0)
    painter.setFont(font)
    width = painter.fontMetrics().horizontalAdvance(text) + 10
    badge = QRectF(rect.right() - width + 4, rect.top() - 8, width, 14)
    painter.setPen(QPen(style.VALUE_BORDER[ValueClass.WASTE], 1.0))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(badge, 7, 7)
    painter.setPen(style.VALUE_BORDER[ValueClass.WASTE])
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
