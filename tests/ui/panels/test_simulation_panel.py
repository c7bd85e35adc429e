"""The simulation panel: settings are undoable edits, a run happens off the GUI thread
with progress and can be cancelled, and results stay until the flow changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from workbench.storage import load_document

TEMPLATE = Path(__file__).parents[3] / "process_templates" / "network-complaints.en.pwb"


@pytest.fixture
def panel(qtbot):
    from ui.panels.simulation_panel import SimulationPanel

    document = load_document(TEMPLATE)
    stack = QUndoStack()
    panel = SimulationPanel(document, stack)
    qtbot.addWidget(panel)
    panel.resize(520, 900)
    panel.show()
    panel.set_version(document.versions[0].id)
    yield panel, document, stack
    panel.close_subscription()


def _type_cases(qtbot, panel, text: str) -> None:
    panel.cases.setFocus()
    panel.cases.selectAll()
    qtbot.keyClicks(panel.cases, text)
    qtbot.keyClick(panel.cases, Qt.Key.Key_Return)


def test_a_setting_typed_in_is_an_undoable_edit_of_the_document(qtbot, panel):
    panel, document, stack = panel
    _type_cases(qtbot, panel, "2000")
    assert document.simulation.cases == 2000
    stack.undo()
    assert document.simulation.cases == 10_000
    assert panel.cases.value() == 10_000  # the panel follows the document


def test_run_shows_every_version_and_keeps_the_result_until_the_flow_changes(qtbot, panel):
    panel, document, _ = panel
    _type_cases(qtbot, panel, "3000")
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2 and not panel.runner.running,
                    timeout=30_000)  # fmt: skip
    assert panel.table.item(0, 0).text() == "As-is (linear)"
    assert len(panel.curve.curves) == 2
    tiers = panel.bars.rows
    assert [name for name, _ in tiers][0] == "5★ customers"
    assert all(after > before for _, (before, after) in tiers)  # case 2, every tier
    runs = panel.runner.runs
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)  # nothing changed: cached
    assert panel.runner.runs == runs
    after = document.versions[1]
    node_id = next(n.id for n in after.nodes.values() if n.label.startswith("Soothes"))
    document.change_node(after.id, node_id, label="Soothes the caller")
    assert list(panel.runner.results) == [document.versions[0].id]
    assert panel.table.rowCount() == 1


def test_a_run_can_be_cancelled(qtbot, panel):
    panel, document, _ = panel
    document.change_simulation(cases=1_000_000)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert panel.cancel_button.isEnabled()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert not panel.runner.running and panel.run_button.isEnabled()
    assert panel.runner.results == {} or len(panel.runner.results) < 2


def test_a_flow_that_cannot_be_simulated_says_why(qtbot, panel):
    panel, document, _ = panel
    version = document.versions[0]
    node_id = next(n.id for n in version.nodes.values() if n.kind.value == "task")
    document.change_node(version.id, node_id, duration=None)
    document.change_simulation(cases=500)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.runner.running, timeout=30_000)
    qtbot.waitUntil(lambda: "no duration" in panel.error.text(), timeout=5_000)


def test_a_chinese_window_says_why_in_chinese(qtbot):
    from PySide6.QtWidgets import QApplication

    from tests.foreign_words import chinese_characters, english_words
    from ui.i18n import install_translators
    from ui.panels.simulation_panel import SimulationPanel

    install_translators(QApplication.instance(), "zh_CN")  # undone by the conftest
    document = load_document(TEMPLATE.with_name("network-complaints.zh-CN.pwb"))
    version = document.versions[0]
    node_id = next(n.id for n in version.nodes.values() if n.kind.value == "task")
    document.change_node(version.id, node_id, duration=None)
    document.change_simulation(cases=500)
    panel = SimulationPanel(document, QUndoStack())
    qtbot.addWidget(panel)
    panel.show()
    panel.set_version(version.id)
    try:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(panel.error.text()), timeout=30_000)
        message = panel.error.text()
        assert "没有时长" in message and chinese_characters(message)
        assert not english_words(message, document)
    finally:
        qtbot.waitUntil(lambda: not panel.runner.running, timeout=30_000)
        panel.close_subscription()


def test_a_run_with_people_per_lane_shows_progress_and_the_queues(qtbot, panel):
    panel, document, _ = panel
    _type_cases(qtbot, panel, "20000")
    panel.arrivals.setFocus()
    panel.arrivals.selectAll()
    qtbot.keyClicks(panel.arrivals, "0.5")
    qtbot.keyClick(panel.arrivals, Qt.Key.Key_Return)
    for row in range(panel.people.rowCount()):
        spin = panel.people.cellWidget(row, 1)
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "2")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert document.simulation.arrivals_per_hour == 0.5
    assert len(document.simulation.capacities) == panel.people.rowCount() > 0
    seen = []
    panel.runner.progressed.connect(seen.append)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2 and not panel.runner.running,
                    timeout=180_000)  # fmt: skip
    assert seen == sorted(seen) and len(set(seen)) > 2  # progress moved on the way
    assert panel.progress.value() == 1000
    shown = panel.runner.results[document.versions[0].id]  # the version whose lanes were set
    assert {lane.people for lane in shown.lanes} == {2}
    assert shown.queued.max() > 0
