"""One version's flow as adjacency lists, built once per analysis.

The measures and the checks both ask "what follows this step?", "which lane is it in?",
"can it reach an end?" thousands of times on a large flow; scanning `version.flows` for each
answer would be quadratic. A `FlowGraph` answers each in constant or linear time, and keeps
what it computed (reachability, strongly connected components) for the next question.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property

from workbench.model import Flow, LaneKind, Node, NodeKind, Version


class FlowGraph:
    """The flows of one version between steps that exist; flows with a missing end are kept
    aside in `broken_flows` so that a damaged file is reported, not analysed wrongly."""

    def __init__(self, version: Version) -> None:
        self.version = version
        self.nodes: dict[str, Node] = version.nodes
        self.lanes = version.lanes_by_id()
        self.customer_lanes = {
            lid for lid, lane in self.lanes.items() if lane.kind is LaneKind.CUSTOMER
        }
        self.out_flows: dict[str, list[Flow]] = {node_id: [] for node_id in self.nodes}
        self.in_flows: dict[str, list[Flow]] = {node_id: [] for node_id in self.nodes}
        self.flows: list[Flow] = []
        self.broken_flows: list[Flow] = []
        for flow in version.flows.values():
            if flow.source in self.nodes and flow.target in self.nodes:
                self.flows.append(flow)
                self.out_flows[flow.source].append(flow)
                self.in_flows[flow.target].append(flow)
            else:
                self.broken_flows.append(flow)
        self.succ: dict[str, list[str]] = {
            node_id: [f.target for f in flows] for node_id, flows in self.out_flows.items()
        }
        self.pred: dict[str, list[str]] = {
            node_id: [f.source for f in flows] for node_id, flows in self.in_flows.items()
        }
        self.starts = [n.id for n in self.nodes.values() if n.kind is NodeKind.START]
        self.ends = [n.id for n in self.nodes.values() if n.kind is NodeKind.END]

    # ------------------------------------------------------------ lanes and sides

    def lane_of(self, node_id: str) -> str:
        return self.nodes[node_id].lane

    def is_customer(self, node_id: str) -> bool:
        return self.nodes[node_id].lane in self.customer_lanes

    def lane_kind(self, node_id: str) -> LaneKind | None:
        lane = self.lanes.get(self.nodes[node_id].lane)
        return lane.kind if lane is not None else None

    def is_interaction(self, flow: Flow) -> bool:
        return self.is_customer(flow.source) != self.is_customer(flow.target)

    def is_customer_contact(self, flow: Flow) -> bool:
        return self.is_customer(flow.source) and not self.is_customer(flow.target)

    def is_hand_off(self, flow: Flow) -> bool:
        source_lane, target_lane = self.lane_of(flow.source), self.lane_of(flow.target)
        return (
            source_lane != target_lane
            and source_lane not in self.customer_lanes
            and target_lane not in self.customer_lanes
        )

    def successors(self, node_id: str) -> list[str]:
        """The steps that follow; the list is shared, do not change it."""
        return self.succ[node_id]

    def predecessors(self, node_id: str) -> list[str]:
        return self.pred[node_id]

    # --------------------------------------------------------------- reachability

    def reachable(self, sources: Iterable[str], avoid: str | None = None) -> set[str]:
        """Steps reachable from `sources` along flows (sources included), never entering `avoid`."""
        return _search(sources, self.succ, avoid)

    def reaching(self, targets: Iterable[str], avoid: str | None = None) -> set[str]:
        """Steps from which one of `targets` can be reached (targets included)."""
        return _search(targets, self.pred, avoid)

    @cached_property
    def reachable_from_starts(self) -> set[str]:
        return self.reachable(self.starts)

    @cached_property
    def reaching_an_end(self) -> set[str]:
        return self.reaching(self.ends)

    @cached_property
    def components(self) -> list[list[str]]:
        """Strongly connected components over all flows, each before any that reaches it."""
        return strongly_connected_components(self.nodes, self.succ.__getitem__)

    @cached_property
    def component_of(self) -> dict[str, int]:
        return {
            node_id: index for index, members in enumerate(self.components) for node_id in members
        }

    # ------------------------------------------------------------------ wording

    def describe(self, node_id: str) -> str:
        """How a finding names a step: its label and lane, or its kind and id when unlabelled."""
        node = self.nodes[node_id]
        lane = self.lanes.get(node.lane)
        where = f" in lane '{lane.name}'" if lane is not None else ""
        if node.label.strip():
            return f"'{node.label.strip()}'{where}"
        return f"the unlabelled {node.kind.value} {node.id}{where}"

    def describe_flow(self, flow: Flow) -> str:
        label = f" ('{flow.label.strip()}')" if flow.label.strip() else ""
        return f"the flow{label} from {self.describe(flow.source)} to {self.describe(flow.target)}"


def _search(
    seeds: Iterable[str], neighbours: Mapping[str, list[str]], avoid: str | None
) -> set[str]:
    queue = deque({seed for seed in seeds if seed != avoid})
    seen = set(queue)
    if avoid is not None:
        seen.add(avoid)  # never entered
    while queue:
        for other in neighbours[queue.popleft()]:
            if other not in seen:
                seen.add(other)
                queue.append(other)
    seen.discard(avoid)
    return seen


def strongly_connected_components(
    node_ids: Iterable[str], successors: Callable[[str], Iterable[str]]
) -> list[list[str]]:
    """Tarjan's algorithm without recursion (a 10,000-step chain would overflow the stack).

    Components come out sinks first: every component is listed before the components that
    can reach it, which is the order a backward (time-to-end) computation needs.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in node_ids:
        if root in index:
            continue
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(successors(root)))]
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(successors(child))))
                    advanced = True
                    break
                if child in on_stack and index[child] < low[node]:
                    low[node] = index[child]
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                if low[node] < low[parent]:
                    low[parent] = low[node]
            if low[node] == index[node]:
                members = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    members.append(member)
                    if member == node:
                        break
                members.reverse()
                components.append(members)
    return components
