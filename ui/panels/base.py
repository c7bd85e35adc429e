"""What every panel shares: one subscription to the document, the current version, and a
single way to apply an edit (a command on the undo stack, a refused edit shown inline)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ui.commands import DocumentCommand, push
from ui.i18n import error_text
from ui.panels.forms import ErrorLabel
from workbench.document import Document, EditError
from workbench.edit_relevance import AnalysisRelevance
from workbench.events import DocumentEdited, Event
from workbench.model import Version

FILL_QUIET_S = 0.3  # a deferred fill waits until the document has been still this long


class DocumentPanel(QWidget):
    """Base of the dock panels. Subclasses implement `refresh()` (read the model, fill the
    widgets without echo) and may override `on_event` for finer reactions."""

    def __init__(
        self, document: Document, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self.version_id: str | None = None
        self.error = ErrorLabel(self)
        self._relevance = AnalysisRelevance()
        self._fill_timer = QTimer(self)  # a big flow's panels fill after the canvas shows
        self._fill_timer.setSingleShot(True)
        self._fill_timer.timeout.connect(self._deferred_fill)
        self._edited_at = 0.0  # when the document last changed, for a fill that waits
        self._subscription = document.events.subscribe(self._heard)
        subscription = self._subscription  # the lambda must not keep `self` alive
        self.destroyed.connect(lambda *_: subscription.close())

    # ------------------------------------------------------------------ public

    def set_version(self, version_id: str, later_ms: int | None = None) -> None:
        """Show a version now, or (`later_ms`) after that long or once `fill_soon` is
        called, whichever comes first: a big flow's canvas is painted before its panels
        are filled."""
        self.version_id = version_id
        self.error.clear_error()
        if later_ms is None:
            self._fill_timer.stop()
            self.refresh()
        else:
            self._fill_timer.start(later_ms)

    def _deferred_fill(self) -> None:
        """The deferred fill, unless the user is editing: then it waits for a pause."""
        wait = self._edited_at + FILL_QUIET_S - time.perf_counter()
        if wait > 0:
            self._fill_timer.start(int(wait * 1000) + 1)
            return
        self.refresh()

    def fill_soon(self, delay_ms: int) -> None:
        """A deferred fill, brought forward (the canvas has painted)."""
        if self._fill_timer.isActive() and self._fill_timer.remainingTime() > delay_ms:
            self._fill_timer.start(delay_ms)

    def close_subscription(self) -> None:
        """Stop listening to the document (the main window calls it before dropping us)."""
        self._subscription.close()

    def version(self) -> Version | None:
        if self.version_id is None:
            return None
        try:
            return self.document.version(self.version_id)
        except EditError:
            return None

    # ------------------------------------------------------------------ edits

    def apply(self, command: DocumentCommand) -> bool:
        """Run one edit through the undo stack; a refused edit says why and changes nothing."""
        try:
            push(self.undo_stack, command)
        except EditError as problem:
            self.error.show_error(error_text(problem))
            self.refresh()
            return False
        self.error.clear_error()
        return True

    def apply_all(self, text: str, commands: Iterable[DocumentCommand]) -> bool:
        """Several edits as one undo step (bulk marking of a multi-selection)."""
        commands = list(commands)
        if len(commands) == 1:
            return self.apply(commands[0])
        if not commands:
            return True
        self.undo_stack.beginMacro(text)
        try:
            for command in commands:
                push(self.undo_stack, command)
        except EditError as problem:
            self.undo_stack.endMacro()
            self.undo_stack.undo()  # take back the part that went through
            self.error.show_error(error_text(problem))
            self.refresh()
            return False
        self.undo_stack.endMacro()
        self.error.clear_error()
        return True

    # ----------------------------------------------------------------- events

    def refresh(self) -> None:
        raise NotImplementedError

    def on_event(self, event: Event) -> None:
        """Default: refresh once per complete edit that concerns the shown version."""
        if isinstance(event, DocumentEdited) and self.concerns(event):
            self.refresh()

    def concerns(self, event: DocumentEdited) -> bool:
        """Edits of the document itself (no version) or of the shown version."""
        return not event.version_ids or self.version_id in event.version_ids

    def _heard(self, event: Event) -> None:
        if self._fill_timer.isActive():
            self._edited_at = time.perf_counter()
        self._on_event(event)

    def _on_event(self, event: Event) -> None:
        if self._relevance.feed(event) is False:  # a drag along a lane: nothing shown changed
            return
        self.on_event(event)


class DeferredRefresh(QObject):
    """Coalesces a burst of edits into one costly recomputation ~150 ms after the last one,
    so typing never waits for measures or checks."""

    def __init__(self, callback: Callable[[], None], parent: QObject, delay_ms: int = 150) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(callback)

    def schedule(self) -> None:
        self._timer.start()  # restarting coalesces

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
