"""Edit ▸ Auto-layout on the real canvas: one undo step that tidies a messy drawing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from tests.ui.conftest import snapshot
from ui.canvas import CanvasView
from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.model import LaneKind


def messy_document() -> Document:
    """Everything dropped on one spot of each lane, and three parallel branches in one lane."""
    b = VersionBuilder("As-is", version_id="v1")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    office = b.lane("Back office", LaneKind.BACKSTAGE, height=90.0)
    start = b.node("start", customer, "Start", x=400.0, y=0.0)
    ask = b.task(customer, "Asks", x=400.0, y=0.0)
    fork = b.node("parallel", office, x=400.0, y=0.0)
    branches = [b.task(office, f"Check {i}", x=400.0, y=0.0) for i in range(3)]
    join = b.node("parallel", office, x=400.0, y=0.0)
    end = b.node("end", customer, "End", x=400.0, y=0.0)
    b.flow(start, ask)
    b.flow(ask, fork)
    for branch in branches:
        b.flow(fork, branch)
        b.flow(branch, join)
    b.flow(join, end)
    return Document(versions=[b.build()])


def test_ctrl_shift_l_lays_the_flow_out_as_one_undo_step(qtbot):
    document = messy_document()
    original = snapshot(document)
    stack = QUndoStack()
    view = CanvasView(document, "v1", stack)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    messages: list[str] = []
    view.status_message.connect(messages.append)

    QTest.keyClick(
        view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )

    assert stack.count() == 1 and stack.undoText() == "Auto-layout"
    assert messages and messages[-1].startswith("Laid out")
    version = document.version("v1")
    items = view.canvas().node_items()
    boxes = [items[n].shape_in_scene() for n in version.nodes]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.intersects(b), "no two steps overlap on the canvas"
    for node in version.nodes.values():
        band = view.canvas().band(node.lane)
        box = items[node.id].shape_in_scene()
        assert band.top <= box.top() and box.bottom() <= band.bottom, "each step in its lane"
    for flow in version.flows.values():
        assert version.nodes[flow.source].x < version.nodes[flow.target].x
    office = version.lanes[1]
    assert office.height > 90.0, "the lane grew to hold three stacked branches"
    laid_out = snapshot(document)

    stack.undo()
    assert document == original
    assert view.canvas().band(office.id).height == 90.0
    stack.redo()
    assert document == laid_out
