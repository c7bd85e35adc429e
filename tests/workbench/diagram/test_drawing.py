"""The drawing engine on hand-made flows: connectors keep off the steps they do not join,
start and end on outlines, loops go round, and no caption covers text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from tests.timebox import run_within
from tests.workbench.diagram.drawn_flows import drawn_flows, far_flung_version
from workbench.builder import VersionBuilder
from workbench.diagram import EstimatedMetrics, build_drawing
from workbench.diagram.check import diagram_defects, on_outline
from workbench.diagram.geometry import Rect, segment_crosses
from workbench.diagram.layout import apply_layout, auto_layout
from workbench.document import Document
from workbench.model import LaneKind, NodeKind, Version

METRICS = EstimatedMetrics()


def laid_out(version: Version) -> Version:
    document = Document(versions=[version])
    apply_layout(document, version.id, auto_layout(version, METRICS))
    return document.version(version.id)


def test_a_connector_to_a_step_two_lanes_down_goes_round_the_step_between():
    # The customer step, a back-office step straight under it and the installer below:
    # the connector must not run down through the back office (it would read as
    # back office -> installer).
    b = VersionBuilder("Three lanes", version_id="v")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    office = b.lane("Back office", LaneKind.BACKSTAGE)
    field = b.lane("Installer", LaneKind.BACKSTAGE)
    ask = b.task(customer, "Ask for a visit", x=300.0)
    book = b.task(office, "Book the slot", x=300.0)
    visit = b.task(field, "Visit the customer", x=300.0)
    flow = b.flow(ask, visit)
    drawing = build_drawing(b.build(), METRICS)
    points = drawing.connectors[flow].points
    office_box = drawing.steps[book].shape
    pairs = zip(points, points[1:], strict=False)
    assert not any(segment_crosses(p, q, office_box) for p, q in pairs)
    assert diagram_defects(drawing, METRICS) == []


def test_a_rework_loop_goes_round_the_end_event_not_through_it():
    b = VersionBuilder("Loop", version_id="v")
    agent = b.lane("Agent")
    start = b.start(agent)
    check = b.task(agent, "Check the line")
    closed = b.end(agent, "Complaint closed")
    b.flow(start, check)
    b.flow(check, closed)
    again = b.flow(closed, check)  # drawn backwards over the end event
    drawing = build_drawing(b.build(), METRICS)
    points = drawing.connectors[again].points
    end_box = drawing.steps[closed].shape
    inner = zip(points[1:], points[2:], strict=False)
    assert all(not segment_crosses(p, q, end_box) for p, q in inner)
    assert [d.check_id for d in diagram_defects(drawing, METRICS)] == []


def test_connector_ends_sit_on_each_shape_outline():
    b = VersionBuilder("Shapes", version_id="v")
    lane = b.lane("Agent")
    start, decide, task = b.start(lane), b.decision(lane, "Line ready?"), b.task(lane, "Fix")
    end = b.end(lane)
    for a, c in ((start, decide), (decide, task), (task, end)):
        b.flow(a, c, "yes" if a == decide else "", 1.0 if a == decide else None)
    drawing = build_drawing(b.build(), METRICS)
    for connector in drawing.connectors.values():
        first, last = connector.points[0], connector.points[-1]
        source, target = drawing.steps[connector.source], drawing.steps[connector.target]
        assert on_outline(source.kind, source.shape, first)
        assert on_outline(target.kind, target.shape, last)


def test_a_decision_caption_and_its_branch_labels_do_not_cover_each_other():
    b = VersionBuilder("Branches", version_id="v")
    lane = b.lane("Agent", height=240.0)
    decide = b.decision(lane, "Line ready?", x=200.0, y=80.0)
    ok = b.task(lane, "Book the installer", x=420.0, y=10.0)
    faulty = b.task(lane, "Repair the line first", x=420.0, y=150.0)
    b.flow(decide, ok, "yes", 0.7)
    b.flow(decide, faulty, "no, line faulty", 0.3)
    drawing = build_drawing(b.build(), METRICS)
    assert diagram_defects(drawing, METRICS) == []
    captions = [c.caption.box for c in drawing.connectors.values()]
    assert not captions[0].intersects(captions[1])
    assert not any(box.intersects(drawing.steps[decide].text) for box in captions)


def test_long_labels_wrap_and_the_box_grows_instead_of_cutting_them():
    b = VersionBuilder("Long", version_id="v")
    lane = b.lane("Agent")
    long = "Log the work order in the CRM and tell the customer when the installer comes"
    node = b.task(lane, long)
    drawing = build_drawing(b.build(), METRICS)
    box = drawing.steps[node]
    assert " ".join(box.lines) == long
    assert box.shape.h > 64 or box.shape.w > 128
    assert diagram_defects(drawing, METRICS) == []


def test_the_check_reports_steps_on_top_of_each_other_and_a_connector_through_a_step():
    b = VersionBuilder("Messy", version_id="v")
    lane = b.lane("Agent")
    a = b.task(lane, "Log the work order in the CRM", x=200.0, y=20.0)
    b.task(lane, "Explain the answer", x=200.0, y=20.0)
    drawing = build_drawing(b.build(), METRICS)
    found = {d.check_id for d in diagram_defects(drawing, METRICS)}
    assert "diagram-steps-overlap" in found
    # a connector forced through a step by the user's own bends
    b2 = VersionBuilder("Forced", version_id="w")
    lane2 = b2.lane("Agent")
    left = b2.task(lane2, "Left", x=200.0, y=20.0)
    b2.task(lane2, "Middle", x=400.0, y=20.0)
    right = b2.task(lane2, "Right", x=600.0, y=20.0)
    forced = b2.flow(left, right)
    version = b2.build()
    from dataclasses import replace

    version.flows[forced] = replace(version.flows[forced], waypoints=((500.0, 52.0),))
    found = {d.check_id for d in diagram_defects(build_drawing(version, METRICS), METRICS)}
    assert "diagram-connector-through-step" in found
    assert a


def test_the_check_sees_a_label_over_another_and_an_end_inside_its_shape():
    from workbench.diagram.captions import Caption
    from workbench.diagram.drawing import Connector

    b = VersionBuilder("Doctored", version_id="v")
    lane = b.lane("Agent")
    a, c = b.task(lane, "A", x=200.0), b.task(lane, "B", x=500.0)
    flow = b.flow(a, c, "go")
    drawing = build_drawing(b.build(), METRICS)
    shape = drawing.steps[c].shape
    connector = drawing.connectors[flow]
    drawing.connectors[flow] = Connector(
        flow, a, c, (*connector.points[:-1], shape.centre), connector.caption)
    drawing.connectors["other"] = Connector(
        "other", a, c, connector.points, Caption(("x",), connector.caption.box, 11.0))
    found = {d.check_id for d in diagram_defects(drawing, METRICS)}
    assert {"diagram-connector-end-inside", "diagram-labels-overlap"} <= found


def test_on_outline_knows_circles_diamonds_and_boxes():
    circle = Rect(0, 0, 36, 36)
    assert on_outline(NodeKind.START, circle, (36, 18))
    assert not on_outline(NodeKind.START, circle, (36, 0))  # the box's corner is off the circle
    diamond = Rect(0, 0, 52, 52)
    assert on_outline(NodeKind.DECISION, diamond, (52, 26))
    assert not on_outline(NodeKind.DECISION, diamond, (52, 10))
    assert on_outline(NodeKind.TASK, Rect(0, 0, 128, 64), (128, 10))
    assert not on_outline(NodeKind.TASK, Rect(0, 0, 128, 64), (64, 32))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn_flows())
def test_the_auto_layout_of_any_drawn_flow_passes_the_diagram_check(version):
    drawing = build_drawing(laid_out(version), METRICS)
    assert diagram_defects(drawing, METRICS) == []


def _draw_far_flung() -> int:
    return len(build_drawing(far_flung_version(), EstimatedMetrics()).connectors)


def test_steps_a_million_units_apart_are_drawn_in_a_moment() -> None:
    assert run_within(3.0, _draw_far_flung) == 7
