"""The steps where the organisation speaks to the customer: the ones whose script (话术)
a workshop reviews."""

from __future__ import annotations

from collections import deque

from workbench.model import LaneKind, Node, NodeKind, Version
from workbench.topology import customer_lane_ids, interactions


def customer_facing_steps(version: Version) -> list[Node]:
    """Tasks of the organisation the customer deals with: each non-customer task at an end
    of a touchpoint, and each frontstage task with a script (what is said to the customer
    on a call the diagram draws as one step); in the order a case meets them (breadth first
    from the starts), then any the starts do not reach."""
    customer = customer_lane_ids(version)
    frontstage = {lane.id for lane in version.lanes if lane.kind is LaneKind.FRONTSTAGE}
    touching = {end for flow in interactions(version) for end in (flow.source, flow.target)}
    chosen = {
        node.id
        for node in version.nodes.values()
        if node.kind is NodeKind.TASK
        and node.lane not in customer
        and (node.id in touching or (node.lane in frontstage and node.script.strip()))
    }
    return [version.nodes[i] for i in _case_order(version) if i in chosen]


def _case_order(version: Version) -> list[str]:
    following: dict[str, list[str]] = {}
    for flow in version.flows.values():
        following.setdefault(flow.source, []).append(flow.target)
    starts = [n.id for n in version.nodes.values() if n.kind is NodeKind.START]
    seen = dict.fromkeys(starts)
    queue = deque(starts)
    while queue:
        for target in following.get(queue.popleft(), []):
            if target not in seen and target in version.nodes:
                seen[target] = None
                queue.append(target)
    seen.update(dict.fromkeys(version.nodes))
    return list(seen)
