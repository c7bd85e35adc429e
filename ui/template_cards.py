"""How one template looks in the gallery: a card with the diagram's miniature on top, then
title, language and class, a few lines of description, tags, and whose template it is.

The gallery puts the texts into the item's roles; this delegate only draws them, so the
wording (and its translation) stays with the gallery.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.template_thumbnails import THUMBNAIL_HEIGHT, THUMBNAIL_WIDTH, ThumbnailCache

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2
TAGS_ROLE = Qt.ItemDataRole.UserRole + 3
ORIGIN_ROLE = Qt.ItemDataRole.UserRole + 4

PADDING = 12
CARD_WIDTH = THUMBNAIL_WIDTH + 2 * PADDING
CARD_HEIGHT = 340
DESCRIPTION_LINES = 3
BORDER = QColor("#d0d5dd")
SELECTED = QColor("#2f6fde")
MUTED = QColor("#5f6b7a")
PLACEHOLDER = QColor("#eef1f5")

Index = QModelIndex | QPersistentModelIndex


class TemplateCardDelegate(QStyledItemDelegate):
    def __init__(self, thumbnails: ThumbnailCache, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.thumbnails = thumbnails

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(CARD_WIDTH, CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            card = QRectF(option.rect).adjusted(6, 6, -6, -6)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
            outline = QPainterPath()
            outline.addRoundedRect(card, 8, 8)
            painter.fillPath(outline, QColor("#f3f7ff") if selected else QColor("white"))
            painter.setPen(QPen(SELECTED if selected else BORDER, 2 if selected or hovered else 1))
            painter.drawPath(outline)
            self._paint_thumbnail(painter, card, index)
            self._paint_texts(painter, option, card, index)
        finally:
            painter.restore()

    def _paint_thumbnail(self, painter: QPainter, card: QRectF, index: Index) -> None:
        area = QRectF(
            card.left() + PADDING - 6, card.top() + PADDING - 6, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT
        )
        image = self.thumbnails.get(index.data(TEMPLATE_ROLE))
        if image is None or image.isNull():
            painter.fillRect(area, PLACEHOLDER)
        else:
            painter.drawImage(area, image)
        painter.setPen(QPen(BORDER, 1))
        painter.drawRect(area)

    def _paint_texts(
        self, painter: QPainter, option: QStyleOptionViewItem, card: QRectF, index: Index
    ) -> None:
        left = card.left() + PADDING - 6
        width = THUMBNAIL_WIDTH
        y = card.top() + PADDING - 6 + THUMBNAIL_HEIGHT + 10
        base = QFont(option.font)
        title_font = QFont(base)
        title_font.setBold(True)
        title_font.setPointSizeF(base.pointSizeF() * 1.1)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        y = _draw_lines(painter, index.data(Qt.ItemDataRole.DisplayRole), title_font,
                        QColor("#1d2430"), left, y, width, 2)  # fmt: skip
        y = _draw_lines(painter, index.data(SUBTITLE_ROLE), small, MUTED, left, y, width, 1)
        y += 4
        y = _draw_lines(painter, index.data(DESCRIPTION_ROLE), base, QColor("#2b3340"),
                        left, y, width, DESCRIPTION_LINES)  # fmt: skip
        bottom = card.bottom() - PADDING + 6
        origin_height = QFontMetricsF(small).lineSpacing()
        tags_top = bottom - 2 * origin_height - 2
        _draw_lines(painter, index.data(TAGS_ROLE), small, SELECTED, left, tags_top, width, 1)
        _draw_lines(painter, index.data(ORIGIN_ROLE), small, MUTED, left,
                    bottom - origin_height, width, 1)  # fmt: skip


def _draw_lines(
    painter: QPainter,
    text: str | None,
    font: QFont,
    color: QColor,
    left: float,
    top: float,
    width: float,
    max_lines: int,
) -> float:
    """Word-wrapped text, at most `max_lines`, the last one elided; returns the next top."""
    if not text:
        return top
    metrics = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(line)
    layout.endLayout()
    painter.setFont(font)
    painter.setPen(color)
    y = top
    for number, line in enumerate(lines):
        start, length = line.textStart(), line.textLength()
        piece = text[start : start + length].rstrip()
        if number == len(lines) - 1 and start + length < len(text):
            piece = metrics.elidedText(text[start:].replace("\n", " "), Qt.TextElideMode.ElideRight,
                                       width)  # fmt: skip
        painter.drawText(QPointF(left, y + metrics.ascent()), piece)
        y += metrics.lineSpacing()
    return y
