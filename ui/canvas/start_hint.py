"""What to do first, shown on a canvas whose flow has no step yet: draw the first customer
step, or start from a template. It disappears with the first step and comes back when the
last one is deleted (or the first is undone)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from ui.canvas import style
from workbench.document import Document
from workbench.events import DocumentEdited, Event

MARGIN = 24


class StartHint(QFrame):
    template_requested = Signal()

    def __init__(self, document: Document, version_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("StartHint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#StartHint { background: rgba(255, 255, 255, 240); border: 1px solid #b8c4d0;"
            " border-radius: 6px; }"
        )
        self.document, self.version_id = document, version_id
        self.title = QLabel(self.tr("Where to begin"), self)
        self.title.setFont(style.font(11.0, bold=True))
        self.text = QLabel(
            self.tr(
                "Double-click in the customer lane to draw the first customer step: "
                "where the customer starts (calls, writes, comes in). Then connect each "
                "step to the next by dragging from its right edge."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.template_button = QPushButton(self.tr("Start from a template…"), self)
        self.template_button.clicked.connect(self.template_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFixedWidth(420)
        self._subscription = document.events.subscribe(self._on_event)
        self.refresh()

    def set_version(self, version_id: str) -> None:
        self.version_id = version_id
        self.refresh()

    def close_subscription(self) -> None:
        self._subscription.close()

    def switch_off(self) -> None:
        """For a canvas nobody draws on (the comparison's): never shown."""
        self.close_subscription()
        self.hide()

    def refresh(self) -> None:
        """Shown while the version has no step; checking is one dictionary's length."""
        if not self._subscription.active:
            return
        try:
            empty = not self.document.version(self.version_id).nodes
        except ValueError:  # the version was deleted
            empty = False
        self.setVisible(empty)

    def place(self, area: QRect) -> None:
        """Bottom centre of the canvas (`area`, in the parent's coordinates), clear of the
        lanes drawn at the top."""
        self.adjustSize()
        x = area.left() + max(MARGIN, (area.width() - self.width()) // 2)
        y = area.bottom() - self.height() - MARGIN
        self.move(x, max(area.top() + MARGIN, y))

    def _on_event(self, event: Event) -> None:
        """Once per edit (not per step of a large paste or undo)."""
        if not isValid(self):
            self._subscription.close()
            return
        if isinstance(event, DocumentEdited) and self.version_id in event.version_ids:
            self.refresh()
