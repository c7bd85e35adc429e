"""One version's flow as adjacency lists, built once per analysis.

The measures and the checks both ask "what follows this step?", "which lane is it in?",
"can it reach an end?" thousands of times on a large flow; scanning `version.flows` for each
answer would be quadratic. A `FlowGraph` answers each in constant or linear time, and keeps
what it computed (reachability, strongly connected components) for the next question.

Inside, steps are numbered 0..n-1 in the version's order and the adjacency is lists of
numbers: on a 10,000-step flow that is markedly faster, and scales better, than dictionaries
keyed by id. The `*_of`/`outgoing`/`describe` methods speak ids for the checks.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from functools import cached_property

from workbench.i18n import Msg
from workbench.model import AttachmentKind, Flow, LaneKind, Node, NodeKind, Version

Adjacency = list[list[int]]


class FlowGraph:
    """The flows of one version between steps that exist; flows with a missing end are kept
    aside in `broken_flows` so that a damaged file is reported, not analysed wrongly."""

    def __init__(self, version: Version) -> None:
        self.version = version
        self._described: dict[str, Msg] = {}
        self.nodes: dict[str, Node] = version.nodes
        self.lanes = version.lanes_by_id()
        self.customer_lanes = {
            lane_id for lane_id, lane in self.lanes.items() if lane.kind is LaneKind.CUSTOMER
        }
        self.ids: list[str] = list(self.nodes)
        self.index: dict[str, int] = {node_id: i for i, node_id in enumerate(self.ids)}
        count = len(self.ids)
        self.kinds: list[NodeKind] = [None] * count  # type: ignore[list-item]
        self.lane_ids: list[str] = [""] * count
        self.customer: list[bool] = [False] * count
        customer_lanes = self.customer_lanes
        for i, node in enumerate(self.nodes.values()):  # one pass: each step is read once
            self.kinds[i] = node.kind
            self.lane_ids[i] = node.lane
            self.customer[i] = node.lane in customer_lanes
        self.succ: Adjacency = [[] for _ in range(count)]
        self.pred: Adjacency = [[] for _ in range(count)]
        self.flows: list[Flow] = []
        self.sources: list[int] = []  # of each of `flows`, by position
        self.targets: list[int] = []
        self.broken_flows: list[Flow] = []
        index = self.index
        for flow in version.flows.values():
            source, target = index.get(flow.source), index.get(flow.target)
            if source is None or target is None:
                self.broken_flows.append(flow)
                continue
            self.flows.append(flow)
            self.sources.append(source)
            self.targets.append(target)
            self.succ[source].append(target)
            self.pred[target].append(source)
        # positions, like everything indexed by step here; `ids[i]` gives the step's id
        self.starts = [i for i, kind in enumerate(self.kinds) if kind is NodeKind.START]
        self.ends = [i for i, kind in enumerate(self.kinds) if kind is NodeKind.END]

    @cached_property
    def hours(self) -> list[float]:
        """Each step's duration in hours, by position: the measures need it, the checks not."""
        return [node.duration_hours() for node in self.nodes.values()]

    # ------------------------------------------------------------ by id, for checks

    def outgoing(self, node_id: str) -> list[Flow]:
        return self.flows_from(self.index[node_id])

    def incoming(self, node_id: str) -> list[Flow]:
        order, start = self._by_target
        position = self.index[node_id]
        return [self.flows[k] for k in order[start[position] : start[position + 1]]]

    def lane_of(self, node_id: str) -> str:
        return self.nodes[node_id].lane

    def lane_kind(self, node_id: str) -> LaneKind | None:
        lane = self.lanes.get(self.nodes[node_id].lane)
        return lane.kind if lane is not None else None

    def flows_from(self, position: int) -> list[Flow]:
        """The flows out of a step, in the version's order (the order of `succ`)."""
        if self.kinds[position] is NodeKind.DECISION:
            return self.decision_flows.get(position, [])
        order, start = self._by_source
        return [self.flows[k] for k in order[start[position] : start[position + 1]]]

    def edges_from(self, position: int) -> list[int]:
        """The numbers (positions in `flows`) of the flows out of a step, in the version's
        order: for loops that need only ends and ids, without making Flow lists."""
        order, start = self._by_source
        return order[start[position] : start[position + 1]]

    @cached_property
    def decision_flows(self) -> dict[int, list[Flow]]:
        """The branches of each decision, in the version's order (the order of `succ`):
        the analysis needs them for decisions only, so only those are gathered."""
        branches: dict[int, list[Flow]] = {}
        kinds, decision = self.kinds, NodeKind.DECISION
        for flow, source in zip(self.flows, self.sources, strict=True):
            if kinds[source] is decision:
                branches.setdefault(source, []).append(flow)
        return branches

    @cached_property
    def _by_source(self) -> tuple[list[int], list[int]]:
        return _grouped(self.sources, len(self.ids))

    @cached_property
    def _by_target(self) -> tuple[list[int], list[int]]:
        return _grouped(self.targets, len(self.ids))

    @cached_property
    def interaction_edges(self) -> list[int]:
        """Numbers (into `flows`) of the flows that cross the line of interaction."""
        customer = self.customer
        return [
            k
            for k, (s, t) in enumerate(zip(self.sources, self.targets, strict=True))
            if customer[s] != customer[t]
        ]

    @cached_property
    def interactions_without_kpi(self) -> list[int]:
        """Numbers of the interactions no KPI is attached to: the checks report them, the
        readiness rules count them."""
        bound = {
            kpi.attached_to.ref
            for kpi in self.version.kpis.values()
            if kpi.attached_to.kind is AttachmentKind.INTERACTION
        }
        flows = self.flows
        return [k for k in self.interaction_edges if flows[k].id not in bound]

    @cached_property
    def contact_edges(self) -> list[int]:
        """Numbers of the interactions the customer starts.

        A customer step reached only from the role it then answers (the department calls,
        the customer tells it what is needed) is a reply inside that role's contact, not a
        time the customer has to reach out.
        """
        customer, sources, targets, lanes = self.customer, self.sources, self.targets, self.lane_ids
        order, start = self._by_target
        contacts = []
        for k in self.interaction_edges:
            source = sources[k]
            if not customer[source]:
                continue
            callers = {lanes[sources[j]] for j in order[start[source] : start[source + 1]]}
            if callers == {lanes[targets[k]]}:
                continue
            contacts.append(k)
        return contacts

    @cached_property
    def hand_off_edges(self) -> list[int]:
        """Numbers of the flows between two different non-customer lanes."""
        customer, lanes = self.customer, self.lane_ids
        return [
            k
            for k, (s, t) in enumerate(zip(self.sources, self.targets, strict=True))
            if lanes[s] != lanes[t] and not customer[s] and not customer[t]
        ]

    def is_reached_from_a_start(self, node_id: str) -> bool:
        return bool(self.reached_from_starts[self.index[node_id]])

    # --------------------------------------------------------------- reachability

    @cached_property
    def reached_from_starts(self) -> bytearray:
        """1 for each step some start reaches (the starts included), by position."""
        return search(self.starts, self.succ)

    @cached_property
    def components(self) -> list[list[int]]:
        """Strongly connected components over all flows, each before any that reaches it."""
        return strongly_connected_components(self.succ)

    @cached_property
    def component_of(self) -> list[int]:
        owner = [0] * len(self.ids)
        for number, members in enumerate(self.components):
            for member in members:
                owner[member] = number
        return owner

    # ------------------------------------------------------------------ wording

    def describe(self, node_id: str) -> Msg:
        """How a finding names a step: its label and lane, or its kind and id when unlabelled.
        Made once per step: a step at many interactions is named in many findings."""
        described = self._described.get(node_id)
        if described is None:
            described = self._described[node_id] = self._describe(node_id)
        return described

    def _describe(self, node_id: str) -> Msg:
        node = self.nodes[node_id]
        lane = self.lanes.get(node.lane)
        label = node.label.strip()
        if label:
            if lane is None:
                return Msg("'{label}'", label=label)
            return Msg("'{label}' in lane '{lane}'", label=label, lane=lane.name)
        kind = NODE_KIND_WORDS[node.kind]
        if lane is None:
            return Msg("the unlabelled {kind} {id}", kind=kind, id=node.id)
        return Msg("the unlabelled {kind} {id} in lane '{lane}'", kind=kind, id=node.id,
                   lane=lane.name)

    def describe_flow(self, flow: Flow) -> Msg:
        source, target = self.describe(flow.source), self.describe(flow.target)
        if flow.label.strip():
            return Msg("the flow ('{label}') from {source} to {target}",
                       label=flow.label.strip(), source=source, target=target)
        return Msg("the flow from {source} to {target}", source=source, target=target)


