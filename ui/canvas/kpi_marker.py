"""The small badge on an interaction saying whether a KPI measures it.

Every interaction should carry a KPI (DESIGN.md: KPI coverage), so a workshop sees at a glance
which touchpoints are measured: a filled green "K" where a KPI is attached, a hollow orange
"?" where none is. Flows that are not interactions carry no badge.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ui.canvas import style

RADIUS = 6.5
MEASURED = QColor("#2e7d32")
UNMEASURED = QColor("#e65100")


def marker_rect(centre: QPointF) -> QRectF:
    return QRectF(centre.x() - RADIUS, centre.y() - RADIUS, 2 * RADIUS, 2 * RADIUS)


def paint_marker(painter: QPainter, centre: QPointF, measured: bool, detailed: bool = True) -> None:
    painter.save()
    rect = marker_rect(centre)
    if measured:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MEASURED)
    else:
        painter.setPen(QPen(UNMEASURED, 1.4))
        painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(rect)
    if detailed:
        painter.setPen(QColor("#ffffff") if measured else UNMEASURED)
        painter.setFont(style.font(6.5, bold=True))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "K" if measured else "?")
    painter.restore()


def marker_tooltip(kpi_names: list[str] | None) -> str:
    """What hovering the interaction says: its KPIs, or that it has none."""
    if kpi_names is None:
        return ""
    if not kpi_names:
        return QCoreApplication.translate("canvas", "Interaction without a KPI")
    return QCoreApplication.translate("canvas", "KPI: {names}").format(names=", ".join(kpi_names))
