"""The auto-layout: steps stay in their lanes, never overlap, and flows run left to
right except the loops that must run back."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.synthetic import synthetic_document
from tests.ui.conftest import installation_flow
from workbench.builder import VersionBuilder
from workbench.diagram import EstimatedMetrics, build_drawing
from workbench.diagram.check import diagram_defects
from workbench.diagram.layout import (
    CHOICES,
    Layout,
    auto_layout,
    back_edges,
    best_choice,
    layout_for,
    longest_path_ranks,
    placed,
)
from workbench.diagram.tracks import crossing_count
from workbench.document import Document
from workbench.model import LaneKind, Version
from workbench.storage import load_document

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


def test_an_entry_feeding_another_lane_takes_a_column_of_its_own():
    """Its connector turns down where no other connector runs across the lanes between."""
    b = VersionBuilder("Escalation", version_id="v")
    top, middle, bottom = b.lane("Agent"), b.lane("Supervisor"), b.lane("Back office")
    timer = b.wait(top, "Reminder")
    inner = b.start(middle, "Walk-in")
    target = b.task(bottom, "Call back")
    b.flow(inner, b.task(middle, "Note it"))
    b.flow(timer, target)
    version = b.build()
    ranks = longest_path_ranks(version, back_edges(version))
    assert ranks[timer] < ranks[inner] < ranks[target]
    layout = auto_layout(version, METRICS)
    assert_tidy(version, layout)
    drawing = build_drawing(applied(version, layout), METRICS)
    assert _crossings(drawing) == 0


def test_an_entry_sits_level_with_the_step_it_feeds_although_its_column_is_full():
    b = VersionBuilder("Several ways in", version_id="v")
    lane = b.lane("Agent")
    starts = [b.start(lane, f"Way {i}") for i in range(4)]
    tasks = [b.task(lane, f"Task {i}") for i in range(4)]
    for start, task in zip(starts, tasks, strict=True):
        b.flow(start, task)
    fork = b.parallel(lane)
    branches = [b.task(lane, f"Branch {i}") for i in range(3)]
    b.flow(tasks[3], fork)
    for branch in branches:
        b.flow(fork, branch)
    late = b.start(lane, "Late way in")
    b.flow(late, branches[2])
    version = b.build()
    layout = auto_layout(version, METRICS)
    assert_tidy(version, layout)
    place = layout.placements
    for start, task in zip(starts, tasks, strict=True):
        assert place[start].y == place[task].y, "a straight connector"
    assert place[late].y == place[branches[2]].y
    assert place[fork].y in {place[branch].y for branch in branches}, "level with a branch"
    drawing = build_drawing(applied(version, layout), METRICS)
    assert _crossings(drawing) == 0


def _crossings(drawing) -> int:
    """Pairs of a vertical and a horizontal segment of two connectors crossing as a plus."""
    vertical, horizontal = [], []
    for key, connector in drawing.connectors.items():
        for (x1, y1), (x2, y2) in zip(connector.points, connector.points[1:], strict=False):
            if abs(x1 - x2) < 0.5:
                vertical.append((key, x1, min(y1, y2), max(y1, y2)))
            else:
                horizontal.append((key, y1, min(x1, x2), max(x1, x2)))
    return sum(1 for a, x, top, bottom in vertical for b, y, left, right in horizontal
               if a != b and left < x < right and top < y < bottom)


def test_between_readings_that_cross_as_often_the_one_that_bends_less_is_kept() -> None:
    """The health-insurance claims as-is crosses once whichever way it is read; the
    readings differ in how often their connectors bend, and the kept one bends least."""
    bundled = Path(__file__).resolve().parents[3] / "process_templates"
    version = load_document(bundled / "health-insurance-claims.en.pwb").versions[0]
    metrics = EstimatedMetrics()

    def score(choice) -> tuple[int, int]:  # noqa: ANN001
        drawing = build_drawing(placed(version, layout_for(version, metrics, None, choice)),
                                metrics)
        routes = {k: c.points for k, c in drawing.connectors.items()}
        return crossing_count(routes), sum(len(p) - 2 for p in routes.values())

    each = [score(choice) for choice in CHOICES]
    assert len({crossed for crossed, _ in each}) == 1, each  # a tie in crossings
    assert score(best_choice([version], metrics)) == min(each) < each[0], each
