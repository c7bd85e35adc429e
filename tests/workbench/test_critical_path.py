"""The critical path: the longest way from a start to an end that visits each step at most
once (the flow without rework), found exactly however the flow's loops are drawn."""

import math

import pytest
from hypothesis import given, settings

from tests.workbench.random_flows import flows
from workbench.builder import VersionBuilder
from workbench.critical_path import BUDGET, critical_lead_time
from workbench.flowgraph import FlowGraph
from workbench.measures import measure_version
from workbench.model import LaneKind, NodeKind


def _form_on_file():
    """Hours. start → Form on file? (Agent decision, 0) → yes 0.5 → Checks the form
    (Agent, 1) → Approved? (Agent decision, 0.5) → ok 0.8 → end; → redo 0.2 → Fills in
    the form (C, 10) → back to Checks the form. Form on file? → no 0.5 → Fills in the form.

    For a customer without a form on file, filling it in is the first visit, not rework.
    """
    b = VersionBuilder("Form")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    on_file = b.decision(agent, "Form on file?", 0)
    check = b.task(agent, "Checks the form", 1, unit="h")
    approved = b.decision(agent, "Approved?", 0.5, unit="h")
    fill = b.task(customer, "Fills in the form", 10, unit="h", value="necessary")
    end = b.end(customer)
    b.chain(b.start(customer), on_file)
    b.flow(on_file, check, "yes", 0.5)  # drawn first: a walk meets the loop from here
    b.flow(on_file, fill, "no", 0.5)
    b.chain(check, approved)
    b.flow(approved, end, "ok", 0.8)
    b.flow(approved, fill, "redo", 0.2)
    b.flow(fill, check)
    return b.build(), (on_file, check, approved, fill, end)


def test_a_first_visit_inside_a_loop_is_on_the_critical_path():
    version, (on_file, check, approved, fill, end) = _form_on_file()
    report = measure_version(version)
    # no form on file: Fills 10 + Checks 1 + Approved? 0.5 = 11.5 h, each step once; a walk
    # that meets the loop through "yes" first took Fills for rework and found only 1.5 h
    assert report.values["lead_time_critical"] == pytest.approx(11.5)
    path = critical_lead_time(FlowGraph(version))
    assert path.steps[1:] == (on_file, fill, check, approved, end)
    assert not path.approximate
    assert "too tangled" not in report.notes["lead_time_critical"]


def _longest_simple_path(version) -> float | None:
    """Every path from a start to an end that visits no step twice, tried one by one."""
    graph = FlowGraph(version)
    best = None

    def walk(v: int, hours: float, seen: set[int]) -> None:
        nonlocal best
        hours += graph.hours[v]
        if graph.kinds[v] is NodeKind.END:
            best = hours if best is None else max(best, hours)
            return
        for w in graph.succ[v]:
            if w not in seen:
                walk(w, hours, seen | {w})

    for start in graph.starts:
        walk(start, 0.0, {start})
    return best


@settings(max_examples=300, deadline=None)
@given(flows())
def test_the_critical_path_is_the_longest_path_visiting_each_step_once(version):
    want = _longest_simple_path(version)
    got = measure_version(version).values["lead_time_critical"]
    assert got == pytest.approx(want)


def test_a_tangle_too_large_to_try_every_way_gives_a_path_and_says_so():
    """A loop where every step leads to every other: n! ways through it."""
    b = VersionBuilder("Tangle")
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    steps = [b.task(agent, f"Step {i}", i + 1) for i in range(12)]
    for i, a in enumerate(steps):
        for c in steps[i + 1 :] + steps[:i]:
            b.flow(a, c)
    b.chain(b.start(agent), steps[0])
    b.flow(steps[-1], b.end(agent))
    assert math.factorial(10) > BUDGET
    report = measure_version(b.build())
    # one walk still finds a path from the start to the end, each step at most once
    assert report.values["lead_time_critical"] is not None
    assert report.values["lead_time_critical"] <= sum(range(1, 13))
    assert "too tangled" in report.notes["lead_time_critical"]
