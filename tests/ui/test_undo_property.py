"""Any sequence of edits, undone all the way, gives back exactly the original document."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from tests.ui.conftest import installation_flow, snapshot
from ui import commands as c
from workbench import rules
from workbench.document import Document, EditError, Placement
from workbench.model import Flow, Kpi, Lane, LaneKind, Node, NodeKind, ValueClass


def _edit(doc: Document, data: st.DataObject, serial: int) -> c.DocumentCommand | None:
    """Draw one plausible edit of the current document state, or None when none fits."""
    version = doc.versions[0]
    lanes = [lane.id for lane in version.lanes]
    nodes = list(version.nodes)
    flows = list(version.flows)
    kind = data.draw(st.sampled_from(
        ["add_node", "change_node", "move", "add_flow", "change_flow", "add_lane",
         "change_lane", "move_lane", "remove", "add_kpi", "metadata", "copy_version",
         "rename_version"]
    ))
    vid = version.id
    if kind == "add_node" and lanes:
        lane = data.draw(st.sampled_from(lanes))
        node_kind = data.draw(st.sampled_from(list(NodeKind)))
        return c.AddNode(doc, vid, Node(f"n-h{serial}", node_kind, lane, f"step {serial}",
                                        x=float(serial * 10), y=20.0))
    if kind == "change_node" and nodes:
        node = data.draw(st.sampled_from(nodes))
        field, value = data.draw(st.sampled_from([
            ("label", "渐进 " + str(serial)), ("value_class", ValueClass.WASTE),
            ("fail_point", True), ("value_class", None),
        ]))
        return c.ChangeNode(doc, vid, node, typing=data.draw(st.booleans()), **{field: value})
    if kind == "move" and nodes and lanes:
        moved = data.draw(st.lists(st.sampled_from(nodes), min_size=1, max_size=3, unique=True))
        return c.MoveNodes(doc, vid, {
            n: Placement(float(data.draw(st.integers(0, 2000))), 10.0,
                         data.draw(st.sampled_from(lanes)))
            for n in moved
        })
    if kind == "add_flow" and len(nodes) >= 2:
        source, target = data.draw(st.lists(st.sampled_from(nodes), min_size=2, max_size=2,
                                            unique=True))
        if rules.connection_problem(version, source, target):
            return None
        return c.AddFlow(doc, vid, Flow(f"f-h{serial}", source, target))
    if kind == "change_flow" and flows:
        flow = data.draw(st.sampled_from(flows))
        return c.ChangeFlow(doc, vid, flow, label=f"branch {serial}", probability=0.5)
    if kind == "add_lane":
        lane = Lane(f"l-h{serial}", f"Lane {serial}", data.draw(st.sampled_from(list(LaneKind))))
        return c.AddLane(doc, vid, lane, data.draw(st.integers(0, len(lanes))))
    if kind == "change_lane" and lanes:
        return c.ChangeLane(doc, vid, data.draw(st.sampled_from(lanes)),
                            height=float(data.draw(st.integers(60, 300))))
    if kind == "move_lane" and lanes:
        return c.MoveLane(doc, vid, data.draw(st.sampled_from(lanes)),
                          data.draw(st.integers(0, len(lanes) - 1)))
    if kind == "remove":
        ids = lanes + nodes + flows + list(version.kpis)
        if ids:
            chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
            return c.Remove(doc, vid, chosen)
    if kind == "add_kpi":
        return c.AddKpi(doc, vid, Kpi(f"k-h{serial}", f"KPI {serial}", target=1.0))
    if kind == "metadata":
        return c.ChangeMetadata(doc, typing=True, title=f"Title {serial}")
    if kind == "copy_version":
        return c.CopyVersion(doc, vid, f"Copy {serial}")
    if kind == "rename_version":
        return c.ChangeVersion(doc, vid, name=f"Version {serial}")
    return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_undo_all_restores_the_original_and_redo_all_the_edit(qapp, data):
    doc, _ = installation_flow()
    original = snapshot(doc)
    stack = QUndoStack()
    for serial in range(data.draw(st.integers(1, 25))):
        command = _edit(doc, data, serial)
        if command is None:
            continue
        with contextlib.suppress(EditError):
            c.push(stack, command)
    edited = snapshot(doc)
    while stack.canUndo():
        stack.undo()
    assert doc == original
    while stack.canRedo():
        stack.redo()
    assert doc == edited
