"""The critical lead time: the longest path of step durations from a start to an end that
visits each step at most once, so it shows the flow without rework.

Outside loops this is the longest path of a DAG, one pass over the flow's strongly connected
components (sinks first). Inside a loop every way through is tried, from each step where
cases enter the loop to each flow that leaves it, never visiting a step twice: a rework
branch that only leads back is therefore never on the path (going through it means
repeating steps), while a step that some cases meet for the first time inside a loop is. A
parallel block needs no special case: its slowest branch is on the longest path.

Trying every way through is exponential in the worst case, so it has a budget; a flow
whose loops are too tangled for it falls back to one depth-first walk that drops the flows
leading back into a step still being explored. That path too visits each step at most
once, but need not be the longest one, and `approximate` says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.flowgraph import FlowGraph, strongly_connected_components
from workbench.i18n import Msg
from workbench.model import NodeKind

BUDGET = 50_000  # steps tried inside loops, all loops together


@dataclass(frozen=True)
class CriticalPath:
    hours: float | None
    steps: tuple[str, ...] = ()
    has_loop: bool = False
    unavailable: str | None = None
    approximate: bool = False


class _TooTangled(Exception):
    pass


def critical_lead_time(graph: FlowGraph) -> CriticalPath:
    """Longest start-to-end path visiting each step at most once, in hours, and its steps."""
    if not graph.starts:
        return CriticalPath(None, unavailable=Msg("The flow has no start."))
    is_end = [kind is NodeKind.END for kind in graph.kinds]
    succ = [[] if end else onward for end, onward in zip(is_end, graph.succ, strict=True)]
    components = (
        graph.components
        if not any(graph.succ[v] for v in graph.ends)
        else strongly_connected_components(succ)
    )
    reached = graph.reached_from_starts
    has_loop = any(_is_loop(m, succ) and reached[m[0]] for m in components)
    try:
        return _exact(graph, succ, is_end, components, has_loop)
    except _TooTangled:
        return _one_walk(graph, succ, is_end)


def _is_loop(members: list[int], succ: list[list[int]]) -> bool:
    return len(members) > 1 or members[0] in succ[members[0]]


def _no_path(has_loop: bool) -> CriticalPath:
    reason = Msg("No path leads from a start to an end.")
    return CriticalPath(None, has_loop=has_loop, unavailable=reason)


def _exact(
    graph: FlowGraph,
    succ: list[list[int]],
    is_end: list[bool],
    components: list[list[int]],
    has_loop: bool,
) -> CriticalPath:
    hours = graph.hours
    longest: list[float | None] = [None] * len(hours)
    route: list[tuple[int, ...]] = [()] * len(hours)  # v, the steps after it, ending outside
    budget = [BUDGET]
    owner = [0] * len(hours)
    for number, members in enumerate(components):
        for v in members:
            owner[v] = number
    for number, members in enumerate(components):  # sinks first
        if not _is_loop(members, succ):
            v = members[0]
            if is_end[v]:
                longest[v], route[v] = hours[v], (v,)
                continue
            best = max(
                (w for w in succ[v] if longest[w] is not None),
                key=longest.__getitem__,
                default=None,
            )
            if best is not None:
                longest[v], route[v] = hours[v] + longest[best], (v, best)
            continue
        for v in members:
            if v in graph.starts or any(owner[u] != number for u in graph.pred[v]):
                found = _through_loop(v, number, owner, succ, hours, longest, budget)
                if found is not None:
                    longest[v], route[v] = found
    finished = [(longest[s], -s) for s in graph.starts if longest[s] is not None]
    if not finished:
        return _no_path(has_loop)
    total, first = max(finished)
    return CriticalPath(total, _steps(graph, -first, route, is_end), has_loop)


def _through_loop(
    entry: int,
    number: int,
    owner: list[int],
    succ: list[list[int]],
    hours: list[float],
    longest: list[float | None],
    budget: list[int],
) -> tuple[float, tuple[int, ...]] | None:
    """The longest way from `entry` through its loop and out, visiting no step twice:
    (hours to an end, the loop's steps walked, then the first step after the loop)."""
    best: tuple[float, tuple[int, ...]] | None = None
    path = [entry]
    on_path = {entry}
    spent = [hours[entry]]
    work = [iter(succ[entry])]
    while work:
        step = next(work[-1], None)
        if step is None:
            work.pop()
            on_path.discard(path.pop())
            spent.pop()
            continue
        if owner[step] != number:
            after = longest[step]
            if after is not None and (best is None or spent[-1] + after > best[0]):
                best = (spent[-1] + after, (*path, step))
            continue
        if step in on_path:
            continue  # going round again would be rework
        budget[0] -= 1
        if budget[0] < 0:
            raise _TooTangled
        path.append(step)
        on_path.add(step)
        spent.append(spent[-1] + hours[step])
        work.append(iter(succ[step]))
    return best


def _steps(
    graph: FlowGraph, first: int, route: list[tuple[int, ...]], is_end: list[bool]
) -> tuple[str, ...]:
    steps = [first]
    while not is_end[steps[-1]]:
        steps.extend(route[steps[-1]][1:])
    return tuple(graph.ids[v] for v in steps)


def _one_walk(graph: FlowGraph, succ: list[list[int]], is_end: list[bool]) -> CriticalPath:
    """The fallback: the longest path once the flows leading back into a step still being
    explored by a depth-first walk from the starts are dropped."""
    hours = graph.hours
    longest: list[float | None] = [None] * len(hours)
    best_next = [-1] * len(hours)
    state = bytearray(len(hours))  # 1 = being explored, 2 = done
    for start in graph.starts:
        if state[start]:
            continue
        state[start] = 1
        work = [(start, iter(succ[start]))]
        while work:
            node, rest = work[-1]
            for other in rest:
                if not state[other]:
                    state[other] = 1
                    work.append((other, iter(succ[other])))
                    break
            else:
                work.pop()
                state[node] = 2
                longest[node] = _settle(node, succ, hours, is_end, longest, best_next, state)
    finished = [(longest[s], -s) for s in graph.starts if longest[s] is not None]
    if not finished:
        return _no_path(True)
    total, first = max(finished)
    steps = [-first]
    while best_next[steps[-1]] >= 0:
        steps.append(best_next[steps[-1]])
    return CriticalPath(total, tuple(graph.ids[v] for v in steps), True, approximate=True)


def _settle(
    node: int,
    succ: list[list[int]],
    hours: list[float],
    is_end: list[bool],
    longest: list[float | None],
    best_next: list[int],
    state: bytearray,
) -> float | None:
    """A step's longest time to an end, once it is finished: every successor along a forward
    edge is finished too, and one still being explored lies on a back edge (not followed)."""
    if is_end[node]:
        return hours[node]
    best = None
    for other in succ[node]:
        if (
            state[other] == 2
            and longest[other] is not None
            and (best is None or longest[other] > best)
        ):
            best, best_next[node] = longest[other], other
    return None if best is None else hours[node] + best
