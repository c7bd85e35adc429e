"""Expected and critical lead times: loops, parallel blocks, decisions, and the flows whose
expected figures cannot be given (they must be None with a reason, never a wrong number)."""

import pytest

from workbench.builder import VersionBuilder
from workbench.measures import EXPECTED_KEYS, measure_version
from workbench.model import Flow, LaneKind


def _form_with_corrections(p: float):
    """start → Fills in the form (C, 30 min) → Checks the form (Agent decision, 15 min)
    → complete (1 - p) → end; incomplete (p) → back to Fills in the form."""
    b = VersionBuilder("Form")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    fill = b.task(customer, "Fills in the form", 30, value="necessary")
    check = b.decision(agent, "Checks the form", 15)
    end = b.end(customer)
    b.chain(b.start(customer), fill, check)
    b.flow(check, end, "complete", 1 - p)
    b.flow(check, fill, "incomplete", p)
    return b.build()


@pytest.mark.parametrize("p", [0.0, 0.2, 0.5, 0.9, 0.999])
def test_rework_loop_matches_the_closed_form(p):
    report = measure_version(_form_with_corrections(p))
    # T(fill) = 0.5 + T(check); T(check) = 0.25 + p T(fill) → T(fill) = 0.75 / (1 - p)
    assert report.values["lead_time_expected"] == pytest.approx(0.75 / (1 - p))
    # the form is filled 1 / (1 - p) times, each a contact with the agent
    assert report.values["expected_customer_contacts"] == pytest.approx(1 / (1 - p))
    # the critical path walks the loop once: fill, check, end = 0.75 h
    assert report.values["lead_time_critical"] == pytest.approx(0.75)


def test_nested_loops():
    """start → a (1 h) → b (2 h) → inner? (p2 = 0.5 back to b) → outer? (p1 = 0.5 back to a)
    → end."""
    b = VersionBuilder("Nested")
    lane = b.lane("Back office", LaneKind.BACKSTAGE)
    a, bb = b.task(lane, "a", 1, unit="h"), b.task(lane, "b", 2, unit="h")
    inner, outer, end = b.decision(lane, "inner?"), b.decision(lane, "outer?"), b.end(lane)
    b.chain(b.start(lane), a, bb, inner)
    b.flow(inner, bb, "again", 0.5)
    b.flow(inner, outer, "on", 0.5)
    b.flow(outer, a, "again", 0.5)
    b.flow(outer, end, "done", 0.5)
    # T(b) = 2 / (1 - 0.5) + T(outer) = 4 + T(outer); T(outer) = 0.5 T(a);
    # T(a) = 1 + T(b) = 5 + 0.5 T(a) → T(a) = 10 h
    assert measure_version(b.build()).values["lead_time_expected"] == pytest.approx(10.0)


def _fork_and_join(join_kind: str = "parallel"):
    """start → fork → x (2 h) and y (3 h) → join → Confirms (C, 1 h) → Notes (Agent) → end"""
    b = VersionBuilder("Parallel")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    fork = b.parallel(agent, "fork")
    x, y = b.task(agent, "x", 2, unit="h"), b.task(agent, "y", 3, unit="h")
    join = b.parallel(customer, "join") if join_kind == "parallel" else b.task(customer, "merge")
    confirm = b.task(customer, "Confirms", 1, unit="h", value="value")
    note = b.task(agent, "Notes", 0)
    b.chain(b.start(agent), fork, x, join, confirm, note, b.end(agent))
    b.chain(fork, y, join)
    return b.build()


def test_parallel_block_counts_its_slowest_branch():
    report = measure_version(_fork_and_join())
    # max(2, 3) + 1 = 4 h, both expected and critical
    assert report.values["lead_time_expected"] == pytest.approx(4.0)
    assert report.values["lead_time_critical"] == pytest.approx(4.0)
    assert "lower bound" in report.notes["lead_time_expected"]
    # the join fires once for its two branches: Confirms → Notes is one contact per case
    assert report.values["expected_customer_contacts"] == pytest.approx(1.0)
    assert report.values["value_added_ratio"] == pytest.approx(1 / 4)