NODE_KIND_WORDS = {
    NodeKind.START: Msg("start"),
    NodeKind.END: Msg("end"),
    NodeKind.TASK: Msg("task"),
    NodeKind.DECISION: Msg("decision"),
    NodeKind.PARALLEL: Msg("parallel"),
    NodeKind.WAIT: Msg("wait"),
}


def _grouped(ends: list[int], count: int) -> tuple[list[int], list[int]]:
    """Flow numbers grouped by step, keeping their order (a counting sort): the flows of
    step v are order[start[v]:start[v + 1]]. Two flat lists instead of a list per step."""
    start = [0] * (count + 1)
    for end in ends:
        start[end + 1] += 1
    for v in range(count):
        start[v + 1] += start[v]
    order = [0] * len(ends)
    filled = start[:-1]
    for k, end in enumerate(ends):
        order[filled[end]] = k
        filled[end] += 1
    return order, start


def search(seeds: Iterable[int], adjacency: Adjacency, avoid: int = -1) -> bytearray:
    """Steps reachable from `seeds` (seeds included) along `adjacency`, never entering `avoid`."""
    seen = bytearray(len(adjacency))
    if avoid >= 0:
        seen[avoid] = 1
    queue = deque()
    for seed in seeds:
        if not seen[seed]:
            seen[seed] = 1
            queue.append(seed)
    while queue:
        for other in adjacency[queue.popleft()]:
            if not seen[other]:
                seen[other] = 1
                queue.append(other)
    if avoid >= 0:
        seen[avoid] = 0
    return seen


