"""What an average case does: its expected time to finish and how often it visits each step.

The flow is read as a Markov chain whose ends absorb the case: a decision sends a share of
the cases down each branch; any other step with several outgoing flows is a parallel fork
(all branches run, the case waits for the slowest, so its expected time is a lower bound on
the true expected maximum); a parallel step with several incoming flows is a join.

Both figures are computed component by component over the flow's strongly connected
components (`loop_solver` handles loops), so the work stays near-linear in the flow's size.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from workbench.branching import Branching
from workbench.flowgraph import FlowGraph, strongly_connected_components
from workbench.loop_solver import solve_linear_component
from workbench.model import NodeKind

NEGATIVE = -1e-9
MAX_POLICY_ROUNDS = 100

Weighted = list[tuple[str, float]]


@dataclass
class ExpectedCase:
    """`lead_time` and `visits` are None together, with the reason in `unavailable`."""

    lead_time: float | None
    visits: dict[str, float] | None
    time_to_end: dict[str, float | None] = field(default_factory=dict)
    unavailable: str | None = None
    has_parallel_fork: bool = False


class _Paths:
    """The flows a case can actually take: shares above zero, nothing out of an end."""

    def __init__(self, graph: FlowGraph, branching: Branching) -> None:
        self.graph = graph
        self.out: dict[str, Weighted] = {node_id: [] for node_id in graph.nodes}
        self.into: dict[str, Weighted] = {node_id: [] for node_id in graph.nodes}
        for flow in graph.flows:
            share = branching.of(flow)
            if share > 0.0 and graph.nodes[flow.source].kind is not NodeKind.END:
                self.out[flow.source].append((flow.target, share))
                self.into[flow.target].append((flow.source, share))
        self.components = strongly_connected_components(
            graph.nodes, lambda v: [w for w, _ in self.out[v]]
        )

    def is_fork(self, node_id: str) -> bool:
        return (
            self.graph.nodes[node_id].kind is not NodeKind.DECISION and len(self.out[node_id]) > 1
        )

    def is_loop(self, members: list[str]) -> bool:
        return len(members) > 1 or any(w == members[0] for w, _ in self.out[members[0]])

    def hours(self, node_id: str) -> float:
        return self.graph.nodes[node_id].duration_hours()


def expected_case(graph: FlowGraph, branching: Branching) -> ExpectedCase:
    if branching.problems:
        first = next(iter(branching.problems.values()))
        return ExpectedCase(None, None, unavailable=f"{first}.")
    if not graph.starts:
        return ExpectedCase(None, None, unavailable="The flow has no start.")
    paths = _Paths(graph, branching)
    times, stuck = _time_to_end(paths)
    for start in graph.starts:
        if times[start] is None:
            return ExpectedCase(None, None, times, unavailable=stuck[start])
    visits = _visits(paths)
    if visits is None:
        return ExpectedCase(None, None, times, unavailable="A loop is entered but never left.")
    lead_time = sum(times[s] for s in graph.starts) / len(graph.starts)
    forks = any(paths.is_fork(v) for v, seen in visits.items() if seen > 0.0)
    return ExpectedCase(lead_time, visits, times, has_parallel_fork=forks)


# ------------------------------------------------------------------ time to end


def _time_to_end(paths: _Paths) -> tuple[dict[str, float | None], dict[str, str]]:
    """Expected hours from entering each step to the case's end; None where it never ends."""
    times: dict[str, float | None] = {}
    stuck: dict[str, str] = {}
    for members in paths.components:  # sinks first: successors are known
        if paths.is_loop(members):
            _loop_times(paths, members, times, stuck)
        else:
            _step_time(paths, members[0], times, stuck)
    return times, stuck


def _step_time(paths: _Paths, node_id: str, times: dict, stuck: dict) -> None:
    graph = paths.graph
    if graph.nodes[node_id].kind is NodeKind.END:
        times[node_id] = paths.hours(node_id)
        return
    onward = paths.out[node_id]
    if not onward:
        times[node_id] = None
        stuck[node_id] = f"Cases stop at {graph.describe(node_id)}: nothing leads on to an end."
        return
    for other, _ in onward:
        if times[other] is None:
            times[node_id] = None
            stuck[node_id] = stuck[other]
            return
    times[node_id] = _combine(paths, node_id, times)


def _combine(paths: _Paths, node_id: str, values: Mapping[str, float | None]) -> float:
    """A step's own time plus what follows: the branch average after a decision, the slowest
    branch after a fork."""
    onward = paths.out[node_id]
    if paths.graph.nodes[node_id].kind is NodeKind.DECISION:
        after = sum(share * values[other] for other, share in onward)
    else:
        after = max(values[other] for other, _ in onward)
    return paths.hours(node_id) + after


