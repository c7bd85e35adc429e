"""Text on the canvas: lines laid out by the drawing engine, drawn fast.

`LabelLayout` breaks a label with QTextLayout for the lane headers; the steps' and
connectors' labels come already broken into lines from `workbench.diagram` (measured with
the same font through `ui.canvas.metrics`), so here they are only drawn, from cached
QStaticText.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText, QTextLayout, QTextOption

from ui.canvas.metrics import pixel_font
from workbench.diagram.geometry import Rect
from workbench.diagram.text import at_most


@lru_cache(maxsize=8192)
def _static(line: str, size: float) -> tuple[QStaticText, float]:
    static = QStaticText(line)
    static.setTextFormat(Qt.TextFormat.PlainText)
    font = pixel_font(size)
    static.prepare(font=font)
    return static, QFontMetricsF(font).horizontalAdvance(line)


def paint_lines(
    painter: QPainter, lines: Sequence[str], box: Rect, size: float, centred: bool = True
) -> None:
    """Draw engine-broken lines in `box` (local coordinates), each centred across it, the
    block centred top to bottom (or from the top when `centred` is False)."""
    if not lines:
        return
    font = pixel_font(size)
    painter.setFont(font)
    line_height = QFontMetricsF(font).lineSpacing()
    top = box.y + (box.h - line_height * len(lines)) / 2 if centred else box.y
    middle = box.x + box.w / 2
    for index, line in enumerate(lines):
        static, width = _static(line, size)
        painter.drawStaticText(QPointF(middle - width / 2, top + index * line_height), static)


class LabelLayout:
    """A label broken into lines that fit a width, centred in a box, ready to draw fast."""

    def __init__(self, text: str, font: QFont, width: float, max_lines: int) -> None:
        self.text = text
        self.font = font
        metrics = QFontMetricsF(font)
        self.line_height = metrics.height()
        self._lines = [self._make(line) for line in _break(text, font, width, max_lines)]
        self._widths = [metrics.horizontalAdvance(s.text()) for s in self._lines]
        self.width = max(self._widths, default=0.0)

    @staticmethod
    def _make(line: str) -> QStaticText:
        static = QStaticText(line)
        static.setTextFormat(Qt.TextFormat.PlainText)
        return static

    @property
    def height(self) -> float:
        return self.line_height * len(self._lines)

    @property
    def lines(self) -> list[str]:
        return [line.text() for line in self._lines]

    def draw_centred(self, painter: QPainter, box: QRectF) -> None:
        """Draw the lines centred horizontally and vertically in `box`."""
        if not self._lines:
            return
        painter.setFont(self.font)
        top = box.center().y() - self.height / 2
        for index, (line, width) in enumerate(zip(self._lines, self._widths, strict=True)):
            x = box.center().x() - width / 2
            painter.drawStaticText(QPointF(x, top + index * self.line_height), line)

    def draw_top(self, painter: QPainter, centre_x: float, top: float) -> None:
        """Draw the lines centred on `centre_x`, starting at `top`."""
        self.draw_centred(painter, QRectF(centre_x - 200, top, 400, self.height))


def _break(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    text = " ".join(text.split())
    if not text:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart(): line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return list(at_most(tuple(lines), max_lines, _FontWidths(font), 0.0, width))


class _FontWidths:
    """The engine's `TextMetrics` for one given font (its size is the font's own)."""

    def __init__(self, font: QFont) -> None:
        self._metrics = QFontMetricsF(font)

    def width(self, text: str, size: float) -> float:
        return self._metrics.horizontalAdvance(text)

    def line_height(self, size: float) -> float:
        return self._metrics.lineSpacing()