def test_two_branches_merging_into_a_task_run_what_follows_twice():
    # without a parallel join both branches carry on: Confirms is visited twice
    report = measure_version(_fork_and_join(join_kind="task"))
    assert report.values["expected_customer_contacts"] == pytest.approx(2.0)


def test_fork_inside_a_loop():
    """start → a (1 h) → fork → b (2 h) → check? ; fork → c (5 h) → end2;
    check? → 0.5 back to a, 0.5 → end1."""
    b = VersionBuilder("Fork in a loop")
    lane = b.lane("Back office", LaneKind.BACKSTAGE)
    a, fork = b.task(lane, "a", 1, unit="h"), b.parallel(lane, "fork")
    bb, c = b.task(lane, "b", 2, unit="h"), b.task(lane, "c", 5, unit="h")
    check = b.decision(lane, "check?")
    b.chain(b.start(lane), a, fork, bb, check)
    b.chain(fork, c, b.end(lane))
    b.flow(check, a, "again", 0.5)
    b.flow(check, b.end(lane), "done", 0.5)
    # T(fork) = max(T(b), T(c)) = max(2 + 0.5 T(a), 5); T(a) = 1 + T(fork).
    # Taking c: T(a) = 6, then T(b) = 5 → not slower than c, so c it is: T(a) = 6 h.
    assert measure_version(b.build()).values["lead_time_expected"] == pytest.approx(6.0)


def test_fork_inside_a_loop_where_the_loop_branch_is_slower():
    b = VersionBuilder("Fork in a loop")
    lane = b.lane("Back office", LaneKind.BACKSTAGE)
    a, fork = b.task(lane, "a", 1, unit="h"), b.parallel(lane, "fork")
    bb, c = b.task(lane, "b", 4, unit="h"), b.task(lane, "c", 1, unit="h")
    check = b.decision(lane, "check?")
    b.chain(b.start(lane), a, fork, bb, check)
    b.chain(fork, c, b.end(lane))
    b.flow(check, a, "again", 0.5)
    b.flow(check, b.end(lane), "done", 0.5)
    # Taking b: T(a) = 1 + 4 + 0.5 T(a) → T(a) = 10, T(b) = 9 > T(c) = 1: b it is.
    assert measure_version(b.build()).values["lead_time_expected"] == pytest.approx(10.0)


def test_several_starts_are_averaged_and_the_critical_path_takes_the_longest():
    b = VersionBuilder("Two channels")
    lane = b.lane("Agent", LaneKind.FRONTSTAGE)
    end = b.end(lane)
    b.chain(b.start(lane, "Phone"), b.task(lane, "Answer the phone", 1, unit="h"), end)
    b.chain(b.start(lane, "Email"), b.task(lane, "Answer the email", 3, unit="h"), end)
    got = measure_version(b.build()).values
    assert got["lead_time_expected"] == pytest.approx(2.0)  # (1 + 3) / 2
    assert got["lead_time_critical"] == pytest.approx(3.0)


# ---------------------------------------------------------------- probabilities


def _decision(probabilities):
    """start → choose (decision) → one branch per probability, branch i takes i + 1 hours."""
    b = VersionBuilder("Branches")
    lane = b.lane("Agent", LaneKind.FRONTSTAGE)
    choose, end = b.decision(lane, "Which way?"), b.end(lane)
    b.chain(b.start(lane), choose)
    for i, p in enumerate(probabilities):
        step = b.task(lane, f"way {i + 1}", i + 1, unit="h")
        b.flow(choose, step, f"way {i + 1}", p)
        b.flow(step, end)
    return b.build()


