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
    longest: dict[str, float | None] = {}
    best_next: dict[str, str | None] = {}
    has_loop = False
    state: dict[str, int] = {}  # 1 = being explored, 2 = done
    for start in graph.starts:
        if start in state:
            continue
        state[start] = 1
        work = [(start, iter(_onward(graph, start)))]
        while work:
            node, rest = work[-1]
            for other in rest:
                seen = state.get(other)
                if seen is None:
                    state[other] = 1
                    work.append((other, iter(_onward(graph, other))))
                    break
                if seen == 1:
                    has_loop = True
            else:
                work.pop()
                state[node] = 2
                _settle(graph, node, longest, best_next, state)
    finished = [(longest[s], s) for s in graph.starts if longest[s] is not None]
    if not finished:
        return CriticalPath(
            None, has_loop=has_loop, unavailable="No path leads from a start to an end."
        )
    hours, first = max(finished)
    return CriticalPath(hours, _path(first, best_next), has_loop)


def _onward(graph: FlowGraph, node_id: str) -> list[str]:
    if graph.nodes[node_id].kind is NodeKind.END:
        return []
    return graph.successors(node_id)


def _settle(graph: FlowGraph, node_id: str, longest: dict, best_next: dict, state: dict) -> None:
    """Called when a step is finished: every successor along a forward edge is finished too,
    and a successor still being explored is a back edge (not followed)."""
    own = graph.nodes[node_id].duration_hours()
    best_next[node_id] = None
    if graph.nodes[node_id].kind is NodeKind.END:
        longest[node_id] = own
        return
    best: float | None = None
    for other in _onward(graph, node_id):
        if (
            state.get(other) == 2
            and longest.get(other) is not None
            and (best is None or longest[other] > best)
        ):
            best, best_next[node_id] = longest[other], other
    longest[node_id] = None if best is None else own + best


def _path(first: str, best_next: dict[str, str | None]) -> tuple[str, ...]:
    steps = [first]
    while (following := best_next.get(steps[-1])) is not None:
        steps.append(following)
    return tuple(steps)
