"""How each kind of step looks: shapes a BPMN reader recognises, value-class fills, badges.

Pure drawing of a `StepBox` from the drawing engine, in the item's own coordinates: where
the shape, its text and its icons go was decided there, for every surface alike.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from ui.canvas import style
from ui.canvas.metrics import pixel_font
from ui.canvas.text import paint_lines
from workbench.diagram import StepBox
from workbench.diagram import style as sizes
from workbench.diagram.geometry import Rect
from workbench.model import Node, NodeKind, ValueClass

CORNER_RADIUS = 9.0
HANDLE = 18.0


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def outline_path(kind: NodeKind, rect: Rect) -> QPainterPath:
    """The step's outline: used to draw it and to hit-test it."""
    box = qrect(rect)
    path = QPainterPath()
    if kind in (NodeKind.TASK, NodeKind.WAIT):
        path.addRoundedRect(box, CORNER_RADIUS, CORNER_RADIUS)
    elif kind in (NodeKind.DECISION, NodeKind.PARALLEL):
        path.addPolygon(_diamond(box))
        path.closeSubpath()
    else:
        path.addEllipse(box)
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
    painter: QPainter, node: Node, box: StepBox, outline: QPainterPath, selected: bool,
    detailed: bool,
) -> None:
    fill, border = fill_and_border(node)
    width = 3.2 if node.kind is NodeKind.END else 1.3
    painter.setPen(QPen(style.SELECTION if selected else border, width + (0.8 if selected else 0)))
    painter.setBrush(QBrush(fill))
    painter.drawPath(outline)
    if not detailed:
        return
    if node.kind is NodeKind.PARALLEL:
        _plus(painter, qrect(box.shape), border)
    for icon in box.icons:
        if icon.kind == "clock":
            _clock(painter, qrect(icon.rect), border)
        elif icon.kind == "fail-point":
            _fail_point(painter, qrect(icon.rect))
        elif icon.kind == "waste":
            _badge(painter, icon.text, qrect(icon.rect))
    painter.setPen(style.INK)
    if box.inside:
        paint_lines(painter, box.lines, box.text, box.text_size)
        if box.duration_box is not None:
            painter.setPen(style.MUTED_INK)
            paint_lines(painter, (box.duration,), box.duration_box, sizes.SMALL_SIZE)
    elif box.lines:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawRoundedRect(qrect(box.text).adjusted(-2, -1, 2, 1), 3, 3)
        painter.setPen(style.INK)
        paint_lines(painter, box.lines, box.text, box.text_size, centred=False)


def handle_rect(box: StepBox) -> QRectF:
    """The small arrow on the right of a hovered step: drag it to another step to connect."""
    shape = box.shape
    return QRectF(shape.right + 4, shape.cy - HANDLE / 2, HANDLE, HANDLE)


def paint_connect_handle(painter: QPainter, box: StepBox) -> None:
    rect = handle_rect(box)
    centre = rect.center()
    painter.setPen(QPen(style.SELECTION, 1.2))
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(centre, 7, 7)
    painter.setBrush(style.SELECTION)
    painter.drawPolygon(QPolygonF([
        centre + QPointF(-2.5, -3.5), centre + QPointF(3.5, 0), centre + QPointF(-2.5, 3.5)
    ]))


def bounds(box: StepBox) -> QRectF:
    """Everything a step may paint: shape, text, icons, and the connect handle."""
    rect = qrect(box.shape).united(qrect(box.text)).united(handle_rect(box))
    for icon in box.icons:
        rect = rect.united(qrect(icon.rect))
    return rect.adjusted(-4, -4, 4, 4)


def _plus(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    c, arm = rect.center(), rect.width() * 0.22
    painter.setPen(QPen(colour, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()))
    painter.drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm))


def _clock(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    centre, radius = rect.center(), rect.width() / 2
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, radius, radius)
    painter.drawLine(centre, centre + QPointF(0, -radius * 0.7))
    angle = math.radians(30)
    painter.drawLine(centre, centre + QPointF(math.cos(angle) * radius * 0.55,
                                              math.sin(angle) * radius * 0.55))


def _fail_point(painter: QPainter, rect: QRectF) -> None:
    """The service blueprint's circled F: where the service is likely to break."""
    painter.setPen(QPen(QColor("#ffffff"), 1.2))
    painter.setBrush(style.FAIL_POINT)
    painter.drawEllipse(rect)
    painter.setFont(pixel_font(sizes.SMALL_SIZE, bold=True))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "F")


def _badge(painter: QPainter, text: str, rect: QRectF) -> None:
    painter.setPen(QPen(style.VALUE_BORDER[ValueClass.WASTE], 1.0))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(style.VALUE_BORDER[ValueClass.WASTE])
    painter.setFont(pixel_font(sizes.SMALL_SIZE))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
