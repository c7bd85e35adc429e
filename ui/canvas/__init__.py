"""The swimlane canvas: `CanvasView` (the widget) showing a `SwimlaneScene` (the picture)."""

from ui.canvas.scene import SwimlaneScene
from ui.canvas.view import CanvasView

__all__ = ["CanvasView", "SwimlaneScene"]
