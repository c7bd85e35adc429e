"""Right-click menus on the real canvas: lanes, steps, flows and the empty canvas; each
entry one undo step, and customer lanes kept above the line of interaction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.canvas_driver import at, centre_of, click, drag, type_text
from tests.ui.conftest import snapshot
from ui.canvas import CanvasView
from ui.canvas.lane_order import allowed_index, index_for_kind
from workbench.model import Lane, LaneKind, ValueClass, WasteKind

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def canvas(qtbot, flow_document):
    document, ids = flow_document
    stack = QUndoStack()
    view = CanvasView(document, "v1", stack)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    messages: list[str] = []
    view.status_message.connect(messages.append)
    return view, stack, document, ids, messages


def right_click(view: CanvasView, point: tuple[float, float]) -> QMenu:
    pos = at(view, point)
    viewport = view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    menu = view.canvas().menus.menu
    assert menu is not None
    return menu


def choose(menu: QMenu, *path: str) -> None:
    for text in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.text() == text)
    action = next(a for a in menu.actions() if a.text() == path[-1])
    assert action.isEnabled()
    action.trigger()
    menu.close()


def header_of(view: CanvasView, lane_id: str) -> tuple[float, float]:
    band = view.canvas().band(lane_id)
    return 60.0, band.top + band.height / 2


def lane_names(document) -> list[str]:  # noqa: ANN001
    return [lane.name for lane in document.version("v1").lanes]


def test_lane_header_menu_renames_and_changes_kind(canvas):
    view, stack, document, ids, _ = canvas
    original = snapshot(document)
    choose(right_click(view, header_of(view, ids["agent"])), "Rename")
    assert view.editor.editing
    view.editor.selectAll()
    type_text(view.editor, "Hotline agent")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    choose(right_click(view, header_of(view, ids["agent"])), "Kind", "Support")
    version = document.version("v1")
    assert version.lane(ids["agent"]).name == "Hotline agent"
    assert version.lane(ids["agent"]).kind is LaneKind.SUPPORT
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert document == original


def test_a_lane_made_customer_moves_above_the_line_of_interaction(canvas):
    view, stack, document, ids, messages = canvas
    original = snapshot(document)
    choose(right_click(view, header_of(view, ids["installer"])), "Kind", "Customer")
    assert lane_names(document) == ["Customer", "Installer", "CSR"]
    assert document.version("v1").lane(ids["installer"]).kind is LaneKind.CUSTOMER
    assert messages[-1] == "Customer lanes stay above the line of interaction."
    assert stack.count() == 1
    changed = snapshot(document)
    stack.undo()
    assert document == original
    stack.redo()
    assert document == changed


def test_dragging_a_customer_lane_below_the_line_snaps_it_back(canvas):
    view, stack, document, ids, messages = canvas
    original = snapshot(document)
    customer = header_of(view, ids["customer"])
    installer = view.canvas().band(ids["installer"])
    drag(view, customer, (60.0, installer.bottom - 5))
    assert stack.count() == 0 and document == original
    assert messages[-1] == "Customer lanes stay above the line of interaction."
    drag(view, header_of(view, ids["installer"]), (60.0, 10.0))
    assert lane_names(document) == ["Customer", "Installer", "CSR"], "snapped below Customer"
    stack.undo()
    assert document == original


def test_add_lanes_above_below_and_from_the_empty_canvas_then_delete(canvas):
    view, stack, document, ids, _ = canvas
    original = snapshot(document)
    choose(right_click(view, header_of(view, ids["agent"])), "Add lane above")
    assert view.editor.editing
    type_text(view.editor, "Chat agent")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    choose(right_click(view, header_of(view, ids["customer"])), "Add lane below")
    QTest.keyClick(view.editor, Qt.Key.Key_Escape)
    bottom = view.canvas().bands()[-1].bottom
    choose(right_click(view, (700.0, bottom + 60)), "Add lane")
    QTest.keyClick(view.editor, Qt.Key.Key_Escape)
    version = document.version("v1")
    assert lane_names(document) == [
        "Customer",
        "New lane",
        "Chat agent",
        "CSR",
        "Installer",
        "New lane",
    ]
    kinds = [lane.kind for lane in version.lanes]
    assert kinds[:3] == [LaneKind.CUSTOMER, LaneKind.CUSTOMER, LaneKind.FRONTSTAGE]
    assert kinds[-1] is LaneKind.BACKSTAGE
    choose(right_click(view, header_of(view, ids["installer"])), "Delete lane")
    assert ids["installer"] not in {lane.id for lane in version.lanes}
    assert ids["end"] not in version.nodes
    assert stack.count() == 5
    while stack.canUndo():
        stack.undo()
    assert document == original


def test_step_menu_classes_marks_duplicates_and_deletes(canvas):
    view, stack, document, ids, _ = canvas
    original = snapshot(document)
    version = document.version("v1")
    choose(right_click(view, centre_of(view, ids["book"])), "Value class", "Value")
    assert version.nodes[ids["book"]].value_class is ValueClass.VALUE
    assert view.selected_ids() == [ids["book"]]
    choose(right_click(view, centre_of(view, ids["book"])), "Waste kind", "rework")
    node = version.nodes[ids["book"]]
    assert (node.value_class, node.waste_kind) == (ValueClass.WASTE, WasteKind.REWORK)
    choose(right_click(view, centre_of(view, ids["book"])), "Fail point")
    assert version.nodes[ids["book"]].fail_point
    choose(right_click(view, centre_of(view, ids["book"])), "Duplicate")
    assert len(version.nodes) == 7
    click(view, centre_of(view, ids["explain"]))
    click(view, centre_of(view, ids["decide"]), SHIFT)
    choose(right_click(view, centre_of(view, ids["decide"])), "Value class", "Waste")
    assert version.nodes[ids["explain"]].value_class is ValueClass.WASTE
    assert version.nodes[ids["decide"]].value_class is ValueClass.WASTE
    assert stack.undoText() == "Set value class", "both steps in one undo step"
    choose(right_click(view, centre_of(view, ids["decide"])), "Delete")
    assert ids["decide"] not in version.nodes and ids["explain"] not in version.nodes
    assert stack.count() == 6
    while stack.canUndo():
        stack.undo()
    assert document == original


def test_flow_menu_edits_the_label_and_deletes(canvas):
    view, stack, document, ids, _ = canvas
    original = snapshot(document)
    line = view.canvas().flow_items()[ids["f5"]]
    path = line.shape().boundingRect().center()
    point = next(
        (x, y)
        for x, y in [(path.x(), path.y())] + list(line.points)
        if view.canvas().top_item_at(line.mapToScene(x, y)) is line
    )
    choose(right_click(view, point), "Edit label")
    assert view.editor.editing
    type_text(view.editor, "booked")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    assert document.version("v1").flows[ids["f5"]].label == "booked"
    choose(right_click(view, point), "Delete")
    assert ids["f5"] not in document.version("v1").flows
    stack.undo()
    stack.undo()
    assert document == original


def test_lane_order_rule_without_a_scene():
    lanes = [
        Lane("c1", "Retail", LaneKind.CUSTOMER),
        Lane("c2", "Business", LaneKind.CUSTOMER),
        Lane("f", "Agent", LaneKind.FRONTSTAGE),
        Lane("b", "Office", LaneKind.BACKSTAGE),
    ]
    assert allowed_index(lanes, "c1", 3) == 1
    assert allowed_index(lanes, "c1", 0) == 0
    assert allowed_index(lanes, "b", 0) == 2
    assert allowed_index(lanes, "f", 3) == 3
    assert index_for_kind(lanes, "b", LaneKind.CUSTOMER) == 2
    assert index_for_kind(lanes, "c1", LaneKind.SUPPORT) == 1
    assert index_for_kind(lanes, "c2", LaneKind.SUPPORT) == 1
    assert index_for_kind(lanes, "f", LaneKind.BACKSTAGE) == 2


def test_the_menu_does_not_block(canvas):
    view, *_ = canvas
    menu = right_click(view, (700.0, 5.0))
    assert menu.isVisible(), "popped up while the event loop keeps running"
    assert [a.text() for a in menu.actions() if a.text()] == ["Add lane", "Paste", "Auto-layout"]
    menu.close()