@pytest.mark.parametrize(
    ("probabilities", "expected"),
    [
        ((0.25, 0.75), 0.25 * 1 + 0.75 * 2),  # 1.75
        ((None, None), 0.5 * 1 + 0.5 * 2),  # all unset: equal split, 1.5
        ((0.5, None, None), 0.5 * 1 + 0.25 * 2 + 0.25 * 3),  # rest shared: 1.75
        ((1.0, None), 1.0),  # the unset branch gets the 0 left over
    ],
)
def test_decision_probabilities(probabilities, expected):
    report = measure_version(_decision(probabilities))
    assert report.values["lead_time_expected"] == pytest.approx(expected)
    if None in probabilities:
        assert "Assumed" in report.notes["lead_time_expected"]


@pytest.mark.parametrize(
    "probabilities", [(0.5, 0.6), (0.2, 0.2), (0.7, 0.6, None), (-0.1, 1.1), (float("nan"), 1.0)]
)
def test_wrong_probabilities_give_no_expected_figures(probabilities):
    report = measure_version(_decision(probabilities))
    for key in EXPECTED_KEYS:
        assert report.values[key] is None
        assert "'Which way?'" in report.notes[key]
    # the critical path does not depend on probabilities: way 2 or 3 is still there
    assert report.values["lead_time_critical"] == pytest.approx(len(probabilities))


# ---------------------------------------------------------- cases that never end


def test_a_reachable_dead_end_gives_no_expected_figures():
    b = VersionBuilder("Dead end")
    lane = b.lane("Agent", LaneKind.FRONTSTAGE)
    choose = b.decision(lane, "Escalate?")
    stuck = b.task(lane, "Waits for a manager", 1, unit="h")
    b.chain(b.start(lane), choose)
    b.flow(choose, b.end(lane), "no", 0.9)
    b.flow(choose, stuck, "yes", 0.1)
    report = measure_version(b.build())
    for key in EXPECTED_KEYS:
        assert report.values[key] is None
        assert "'Waits for a manager'" in report.notes[key]
    assert report.values["lead_time_critical"] == 0.0  # start → decision → end


def test_a_dead_end_on_a_branch_never_taken_does_not_matter():
    b = VersionBuilder("Never taken")
    lane = b.lane("Agent", LaneKind.FRONTSTAGE)
    choose = b.decision(lane, "Escalate?")
    b.chain(b.start(lane), choose)
    b.flow(choose, b.end(lane), "no", 1.0)
    b.flow(choose, b.task(lane, "Waits for a manager", 1, unit="h"), "yes", 0.0)
    assert measure_version(b.build()).values["lead_time_expected"] == 0.0


def test_a_loop_never_left_gives_no_expected_figures():
    b = VersionBuilder("Endless")
    lane = b.lane("Agent", LaneKind.FRONTSTAGE)
    work, check = b.task(lane, "Works", 1, unit="h"), b.decision(lane, "Done?")
    b.chain(b.start(lane), work, check)
    b.flow(check, work, "no", 1.0)
    b.flow(check, b.end(lane), "yes", 0.0)
    report = measure_version(b.build())
    assert report.values["lead_time_expected"] is None
    assert "no way out" in report.notes["lead_time_expected"]
    assert report.values["lead_time_critical"] == pytest.approx(1.0)


def test_no_start_and_no_path_to_an_end():
    b = VersionBuilder("Broken")
    lane = b.lane("Agent", LaneKind.FRONTSTAGE)
    b.chain(b.task(lane, "Works", 1), b.end(lane))
    report = measure_version(b.build())
    assert report.values["lead_time_expected"] is None
    assert report.values["lead_time_critical"] is None
    assert "no start" in report.notes["lead_time_critical"]

    b = VersionBuilder("Nowhere")
    lane = b.lane("Agent", LaneKind.FRONTSTAGE)
    b.chain(b.start(lane), b.task(lane, "Works", 1))
    report = measure_version(b.build())
    assert report.values["lead_time_critical"] is None
    assert "No path" in report.notes["lead_time_critical"]


def test_a_flow_to_a_missing_step_is_left_out():
    version = _decision((0.5, 0.5))
    version.flows["fx"] = Flow("fx", "n2", "ghost", probability=0.0)
    # the broken flow is not a branch: 0.5 * 1 + 0.5 * 2
    assert measure_version(version).values["lead_time_expected"] == pytest.approx(1.5)
