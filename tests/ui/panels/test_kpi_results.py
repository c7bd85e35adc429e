"""KPI results in the KPI panel: typed per period, imported from CSV or Excel (a wrong
file names its row and column and changes nothing), the verdict, undo."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QMessageBox

from tests.ui.conftest import snapshot
from ui.panels.kpi_panel import KpiPanel


@pytest.fixture
def panel(qtbot, flow_document):
    document, ids = flow_document
    stack = QUndoStack()
    panel = KpiPanel(document, stack)
    qtbot.addWidget(panel)
    panel.set_version("v1")
    panel.resize(500, 1000)
    panel.show()
    panel.select_kpi(ids["k1"])
    return panel, document, ids, stack


def results(document, ids):
    return document.version("v1").kpis[ids["k1"]].results


def type_cell(qtbot, table, row: int, column: int, text: str) -> None:
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = next(e for e in table.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits and closes its editor on the next turn of the event loop
    qtbot.waitUntil(lambda: not any(e.isVisible()
                                    for e in table.viewport().findChildren(QLineEdit)))


def test_typing_a_period_value_is_one_undo_step(panel, qtbot):
    panel, document, ids, stack = panel
    box = panel.editor.results_box
    before = snapshot(document)
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, box.table, 0, 0, "2026-01")
    type_cell(qtbot, box.table, 0, 1, "40")
    assert [(r.period, r.value) for r in results(document, ids)] == [("2026-01", 40.0)]
    assert "Latest: 40 h in 2026-01." in box.verdict.text()
    stack.undo()
    stack.undo()
    assert document == before


def test_a_value_that_is_not_a_number_is_refused_with_row_and_column(panel, qtbot):
    panel, document, ids, stack = panel
    box = panel.editor.results_box
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, box.table, 0, 0, "2026-01")
    type_cell(qtbot, box.table, 0, 1, "forty")
    assert "Row 2, column 'value': 'forty' is not a number" in box.problem.text()
    assert results(document, ids) == ()


def test_import_csv_and_see_the_drift_flagged(panel, tmp_path):
    panel, document, ids, stack = panel
    values = [30, 31, 29, 30, 31, 30, 29, 30, 41, 44]  # lower is better? no: target 48, higher
    lines = ["kpi,period,value"] + [
        f"Installation within 48 h,2026-{m:02d},{v}" for m, v in enumerate(values, start=1)]
    path = tmp_path / "results.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    box = panel.editor.results_box
    assert box.import_file(str(path))
    assert len(results(document, ids)) == 10 and stack.count() == 1
    assert box.table.rowCount() == 10
    assert "out of control (2026-09, 2026-10 outside the control limits)" in box.verdict.text()
    assert "It needs a corrective action." in box.verdict.text()
    box.record_action("Second installer crew on Mondays")
    kpi = document.version("v1").kpis[ids["k1"]]
    assert kpi.corrective_actions[0].description == "Second installer crew on Mondays"
    assert "Corrective action: Second installer crew on Mondays (open)." in box.verdict.text()


def test_import_excel(panel, tmp_path):
    panel, document, ids, _ = panel
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["period", "value", "kpi"], ["2026-01", 40, ids["k1"]],
                ["2026-02", 42.5, ids["k1"]]):
        sheet.append(row)
    path = tmp_path / "results.xlsx"
    workbook.save(path)
    assert panel.editor.results_box.import_file(str(path))
    assert [r.value for r in results(document, ids)] == [40.0, 42.5]


def test_a_wrong_file_says_row_and_column_and_imports_nothing(panel, tmp_path, monkeypatch):
    panel, document, ids, stack = panel
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    path = tmp_path / "results.csv"
    path.write_text("kpi,period,value\nInstallation within 48 h,2026-01,40\n"
                    "Nobody's KPI,2026-02,41\n", encoding="utf-8")
    assert not panel.editor.results_box.import_file(str(path))
    assert "Row 3, column 'kpi': there is no KPI 'Nobody's KPI'" in shown[0]
    assert results(document, ids) == () and stack.count() == 0
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    assert not panel.editor.results_box.import_file(str(tmp_path / "broken.xlsx"))
    assert "not an Excel workbook" in shown[1]
