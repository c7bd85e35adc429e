"""Drives a real `CanvasView` with mouse and keyboard events, as a user would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.canvas import CanvasView

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def at(view: CanvasView, scene_point: QPointF | tuple[float, float]) -> QPoint:
    point = QPointF(*scene_point) if isinstance(scene_point, tuple) else scene_point
    return view.mapFromScene(point)


def _send(view: CanvasView, kind: QMouseEvent.Type, pos: QPoint, button: Qt.MouseButton,
          buttons: Qt.MouseButton, modifiers: Qt.KeyboardModifier) -> None:
    viewport = view.viewport()
    event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons,
                        modifiers)
    QApplication.sendEvent(viewport, event)


def drag(view: CanvasView, start: tuple[float, float], end: tuple[float, float],
         button: Qt.MouseButton = LEFT, modifiers: Qt.KeyboardModifier = NO_MODIFIER,
         steps: int = 6) -> None:
    """Press at `start`, move in steps to `end` with the button held, release there."""
    a, b = at(view, start), at(view, end)
    _send(view, QMouseEvent.Type.MouseButtonPress, a, button, button, modifiers)
    for i in range(1, steps + 1):
        p = a + (b - a) * (i / steps)
        _send(view, QMouseEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, button, modifiers)
    _send(view, QMouseEvent.Type.MouseButtonRelease, b, button, Qt.MouseButton.NoButton,
          modifiers)


def click(view: CanvasView, point: tuple[float, float],
          modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    QTest.mouseClick(view.viewport(), LEFT, modifiers, at(view, point))


def double_click(view: CanvasView, point: tuple[float, float]) -> None:
    QTest.mouseDClick(view.viewport(), LEFT, NO_MODIFIER, at(view, point))


def centre_of(view: CanvasView, element_id: str) -> tuple[float, float]:
    item = view.canvas().node_items()[element_id]
    c = item.shape_in_scene().center()
    return c.x(), c.y()


def handle_of(view: CanvasView, element_id: str) -> tuple[float, float]:
    """The connect handle on the right of a step."""
    rect = view.canvas().node_items()[element_id].shape_in_scene()
    return rect.right() + 12, rect.center().y()


def type_text(widget, text: str) -> None:  # noqa: ANN001 - any QWidget
    """Type text the way an input method delivers it (QTest.keyClicks is ASCII only)."""
    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, NO_MODIFIER, char))
