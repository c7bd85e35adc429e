"""The loop solver against plain dense Gaussian elimination, on hand systems and random ones,
and the expected figures of random flows against one dense solve over the whole flow."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.workbench.random_flows import flows
from workbench.branching import branch_shares
from workbench.expected import expected_case
from workbench.flowgraph import FlowGraph
from workbench.loop_solver import solve_linear_component
from workbench.model import NodeKind


def dense_solve(names, constant, terms):
    """x = c + A x by Gauss-Jordan on the full matrix: slow, obvious, independent."""
    index = {name: i for i, name in enumerate(names)}
    size = len(names)
    rows = []
    for name in names:
        row = [0.0] * size + [constant[name]]
        row[index[name]] += 1.0
        for other, weight in terms[name]:
            row[index[other]] -= weight
        rows.append(row)
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(size):
            if r != col and rows[r][col]:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return {name: rows[index[name]][size] / rows[index[name]][index[name]] for name in names}


def test_one_step_loop():
    # x = 1 + 0.5 x → x = 2
    assert solve_linear_component(["a"], {"a": 1.0}, {"a": [("a", 0.5)]}) == {"a": 2.0}


def test_two_step_loop():
    # a = 1 + b; b = 2 + 0.25 a → a = 3 + 0.25 a → a = 4, b = 3
    got = solve_linear_component(
        ["a", "b"], {"a": 1.0, "b": 2.0}, {"a": [("b", 1.0)], "b": [("a", 0.25)]}
    )
    assert got == pytest.approx({"a": 4.0, "b": 3.0})


@pytest.mark.parametrize("weight", [1.0, 2.0])
def test_a_loop_never_left_has_no_solution(weight):
    terms = {"a": [("b", 1.0)], "b": [("a", weight)]}
    assert solve_linear_component(["a", "b"], {"a": 1.0, "b": 2.0}, terms) is None


@st.composite
def systems(draw):
    """A random sparse system with positive weights and every row summing below 1."""
    size = draw(st.integers(1, 9))
    names = [f"x{i}" for i in range(size)]
    constant = {name: draw(st.floats(0, 10)) for name in names}
    terms = {}
    for name in names:
        others = draw(st.lists(st.sampled_from(names), max_size=4, unique=True))
        weights = [draw(st.floats(0.01, 1)) for _ in others]
        scale = draw(st.floats(0.05, 0.99)) / max(1.0, sum(weights))
        terms[name] = [(other, w * scale) for other, w in zip(others, weights, strict=True)]
    return names, constant, terms


@settings(max_examples=300, deadline=None)
@given(systems(), st.randoms())
def test_matches_dense_elimination_whatever_the_order(system, random):
    names, constant, terms = system
    random.shuffle(names)  # the depth-first order must not matter
    got = solve_linear_component(names, constant, terms)
    assert got == pytest.approx(dense_solve(names, constant, terms), rel=1e-7, abs=1e-7)


@settings(max_examples=200, deadline=None)
@given(flows(forks=False))
def test_expected_figures_of_a_flow_match_one_dense_solve(version):
    """Without forks both figures are linear over the whole flow: T = d + P T for the time
    to end, V = entry + P^T V for the visits."""
    graph = FlowGraph(version)
    branching = branch_shares(graph)
    case = expected_case(graph, branching)
    names = list(version.nodes)
    out_terms = {n: [] for n in names}
    in_terms = {n: [] for n in names}
    for flow in graph.flows:
        share = branching.of(flow)
        if share > 0 and graph.nodes[flow.source].kind is not NodeKind.END:
            out_terms[flow.source].append((flow.target, share))
            in_terms[flow.target].append((flow.source, share))
    hours = {n: version.nodes[n].duration_hours() for n in names}
    entry = {n: float(version.nodes[n].kind is NodeKind.START) for n in names}
    time_to_end = dense_solve(names, hours, out_terms)
    visits = dense_solve(names, entry, in_terms)
    start = graph.ids[graph.starts[0]]
    assert case.lead_time == pytest.approx(time_to_end[start], rel=1e-7, abs=1e-7)
    assert case.visits == pytest.approx(visits, rel=1e-7, abs=1e-7)
