"""The critical lead time: the longest path of step durations from a start to an end.

Loops count once: a depth-first walk from the starts drops the flows that lead back into a
step still being explored (the back edges), which leaves a DAG whose longest path visits no
step twice. A rework branch that only leads back is therefore not on it (going through it
means repeating the steps it returns to); a parallel block needs no special case: its
slowest branch is on the longest path.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.flowgraph import FlowGraph
from workbench.model import NodeKind


@dataclass(frozen=True)
class CriticalPath:
    hours: float | None
    steps: tuple[str, ...] = ()
    has_loop: bool = False
    unavailable: str | None = None


def critical_lead_time(graph: FlowGraph) -> CriticalPath:
    """Longest start-to-end path with back edges removed, in hours, and its steps."""
    if not graph.starts:
        return CriticalPath(None, unavailable="The flow has no start.")
    hours = graph.hours
    is_end = [kind is NodeKind.END for kind in graph.kinds]
    longest: list[float | None] = [None] * len(hours)
    best_next = [-1] * len(hours)
    state = bytearray(len(hours))  # 1 = being explored, 2 = done
    has_loop = False
    for start in graph.starts:
        if state[start]:
            continue
        state[start] = 1
        work = [(start, iter(() if is_end[start] else graph.succ[start]))]
        while work:
            node, rest = work[-1]
            for other in rest:
                if not state[other]:
                    state[other] = 1
                    work.append((other, iter(() if is_end[other] else graph.succ[other])))
                    break
                if state[other] == 1:
                    has_loop = True  # a back edge: not followed
            else:
                work.pop()
                state[node] = 2
                longest[node] = _settle(graph, node, hours, is_end, longest, best_next, state)
    finished = [(longest[s], -s) for s in graph.starts if longest[s] is not None]
    if not finished:
        return CriticalPath(
            None, has_loop=has_loop, unavailable="No path leads from a start to an end."
        )
    total, first = max(finished)
    steps = [-first]
    while best_next[steps[-1]] >= 0:
        steps.append(best_next[steps[-1]])
    return CriticalPath(total, tuple(graph.ids[v] for v in steps), has_loop)


def _settle(
    graph: FlowGraph,
    node: int,
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
    for other in graph.succ[node]:
        if (
            state[other] == 2
            and longest[other] is not None
            and (best is None or longest[other] > best)
        ):
            best, best_next[node] = longest[other], other
    return None if best is None else hours[node] + best
