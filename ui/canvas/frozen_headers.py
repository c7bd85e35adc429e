"""Lane headers that stay in sight when the canvas is scrolled sideways, like a spreadsheet's
frozen first column: a long flow no longer leaves its steps without the name of their lane.

The lanes keep their real headers at the left end of the flow. While that end is scrolled
out of view, the view draws a copy of each header at its left edge (over the steps passing
beneath), and a click there is passed on as a click on the real header, so selecting,
dragging, renaming and the lane's menu work as they do at the start of the flow. Drawing
reuses each lane's cached text layout; a sideways scroll repaints only the column.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QPainter, QPen

from ui.canvas import style
from ui.canvas.geometry import HEADER_WIDTH

ROOM_FOR_STEPS = 3  # headers freeze only in a canvas at least this many headers wide

if TYPE_CHECKING:
    from ui.canvas.lane_item import LaneItem
    from ui.canvas.view import CanvasView


def frozen_left(view: CanvasView) -> float | None:
    """Scene x of the viewport's left edge when the real headers are scrolled (even
    partly) out of view; None when they are in sight, or the canvas is too narrow."""
    if view.viewport().width() < ROOM_FOR_STEPS * HEADER_WIDTH * view.zoom():
        return None  # a narrow canvas: frozen headers would cover most of the steps
    x = view.mapToScene(0, 0).x()
    return x if x > 0 else None


def header_rect(view: CanvasView, lane: LaneItem) -> QRectF:
    """Where a lane's header is seen now (scene units): frozen or real."""
    left = frozen_left(view)
    real = lane.mapRectToScene(lane.header_rect())
    return real if left is None else real.translated(left, 0)


def paint(view: CanvasView, painter: QPainter, exposed: QRectF) -> None:
    left = frozen_left(view)
    if left is None or exposed.left() > left + HEADER_WIDTH:
        return
    for lane in view.canvas().lane_items().values():
        header = QRectF(left, lane.top, HEADER_WIDTH, lane.lane.height)
        if header.intersects(exposed):
            lane.paint_header(painter, header, lane.isSelected())
    edge = QPen(style.HEADER_BORDER, 2.0)
    edge.setCosmetic(True)
    painter.setPen(edge)
    bands = view.canvas().bands()
    if bands:
        x = left + HEADER_WIDTH
        painter.drawLine(QPointF(x, bands[0].top), QPointF(x, bands[-1].bottom))


def real_point(view: CanvasView, viewport_pos: QPointF) -> QPointF | None:
    """For a point on a frozen header: the same point on the real header, in viewport
    coordinates (left of the viewport); None for any other point."""
    left = frozen_left(view)
    if left is None:
        return None
    scene = view.mapToScene(viewport_pos.toPoint())
    if scene.x() > left + HEADER_WIDTH:
        return None
    bands = view.canvas().bands()
    if not bands or not bands[0].top <= scene.y() < bands[-1].bottom:
        return None
    inside = min(max(scene.x() - left, 2.0), HEADER_WIDTH - 2.0)
    real = QPointF(inside, scene.y())
    return QPointF(view.mapFromScene(real))


def column(view: CanvasView, dx: int) -> QRect | None:
    """The viewport strip to repaint after a sideways scroll by `dx` pixels: the column,
    and the stale copy the scroll shifted beside it."""
    if dx == 0:
        return None
    width = math.ceil(HEADER_WIDTH * view.zoom()) + abs(dx) + 2
    return QRect(0, 0, width, view.viewport().height())
