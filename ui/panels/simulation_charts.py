"""The simulation panel's two charts, painted with QPainter: the share of cases done by
each lead time (one curve per version) and the share keeping every time limit per tier
(grouped bars). Two plain charts do not earn a charting library: painting them costs no
start-up time and no download, and they take the window's own palette and font."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.i18n import domain_text

COLOURS = (QColor("#78909c"), QColor("#1e73d8"), QColor("#2e7d32"), QColor("#c62828"))
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44.0, 12.0, 26.0, 46.0


class _Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setMinimumHeight(210)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def plot_area(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(10.0, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
            max(10.0, self.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )

    def frame(self, painter: QPainter, area: QRectF) -> None:
        """Title, the share axis (0-100 %) with its grid, and the legend below."""
        ink = self.palette().color(self.foregroundRole())
        painter.setPen(ink)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QPointF(MARGIN_LEFT, 16), self.title)
        font.setBold(False)
        painter.setFont(font)
        grid = QColor(ink)
        grid.setAlpha(40)
        for step in range(5):
            y = area.bottom() - area.height() * step / 4
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(ink)
            painter.drawText(QRectF(0, y - 8, MARGIN_LEFT - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{25 * step} %")  # fmt: skip

    def legend(self, painter: QPainter, names: list[str]) -> None:
        x = MARGIN_LEFT
        y = self.height() - 8.0
        metrics = painter.fontMetrics()
        for number, name in enumerate(names):
            painter.fillRect(QRectF(x, y - 8, 10, 10), COLOURS[number % len(COLOURS)])
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(QPointF(x + 14, y + 1), name)
            x += 30 + metrics.horizontalAdvance(name)


class CumulativeChart(_Chart):
    """`set_curves([(version, [(hours, share done), ...]), ...])`; the hours share one axis."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.curves: list[tuple[str, list[tuple[float, float]]]] = []

    def set_curves(self, curves: list[tuple[str, list[tuple[float, float]]]]) -> None:
        self.curves = curves
        self.update()

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802
        if not self.curves:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.plot_area()
        self.frame(painter, area)
        top = max((points[-1][0] for _, points in self.curves if points), default=1.0) or 1.0
        ink = self.palette().color(self.foregroundRole())
        painter.setPen(ink)
        for step in range(5):
            x = area.left() + area.width() * step / 4
            painter.drawText(QRectF(x - 40, area.bottom() + 2, 80, 14),
                             Qt.AlignmentFlag.AlignHCenter, f"{top * step / 4:,.0f} h")  # fmt: skip
        for number, (_, points) in enumerate(self.curves):
            path = QPainterPath()
            for index, (hours, share) in enumerate(points):
                at = QPointF(area.left() + area.width() * hours / top,
                             area.bottom() - area.height() * share)  # fmt: skip
                path.moveTo(at) if index == 0 else path.lineTo(at)
            painter.setPen(QPen(COLOURS[number % len(COLOURS)], 2.0))
            painter.drawPath(path)
        self.legend(painter, [name for name, _ in self.curves])


class TierBars(_Chart):
    """`set_rows(["As-is", "To-be"], [(tier, [share per version or None]), ...])`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.versions: list[str] = []
        self.rows: list[tuple[str, list[float | None]]] = []

    def set_rows(self, versions: list[str], rows: list[tuple[str, list[float | None]]]) -> None:
        self.versions, self.rows = versions, rows
        self.update()

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802
        if not self.rows:
            return
        painter = QPainter(self)
        area = self.plot_area()
        self.frame(painter, area)
        group = area.width() / len(self.rows)
        width = max(2.0, (group - 12) / max(1, len(self.versions)))
        ink = self.palette().color(self.foregroundRole())
        for index, (tier, shares) in enumerate(self.rows):
            left = area.left() + group * index + 6
            for number, share in enumerate(shares):
                if share is None:
                    continue
                height = area.height() * share
                bar = QRectF(left + width * number, area.bottom() - height, width - 2, height)
                painter.fillRect(bar, COLOURS[number % len(COLOURS)])
            painter.setPen(ink)
            label = painter.fontMetrics().elidedText(tier, Qt.TextElideMode.ElideRight,
                                                     int(group) - 4)  # fmt: skip
            painter.drawText(QRectF(area.left() + group * index, area.bottom() + 2, group, 14),
                             Qt.AlignmentFlag.AlignHCenter, label)  # fmt: skip
        self.legend(painter, self.versions)


def show_charts(curve: CumulativeChart, bars: TierBars, results: list) -> None:
    """Both charts from simulation results (one per version, the same cases)."""
    from workbench.simulation.before_after import curves_of, tier_rows_of

    curve.set_curves(curves_of(results))
    rows = [(domain_text(tier), shares) for tier, shares in tier_rows_of(results)]
    bars.set_rows([r.version_name for r in results], rows)
