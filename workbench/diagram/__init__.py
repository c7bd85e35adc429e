"""One drawing engine for every surface: lanes, step boxes sized to their labels,
connectors routed round the steps they do not join, and captions that cover no text.

No Qt here: the canvas, the PDF report and the BPMN writer all draw what this computes,
each measuring text with its own font through `TextMetrics`.
"""

from workbench.diagram.drawing import Connector, Drawing, build_drawing
from workbench.diagram.geometry import Point, Rect
from workbench.diagram.steps import StepBox, Words
from workbench.diagram.text import EstimatedMetrics, TextMetrics

__all__ = [
    "Connector", "Drawing", "EstimatedMetrics", "Point", "Rect", "StepBox", "TextMetrics",
    "Words", "build_drawing",
]
