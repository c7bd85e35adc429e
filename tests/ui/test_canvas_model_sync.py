"""The scene follows the document: edits made through `Document` directly (a panel, a
script, undo) appear on the canvas, and the canvas never edits the model in return."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from tests.ui.conftest import snapshot
from ui.canvas import SwimlaneScene
from ui.canvas.lane_item import ZoneLineItem
from workbench.document import Placement
from workbench.events import ElementChanged
from workbench.model import Flow, Lane, LaneKind, Node, NodeKind, ValueClass


def make_scene(doc) -> tuple[SwimlaneScene, QUndoStack]:
    stack = QUndoStack()
    return SwimlaneScene(doc, "v1", stack), stack


def test_scene_shows_every_lane_step_and_flow(qapp, flow_document):
    doc, ids = flow_document
    scene, _ = make_scene(doc)
    version = doc.version("v1")
    assert set(scene.lane_items()) == {lane.id for lane in version.lanes}
    assert set(scene.node_items()) == set(version.nodes)
    assert set(scene.flow_items()) == set(version.flows)
    assert [b.lane_id for b in scene.bands()] == [ids["customer"], ids["agent"], ids["installer"]]


def test_items_appear_change_and_disappear_with_the_model(qapp, flow_document):
    doc, ids = flow_document
    scene, stack = make_scene(doc)
    doc.add_node("v1", Node("n-x", NodeKind.TASK, ids["agent"], "Call installer", x=900, y=20))
    assert "n-x" in scene.node_items()
    item = scene.node_items()["n-x"]
    assert item.pos().y() == scene.band(ids["agent"]).top + 20

    doc.add_flow("v1", Flow("f-x", ids["book"], "n-x", "urgent"))
    assert scene.flow_items()["f-x"].boundingRect().width() > 0

    doc.change_node("v1", "n-x", label="Call the installer now", value_class=ValueClass.WASTE)
    assert item.node.label == "Call the installer now"
    assert item.node.value_class is ValueClass.WASTE

    doc.move_nodes("v1", {"n-x": Placement(1000, 30, ids["installer"])})
    assert item.pos().x() == 1000
    assert item.pos().y() == scene.band(ids["installer"]).top + 30

    doc.remove("v1", ["n-x"])
    assert "n-x" not in scene.node_items() and "f-x" not in scene.flow_items()
    assert item.scene() is None
    assert stack.count() == 0, "the scene pushed nothing while following the model"


def test_a_flow_follows_a_moved_step(qapp, flow_document):
    doc, ids = flow_document
    scene, _ = make_scene(doc)
    flow = scene.flow_items()[ids["f5"]]
    before = flow.boundingRect()
    doc.move_nodes("v1", {ids["end"]: Placement(1400, 60, ids["installer"])})
    assert flow.boundingRect() != before


def test_lanes_reorder_resize_and_their_steps_follow(qapp, flow_document):
    doc, ids = flow_document
    scene, _ = make_scene(doc)
    doc.move_lane("v1", ids["installer"], 0)
    assert scene.band(ids["installer"]).top == 0
    end = scene.node_items()[ids["end"]]
    assert end.pos().y() == 0 + end.node.y
    doc.change_lane("v1", ids["installer"], height=300.0)
    book = scene.node_items()[ids["book"]]
    assert book.pos().y() == scene.band(ids["agent"]).top + book.node.y
    assert scene.band(ids["customer"]).top == 300


def test_zone_lines_follow_the_lane_kinds(qapp, flow_document):
    doc, ids = flow_document
    scene, _ = make_scene(doc)

    def lines() -> dict[str, float]:
        return {i.which: i.pos().y() for i in scene.items() if isinstance(i, ZoneLineItem)}

    assert lines() == {"interaction": 140.0, "visibility": 280.0}
    doc.change_lane("v1", ids["installer"], kind=LaneKind.FRONTSTAGE)
    assert lines() == {"interaction": 140.0}
    doc.add_lane("v1", Lane("l-c2", "Doctor", LaneKind.CUSTOMER), 1)
    assert lines() == {"interaction": 280.0}


def test_removing_and_restoring_a_lane(qapp, flow_document):
    doc, ids = flow_document
    scene, _ = make_scene(doc)
    removal = doc.remove("v1", [ids["agent"]])
    assert ids["agent"] not in scene.lane_items()
    assert ids["book"] not in scene.node_items()
    assert scene.band(ids["installer"]).top == 140
    doc.restore(removal)
    assert ids["book"] in scene.node_items() and ids["f3"] in scene.flow_items()
    assert scene.band(ids["installer"]).top == 280


def test_other_versions_do_not_disturb_the_canvas(qapp, flow_document):
    doc, ids = flow_document
    scene, _ = make_scene(doc)
    copy = doc.copy_version("v1", "To-be")
    doc.change_node(copy.id, next(iter(copy.nodes)), label="changed elsewhere")
    assert scene.node_items()[ids["start"]].node.label == "Calls hotline"
    scene.set_version(copy.id)
    assert set(scene.node_items()) == set(copy.nodes)


def test_deleting_the_shown_version_empties_the_canvas_and_undo_brings_it_back(
    qapp, flow_document
):
    doc, _ = flow_document
    scene, _ = make_scene(doc)
    version, index = doc.remove_version("v1")
    assert not scene.node_items() and not scene.lane_items()
    doc.add_version(version, index)
    assert len(scene.node_items()) == len(version.nodes)


def test_no_echo_a_gesture_makes_exactly_one_model_edit(qapp, flow_document):
    doc, ids = flow_document
    scene, stack = make_scene(doc)
    edits = []
    with doc.events.subscribe(lambda e: edits.append(e) if isinstance(e, ElementChanged) else None):
        scene.rename_element(ids["book"], "Book a visit")
        scene.rename_element(ids["book"], "Book a visit")  # unchanged text: nothing
    assert [(e.field, e.new) for e in edits] == [("label", "Book a visit")]
    assert stack.count() == 1


def test_selection_reports_element_ids(qapp, flow_document):
    doc, ids = flow_document
    scene, _ = make_scene(doc)
    seen: list[list[str]] = []
    scene.selection_changed.connect(seen.append)
    assert scene.select_element(ids["f3"])
    assert seen[-1] == [ids["f3"]]
    assert not scene.select_element("nope")


def test_closing_the_scene_releases_its_subscription(qapp, flow_document):
    doc, ids = flow_document
    listeners = len(doc.events)
    scene, _ = make_scene(doc)
    assert len(doc.events) == listeners + 1
    scene.close()
    assert len(doc.events) == listeners
    before = snapshot(doc)
    doc.change_node("v1", ids["book"], label="after close")
    assert scene.node_items()[ids["book"]].node.label == "Book visit"
    assert doc != before


def test_a_lane_header_shows_the_whole_name_that_its_height_holds(qapp, flow_document):
    doc, ids = flow_document
    scene, _ = make_scene(doc)
    name = "Executing department (maintenance / network optimisation / field engineering)"
    doc.change_lane("v1", ids["installer"], name=name, height=240.0)
    lines = scene.lane_items()[ids["installer"]].name_lines
    assert " ".join(lines) == name and not any(line.endswith("…") for line in lines)
    doc.change_lane("v1", ids["installer"], height=60.0)  # too short: cut, and says so
    lines = scene.lane_items()[ids["installer"]].name_lines
    assert len(lines) == 3 and lines[-1].endswith("…")
