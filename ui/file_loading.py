"""Opening a large document without freezing the window.

A file of many thousand steps takes a noticeable moment to read and build. For such files
the reading and building run on a worker thread while a progress dialog says what is
happening; the finished document is handed back to the GUI thread, which draws it. Small
files open as before, at once and without a dialog.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEventLoop, QThread, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from workbench.document import Document
from workbench.storage import LOAD_STAGES, load_document

BACKGROUND_FROM_BYTES = 2_000_000  # about 4,000 steps: below it, opening is quick anyway


class _LoadThread(QThread):
    """Reads and builds one document; the result (or the failure) is kept for the GUI thread."""

    stage_started = Signal(str)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.document: Document | None = None
        self.failure: BaseException | None = None

    def run(self) -> None:
        try:
            self.document = load_document(self.path, self.stage_started.emit)
        except BaseException as failure:  # noqa: BLE001 - handed to the GUI thread as it is
            self.failure = failure


class OpeningProgress(QProgressDialog):
    """"Opening flow.pwb — reading the steps…": one step per stage, then drawing."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opening %1").replace("%1", name))
        self.setCancelButton(None)  # loading takes seconds at most, and cannot stop halfway
        self.setRange(0, len(LOAD_STAGES) + 1)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._texts = {
            "read": self.tr("Reading the file…"),
            "parse": self.tr("Reading the steps and connections…"),
            "build": self.tr("Building the document…"),
            "draw": self.tr("Drawing the diagram…"),
        }
        self.setLabelText(self._texts["read"])
        self.shown_stages: list[str] = []

    def stage(self, stage: str) -> None:
        stages = (*LOAD_STAGES, "draw")
        self.shown_stages.append(stage)
        self.setValue(stages.index(stage))
        self.setLabelText(self._texts[stage])
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def load_with_progress(
    path: str | os.PathLike[str], parent: QWidget | None, progress: OpeningProgress
) -> Document:
    """Load on a worker thread while the window keeps painting; raises what loading raises."""
    thread = _LoadThread(Path(path), parent)
    thread.stage_started.connect(progress.stage)
    waiting = QEventLoop()
    thread.finished.connect(waiting.quit)
    progress.show()
    thread.start()
    # The window repaints and the dialog moves on, but no click or key reaches the old
    # document while the new one is being read.
    waiting.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    thread.wait()
    thread.deleteLater()
    if thread.failure is not None:
        raise thread.failure
    assert thread.document is not None
    return thread.document


def opens_in_background(path: str | os.PathLike[str], threshold: int) -> bool:
    try:
        return os.path.getsize(path) >= threshold
    except OSError:  # missing or unreadable: the ordinary path explains it
        return False
