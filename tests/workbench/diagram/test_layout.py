"""The auto-layout: steps stay in their lanes, never overlap, and flows run left to
right except the loops that must run back."""

from __future__ import annotations

import pytest

from bench.synthetic import synthetic_document
from tests.ui.conftest import installation_flow
from workbench.builder import VersionBuilder
from workbench.diagram import EstimatedMetrics, build_drawing
from workbench.diagram.check import diagram_defects
from workbench.diagram.layout import Layout, auto_layout, back_edges, longest_path_ranks
from workbench.document import Document
from workbench.model import LaneKind, Version

METRICS = EstimatedMetrics()


def applied(version: Version, layout: Layout) -> Version:
    """The version as it looks once the layout is applied through the document."""
    document = Document(versions=[version])
    with document.edit(version.id):
        for lane_id, height in layout.lane_heights.items():
            document.change_lane(version.id, lane_id, height=height)
        document.move_nodes(version.id, layout.placements)
    return document.version(version.id)


def assert_tidy(version: Version, layout: Layout) -> None:
    before = {n.id: n.lane for n in version.nodes.values()}
    after = applied(version, layout)
    assert {n.id: n.lane for n in after.nodes.values()} == before, "steps keep their lane"
    drawing = build_drawing(after, METRICS)
    bands = {band.lane_id: band for band in drawing.bands}
    for node_id, box in drawing.steps.items():
        band = bands[after.nodes[node_id].lane]
        assert band.top <= box.shape.y and box.shape.bottom <= band.bottom, "inside the lane"
    assert diagram_defects(drawing, METRICS) == []
    for flow in after.flows.values():
        if flow.id not in layout.back_edges:
            assert after.nodes[flow.source].x < after.nodes[flow.target].x, flow.id


def test_the_installation_flow_is_laid_out_in_rank_order():
    document, ids = installation_flow()
    version = document.version("v1")
    layout = auto_layout(version, METRICS)
    assert_tidy(version, layout)
    x = {n: p.x for n, p in layout.placements.items()}
    assert x[ids["start"]] < x[ids["explain"]] < x[ids["decide"]]
    assert x[ids["book"]] == x[ids["wait"]], "both branches of the decision share a column"
    assert not layout.back_edges


def test_a_rework_loop_is_the_one_back_edge():
    b = VersionBuilder("Loop", version_id="v")
    agent = b.lane("Agent")
    start, check, fix, end = (
        b.start(agent),
        b.task(agent, "Check"),
        b.task(agent, "Fix"),
        b.end(agent),
    )
    b.flow(start, check)
    ok = b.flow(check, end)
    b.flow(check, fix)
    loop = b.flow(fix, check)
    version = b.build()
    assert back_edges(version) == {loop}
    layout = auto_layout(version, METRICS)
    assert layout.back_edges == {loop}
    assert_tidy(version, layout)
    assert ok not in layout.back_edges


def test_parallel_branches_in_one_lane_stack_and_the_lane_grows():
    b = VersionBuilder("Fork", version_id="v")
    office = b.lane("Back office", LaneKind.BACKSTAGE, height=100.0)
    fork = b.parallel(office)
    branches = [b.task(office, f"Branch {i}") for i in range(3)]
    join = b.parallel(office)
    for branch in branches:
        b.flow(fork, branch)
        b.flow(branch, join)
    version = b.build()
    layout = auto_layout(version, METRICS)
    assert layout.lane_heights[office] >= 3 * 64
    assert len({layout.placements[n].x for n in branches}) == 1
    assert len({layout.placements[n].y for n in branches}) == 3
    assert_tidy(version, layout)


def test_lone_steps_go_after_the_flow_and_lanes_fit_their_rows():
    b = VersionBuilder("Loose", version_id="v")
    lane = b.lane("Agent", height=300.0)
    a, c = b.task(lane, "A"), b.task(lane, "C")
    b.flow(a, c)
    lone = b.task(lane, "Note", x=10.0)
    version = b.build()
    layout = auto_layout(version, METRICS)
    assert layout.placements[lone].x > layout.placements[c].x
    assert layout.lane_heights[lane] < 300.0, "a lane with one row of steps is made compact"
    assert_tidy(version, layout)


def test_a_second_entry_sits_just_before_what_it_feeds():
    b = VersionBuilder("Two ways in", version_id="v")
    lane = b.lane("Agent")
    nodes = [b.task(lane, f"T{i}") for i in range(5)]
    for a, c in zip(nodes, nodes[1:], strict=False):
        b.flow(a, c)
    late = b.task(lane, "Walk-in")
    b.flow(late, nodes[4])
    version = b.build()
    ranks = longest_path_ranks(version, back_edges(version))
    assert ranks[late] == ranks[nodes[4]] - 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_synthetic_flows_come_out_tidy(seed):
    document = synthetic_document(300, seed=seed)
    version = document.versions[0]
    assert_tidy(version, auto_layout(version, METRICS))
