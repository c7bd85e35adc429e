"""Dropping a `.pwb` file on the window opens it, as File ▸ Open would.

The loader checks the file in full; a file that is refused is explained and the document
on screen stays as it was (the file controller's open does both). Installed as an event
filter, so the window's own code stays as it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from workbench.storage import FILE_SUFFIX


def dropped_templates(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local `.pwb` files being dragged, if any."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(FILE_SUFFIX)
    ]


class FileDrop(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - ui.main_window.MainWindow
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self.window:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_templates(event):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = dropped_templates(event)
            if not paths:
                return False
            event.acceptProposedAction()
            self.window.files.open_path(paths[0])
            return True
        return False
