"""The measures panel follows the flow, but only after edits pause, and only for its version."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from ui.commands import ChangeNode, push
from ui.panels.measures_panel import MeasuresPanel, format_measure
from workbench.measures import MEASURES_BY_KEY
from workbench.model import Duration, TimeUnit


@pytest.fixture
def panel(qtbot, flow_document):
    document, ids = flow_document
    stack = QUndoStack()
    panel = MeasuresPanel(document, stack)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_version("v1")
    return panel, document, ids, stack


def test_values_are_shown_with_their_units(panel):
    panel, *_ = panel
    # explain 5 min + book 3 min: the waiting branch never reaches an end
    assert panel.value_text("lead_time_critical") == "8 min"
    assert panel.value_text("kpi_coverage") == "50 %"
    assert panel.value_text("interactions") == "2"


def test_a_missing_value_is_a_dash_with_the_reason_as_tooltip(panel):
    panel, *_ = panel
    row = [m.key for m in MEASURES_BY_KEY.values()].index("lead_time_expected")
    item = panel.table.item(row, 1)
    assert item.text() == "—"
    assert item.toolTip()  # says why it cannot be computed


def test_format():
    hours = MEASURES_BY_KEY["lead_time_critical"]
    assert format_measure(hours, 0.5) == "30 min"
    assert format_measure(hours, 5) == "5.0 h"
    assert format_measure(hours, 72) == "3.0 d"
    assert format_measure(MEASURES_BY_KEY["value_added_ratio"], 0.25) == "25 %"
    assert format_measure(MEASURES_BY_KEY["steps"], None) == "—"


def test_edits_are_coalesced_into_one_deferred_recomputation(panel, qtbot):
    panel, document, ids, stack = panel
    computed = panel.computations
    for minutes in (300, 360, 480):  # three quick edits, like keystrokes
        push(
            stack,
            ChangeNode(
                document,
                "v1",
                ids["book"],
                typing=True,
                duration=Duration(minutes, unit=TimeUnit.MINUTES),
            ),
        )
    assert panel.computations == computed  # nothing computed synchronously
    assert panel.value_text("lead_time_critical") == "8 min"
    # explain 5 min + book 480 min = 485 min
    qtbot.waitUntil(lambda: panel.value_text("lead_time_critical") == "8.1 h", timeout=2000)
    assert panel.computations == computed + 1
    stack.undo()
    qtbot.waitUntil(lambda: panel.value_text("lead_time_critical") == "8 min", timeout=2000)


def test_edits_of_another_version_or_the_metadata_do_not_recompute(panel, qtbot):
    panel, document, ids, _ = panel
    copy = document.copy_version("v1", "To-be", "v2")
    wait = next(n.id for n in copy.nodes.values() if n.derived_from == ids["wait"])
    document.change_node("v2", wait, label="Waits less")
    document.change_metadata(owner="Head of service")
    assert not panel.deferred.pending


def test_a_hidden_panel_catches_up_when_shown(panel, qtbot):
    panel, document, ids, _ = panel
    panel.hide()
    document.change_node("v1", ids["book"], lane=ids["customer"])
    qtbot.wait(250)
    computed = panel.computations
    panel.show()
    assert panel.computations == computed + 1
    assert panel.value_text("customer_steps") == "2"


def test_dragging_a_step_along_its_lane_needs_no_recomputation(panel, qtbot):
    from ui.commands import MoveNodes
    from workbench.document import Placement

    panel, document, ids, stack = panel
    qtbot.wait(200)
    computed = panel.computations
    node = document.version("v1").nodes[ids["book"]]
    push(
        stack, MoveNodes(document, "v1", {ids["book"]: Placement(node.x + 300, node.y, node.lane)})
    )
    qtbot.wait(300)
    assert panel.computations == computed
    push(
        stack, MoveNodes(document, "v1", {ids["book"]: Placement(node.x, node.y, ids["customer"])})
    )
    qtbot.waitUntil(lambda: panel.computations == computed + 1)
