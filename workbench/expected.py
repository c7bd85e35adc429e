"""What an average case does: its expected time to finish and how often it visits each step.

The flow is read as a Markov chain whose ends absorb the case: a decision sends a share of
the cases down each branch; any other step with several outgoing flows is a parallel fork
(all branches run, the case waits for the slowest, so its expected time is a lower bound on
the true expected maximum); a parallel step with several incoming flows is a join.

Both figures are computed component by component over the flow's strongly connected
components (`loop_solver` handles loops), so the work stays near-linear in the flow's size.
Steps are handled by position (see `FlowGraph`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.branching import Branching
from workbench.flowgraph import FlowGraph, strongly_connected_components
from workbench.i18n import Joined, Msg
from workbench.loop_solver import solve_linear_component
from workbench.model import NodeKind

NEGATIVE = -1e-9
MAX_POLICY_ROUNDS = 100

Weighted = list[tuple[int, float]]


@dataclass
class ExpectedCase:
    """`lead_time` (hours) and `visits` (per step id) are None together, with the reason in
    `unavailable`."""

    lead_time: float | None
    visits: dict[str, float] | None
    unavailable: str | None = None
    has_parallel_fork: bool = False


class _Paths:
    """The flows a case can actually take: nothing out of an end, no branch of share zero.

    Usually that is every flow, so the graph's own adjacency is shared, not copied; only a
    decision keeps its branches' shares, aligned with `out[v]`.
    """

    def __init__(self, graph: FlowGraph, branching: Branching) -> None:
        self.graph = graph
        self.hours = graph.hours
        self.decision = [kind is NodeKind.DECISION for kind in graph.kinds]
        self.out: list[list[int]] = graph.succ
        self.share: dict[int, list[float]] = {}
        for v, kind in enumerate(graph.kinds):
            if not graph.succ[v]:
                continue
            if kind is NodeKind.END:
                self._replace(v, [])
            elif kind is NodeKind.DECISION:
                shares = [branching.of(flow) for flow in graph.flows_from(v)]
                if all(shares):
                    self.share[v] = shares
                else:
                    kept = [(w, p) for w, p in zip(graph.succ[v], shares, strict=True) if p > 0]
                    self._replace(v, [w for w, _ in kept])
                    self.share[v] = [p for _, p in kept]
        if self.out is graph.succ:
            self.components = graph.components
        else:
            self.components = strongly_connected_components(self.out)
        self.loop = [len(m) > 1 or m[0] in self.out[m[0]] for m in self.components]

    def _replace(self, v: int, onward: list[int]) -> None:
        if self.out is self.graph.succ:
            self.out = list(self.out)  # copy the outer list once, before the first change
        self.out[v] = onward

    def weighted(self, v: int) -> Iterable[tuple[int, float]]:
        """(next step, share of the cases at v that go there)."""
        if v in self.share:
            return zip(self.out[v], self.share[v], strict=True)
        return ((w, 1.0) for w in self.out[v])

    def is_fork(self, v: int) -> bool:
        return not self.decision[v] and len(self.out[v]) > 1


def expected_case(graph: FlowGraph, branching: Branching) -> ExpectedCase:
    if branching.problems:
        first = next(iter(branching.problems.values()))
        return ExpectedCase(None, None, unavailable=Msg("{problem}.", problem=first))
    if not graph.starts:
        return ExpectedCase(None, None, unavailable=Msg("The flow has no start."))
    paths = _Paths(graph, branching)
    times, stuck = _time_to_end(paths)
    for start in graph.starts:
        if times[start] is None:
            return ExpectedCase(None, None, unavailable=stuck[start])
    visits = _visits(paths)
    if visits is None:
        return ExpectedCase(None, None, unavailable=Msg("A loop is entered but never left."))
    lead_time = sum(times[s] for s in graph.starts) / len(graph.starts)
    forks = any(seen > 0.0 and paths.is_fork(v) for v, seen in enumerate(visits))
    by_id = dict(zip(graph.ids, visits, strict=True))
    return ExpectedCase(lead_time, by_id, has_parallel_fork=forks)


# ------------------------------------------------------------------ time to end


def _time_to_end(paths: _Paths) -> tuple[list[float | None], dict[int, str]]:
    """Expected hours from entering each step to the case's end; None where it never ends."""
    times: list[float | None] = [None] * len(paths.out)
    stuck: dict[int, str] = {}
    out, hours, decision = paths.out, paths.hours, paths.decision
    for members, is_loop in zip(paths.components, paths.loop, strict=True):  # sinks first
        v = members[0]
        if is_loop:
            _loop_times(paths, members, times, stuck)
        elif len(out[v]) == 1 and not decision[v] and times[out[v][0]] is not None:
            times[v] = hours[v] + times[out[v][0]]  # the common case: one step after another
        else:
            _step_time(paths, v, times, stuck)
    return times, stuck


def _step_time(paths: _Paths, v: int, times: list[float | None], stuck: dict[int, str]) -> None:
    graph = paths.graph
    if graph.kinds[v] is NodeKind.END:
        times[v] = paths.hours[v]
        return
    onward = paths.out[v]
    if not onward:
        stuck[v] = Msg("Cases stop at {step}: nothing leads on to an end.",
                       step=graph.describe(graph.ids[v]))
        return
    for other in onward:
        if times[other] is None:
            stuck[v] = stuck[other]
            return
    times[v] = _combine(paths, v, times)


