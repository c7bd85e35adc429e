"""The legend (value classes, fail points, KPI badges), pinned to a corner of the canvas
so it never scrolls away."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ui.canvas import style
from ui.canvas.kpi_marker import paint_marker
from workbench.model import ValueClass

_SWATCH = 12
_ROW = 18
_PAD = 8


class ValueLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._rows = [(style.value_class_name(v), v) for v in ValueClass]
        self._fail = self.tr("Fail point")
        self._markers = [(self.tr("Interaction with a KPI"), True),
                         (self.tr("Interaction without a KPI"), False)]
        self.setFont(style.font(8.5))
        self.resize(self.sizeHint())

    def entries(self) -> list[str]:
        return [name for name, _ in self._rows] + [self._fail] + [n for n, _ in self._markers]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        text = max(metrics.horizontalAdvance(name) for name in self.entries())
        return QSize(_PAD * 2 + _SWATCH + 6 + text, _PAD * 2 + _ROW * len(self.entries()) - 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.HEADER_BORDER, 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        y = _PAD
        for name, value in self._rows:
            painter.setPen(QPen(style.VALUE_BORDER[value], 1.2))
            painter.setBrush(style.VALUE_FILL[value])
            painter.drawRoundedRect(QRectF(_PAD, y + 1, _SWATCH, _SWATCH), 3, 3)
            self._text(painter, name, y)
            y += _ROW
        centre = QPointF(_PAD + _SWATCH / 2, y + 1 + _SWATCH / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.FAIL_POINT)
        painter.drawEllipse(centre, _SWATCH / 2, _SWATCH / 2)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(style.font(6.5, bold=True))
        painter.drawText(QRectF(_PAD, y + 1, _SWATCH, _SWATCH), Qt.AlignmentFlag.AlignCenter, "F")
        painter.setFont(self.font())
        self._text(painter, self._fail, y)
        for name, measured in self._markers:
            y += _ROW
            paint_marker(painter, QPointF(_PAD + _SWATCH / 2, y + 1 + _SWATCH / 2), measured)
            self._text(painter, name, y)

    def _text(self, painter: QPainter, text: str, y: float) -> None:
        painter.setPen(style.INK)
        painter.drawText(QRectF(_PAD + _SWATCH + 6, y - 1, self.width(), _ROW - 2),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
