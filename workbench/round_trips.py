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

A consultation (an owner hands the case to a collaborator's step whose only way out is
straight back to the owner's lane) counts once, as the honest cost of consulting: its
answer always, its question never, however often the owner has consulted before.
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
    questions, answers = _consultations(graph, lanes)
    found = []
    for flow, source, target in zip(graph.flows, graph.sources, graph.targets, strict=True):
        lane = lanes[target]
        if lanes[source] == lane or customer[source] or customer[target]:
            continue  # not a hand-off
        if flow.id in questions:
            continue
        if flow.id in answers:
            found.append(flow)
            continue
        if not reached_by[component[source]] >> lane & 1:
            continue
        if component[source] != component[target] or _lane_reaches_avoiding(
            graph, lanes, lane, source, target
        ):
            found.append(flow)
    return found


def _consultations(graph: FlowGraph, lanes: list[int]) -> tuple[set[str], set[str]]:
    """Ids of the flows that ask a collaborator and of those that bring its answer back.

    Hand-offs are labelled in the order cases meet them (breadth first from the starts), so
    in a ping-pong A→B→A→B→A the owner is the lane that had the case first: A asks twice
    and B answers twice, rather than B's answer being read as B asking A.
    """
    consulted = bytearray(len(lanes))
    questions: set[str] = set()
    answers: set[str] = set()
    customer, targets, flows = graph.customer, graph.targets, graph.flows
    for source in _breadth_first(graph):
        if customer[source]:
            continue
        lane = lanes[source]
        for edge in graph.edges_from(source):
            target = targets[edge]
            if lanes[target] == lane or customer[target]:
                continue
            if consulted[source]:
                answers.add(flows[edge].id)
            elif _answers_straight_back(graph, lanes, target, lane):
                consulted[target] = 1
                questions.add(flows[edge].id)
    return questions, answers


def _answers_straight_back(graph: FlowGraph, lanes: list[int], step: int, lane: int) -> bool:
    """Does every flow out of `step` go to `lane` (and is there one)?"""
    onward = graph.succ[step]
    return bool(onward) and all(lanes[w] == lane for w in onward)


def _breadth_first(graph: FlowGraph) -> list[int]:
    """Every step, those reached from the starts first, in the order cases meet them."""
    seen = bytearray(len(graph.ids))
    order: list[int] = []
    for seed in [*graph.starts, *range(len(graph.ids))]:
        if seen[seed]:
            continue
        seen[seed] = 1
        order.append(seed)
        queue = deque([seed])
        while queue:
            for other in graph.succ[queue.popleft()]:
                if not seen[other]:
                    seen[other] = 1
                    order.append(other)
                    queue.append(other)
    return order


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
