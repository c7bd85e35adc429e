"""File ▸ Export to Excel / Export PDF Report / Print Diagram.

An export works on a snapshot of the document in a worker thread, with a progress dialog,
so a long export never freezes the window and later edits cannot reach a half-written
file. Failures (an unwritable folder, a workbook open in another program) are explained.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from workbench.document import Document
from workbench.storage import dumps_document, loads_document

EXCEL_FILTER = "Excel workbook (*.xlsx)"
PDF_FILTER = "PDF report (*.pdf)"


class _Signals(QObject):
    finished = Signal(str)
    failed = Signal(str)


class _ExportJob(QRunnable):
    def __init__(self, work: Callable[[], None], path: str) -> None:
        super().__init__()
        self.work, self.path = work, path
        self.signals = _Signals()

    def run(self) -> None:
        try:
            self.work()
        except Exception as error:  # noqa: BLE001 - every failure is shown to the user
            self.signals.failed.emit(str(error) or type(error).__name__)
        else:
            self.signals.finished.emit(self.path)


def snapshot(document: Document) -> Document:
    """A detached copy through the file form: what would be saved is what is exported."""
    return loads_document(dumps_document(document))


class ExportActions(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - ui.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.excel_action = self._action(self.tr("Export to &Excel…"), None, self.export_excel)
        self.pdf_action = self._action(
            self.tr("Export &PDF Report…"), QKeySequence("Ctrl+Shift+E"), self.export_pdf
        )
        self.print_action = self._action(
            self.tr("&Print Diagram…"), QKeySequence.StandardKey.Print, self.print_diagram
        )
        menu = window.file_menu
        for action in (self.excel_action, self.pdf_action, self.print_action):
            menu.insertAction(window.file_transfer_section, action)
        self.progress: QProgressDialog | None = None
        self.last_result: tuple[bool, str] | None = None  # (succeeded, path or message)

    def _action(self, text: str, shortcut, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # ---------------------------------------------------------------- exports

    def export_excel(self, path: str | None = None) -> None:
        path = path or self._ask_path(self.tr("Export to Excel"), ".xlsx", EXCEL_FILTER)
        if path:
            from exporters.excel import export_workbook

            document = snapshot(self.window.files.document)
            self._run(lambda: export_workbook(document, path), path)

    def export_pdf(self, path: str | None = None, paper: str = "a4") -> None:
        path = path or self._ask_path(self.tr("Export PDF report"), ".pdf", PDF_FILTER)
        if path:
            from exporters.pdf import export_report

            document = snapshot(self.window.files.document)
            self._run(lambda: export_report(document, path, paper=paper), path)

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> str:
        files = self.window.files
        stem = files.path.stem if files.path else (files.document.metadata.title or "process")
        suggested = str(Path(files.settings.last_folder()) / f"{stem}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, self.tr(file_filter))
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def _run(self, work: Callable[[], None], path: str) -> None:
        self.progress = QProgressDialog(
            self.tr("Writing {0}…").format(Path(path).name), "", 0, 0, self.window
        )
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        job = _ExportJob(work, path)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.pool.start(job)

    def wait(self) -> None:
        """Block until the running export is done (tests, quitting)."""
        self.pool.waitForDone()

    def _finished(self, path: str) -> None:
        self._close_progress()
        self.last_result = (True, path)
        self.window.statusBar().showMessage(self.tr("Exported {0}").format(path), 8000)

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.last_result = (False, message)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export failed"),
            self.tr("The export could not be written."),
            parent=self.window,
        )
        box.setInformativeText(message)
        box.exec()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    # ------------------------------------------------------------------ print

    def print_diagram(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self.window.files.display_name())
        preview = QPrintPreviewDialog(printer, self.window)
        preview.paintRequested.connect(self.render_diagram)
        preview.exec()

    def render_diagram(self, printer: QPrinter) -> None:
        """The shown version, fitted to one page with its margins."""
        view = self.window.view
        if view is None:
            return
        scene = view.canvas()
        scene.finish_routing()  # a big flow is printed whole, even before it is all built
        source = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
        painter = QPainter(printer)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            target.moveTo(0, 0)
            scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        finally:
            painter.end()


def add_to_window(window) -> ExportActions:  # noqa: ANN001
    window.export_actions = ExportActions(window)
    return window.export_actions
