"""The built-in auto-layout: steps stay in their lanes, never overlap, and flows run left to
right except the loops that must run back."""

from __future__ import annotations

import pytest

from bench.synthetic import synthetic_document
from tests.ui.conftest import installation_flow
from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.layout import Grid, auto_layout, back_edges, longest_path_ranks
from workbench.model import LaneKind, Version

GRID = Grid()


def applied(version: Version, layout) -> Version:  # noqa: ANN001
    """The version as it looks once the layout is applied through the document."""
    document = Document(versions=[version])
    with document.edit(version.id):
        for lane_id, height in layout.lane_heights.items():
            document.change_lane(version.id, lane_id, height=height)
        document.move_nodes(version.id, layout.placements)
    return document.version(version.id)


def assert_tidy(version: Version, layout) -> None:  # noqa: ANN001
    before = {n.id: n.lane for n in version.nodes.values()}
    after = applied(version, layout)
    assert {n.id: n.lane for n in after.nodes.values()} == before, "steps keep their lane"
    heights = {lane.id: lane.height for lane in after.lanes}
    by_lane: dict[str, list] = {}
    for node in after.nodes.values():
        assert 0 <= node.y <= heights[node.lane] - GRID.cell_height, "inside the lane"
        by_lane.setdefault(node.lane, []).append(node)
    for nodes in by_lane.values():
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                apart_x = abs(a.x - b.x) >= GRID.column
                apart_y = abs(a.y - b.y) >= GRID.cell_height
                assert apart_x or apart_y, f"{a.id} and {b.id} overlap"
    for flow in after.flows.values():
        if flow.id not in layout.back_edges:
            assert after.nodes[flow.source].x < after.nodes[flow.target].x, flow.id


def test_the_installation_flow_is_laid_out_in_rank_order():
    document, ids = installation_flow()
    version = document.version("v1")
    layout = auto_layout(version)
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
    layout = auto_layout(version)
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
    layout = auto_layout(version)
    assert layout.lane_heights[office] >= 3 * GRID.cell_height
    assert len({layout.placements[n].x for n in branches}) == 1
    assert len({layout.placements[n].y for n in branches}) == 3
    assert_tidy(version, layout)


def test_lone_steps_go_after_the_flow_and_lanes_never_shrink():
    b = VersionBuilder("Loose", version_id="v")
    lane = b.lane("Agent", height=300.0)
    a, c = b.task(lane, "A"), b.task(lane, "C")
    b.flow(a, c)
    lone = b.task(lane, "Note", x=10.0)
    version = b.build()
    layout = auto_layout(version)
    assert layout.placements[lone].x > layout.placements[c].x
    assert not layout.lane_heights
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
    assert_tidy(version, auto_layout(version))


def test_two_thousand_steps_lay_out_quickly():
    import time

    version = synthetic_document(2000, seed=7).versions[0]
    began = time.perf_counter()
    layout = auto_layout(version)
    assert time.perf_counter() - began < 2.0
    assert len(layout.placements) == len(version.nodes)
