"""The canvas driven by mouse and keyboard: every gesture is one command, undo gives back
exactly what was there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from tests.ui.canvas_driver import centre_of, click, double_click, drag, handle_of, type_text
from tests.ui.conftest import snapshot
from ui.canvas import CanvasView
from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.model import LaneKind, NodeKind


@pytest.fixture
def two_lanes():
    b = VersionBuilder("As-is", version_id="v1")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    return Document(versions=[b.build()]), customer, agent


@pytest.fixture
def make_view(qtbot):
    def make(document: Document, version_id: str = "v1") -> tuple[CanvasView, QUndoStack]:
        stack = QUndoStack()
        view = CanvasView(document, version_id, stack)
        qtbot.addWidget(view)
        view.resize(1300, 700)
        view.show()
        qtbot.waitExposed(view)
        view.setFocus()
        return view, stack
    return make


def lane_point(view: CanvasView, lane_id: str, x: float) -> tuple[float, float]:
    band = view.canvas().band(lane_id)
    return x, band.top + band.height / 2


def test_draw_a_small_flow_with_mouse_and_keyboard(qtbot, make_view, two_lanes):
    doc, customer, agent = two_lanes
    original = snapshot(doc)
    view, stack = make_view(doc)
    version = doc.version("v1")

    view.set_tool(NodeKind.START)
    click(view, lane_point(view, customer, 260))
    assert view.canvas().tool is None, "the palette tool is used once"
    double_click(view, lane_point(view, agent, 480))
    assert view.editor.editing
    QTest.keyClicks(view.editor, "Explain the promises")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    view.set_tool(NodeKind.END)
    click(view, lane_point(view, agent, 760))

    kinds = {n.kind: n for n in version.nodes.values()}
    assert set(kinds) == {NodeKind.START, NodeKind.TASK, NodeKind.END}
    start, task, end = kinds[NodeKind.START], kinds[NodeKind.TASK], kinds[NodeKind.END]
    assert (start.lane, task.lane, end.lane) == (customer, agent, agent)
    assert task.label == "Explain the promises"

    drag(view, handle_of(view, start.id), centre_of(view, task.id))
    drag(view, handle_of(view, task.id), centre_of(view, end.id))
    assert {(f.source, f.target) for f in version.flows.values()} == {
        (start.id, task.id), (task.id, end.id)
    }
    assert len(view.canvas().flow_items()) == 2
    assert stack.count() == 6  # 3 steps, 1 rename, 2 flows

    drawn = snapshot(doc)
    while stack.canUndo():
        stack.undo()
    assert doc == original
    assert not view.canvas().node_items() and not view.canvas().flow_items()
    while stack.canRedo():
        stack.redo()
    assert doc == drawn
    assert len(view.canvas().node_items()) == 3


def test_refused_connection_says_why_and_changes_nothing(qtbot, make_view, flow_document):
    doc, ids = flow_document
    view, stack = make_view(doc)
    messages: list[str] = []
    view.status_message.connect(messages.append)
    before = snapshot(doc)
    drag(view, handle_of(view, ids["explain"]), centre_of(view, ids["decide"]))
    assert doc == before and stack.count() == 0
    assert any("already connected" in m for m in messages)


def test_moving_a_step_into_another_lane_changes_its_lane(qtbot, make_view, flow_document):
    doc, ids = flow_document
    view, stack = make_view(doc)
    before = snapshot(doc)
    book = doc.version("v1").nodes[ids["book"]]
    x, y = centre_of(view, ids["book"])
    target_band = view.canvas().band(ids["installer"])
    drag(view, (x, y), (x + 43, target_band.top + 57))
    moved = doc.version("v1").nodes[ids["book"]]
    assert moved.lane == ids["installer"]
    assert moved.x % 10 == 0 and moved.y % 10 == 0, "snapped to the grid"
    assert moved.x != book.x
    assert stack.count() == 1
    item = view.canvas().node_items()[ids["book"]]
    assert item.pos().y() == target_band.top + moved.y
    stack.undo()
    assert doc == before
    assert view.canvas().node_items()[ids["book"]].pos().x() == book.x


def test_dragging_several_steps_is_one_command(qtbot, make_view, flow_document):
    doc, ids = flow_document
    view, stack = make_view(doc)
    view.select_element(ids["book"])
    click(view, centre_of(view, ids["explain"]), Qt.KeyboardModifier.ControlModifier)
    assert set(view.selected_ids()) == {ids["book"], ids["explain"]}
    x, y = centre_of(view, ids["book"])
    drag(view, (x, y), (x + 100, y))
    assert stack.count() == 1
    assert doc.version("v1").nodes[ids["explain"]].x == 160 * 2 + 100


def test_delete_key_removes_the_selection_in_one_step(qtbot, make_view, flow_document):
    doc, ids = flow_document
    view, stack = make_view(doc)
    before = snapshot(doc)
    click(view, centre_of(view, ids["book"]))
    click(view, centre_of(view, ids["wait"]), Qt.KeyboardModifier.ShiftModifier)
    assert set(view.selected_ids()) == {ids["book"], ids["wait"]}
    QTest.keyClick(view, Qt.Key.Key_Delete)
    version = doc.version("v1")
    assert ids["book"] not in version.nodes and ids["wait"] not in version.nodes
    assert ids["f5"] not in version.flows
    assert ids["book"] not in view.canvas().node_items()
    assert ids["f5"] not in view.canvas().flow_items()
    assert stack.count() == 1
    stack.undo()
    assert doc == before
    assert ids["f5"] in view.canvas().flow_items()


def test_f2_renames_in_place_and_escape_cancels(qtbot, make_view, flow_document):
    doc, ids = flow_document
    view, stack = make_view(doc)
    view.select_element(ids["book"])
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert view.editor.isVisible() and view.editor.text() == "Book visit"
    type_text(view.editor, "预约上门")
    QTest.keyClick(view.editor, Qt.Key.Key_Escape)
    assert doc.version("v1").nodes[ids["book"]].label == "Book visit"
    assert stack.count() == 0
    QTest.keyClick(view, Qt.Key.Key_F2)
    type_text(view.editor, "预约上门")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    assert doc.version("v1").nodes[ids["book"]].label == "预约上门"
    assert view.canvas().node_items()[ids["book"]].node.label == "预约上门"
    assert stack.count() == 1


def test_double_click_on_a_step_edits_its_label(qtbot, make_view, flow_document):
    doc, ids = flow_document
    view, stack = make_view(doc)
    double_click(view, centre_of(view, ids["explain"]))
    assert view.editor.element_id == ids["explain"]
    QTest.keyClicks(view.editor, "Explain")
    QTest.keyClick(view.editor, Qt.Key.Key_Enter)
    assert doc.version("v1").nodes[ids["explain"]].label == "Explain"


def test_dragging_a_lane_header_reorders_lanes(qtbot, make_view, flow_document):
    doc, ids = flow_document
    view, stack = make_view(doc)
    installer = view.canvas().band(ids["installer"])
    agent = view.canvas().band(ids["agent"])
    drag(view, (60, installer.top + 40), (60, agent.top + 10))
    assert doc.version("v1").lanes[1].id == ids["installer"]
    assert view.canvas().band(ids["installer"]).top == agent.top
    book = doc.version("v1").nodes[ids["book"]]
    agent_top = view.canvas().band(ids["agent"]).top
    assert view.canvas().node_items()[ids["book"]].pos().y() == agent_top + book.y
    assert stack.count() == 1


def test_dragging_a_lane_bottom_edge_resizes_it(qtbot, make_view, flow_document):
    doc, ids = flow_document
    view, stack = make_view(doc)
    agent = view.canvas().band(ids["agent"])
    drag(view, (600, agent.bottom), (600, agent.bottom + 61))
    assert doc.version("v1").lane(ids["agent"]).height == agent.height + 60
    assert view.canvas().band(ids["installer"]).top == agent.bottom + 60
    assert stack.count() == 1


def test_zoom_keys_and_fit(qtbot, make_view, flow_document):
    doc, _ = flow_document
    view, _ = make_view(doc)
    QTest.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.2)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1 / 1.2)
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() <= 1.0


def test_middle_button_pans(qtbot, make_view, flow_document):
    doc, _ = flow_document
    view, _ = make_view(doc)
    view.zoom_by(2.0)
    bar = view.horizontalScrollBar()
    before = bar.value()
    drag(view, (700, 200), (600, 200), button=Qt.MouseButton.MiddleButton)
    assert bar.value() > before
