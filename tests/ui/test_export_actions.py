"""File ▸ Export: the workbook and the report written in the background, failures told."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.workbench.storage.samples import rich_document
from ui.main_window import MainWindow
from ui.settings import EditorSettings
from workbench.recovery import RecoveryStore


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    discard = QMessageBox.StandardButton.Discard  # closing the unsaved window at the end
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: discard)
    settings = EditorSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    win.files.adopt(rich_document())
    win.shown_messages = shown
    return win


def finish(window, qtbot) -> tuple[bool, str]:
    qtbot.waitUntil(lambda: window.export_actions.last_result is not None, timeout=20000)
    return window.export_actions.last_result


def test_export_to_excel_from_the_file_menu(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "装机 report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.export_actions.excel_action in window.file_menu.actions()
    window.export_actions.excel_action.trigger()
    ok, path = finish(window, qtbot)
    assert ok and path.endswith("装机 report.xlsx")
    assert "Summary" in load_workbook(path).sheetnames


def test_export_pdf_report(window, qtbot, tmp_path):
    target = tmp_path / "report.pdf"
    window.export_actions.export_pdf(str(target))
    ok, _ = finish(window, qtbot)
    assert ok and target.read_bytes().startswith(b"%PDF")


def test_a_failed_export_is_explained_and_leaves_no_file(window, qtbot, tmp_path):
    target = tmp_path / "missing-folder" / "report.xlsx"
    window.export_actions.export_excel(str(target))
    ok, message = finish(window, qtbot)
    assert not ok
    assert window.shown_messages and "report.xlsx" in window.shown_messages[-1]
    assert not target.parent.exists()


def test_edits_after_starting_an_export_do_not_reach_it(window, qtbot, tmp_path):
    target = tmp_path / "snapshot.xlsx"
    window.export_actions.export_excel(str(target))
    version = window.files.document.versions[0]
    window.files.document.change_node(version.id, "n2", label="Changed after export")
    finish(window, qtbot)
    cells = [c.value for row in load_workbook(target).worksheets[1].iter_rows() for c in row]
    assert "Changed after export" not in cells


def test_the_diagram_renders_for_printing(window, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "diagram.pdf"))
    window.export_actions.render_diagram(printer)
    assert (tmp_path / "diagram.pdf").stat().st_size > 1000
