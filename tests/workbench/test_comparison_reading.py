"""The comparison's list of changes runs with the diagrams: lanes, then steps and flows
left to right, then KPIs."""

from __future__ import annotations

from workbench.builder import VersionBuilder
from workbench.comparison import ChangeKind, ElementType, compare_versions
from workbench.comparison_reading import in_reading_order
from workbench.document import Document
from workbench.model import Flow, Kpi, Lane, LaneKind, Node, NodeKind


def _pair() -> tuple[Document, str, str]:
    """As-is: ask (x 100) → forward (x 300) → answer (x 500). The to-be adds a look-up at
    x 200 between ask and forward, renames answer, drops forward's old lane, adds a KPI."""
    b = VersionBuilder("As-is", version_id="v1")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent")
    ask = b.task(customer, "Asks", x=100)
    forward = b.task(agent, "Forwards", x=300)
    answer = b.task(agent, "Answers", x=500)
    b.chain(ask, forward, answer)
    document = Document(versions=[b.build()])
    to_be = document.copy_version("v1", "To-be", "v2")
    copy_of = {n.derived_from: n.id for n in to_be.nodes.values()}
    document.add_kpi("v2", Kpi("k-first", "Answered first time"))
    document.add_lane("v2", Lane("lane-sys", "CRM", LaneKind.SUPPORT))
    document.add_node("v2", Node("n-look", NodeKind.TASK, "lane-sys", "Looks up", x=200))
    document.add_flow("v2", Flow("f-look", copy_of[ask], "n-look"))
    document.change_node("v2", copy_of[answer], label="Answers at once")
    document.remove("v2", [copy_of[forward]])
    return document, copy_of[ask], copy_of[answer]


def test_changes_read_lanes_then_left_to_right_then_kpis():
    document, _, answer = _pair()
    before, after = document.versions
    comparison = compare_versions(before, after, document)
    ordered = in_reading_order(comparison.elements, before, after)
    assert sorted(map(id, ordered)) == sorted(map(id, comparison.elements))
    names = [(c.type, c.change, c.name) for c in ordered]
    assert names[0] == (ElementType.LANE, ChangeKind.ADDED, "CRM")
    assert names[-1] == (ElementType.KPI, ChangeKind.ADDED, "Answered first time")
    steps = [n for t, _, n in names if t is ElementType.STEP]
    # the added look-up (x 200) reads between the ask and the removed forward (x 300)
    assert steps == ["Looks up", "Forwards", "Answers at once"]
    middle = [(t, n) for t, _, n in names[1:-1]]
    look = middle.index((ElementType.STEP, "Looks up"))
    assert middle[look - 1][0] is ElementType.FLOW  # the flows leaving ask (x 100) come first
    # the domain's own order lists the added step last of the steps
    domain_steps = [c.name for c in comparison.changes(type=ElementType.STEP)]
    assert domain_steps[-1] == "Looks up"
