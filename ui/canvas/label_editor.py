"""In-place editing of a label: Enter commits one command, Escape leaves the model alone."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.canvas import style


class LabelEditor(QLineEdit):
    committed = Signal(str, str)  # element id, new text
    closed = Signal()  # committed or cancelled: the canvas takes the keyboard back

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFont(style.font(9.5))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrame(True)
        self.hide()
        self.element_id: str | None = None

    @property
    def editing(self) -> bool:
        return self.element_id is not None

    def open(self, element_id: str, text: str, where: QRect) -> None:
        self.element_id = element_id
        self.setText(text)
        width = max(where.width(), 160)
        height = max(self.sizeHint().height(), 26)
        centre = where.center()
        self.setGeometry(centre.x() - width // 2, centre.y() - height // 2, width, height)
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectAll()

    def commit(self) -> None:
        element_id, self.element_id = self.element_id, None
        self.hide()
        if element_id is not None:
            self.committed.emit(element_id, self.text().strip())
        self.closed.emit()

    def cancel(self) -> None:
        self.element_id = None
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Clicking elsewhere keeps what was typed, as in every other editor."""
        super().focusOutEvent(event)
        if self.editing:
            self.commit()
