"""The drawing engine's text metrics, filled from Qt's fonts: the canvas sizes its steps
and captions with the very font it paints them in."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication


@lru_cache(maxsize=16)
def pixel_font(size: float, bold: bool = False) -> QFont:
    """The application's font at a size in scene units (pixels at 100 % zoom)."""
    font = QFont(QGuiApplication.font())
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


@lru_cache(maxsize=16)
def _metrics(size: float) -> QFontMetricsF:
    return QFontMetricsF(pixel_font(size))


class QtMetrics:
    """`workbench.diagram.TextMetrics` for the application's font."""

    def width(self, text: str, size: float) -> float:
        return _metrics(size).horizontalAdvance(text)

    def line_height(self, size: float) -> float:
        return _metrics(size).lineSpacing()


CANVAS_METRICS = QtMetrics()
