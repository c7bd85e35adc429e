"""File ▸ Import BPMN… and File ▸ Export BPMN…: flows to and from other modelling tools.

Both run at once on the UI thread: a 2,000-step file takes a fraction of a second either
way. An import becomes unsaved work (Save asks where to put it) and its summary is shown,
because the user must see what did not come across before relying on the flow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from exporters.bpmn import BpmnError, ImportSummary, export_bpmn, import_bpmn
from ui.export_actions import snapshot
from ui.i18n import domain_translator, error_text
from workbench.i18n import reading_in
from workbench.storage import SaveError

BPMN_FILTER = "BPMN 2.0 diagram (*.bpmn *.bpmn20.xml *.xml)"


class BpmnActions(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - ui.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self.import_action = QAction(self.tr("&Import BPMN…"), window)
        self.import_action.triggered.connect(lambda _checked=False: self.import_file())
        self.export_action = QAction(self.tr("Export &BPMN…"), window)
        self.export_action.triggered.connect(lambda _checked=False: self.export_file())
        for action in (self.import_action, self.export_action):
            window.file_menu.insertAction(window.file_transfer_section, action)
        self.last_summary: ImportSummary | None = None

    def import_file(self, path: str | None = None) -> bool:
        files = self.window.files
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import BPMN"),
                files.settings.last_folder(),
                self.tr(BPMN_FILTER),
            )
        if not path:
            return False
        try:
            result = import_bpmn(path)
        except BpmnError as error:
            self._warn(self.tr("This BPMN file cannot be imported."), error_text(error))
            return False
        if not files.adopt(result.document):
            return False
        self.last_summary = result.summary
        self._show_summary(Path(path).name, result.summary)
        return True

    def export_file(self, path: str | None = None) -> bool:
        files = self.window.files
        if path is None:
            stem = files.path.stem if files.path else (files.document.metadata.title or "process")
            suggested = str(Path(files.settings.last_folder()) / f"{stem}.bpmn")
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export BPMN"), suggested, self.tr(BPMN_FILTER)
            )
            if path and not path.lower().endswith((".bpmn", ".xml")):
                path += ".bpmn"
        if not path:
            return False
        try:
            export_bpmn(snapshot(files.document), path, getattr(self.window, "version_id", None))
        except (BpmnError, SaveError) as error:
            self._warn(self.tr("The BPMN file could not be written."), error_text(error))
            return False
        self.window.statusBar().showMessage(self.tr("Exported {0}").format(path), 8000)
        return True

    def _show_summary(self, name: str, summary: ImportSummary) -> None:
        with reading_in(domain_translator()):  # the summary's words are the domain's
            lines = summary.lines()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("BPMN imported"),
            self.tr("{0} was imported as a new, unsaved document.").format(name),
            parent=self.window,
        )
        box.setInformativeText("\n".join(lines[:6]))
        if len(lines) > 6 or summary.notes:
            box.setDetailedText("\n".join(lines))
        box.exec()

    def _warn(self, text: str, detail: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("BPMN"), text, parent=self.window)
        box.setInformativeText(detail)
        box.exec()


def add_to_window(window) -> BpmnActions:  # noqa: ANN001
    window.bpmn_actions = BpmnActions(window)
    return window.bpmn_actions