def strongly_connected_components(adjacency: Adjacency) -> list[list[int]]:
    """Tarjan's algorithm without recursion (a 10,000-step chain would overflow the stack).

    Components come out sinks first: every component is listed before the components that
    can reach it, which is the order a backward (time-to-end) computation needs. The walk
    keeps a cursor per step instead of an iterator object, which matters at 10,000 steps.
    """
    count = len(adjacency)
    order = [-1] * count  # discovery number, -1 = not yet seen
    low = [0] * count
    cursor = [0] * count  # how many of the step's successors have been looked at
    on_stack = bytearray(count)
    stack: list[int] = []
    components: list[list[int]] = []
    counter = 0
    for root in range(count):
        if order[root] >= 0:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = 1
        path = [root]
        while path:
            node = path[-1]
            children = adjacency[node]
            i = cursor[node]
            while i < len(children):
                child = children[i]
                i += 1
                if order[child] < 0:
                    order[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack[child] = 1
                    path.append(child)
                    break
                if on_stack[child] and order[child] < low[node]:
                    low[node] = order[child]
            cursor[node] = i
            if path[-1] != node:
                continue  # went down to a child
            path.pop()
            if path and low[node] < low[path[-1]]:
                low[path[-1]] = low[node]
            if low[node] == order[node]:
                members = []
                while True:
                    member = stack.pop()
                    on_stack[member] = 0
                    members.append(member)
                    if member == node:
                        break
                members.reverse()
                components.append(members)
    return components
