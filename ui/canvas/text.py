"""Label layout done once per label change, not on every paint (DESIGN.md: speed).

Lines are broken with QTextLayout, so Chinese text wraps between characters and Latin text
between words; a label longer than the room is cut with an ellipsis on its last line.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText, QTextLayout, QTextOption


class LabelLayout:
    """A label broken into lines that fit a width, centred in a box, ready to draw fast."""

    def __init__(self, text: str, font: QFont, width: float, max_lines: int) -> None:
        self.text = text
        self.font = font
        metrics = QFontMetricsF(font)
        self.line_height = metrics.height()
        self._lines = [self._static(line) for line in _break(text, font, width, max_lines)]
        self._widths = [metrics.horizontalAdvance(s.text()) for s in self._lines]
        self.width = max(self._widths, default=0.0)

    @staticmethod
    def _static(line: str) -> QStaticText:
        static = QStaticText(line)
        static.setTextFormat(Qt.TextFormat.PlainText)
        return static

    @property
    def height(self) -> float:
        return self.line_height * len(self._lines)

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
        """Draw the lines centred on `centre_x`, starting at `top` (labels under shapes)."""
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
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        metrics = QFontMetricsF(font)
        lines = lines[: max_lines - 1] + [
            metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        ]
    return lines
