"""Copy, cut, paste and duplicate by keyboard on the real canvas: one undo step each, undo
gives back the exact document, and the clipboard works between versions and windows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtTest import QTest

from tests.ui.canvas_driver import centre_of, click, drag
from tests.ui.conftest import snapshot
from ui.canvas import CanvasView
from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.fragment import MIME_TYPE
from workbench.model import AttachmentKind, LaneKind

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def make_view(qtbot):
    def make(document: Document, version_id: str = "v1", stack: QUndoStack | None = None):
        stack = stack or QUndoStack()
        view = CanvasView(document, version_id, stack)
        qtbot.addWidget(view)
        view.resize(1300, 700)
        view.show()
        qtbot.waitExposed(view)
        view.setFocus()
        return view, stack

    return make


def select_by_mouse(view: CanvasView, *node_ids: str) -> None:
    click(view, centre_of(view, node_ids[0]))
    for node_id in node_ids[1:]:
        click(view, centre_of(view, node_id), SHIFT)
    assert set(view.selected_ids()) == set(node_ids)


def key(view: CanvasView, key: Qt.Key, modifiers=CTRL) -> None:  # noqa: ANN001
    QTest.keyClick(view, key, modifiers)


def test_copy_paste_selects_fresh_steps_with_their_flows_and_kpis(qtbot, make_view, flow_document):
    document, ids = flow_document
    original = snapshot(document)
    view, stack = make_view(document)
    version = document.version("v1")
    select_by_mouse(view, ids["start"], ids["explain"])
    key(view, Qt.Key.Key_C)
    clip = QGuiApplication.clipboard().mimeData()
    assert clip.hasFormat(MIME_TYPE)
    assert clip.text().splitlines() == ["Calls hotline", "Explain promises"]
    assert stack.count() == 0, "copying changes nothing"

    key(view, Qt.Key.Key_V)
    assert stack.count() == 1
    assert len(version.nodes) == 8 and len(version.flows) == 6 and len(version.kpis) == 2
    pasted = set(view.selected_ids())
    new_nodes = set(version.nodes) - set(original.version("v1").nodes)
    new_flows = set(version.flows) - set(original.version("v1").flows)
    assert pasted == new_nodes | new_flows and len(new_nodes) == 2 and len(new_flows) == 1
    new_kpi = next(k for k in version.kpis.values() if k.id != ids["k1"])
    assert new_kpi.attached_to.kind is AttachmentKind.INTERACTION
    assert new_kpi.attached_to.ref in new_flows
    for node_id in new_nodes:
        assert view.canvas().node_items()[node_id].isSelected()
    assert {version.nodes[n].lane for n in new_nodes} == {ids["customer"], ids["agent"]}
    pasted_state = snapshot(document)

    stack.undo()
    assert document == original
    stack.redo()
    assert document == pasted_state
    stack.undo()
    assert document == original


def test_cut_is_one_step_and_pastes_into_another_version(qtbot, make_view, flow_document):
    document, ids = flow_document
    to_be = document.copy_version("v1", "To-be")
    original = snapshot(document)
    view, stack = make_view(document)
    select_by_mouse(view, ids["book"], ids["end"])
    key(view, Qt.Key.Key_X)
    assert stack.count() == 1 and stack.undoText() == "Cut"
    assert ids["book"] not in document.version("v1").nodes
    assert ids["f5"] not in document.version("v1").flows

    view.set_version(to_be.id)
    key(view, Qt.Key.Key_V)
    assert stack.count() == 2
    lanes = {lane.derived_from: lane.id for lane in to_be.lanes}
    added = [n for n in to_be.nodes.values() if n.label in ("Book visit", "Installed")]
    assert len(added) == 4, "the copies in To-be plus the pasted pair"
    pasted = [n for n in added if n.derived_from is None]
    assert {n.lane for n in pasted} == {lanes[ids["agent"]], lanes[ids["installer"]]}
    stack.undo()
    stack.undo()
    assert document == original


def test_duplicate_with_ctrl_d_leaves_the_clipboard_alone(qtbot, make_view, flow_document):
    document, ids = flow_document
    original = snapshot(document)
    QGuiApplication.clipboard().setText("unrelated")
    view, stack = make_view(document)
    select_by_mouse(view, ids["decide"], ids["book"])
    key(view, Qt.Key.Key_D)
    version = document.version("v1")
    assert stack.count() == 1 and stack.undoText() == "Duplicate"
    assert len(version.nodes) == 8
    assert QGuiApplication.clipboard().text() == "unrelated"
    copies = [version.nodes[i] for i in view.selected_ids() if i in version.nodes]
    originals = {(n.lane, n.x, n.y) for n in original.version("v1").nodes.values()}
    assert len(copies) == 2 and not originals & {(n.lane, n.x, n.y) for n in copies}
    stack.undo()
    assert document == original


def test_bad_clipboard_content_is_ignored_with_a_message(qtbot, make_view, flow_document):
    document, _ = flow_document
    original = snapshot(document)
    view, stack = make_view(document)
    messages: list[str] = []
    view.status_message.connect(messages.append)

    QGuiApplication.clipboard().setText("just text")
    key(view, Qt.Key.Key_V)
    data = QMimeData()
    data.setData(
        MIME_TYPE,
        b'{"format": "process-workbench-fragment", "format_version": 1, "nodes": [{"id": "n1"}]}',
    )
    QGuiApplication.clipboard().setMimeData(data)
    key(view, Qt.Key.Key_V)
    data = QMimeData()
    data.setData(MIME_TYPE, b"\xff\xfe not json")
    QGuiApplication.clipboard().setMimeData(data)
    key(view, Qt.Key.Key_V)

    assert stack.count() == 0 and document == original
    assert [m for m in messages if m][0] == "The clipboard holds no steps to paste."
    assert len([m for m in messages if m.startswith("Cannot paste")]) == 2


def test_paste_into_another_window_lands_in_the_lane_under_the_mouse(
    qtbot, make_view, flow_document
):
    document, ids = flow_document
    b = VersionBuilder("Elsewhere", version_id="w1", id_prefix="x")
    b.lane("Sales", LaneKind.FRONTSTAGE)
    ops = b.lane("Operations", LaneKind.BACKSTAGE)
    other = Document(versions=[b.build()])
    other_original = snapshot(other)
    first, _ = make_view(document)
    second, second_stack = make_view(other, "w1")

    # a rubber band around the first two steps, then Ctrl+C
    drag(first, (160, 5), (centre_of(first, ids["explain"])[0] + 70, 300))
    assert {ids["start"], ids["explain"]} <= set(first.selected_ids())
    key(first, Qt.Key.Key_C)

    band = second.canvas().band(ops)
    QTest.mouseMove(second.viewport(), second.mapFromScene(600, band.top + 30))
    second.setFocus()
    key(second, Qt.Key.Key_V)
    version = other.version("w1")
    assert {n.lane for n in version.nodes.values()} == {ops}
    assert len(version.flows) == 1
    second_stack.undo()
    assert other == other_original
