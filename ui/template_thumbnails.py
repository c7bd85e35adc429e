"""Miniatures of each template's diagram for the gallery's cards.

A template's last version (its to-be, by convention) is drawn offscreen by the same scene the
editor uses, so the card shows what opening the template will show. Drawings are cached by
file path and modification time: opening the gallery a second time draws nothing, and a
template a colleague just changed in the shared folder is drawn afresh.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QUndoStack

from ui.canvas.scene import SwimlaneScene
from workbench.diagram.geometry import Rect
from workbench.document import Document
from workbench.storage import FormatError
from workbench.templates import Template

THUMBNAIL_WIDTH = 320
THUMBNAIL_HEIGHT = 150
WIDEST = 1.0  # a long flow shows its start, cut to the thumbnail's shape, steps still visible

CacheKey = tuple[str, int, int]


def cache_key(template: Template) -> CacheKey:
    """Path + mtime + size for a file; a built-in template never changes while we run."""
    if template.path is None:
        return (f"{template.source}:{template.name}:{template.language}", 0, 0)
    try:
        stat = template.path.stat()
    except OSError:
        return (str(template.path), -1, -1)
    return (str(template.path), stat.st_mtime_ns, stat.st_size)


def render_document(document: Document, scale: float = 2.0) -> QImage:
    """The document's last version drawn into a thumbnail (at `scale` for sharp screens)."""
    width, height = int(THUMBNAIL_WIDTH * scale), int(THUMBNAIL_HEIGHT * scale)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    image.setDevicePixelRatio(scale)
    if not document.versions:
        return image
    scene = SwimlaneScene(document, document.versions[-1].id, QUndoStack())
    try:
        source = scene.itemsBoundingRect().adjusted(-4, -4, 4, 4)
        if source.width() <= 8 or source.height() <= 8:
            return image  # an empty version: a blank card says so
        widest = source.height() * THUMBNAIL_WIDTH / THUMBNAIL_HEIGHT * WIDEST
        if source.width() > widest:
            source.setWidth(widest)  # the start of the flow, large enough to see its shape
        scene.ensure_shown(Rect(source.x(), source.y(), source.width(), source.height()))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            scene.render(painter, _centred(source), source, Qt.AspectRatioMode.KeepAspectRatio)
        finally:
            painter.end()
    finally:
        scene.close()
    return image


def _centred(source: QRectF) -> QRectF:
    """Where a tall or short flow goes in the thumbnail: scaled to fit, in the middle."""
    scale = min(THUMBNAIL_WIDTH / source.width(), THUMBNAIL_HEIGHT / source.height())
    width, height = source.width() * scale, source.height() * scale
    return QRectF((THUMBNAIL_WIDTH - width) / 2, (THUMBNAIL_HEIGHT - height) / 2, width, height)


class ThumbnailCache(QObject):
    """Draws thumbnails one at a time between events, so the gallery opens at once."""

    ready = Signal(object)  # the Template whose thumbnail was just drawn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images: dict[CacheKey, QImage] = {}
        self._queue: deque[tuple[CacheKey, Template]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_next)
        self.drawn = 0  # how many were drawn (not served from the cache), for tests

    def get(self, template: Template) -> QImage | None:
        """The thumbnail if it is drawn; otherwise None, and it will be drawn soon."""
        key = cache_key(template)
        image = self._images.get(key)
        if image is None and all(k != key for k, _ in self._queue):
            self._queue.append((key, template))
            self._timer.start()
        return image

    def pending(self) -> int:
        return len(self._queue)

    def draw_all(self, templates: list[Template]) -> None:
        """Draw now what is missing (tests, and a screenshot that must show every card)."""
        for template in templates:
            self.get(template)
        while self._queue:
            self._draw_next()

    def _draw_next(self) -> None:
        if not self._queue:
            return
        key, template = self._queue.popleft()
        try:
            image = render_document(template.load())
        except (FormatError, OSError):
            image = QImage()  # the card says the file is unreadable; no retry loop
        self._images[key] = image
        self.drawn += 1
        self.ready.emit(template)
        if self._queue:
            self._timer.start()
