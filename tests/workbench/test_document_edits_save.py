"""Whatever sequence of edits `Document` accepts, the result saves and loads back equal.

The editor only ever changes a document through `Document`'s methods; an edit it accepts
but the loader refuses is a file the user can save and then never open again.
"""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.document import Document, EditError
from workbench.model import (
    ActivityItem,
    Attachment,
    AttachmentKind,
    ChecklistElement,
    Duration,
    Flow,
    Goal,
    InputItem,
    InputVariant,
    Kpi,
    Lane,
    LaneKind,
    Node,
    NodeKind,
    OutputItem,
    Segment,
    TimeUnit,
    Version,
)
from workbench.storage import dumps_document, loads_document

VID = "v1"
ids = st.sampled_from(["a", "b", "c", "d", "e", ""])
names = st.sampled_from(["", " ", "客户 来电", "Agent"])
amounts = st.floats(-5, 100, allow_nan=False)


@st.composite
def durations(draw: st.DrawFn) -> Duration | None:
    if draw(st.booleans()):
        return None
    expected = draw(amounts)
    low = draw(st.one_of(st.none(), amounts))
    high = draw(st.one_of(st.none(), amounts))
    return Duration(expected, low, high, draw(st.sampled_from(TimeUnit)))


@st.composite
def attachments(draw: st.DrawFn) -> Attachment:
    kind = draw(st.sampled_from(AttachmentKind))
    ref = None if kind is AttachmentKind.PROCESS else draw(ids)
    return Attachment(kind, ref)


@st.composite
def checklist_items(draw: st.DrawFn) -> tuple[ChecklistElement, object]:
    element = draw(
        st.sampled_from(
            [ChecklistElement.INPUTS, ChecklistElement.OUTPUTS, ChecklistElement.ACTIVITIES]
        )
    )
    item_id = draw(ids)
    if element is ChecklistElement.INPUTS:
        variants = tuple(
            InputVariant(draw(ids), "variant", path_start=draw(st.one_of(st.none(), ids)))
            for _ in range(draw(st.integers(0, 2)))
        )
        return element, InputItem(item_id, "input", variants=variants)
    if element is ChecklistElement.OUTPUTS:
        return element, OutputItem(item_id, "output")
    nodes = tuple(draw(st.lists(ids, max_size=2)))
    return element, ActivityItem(
        item_id, "activity", kpi=draw(st.one_of(st.none(), ids)), nodes=nodes
    )


@st.composite
def edits(draw: st.DrawFn):
    version = draw(st.sampled_from([VID, "v2"]))
    op = draw(
        st.sampled_from(
            [
                "add_lane",
                "change_lane",
                "add_node",
                "change_node",
                "add_flow",
                "change_flow",
                "add_kpi",
                "change_kpi",
                "remove",
                "add_item",
                "set_goal",
                "add_version",
                "copy_version",
                "change_version",
                "add_segment",
                "remove_segment",
            ]
        )
    )
    if op == "add_lane":
        lane = Lane(draw(ids), draw(names), draw(st.sampled_from(LaneKind)), draw(amounts))
        return lambda d: d.add_lane(version, lane)
    if op == "change_lane":
        lane_id, height = draw(ids), draw(amounts)
        return lambda d: d.change_lane(version, lane_id, height=height)
    if op == "add_node":
        node = Node(
            draw(ids), draw(st.sampled_from(NodeKind)), draw(ids), draw(names), draw(durations())
        )
        return lambda d: d.add_node(version, node)
    if op == "change_node":
        node_id, lane, duration = draw(ids), draw(ids), draw(durations())
        return lambda d: d.change_node(version, node_id, lane=lane, duration=duration)
    if op == "add_flow":
        flow = Flow(draw(ids), draw(ids), draw(ids), probability=draw(st.none() | st.floats(0, 1)))
        return lambda d: d.add_flow(version, flow)
    if op == "change_flow":
        flow_id, source, target = draw(ids), draw(ids), draw(ids)
        return lambda d: d.change_flow(version, flow_id, source=source, target=target)
    if op == "add_kpi":
        targets = tuple((draw(ids), 1.0) for _ in range(draw(st.integers(0, 1))))
        kpi = Kpi(draw(ids), draw(names), attached_to=draw(attachments()), segment_targets=targets)
        return lambda d: d.add_kpi(version, kpi)
    if op == "change_kpi":
        kpi_id, attached = draw(ids), draw(attachments())
        return lambda d: d.change_kpi(version, kpi_id, attached_to=attached)
    if op == "remove":
        gone = draw(st.lists(ids, max_size=2))
        return lambda d: d.remove(version, gone)
    if op == "add_item":
        element, item = draw(checklist_items())
        return lambda d: d.add_checklist_item(version, element, item)
    if op == "set_goal":
        goal = Goal("goal", kpis=tuple(draw(st.lists(ids, max_size=2))))
        return lambda d: d.set_goal(version, goal)
    if op == "add_version":
        new = Version(draw(st.sampled_from(["v2", "v3", ""])), draw(names))
        return lambda d: d.add_version(new)
    if op == "copy_version":
        name, new_id = draw(names), draw(st.sampled_from(["v2", "v3", None]))
        return lambda d: d.copy_version(version, name, new_id)
    if op == "change_version":
        name = draw(names)
        return lambda d: d.change_version(version, name=name)
    if op == "add_segment":
        segment = Segment(draw(ids), draw(names))
        return lambda d: d.add_segment(segment)
    segment_id = draw(ids)
    return lambda d: d.remove_segment(segment_id)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edits(), max_size=25))
def test_every_edit_document_accepts_gives_a_file_that_opens_again(steps):
    document = Document(versions=[Version(VID, "As-is")])
    for step in steps:
        with contextlib.suppress(EditError):
            step(document)
    text = dumps_document(document)
    assert loads_document(text) == document
