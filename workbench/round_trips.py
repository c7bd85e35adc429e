"""Round trips (折返跑): hand-offs that bring the work back to a lane it already visited.

A hand-off u→v (lanes A≠B, neither a customer lane) is a round trip when some other step x
of lane B can reach u without passing through v. Checking that by a search per hand-off
would be quadratic on a large flow, so:

- if v cannot reach u (they lie in different strongly connected components), no path into
  u can pass through v, and the question is just "can any step of lane B reach u?". One
  pass over the components, sources first, gives every step the set of lanes that reach it
  (a bit mask per component), which answers that for all hand-offs at once;
- only inside a loop (v can reach u) is the exact search avoiding v needed; it walks
  backwards from u and stops at the first step of lane B.
"""

from __future__ import annotations

from collections import deque

from workbench.flowgraph import FlowGraph
from workbench.model import Flow


def round_trips(graph: FlowGraph) -> list[Flow]:
    component = graph.component_of
    lane_number: dict[str, int] = {}
    lanes = [lane_number.setdefault(lane, len(lane_number)) for lane in graph.lane_ids]
    reached_by = _lanes_reaching(graph, lanes)
    customer = graph.customer
    found = []
    for flow, source, target in zip(graph.flows, graph.sources, graph.targets, strict=True):
        lane = lanes[target]
        if lanes[source] == lane or customer[source] or customer[target]:
            continue  # not a hand-off
        if not reached_by[component[source]] >> lane & 1:
            continue
        if component[source] != component[target] or _lane_reaches_avoiding(
            graph, lanes, lane, source, target
        ):
            found.append(flow)
    return found


def _lanes_reaching(graph: FlowGraph, lanes: list[int]) -> list[int]:
    """For each component, the lanes (as bits) of every step that can reach it."""
    component = graph.component_of
    masks = [0] * len(graph.components)
    for number in range(len(graph.components) - 1, -1, -1):  # sources first
        mask = 0
        for member in graph.components[number]:
            mask |= 1 << lanes[member]
            for before in graph.pred[member]:
                mask |= masks[component[before]]
        masks[number] = mask
    return masks


def _lane_reaches_avoiding(
    graph: FlowGraph, lanes: list[int], lane: int, target: int, avoid: int
) -> bool:
    """Does a step of `lane` other than `avoid` reach `target` without passing `avoid`?"""
    seen = {target, avoid}
    queue = deque([target])
    while queue:
        for source in graph.pred[queue.popleft()]:
            if source in seen:
                continue
            if lanes[source] == lane:
                return True
            seen.add(source)
            queue.append(source)
    return False
