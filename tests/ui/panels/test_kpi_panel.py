"""The KPI panel: add from a preset bound to the selection, edit every field, remove, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from tests.ui.conftest import snapshot
from tests.ui.panels.helpers import choose, double_click
from ui.panels.kpi_panel import KpiPanel
from workbench.kpi_catalogue import PRESETS_BY_KEY
from workbench.model import AttachmentKind, Direction, MethodKind, Segment


@pytest.fixture
def panel(qtbot, flow_document):
    document, ids = flow_document
    document.add_segment(Segment("s5", "5-star customers"))
    document.add_segment(Segment("s1", "1-star customers"))
    stack = QUndoStack()
    panel = KpiPanel(document, stack)
    qtbot.addWidget(panel)
    panel.set_version("v1")
    panel.resize(500, 800)
    panel.show()
    return panel, document, ids, stack


def kpis(document):
    return document.version("v1").kpis


def cell(panel, row: int, column: int) -> str:
    """The text a user reads in the KPI table."""
    return panel.table.model().index(row, column).data()


def row_count(view) -> int:
    return view.model().rowCount()


def test_the_table_names_where_each_kpi_is_bound(panel):
    panel, _, _, _ = panel
    assert row_count(panel.table) == 1
    assert cell(panel, 0, 0) == "Installation within 48 h"
    assert cell(panel, 0, 1) == "Customer → CSR: Explain promises"
    assert cell(panel, 0, 4) == "48"


def test_add_a_preset_to_the_selected_interaction_is_one_step(panel):
    panel, document, ids, stack = panel
    panel.set_selection([ids["f4"]])
    csat = next(a for a in panel.presets_menu.actions() if a.text() == "CSAT")
    csat.trigger()
    added = [k for k in kpis(document).values() if k.name == "CSAT"]
    assert len(added) == 1
    assert (added[0].attached_to.kind, added[0].attached_to.ref) == (
        AttachmentKind.INTERACTION,
        ids["f4"],
    )
    assert added[0].formula == PRESETS_BY_KEY["csat"].formula
    assert stack.count() == 1 and stack.text(0) == "Add KPI"
    assert panel.current_kpi_id() == added[0].id
    assert row_count(panel.uncovered) == 0  # f4 was the only interaction without a KPI
    stack.undo()
    assert row_count(panel.table) == 1 and row_count(panel.uncovered) == 1


def test_add_with_a_step_or_nothing_selected(panel, qtbot):
    panel, document, ids, _ = panel
    panel.set_selection([ids["book"]])
    QTest.mouseClick(
        panel.add_button,
        Qt.MouseButton.LeftButton,
        pos=panel.add_button.rect().topLeft() + panel.add_button.rect().center() / 2,
    )
    panel.set_selection([])
    panel.add_kpi(None)
    kinds = sorted(k.attached_to.kind for k in kpis(document).values() if k.name == "New KPI")
    assert kinds == sorted([AttachmentKind.NODE, AttachmentKind.PROCESS])


def test_editing_fields_of_the_selected_kpi(panel, qtbot):
    panel, document, ids, stack = panel
    panel.select_kpi(ids["k1"])
    editor = panel.editor
    editor.target.selectAll()
    qtbot.keyClicks(editor.target, "24")
    qtbot.keyClicks(editor.data_source, "Work-order system")
    choose(editor.direction, Direction.LOWER)
    choose(editor.method_kind, MethodKind.SAMPLING)
    qtbot.keyClicks(editor.sample_size, "800")
    qtbot.keyClicks(editor.confidence, "95")
    kpi = kpis(document)[ids["k1"]]
    assert kpi.target == 24 and kpi.data_source == "Work-order system"
    assert kpi.direction is Direction.LOWER
    assert (kpi.method.kind, kpi.method.sample_size) == (MethodKind.SAMPLING, 800)
    assert kpi.method.confidence == pytest.approx(0.95)
    assert stack.count() == 6
    assert cell(panel, 0, 4) == "24"  # the table follows
    assert panel.current_kpi_id() == ids["k1"]  # and keeps the row selected


def test_targets_per_segment(panel, qtbot):
    panel, document, ids, stack = panel
    panel.select_kpi(ids["k1"])
    fields = panel.editor._segment_fields
    assert list(fields) == ["s5", "s1"]
    qtbot.keyClicks(fields["s1"], "96")
    qtbot.keyClicks(fields["s5"], "8")
    assert kpis(document)[ids["k1"]].segment_targets == (("s5", 8.0), ("s1", 96.0))
    fields["s5"].selectAll()
    qtbot.keyClick(fields["s5"], Qt.Key.Key_Delete)
    assert kpis(document)[ids["k1"]].segment_targets == (("s1", 96.0),)


def test_rebinding_and_removing(panel):
    panel, document, ids, stack = panel
    before = snapshot(document)
    panel.select_kpi(ids["k1"])
    choose(
        panel.editor.attached_to,
        next(a for a in panel.editor.attached_to._values if a.ref == ids["book"]),
    )
    assert kpis(document)[ids["k1"]].attached_to.ref == ids["book"]
    assert row_count(panel.uncovered) == 2
    QTest.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert ids["k1"] not in kpis(document)
    assert row_count(panel.table) == 0
    assert stack.count() == 2
    stack.setIndex(0)
    assert document == before
    assert row_count(panel.table) == 1


def test_a_kpi_changed_elsewhere_shows_in_the_editor(panel):
    panel, document, ids, _ = panel
    panel.select_kpi(ids["k1"])
    document.change_kpi("v1", ids["k1"], owner="Head of field service")
    assert panel.editor.owner.text() == "Head of field service"


def test_double_click_on_an_uncovered_interaction_selects_it(panel, qtbot):
    panel, _, ids, _ = panel
    index = panel.uncovered.model().index(0, 0)
    with qtbot.waitSignal(panel.element_activated, timeout=1000) as signal:
        double_click(panel.uncovered, index)
    assert signal.args == ["v1", ids["f4"]]


def test_clicking_a_row_opens_its_kpi_in_the_editor(panel):
    panel, _, ids, _ = panel
    panel.table.clearSelection()
    assert panel.current_kpi_id() is None
    rect = panel.table.visualRect(panel.table.model().index(0, 0))
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current_kpi_id() == ids["k1"]
    assert panel.editor.name.text() == "Installation within 48 h"
    assert panel.remove_button.isEnabled()
