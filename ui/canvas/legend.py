"""The legend (value classes, fail points, KPI badges): one row in a strip of its own under
the canvas, so it never scrolls away and never covers a step."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ui.canvas import style
from ui.canvas.kpi_marker import paint_marker
from ui.i18n import domain_translator
from workbench.model import ValueClass
from workbench.vocabulary import FAIL_POINT

_SWATCH = 12
_GAP = 18  # between two entries
_PAD = 8
HEIGHT = 24


class ValueLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._rows = [(style.value_class_name(v), v) for v in ValueClass]
        self._fail = domain_translator()(FAIL_POINT)  # the report's legend word too
        self._markers = [(self.tr("Interaction with a KPI"), True),
                         (self.tr("Interaction without a KPI"), False)]
        self.setFont(style.font(8.5))
        self.resize(self.sizeHint())

    def entries(self) -> list[str]:
        return [name for name, _ in self._rows] + [self._fail] + [n for n, _ in self._markers]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        text = sum(metrics.horizontalAdvance(name) for name in self.entries())
        entries = len(self.entries())
        return QSize(_PAD * 2 + entries * (_SWATCH + 6 + _GAP) + text, HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(style.HEADER_BORDER, 1))
        painter.drawLine(0, 0, self.width(), 0)
        top = (HEIGHT - _SWATCH) / 2
        x = float(_PAD)
        for name, value in self._rows:
            painter.setPen(QPen(style.VALUE_BORDER[value], 1.2))
            painter.setBrush(style.VALUE_FILL[value])
            painter.drawRoundedRect(QRectF(x, top, _SWATCH, _SWATCH), 3, 3)
            x = self._text(painter, name, x)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.FAIL_POINT)
        painter.drawEllipse(QRectF(x, top, _SWATCH, _SWATCH))
        painter.setPen(QColor("#ffffff"))
        painter.setFont(style.font(6.5, bold=True))
        painter.drawText(QRectF(x, top, _SWATCH, _SWATCH), Qt.AlignmentFlag.AlignCenter, "F")
        painter.setFont(self.font())
        x = self._text(painter, self._fail, x)
        for name, measured in self._markers:
            paint_marker(painter, QPointF(x + _SWATCH / 2, top + _SWATCH / 2), measured)
            x = self._text(painter, name, x)

    def _text(self, painter: QPainter, text: str, x: float) -> float:
        """The entry's name right of its swatch at x; returns where the next entry starts."""
        painter.setPen(style.INK)
        left = x + _SWATCH + 6
        width = self.fontMetrics().horizontalAdvance(text)
        painter.drawText(QRectF(left, 0, width + 2, HEIGHT),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        return left + width + _GAP