def _loop_times(paths: _Paths, members: list[str], times: dict, stuck: dict) -> None:
    graph = paths.graph
    inside = set(members)
    exits = [w for v in members for w, _ in paths.out[v] if w not in inside]
    reason = None
    if not exits:
        reason = f"The loop through {_names(graph, members)} has no way out to an end."
    for other in exits:
        if times[other] is None:
            reason = stuck[other]
            break
    solution = None
    if reason is None:
        solution = _loop_solution(paths, members, times)
        if solution is None:
            reason = f"The loop through {_names(graph, members)} never settles to a finite time."
    for v in members:
        times[v] = None if solution is None else solution[v]
        if solution is None:
            stuck[v] = reason


def _loop_solution(paths: _Paths, members: list[str], times: dict) -> dict | None:
    """Times inside one loop. Without forks it is one linear system. A fork takes its slowest
    branch, which is not linear: policy iteration fixes each fork's branch, solves the
    linear system, lets every fork switch to a branch that is now slower, and repeats until
    no fork switches (exact, and a handful of solves; value iteration needed hundreds of
    sweeps on a 2,000-step loop). A choice that makes the system singular means some case
    never finishes, and so does the slowest one."""
    inside = set(members)
    forks = [v for v in members if paths.is_fork(v)]
    choice = {v: max(paths.out[v], key=lambda o: times.get(o[0]) or 0.0)[0] for v in forks}
    for _ in range(MAX_POLICY_ROUNDS):
        solution = _linear_loop(paths, members, inside, times, choice)
        if solution is None:
            return None
        switched = False
        for v in forks:
            value = {w: solution[w] if w in inside else times[w] for w, _ in paths.out[v]}
            slowest = max(value, key=value.__getitem__)
            if value[slowest] > value[choice[v]] + 1e-9 * max(1.0, abs(value[choice[v]])):
                choice[v] = slowest
                switched = True
        if not switched:
            return solution
    return None


def _linear_loop(
    paths: _Paths, members: list[str], inside: set[str], times: dict, choice: dict[str, str]
) -> dict | None:
    """Solve the loop with each fork following the branch `choice` names."""
    constant: dict[str, float] = {}
    terms: dict[str, Weighted] = {}
    for v in members:
        constant[v] = paths.hours(v)
        terms[v] = []
        onward = [(choice[v], 1.0)] if v in choice else paths.out[v]
        for other, share in onward:
            if other in inside:
                terms[v].append((other, share))
            else:
                constant[v] += share * times[other]
    return solve_linear_component(members, constant, terms)


# ------------------------------------------------------------------------ visits


def _visits(paths: _Paths) -> dict[str, float] | None:
    """Expected visits to each step per case. A parallel join with k incoming flows fires
    once per k arriving branches, so it takes the mean of what flows in; that keeps the
    equations linear inside loops."""
    graph = paths.graph
    entry = 1.0 / len(graph.starts)
    visits: dict[str, float] = {}
    for members in reversed(paths.components):  # sources first: predecessors are known
        inside = set(members)
        constant: dict[str, float] = {}
        terms: dict[str, Weighted] = {}
        for w in members:
            factor = _join_factor(paths, w)
            constant[w] = entry if graph.nodes[w].kind is NodeKind.START else 0.0
            terms[w] = []
            for source, share in paths.into[w]:
                if source in inside:
                    terms[w].append((source, share * factor))
                else:
                    constant[w] += visits[source] * share * factor
        if not paths.is_loop(members):
            visits[members[0]] = constant[members[0]]
            continue
        leaves = any(w not in inside for v in members for w, _ in paths.out[v])
        if not leaves:
            if any(constant.values()):
                return None
            visits.update(dict.fromkeys(members, 0.0))
            continue
        solution = solve_linear_component(members, constant, terms)
        if solution is None or min(solution.values()) < NEGATIVE:
            return None
        visits.update({v: max(0.0, x) for v, x in solution.items()})
    return visits


def _join_factor(paths: _Paths, node_id: str) -> float:
    arriving = len(paths.into[node_id])
    if paths.graph.nodes[node_id].kind is NodeKind.PARALLEL and arriving > 1:
        return 1.0 / arriving
    return 1.0


def _names(graph: FlowGraph, members: list[str]) -> str:
    shown = ", ".join(graph.describe(v) for v in members[:3])
    return shown + (f" and {len(members) - 3} more steps" if len(members) > 3 else "")
