"""Each undo command, three ways: execute, undo, redo (diagram-js's rule)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QUndoStack

from tests.ui.conftest import snapshot
from ui import commands as c
from workbench.document import Document, EditError, Placement
from workbench.model import (
    Checklist,
    ChecklistElement,
    Flow,
    InputItem,
    Kpi,
    Lane,
    LaneKind,
    Node,
    NodeKind,
    ValueClass,
)


def three_ways(
    document: Document, command: c.DocumentCommand, check: Callable[[], bool | None]
) -> QUndoStack:
    """Execute, check; undo, compare with before; redo, compare with after.

    `check` either asserts or returns a truth value; False fails the test.
    """
    stack = QUndoStack()
    before = snapshot(document)
    stack.push(command)
    assert check() is not False
    after = snapshot(document)
    assert after != before, "the command changed nothing"
    stack.undo()
    assert document == before
    stack.redo()
    assert document == after
    assert check() is not False
    return stack


def version(document: Document):
    return document.version("v1")


def test_add_node(qapp, flow_document):
    doc, ids = flow_document
    node = Node("n-new", NodeKind.TASK, ids["agent"], "Call installer", x=800, y=40)
    three_ways(doc, c.AddNode(doc, "v1", node), lambda: version(doc).nodes["n-new"] == node)


def test_change_node(qapp, flow_document):
    doc, ids = flow_document

    def check():
        assert version(doc).nodes[ids["book"]].label == "Book a morning visit"

    three_ways(doc, c.ChangeNode(doc, "v1", ids["book"], label="Book a morning visit"), check)


def test_change_node_typing_merges_into_one_step(qapp, flow_document):
    doc, ids = flow_document
    before = snapshot(doc)
    stack = QUndoStack()
    for text in ("B", "Bo", "Boo", "Book"):
        c.push(stack, c.ChangeNode(doc, "v1", ids["book"], typing=True, label=text))
    assert stack.count() == 1
    assert version(doc).nodes[ids["book"]].label == "Book"
    stack.undo()
    assert doc == before


def test_separate_commits_do_not_merge(qapp, flow_document):
    doc, ids = flow_document
    stack = QUndoStack()
    c.push(stack, c.ChangeNode(doc, "v1", ids["book"], label="A"))
    c.push(stack, c.ChangeNode(doc, "v1", ids["book"], label="B"))
    c.push(stack, c.ChangeNode(doc, "v1", ids["explain"], typing=True, label="C"))
    c.push(stack, c.ChangeNode(doc, "v1", ids["book"], typing=True, label="D"))
    assert stack.count() == 4


def test_typing_back_to_the_original_leaves_no_step(qapp, flow_document):
    doc, ids = flow_document
    stack = QUndoStack()
    c.push(stack, c.ChangeNode(doc, "v1", ids["book"], typing=True, label="Book visi"))
    c.push(stack, c.ChangeNode(doc, "v1", ids["book"], typing=True, label="Book visit"))
    assert stack.count() == 0


def test_move_nodes_into_another_lane(qapp, flow_document):
    doc, ids = flow_document
    places = {
        ids["book"]: Placement(500, 20, ids["installer"]),
        ids["wait"]: Placement(900, 50, ids["customer"]),
    }

    def check():
        node = version(doc).nodes[ids["book"]]
        assert (node.x, node.y, node.lane) == (500, 20, ids["installer"])

    three_ways(doc, c.MoveNodes(doc, "v1", places), check)


def test_add_flow(qapp, flow_document):
    doc, ids = flow_document
    flow = Flow("f-new", ids["wait"], ids["end"], "visit")
    three_ways(doc, c.AddFlow(doc, "v1", flow), lambda: version(doc).flows["f-new"] == flow)


def test_change_flow(qapp, flow_document):
    doc, ids = flow_document

    def check():
        assert version(doc).flows[ids["f3"]].probability == 0.9

    three_ways(doc, c.ChangeFlow(doc, "v1", ids["f3"], probability=0.9), check)


def test_add_lane(qapp, flow_document):
    doc, ids = flow_document
    lane = Lane("l-kb", "Knowledge base", LaneKind.SUPPORT)

    def check():
        assert version(doc).lanes[1].id == "l-kb"

    three_ways(doc, c.AddLane(doc, "v1", lane, 1), check)


def test_change_lane(qapp, flow_document):
    doc, ids = flow_document

    def check():
        assert version(doc).lane(ids["agent"]).height == 200

    three_ways(doc, c.ChangeLane(doc, "v1", ids["agent"], height=200.0), check)


def test_move_lane(qapp, flow_document):
    doc, ids = flow_document

    def check():
        assert [lane.id for lane in version(doc).lanes][0] == ids["installer"]

    three_ways(doc, c.MoveLane(doc, "v1", ids["installer"], 0), check)


@pytest.mark.parametrize("what", ["agent", "book", "f3", "k1"])
def test_remove(qapp, flow_document, what):
    doc, ids = flow_document
    three_ways(doc, c.Remove(doc, "v1", [ids[what]]), lambda: None)


def test_remove_lane_takes_its_steps_and_flows(qapp, flow_document):
    doc, ids = flow_document

    def check():
        assert ids["book"] not in version(doc).nodes
        assert ids["f5"] not in version(doc).flows

    three_ways(doc, c.Remove(doc, "v1", [ids["agent"]]), check)


def test_add_kpi(qapp, flow_document):
    doc, _ = flow_document
    kpi = Kpi("k-new", "First-contact answer rate", unit="%", target=80)
    three_ways(doc, c.AddKpi(doc, "v1", kpi), lambda: version(doc).kpis["k-new"] == kpi)


def test_add_goal_kpi(qapp, flow_document):
    doc, _ = flow_document
    kpi = Kpi("k-goal", "Installed at the first visit", unit="%")

    def check():
        assert version(doc).kpis["k-goal"] == kpi
        assert version(doc).checklist.goal.kpis == ("k-goal",)

    three_ways(doc, c.AddGoalKpi(doc, "v1", kpi), check)


def test_change_kpi(qapp, flow_document):
    doc, ids = flow_document

    def check():
        assert version(doc).kpis[ids["k1"]].target == 24

    three_ways(doc, c.ChangeKpi(doc, "v1", ids["k1"], target=24.0), check)


def test_change_metadata(qapp, flow_document):
    doc, _ = flow_document
    three_ways(doc, c.ChangeMetadata(doc, owner="Service design"),
               lambda: doc.metadata.owner == "Service design")


def test_change_simulation_settings(qapp, flow_document):
    from workbench.simulation.settings import LaneCapacity

    doc, _ = flow_document
    people = (LaneCapacity("l2", 3),)
    three_ways(doc, c.ChangeSimulation(doc, cases=500, capacities=people),
               lambda: doc.simulation.cases == 500 and doc.simulation.capacities == people)


def test_change_customer_tier(qapp, flow_document):
    from workbench.model import Segment

    doc, _ = flow_document
    doc.add_segment(Segment("s-top", "5★", share=0.05))
    three_ways(doc, c.ChangeSegment(doc, "s-top", min_value=350.0, share=0.06),
               lambda: doc.segment("s-top").min_value == 350.0)


def test_change_version(qapp, flow_document):
    doc, _ = flow_document
    three_ways(doc, c.ChangeVersion(doc, "v1", name="现状"), lambda: version(doc).name == "现状")


def test_copy_version_keeps_its_ids_on_redo(qapp, flow_document):
    doc, _ = flow_document
    command = c.CopyVersion(doc, "v1", "To-be")

    def check():
        assert [v.name for v in doc.versions] == ["As-is", "To-be"]

    three_ways(doc, command, check)
    assert doc.versions[1].id == command.version_id


def test_add_version_and_remove_version(qapp, flow_document):
    doc, _ = flow_document
    from workbench.model import Version

    three_ways(doc, c.AddVersion(doc, Version("v2", "To-be B")), lambda: len(doc.versions) == 2)
    three_ways(doc, c.RemoveVersion(doc, "v1"), lambda: None)


def test_checklist_commands(qapp, flow_document):
    doc, _ = flow_document
    item = InputItem("in-1", "New installation request")

    def has_item():
        assert version(doc).checklist.inputs == (item,)

    three_ways(doc, c.AddChecklistItem(doc, "v1", ChecklistElement.INPUTS, item), has_item)

    def renamed():
        assert version(doc).checklist.inputs[0].name == "Follow-up on a missed promise"

    three_ways(doc, c.ChangeChecklistItem(doc, "v1", ChecklistElement.INPUTS, "in-1",
                                          name="Follow-up on a missed promise"), renamed)
    three_ways(doc, c.RemoveChecklistItem(doc, "v1", ChecklistElement.INPUTS, "in-1"),
               lambda: None)

    def goal():
        assert version(doc).checklist.goal.statement == "One call, one answer"

    three_ways(doc, c.ChangeGoal(doc, "v1", statement="One call, one answer"), goal)
    assert version(doc).checklist != Checklist()


def test_push_refuses_a_bad_edit_and_leaves_the_stack_alone(qapp, flow_document):
    doc, ids = flow_document
    stack = QUndoStack()
    before = snapshot(doc)
    with pytest.raises(EditError):
        c.push(stack, c.AddFlow(doc, "v1", Flow("f-bad", ids["end"], ids["book"])))
    assert stack.count() == 0
    assert doc == before


def test_push_runs_the_edit_once(qapp, flow_document):
    doc, ids = flow_document
    stack = QUndoStack()
    events = []
    with doc.events.subscribe(events.append):
        c.push(stack, c.ChangeNode(doc, "v1", ids["wait"], value_class=ValueClass.VALUE))
    assert len(events) == 2  # one field change, one DocumentEdited
