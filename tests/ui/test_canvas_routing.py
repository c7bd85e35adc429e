"""On the canvas, connectors go round a step standing between their ends and straighten
when it moves away, and a decision's branch labels never sit on their own connector (the
routing itself is the drawing engine's, tested in tests/workbench/diagram)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QUndoStack

from tests.ui.canvas_driver import centre_of, drag
from tests.ui.conftest import snapshot
from ui.canvas import CanvasView
from ui.canvas.flow_item import FlowItem
from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.model import LaneKind


def crosses(points, box: QRectF) -> bool:  # noqa: ANN001 - (x, y) pairs
    """Does any segment of the route run through the box (touching its edge is fine)?"""
    inner = box.adjusted(1, 1, -1, -1)
    for a, b in zip(points, points[1:], strict=False):
        segment = QRectF(QPointF(*a), QPointF(*b)).normalized().adjusted(-0.5, -0.5, 0.5, 0.5)
        if segment.intersects(inner):
            return True
    return False


@pytest.fixture
def row_with_a_step_between(qtbot):
    b = VersionBuilder("Row", version_id="v1")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE, height=220.0)
    ask = b.task(agent, "Ask", x=200.0, y=40.0)
    middle = b.task(agent, "Look up", x=420.0, y=40.0)
    answer = b.task(agent, "Answer", x=640.0, y=40.0)
    call = b.node("start", customer, "Calls", x=200.0, y=40.0)
    jump = b.flow(ask, answer)
    b.flow(call, ask)
    document = Document(versions=[b.build()])
    stack = QUndoStack()
    view = CanvasView(document, "v1", stack)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    return view, stack, document, middle, jump


def test_on_the_canvas_a_flow_skirts_the_step_between_and_follows_its_moves(
    row_with_a_step_between,
):
    view, stack, document, middle, jump = row_with_a_step_between
    original = snapshot(document)
    scene = view.canvas()
    line: FlowItem = scene.flow_items()[jump]
    box = scene.node_items()[middle].shape_in_scene()
    assert not crosses(line.points, box), "round the step, not through it"
    assert len(line.points) > 2

    x, y = centre_of(view, middle)
    drag(view, (x, y), (x, y + 100))
    assert document.version("v1").nodes[middle].y > 100
    assert len(line.points) == 2, "the way is free again: straight"
    stack.undo()
    assert document == original
    assert not crosses(line.points, scene.node_items()[middle].shape_in_scene())


def test_decision_branch_labels_stay_off_their_own_connectors(qtbot, flow_document):
    document, ids = flow_document
    view = CanvasView(document, "v1", QUndoStack())
    qtbot.addWidget(view)
    view.show()
    items = view.canvas().flow_items()
    for flow_id in (ids["f3"], ids["f4"]):
        line = items[flow_id]
        assert not line.label_box().isNull()
        assert not crosses(line.points, line.label_box()), flow_id
    assert not items[ids["f3"]].label_box().intersects(items[ids["f4"]].label_box())


def test_a_branch_going_round_a_sibling_target_keeps_its_label_apart(qtbot):
    b = VersionBuilder("Branches", version_id="v1")
    agent = b.lane("Agent", LaneKind.FRONTSTAGE, height=220.0)
    gate = b.decision(agent, "Which path?", x=200.0, y=40.0)
    near = b.task(agent, "Give the number", x=420.0, y=40.0)
    far = b.task(agent, "New work order", x=640.0, y=40.0)
    b.flow(gate, near, "call installer", 0.5)
    b.flow(gate, far, "new order", 0.5)
    view = CanvasView(Document(versions=[b.build()]), "v1", QUndoStack())
    qtbot.addWidget(view)
    view.show()
    lines = list(view.canvas().flow_items().values())
    boxes = [item.shape_in_scene() for item in view.canvas().node_items().values()]
    for line in lines:
        assert not crosses(line.points, line.label_box())
        for box in boxes[1:]:
            assert not crosses(line.points, box.adjusted(-1, -1, 1, 1).adjusted(2, 2, -2, -2))
    assert not lines[0].label_box().intersects(lines[1].label_box())