def _combine(paths: _Paths, v: int, values: Sequence[float | None]) -> float:
    """A step's own time plus what follows: the branch average after a decision, the slowest
    branch after a fork."""
    if paths.decision[v]:
        after = sum(share * values[other] for other, share in paths.weighted(v))
    else:
        after = max(values[other] for other in paths.out[v])
    return paths.hours[v] + after


def _loop_times(
    paths: _Paths, members: list[int], times: list[float | None], stuck: dict[int, str]
) -> None:
    inside = set(members)
    exits = [w for v in members for w in paths.out[v] if w not in inside]
    reason = None
    if not exits:
        reason = Msg("The loop through {steps} has no way out to an end.",
                     steps=_names(paths.graph, members))
    for other in exits:
        if times[other] is None:
            reason = stuck[other]
            break
    if reason is None:
        solution = _loop_solution(paths, members, inside, times)
        if solution is not None:
            for v in members:
                times[v] = solution[v]
            return
        reason = Msg("The loop through {steps} never settles to a finite time.",
                     steps=_names(paths.graph, members))
    for v in members:
        stuck[v] = reason


def _loop_solution(
    paths: _Paths, members: list[int], inside: set[int], times: list[float | None]
) -> dict[int, float] | None:
    """Times inside one loop. Without forks it is one linear system. A fork takes its slowest
    branch, which is not linear: policy iteration fixes each fork's branch, solves the
    linear system, lets every fork switch to a branch that is now slower, and repeats until
    no fork switches (exact, and a handful of solves; value iteration needed hundreds of
    sweeps on a 2,000-step loop). A choice that makes the system singular means some case
    never finishes, and so does the slowest one."""
    forks = [v for v in members if paths.is_fork(v)]

    def first_guess(w: int) -> float:  # known time after the loop, else the branch's first step
        return times[w] if times[w] is not None else paths.hours[w]

    choice = {v: max(paths.out[v], key=first_guess) for v in forks}
    for _ in range(MAX_POLICY_ROUNDS):
        solution = _linear_loop(paths, members, inside, times, choice)
        if solution is None or not forks:
            return solution
        switched = False
        for v in forks:
            value = {w: solution[w] if w in inside else times[w] for w in paths.out[v]}
            slowest = max(value, key=value.__getitem__)
            if value[slowest] > value[choice[v]] + 1e-9 * max(1.0, abs(value[choice[v]])):
                choice[v] = slowest
                switched = True
        if not switched:
            return solution
    return None


def _linear_loop(
    paths: _Paths,
    members: list[int],
    inside: set[int],
    times: list[float | None],
    choice: dict[int, int],
) -> dict[int, float] | None:
    """Solve the loop with each fork following the branch `choice` names."""
    constant: dict[int, float] = {}
    terms: dict[int, Weighted] = {}
    for v in members:
        value = paths.hours[v]
        own: Weighted = []
        for other, share in [(choice[v], 1.0)] if v in choice else paths.weighted(v):
            if other in inside:
                own.append((other, share))
            else:
                value += share * times[other]
        constant[v], terms[v] = value, own
    return solve_linear_component(members, constant, terms)


# ------------------------------------------------------------------------ visits


def _visits(paths: _Paths) -> list[float] | None:
    """Expected visits to each step per case, pushed forward component by component (sources
    first). A parallel join with k incoming flows fires once per k arriving branches, so it
    takes the mean of what flows in; that keeps the equations linear inside loops."""
    graph = paths.graph
    count = len(paths.out)
    arriving = [0] * count
    for onward in paths.out:
        for w in onward:
            arriving[w] += 1
    factor = [
        1.0 / arriving[w] if kind is NodeKind.PARALLEL and arriving[w] > 1 else 1.0
        for w, kind in enumerate(graph.kinds)
    ]
    inflow = [0.0] * count  # what finished predecessors sent, share-weighted
    for start in graph.starts:  # each start takes its share of the cases, never averaged
        inflow[start] += 1.0 / len(graph.starts) / factor[start]
    visits = [0.0] * count
    out, share = paths.out, paths.share
    for number in range(len(paths.components) - 1, -1, -1):  # sources first
        members = paths.components[number]
        if paths.loop[number]:
            if not _loop_visits(paths, members, inflow, factor, visits):
                return None
        else:
            visits[members[0]] = inflow[members[0]] * factor[members[0]]
        for v in members:
            seen = visits[v]
            if not seen:
                continue
            if v in share:
                for w, p in zip(out[v], share[v], strict=True):
                    inflow[w] += seen * p
            else:
                for w in out[v]:
                    inflow[w] += seen
    return visits


def _loop_visits(
    paths: _Paths,
    members: list[int],
    inflow: list[float],
    factor: list[float],
    visits: list[float],
) -> bool:
    """Visits inside one loop; False when cases enter it and never leave."""
    inside = set(members)
    constant = {w: inflow[w] * factor[w] for w in members}
    terms: dict[int, Weighted] = {w: [] for w in members}
    leaves = False
    for v in members:
        for w, share in paths.weighted(v):
            if w in inside:
                terms[w].append((v, share * factor[w]))
            else:
                leaves = True
    if not any(constant.values()):
        return True  # never entered: no visits
    if not leaves:
        return False
    solution = solve_linear_component(members, constant, terms)
    if solution is None or min(solution.values()) < NEGATIVE:
        return False
    for v, x in solution.items():
        visits[v] = max(0.0, x)
    return True


def _names(graph: FlowGraph, members: list[int]) -> Msg:
    shown = Joined([graph.describe(graph.ids[v]) for v in members[:3]])
    if len(members) > 3:
        return Msg("{steps} and {more} more steps", steps=shown, more=len(members) - 3)
    return shown
