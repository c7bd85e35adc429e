"""What the panels show when a process opens reads right: a long title shows its beginning,
and one finding is not "1 findings"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.windows import open_window
from workbench.templates import bundled_folder


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, tmp_path, monkeypatch, 1256, 691, with_flow=False)
    assert window.files.open_path(bundled_folder() / "network-complaints.en.pwb")
    qtbot.wait(250)  # the findings wait for edits to pause before they recompute
    return window


@pytest.mark.parametrize("name", ["title", "tags"])
def test_a_long_text_shows_its_beginning(window, name) -> None:
    field = getattr(window.panels["properties"].document_form, name)
    assert field.fontMetrics().horizontalAdvance(field.text()) > field.width()
    assert field.cursorPosition() == 0


def test_one_finding_is_counted_in_words_that_fit(window) -> None:
    findings = window.panels["findings"]
    QApplication.processEvents()
    assert len(findings._findings) == 1
    assert "Findings: 1" in findings.header.text()


def test_a_move_into_another_lane_updates_measures_and_findings_from_one_analysis(
    window, qtbot
) -> None:
    from ui.commands import MoveNodes, push
    from workbench.document import Placement

    for key in ("measures", "findings"):
        window.docks[key].show()
    measures, findings = window.panels["measures"], window.panels["findings"]
    document = window.files.document
    version = document.version(window.version_id)
    node = next(n for n in version.nodes.values() if n.kind.value == "task")
    other = next(lane.id for lane in version.lanes if lane.id != node.lane)
    counted = measures.computations, findings.computations
    builds = window.analysis.builds
    push(
        window.files.undo_stack,
        MoveNodes(document, version.id, {node.id: Placement(node.x, node.y, other)}),
    )
    qtbot.waitUntil(
        lambda: measures.computations > counted[0] and findings.computations > counted[1],
        timeout=2000,
    )
    assert window.analysis.builds == builds + 1


def test_a_move_into_another_lane_keeps_the_flows_timing(window, qtbot) -> None:
    from ui.commands import ChangeNode, MoveNodes, push
    from workbench.document import Placement
    from workbench.model import Duration

    measures = window.panels["measures"]
    window.docks["measures"].show()
    window.docks["measures"].raise_()
    qtbot.waitUntil(lambda: window.analysis.timings >= 1, timeout=2000)
    document, stack = window.files.document, window.files.undo_stack
    version = document.version(window.version_id)
    node = next(n for n in version.nodes.values() if n.kind.value == "task")
    other = next(lane.id for lane in version.lanes if lane.id != node.lane)
    timings, counted = window.analysis.timings, measures.computations
    push(stack, MoveNodes(document, version.id, {node.id: Placement(node.x, node.y, other)}))
    qtbot.waitUntil(lambda: measures.computations > counted, timeout=2000)
    assert window.analysis.timings == timings, "the lead times were not solved again"
    counted = measures.computations
    push(stack, ChangeNode(document, version.id, node.id, duration=Duration(99)))
    qtbot.waitUntil(lambda: measures.computations > counted, timeout=2000)
    assert window.analysis.timings == timings + 1
