"""A version compiled for simulation: every step and flow as NumPy arrays, checked first.

The simulation reads the model exactly as the exact measures do (`FlowGraph`,
`branch_shares`, `counted_class`): a decision sends each case down one branch by its
probability, any other step with several flows out starts parallel branches, a parallel
step with several flows in waits for all of them. Unlike the measures it assumes nothing:
a step without a duration or a decision branch without a probability stops it with a
message that names them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from workbench.branching import branch_shares
from workbench.expected import expected_case
from workbench.flowgraph import FlowGraph
from workbench.i18n import Joined, Msg
from workbench.measures import counted_class
from workbench.model import HOURS_PER_UNIT, Node, NodeKind, TimeUnit, ValueClass, WasteKind
from workbench.simulation import messages
from workbench.simulation.settings import RangeShape, SimulationSettings

FIXED, TRIANGULAR, PERT = 0, 1, 2
NAMED_AT_MOST = 5
_TIMED = (NodeKind.TASK, NodeKind.WAIT)


class SimulationError(ValueError):
    """The flow or the settings cannot be simulated; the message says what and where."""


@dataclass
class Plan:
    graph: FlowGraph
    lo: np.ndarray  # hours, by step position
    mode: np.ndarray
    hi: np.ndarray
    shape: np.ndarray  # FIXED / TRIANGULAR / PERT
    alpha: np.ndarray  # PERT's beta parameters
    beta: np.ndarray
    working: np.ndarray  # the step's duration is working time (calendar on, not a customer lane)
    lane: np.ndarray  # lane number of each step
    lane_ids: list[str]
    waiting: np.ndarray  # the customer waits here (waste of kind waiting, as the measures say)
    end: np.ndarray
    decision: np.ndarray
    out_start: np.ndarray  # the flows out of step v are out_flows[out_start[v]:out_start[v+1]]
    out_flows: np.ndarray
    flow_target: np.ndarray
    flow_contact: np.ndarray
    decision_rank: np.ndarray  # -1 or the decision's number, for `branch_keys`
    branch_keys: np.ndarray  # 2 * rank + cumulative share, one per branch, sorted
    branch_flows: np.ndarray  # the flow of each key
    join_slot: np.ndarray  # -1 or the join's number
    join_need: np.ndarray  # branches each join waits for
    starts: np.ndarray
    single_flow: np.ndarray  # the one flow out of v, or -1 (an end, a decision, a fork)
    has_waiting: bool

    @property
    def count(self) -> int:
        return len(self.lo)


def compile_plan(graph: FlowGraph, settings: SimulationSettings) -> Plan:
    _require_runnable(graph)
    branching = branch_shares(graph)
    count = len(graph.ids)
    lo, mode, hi = np.zeros(count), np.zeros(count), np.zeros(count)
    shape = np.zeros(count, dtype=np.int8)
    calendar = settings.calendar
    working = np.zeros(count, dtype=bool)
    ranged = PERT if settings.range_shape is RangeShape.PERT else TRIANGULAR
    waiting = np.zeros(count, dtype=bool)
    for i, node_id in enumerate(graph.ids):
        node = graph.nodes[node_id]
        working[i] = calendar.enabled and not graph.customer[i]
        lo[i], mode[i], hi[i] = _hours(node, working[i], settings)
        shape[i] = FIXED if hi[i] <= lo[i] else ranged
        if graph.customer[i]:
            value_class, kind = counted_class(node)
            waiting[i] = value_class is ValueClass.WASTE and kind is WasteKind.WAITING
    width = np.where(hi > lo, hi - lo, 1.0)
    alpha = 1.0 + 4.0 * (mode - lo) / width
    beta = 1.0 + 4.0 * (hi - mode) / width
    lane_ids = sorted(set(graph.lane_ids))
    lane_number = {lane: n for n, lane in enumerate(lane_ids)}
    sources = np.asarray(graph.sources, dtype=np.int64)
    order = np.argsort(sources, kind="stable")
    out_start = np.zeros(count + 1, dtype=np.int64)
    np.add.at(out_start, sources + 1, 1)
    out_start = np.cumsum(out_start)
    kinds = graph.kinds
    end = np.array([k is NodeKind.END for k in kinds], dtype=bool)
    decision = np.array([k is NodeKind.DECISION for k in kinds], dtype=bool)
    plan = Plan(
        graph=graph,
        lo=lo,
        mode=mode,
        hi=hi,
        shape=shape,
        alpha=alpha,
        beta=beta,
        working=working,
        lane=np.array([lane_number[lane] for lane in graph.lane_ids], dtype=np.int64),
        lane_ids=lane_ids,
        waiting=waiting,
        end=end,
        decision=decision,
        out_start=out_start,
        out_flows=order.astype(np.int64),
        flow_target=np.asarray(graph.targets, dtype=np.int64),
        flow_contact=np.zeros(len(graph.flows), dtype=bool),
        decision_rank=np.full(count, -1, dtype=np.int64),
        branch_keys=np.zeros(0),
        branch_flows=np.zeros(0, dtype=np.int64),
        join_slot=np.full(count, -1, dtype=np.int64),
        join_need=np.zeros(0, dtype=np.int64),
        starts=np.asarray(graph.starts, dtype=np.int64),
        single_flow=np.full(count, -1, dtype=np.int64),
        has_waiting=bool(waiting.any()),
    )
    one_way = (np.diff(out_start) == 1) & ~end
    plan.single_flow[one_way] = order[out_start[:-1][one_way]]
    plan.flow_contact[graph.contact_edges] = True
    _branches(plan, branching.share)
    _joins(plan, branching.share)
    return plan


def _require_runnable(graph: FlowGraph) -> None:
    if not graph.starts:
        raise SimulationError(Msg(messages.NO_START))
    untimed = [
        i
        for i, kind in enumerate(graph.kinds)
        if kind in _TIMED and graph.nodes[graph.ids[i]].duration is None
    ]
    if untimed:
        raise SimulationError(
            Msg(messages.MISSING_DURATIONS, count=len(untimed), steps=_named(graph, untimed))
        )
    unsplit = [
        v
        for v, flows in graph.decision_flows.items()
        if len(flows) > 1 and any(f.probability is None for f in flows)
    ]
    if unsplit:
        raise SimulationError(
            Msg(
                messages.MISSING_PROBABILITIES,
                count=len(unsplit),
                steps=_named(graph, sorted(unsplit)),
            )
        )
    branching = branch_shares(graph)
    if branching.problems:
        problem = next(iter(branching.problems.values()))
        raise SimulationError(Msg(messages.BAD_PROBABILITIES, problem=problem))
    case = expected_case(graph, branching)
    if case.unavailable:
        raise SimulationError(Msg(messages.NOT_RUNNABLE, reason=case.unavailable))


def _named(graph: FlowGraph, positions: list[int]) -> Msg:
    shown = Joined([graph.describe(graph.ids[v]) for v in positions[:NAMED_AT_MOST]])
    if len(positions) > NAMED_AT_MOST:
        return Msg(messages.MORE_STEPS, shown=shown, more=len(positions) - NAMED_AT_MOST)
    return shown


def _hours(node: Node, working: bool, settings: SimulationSettings) -> tuple[float, float, float]:
    """(minimum, most likely, maximum) in hours; in working hours for a working-time step,
    where a day is one working day and a week the working days of one week."""
    d = node.duration
    if d is None:
        return 0.0, 0.0, 0.0
    scale = HOURS_PER_UNIT[d.unit]
    if working and d.unit in (TimeUnit.DAYS, TimeUnit.WEEKS):
        calendar = settings.calendar
        scale = calendar.day_end - calendar.day_start
        if d.unit is TimeUnit.WEEKS:
            scale *= len(calendar.weekdays)
    most_likely = d.expected * scale
    low = d.minimum * scale if d.minimum is not None else most_likely
    high = d.maximum * scale if d.maximum is not None else most_likely
    return low, most_likely, high


def _branches(plan: Plan, share: dict[str, float]) -> None:
    """One sorted key per decision branch, so a single `searchsorted` picks every case's
    branch: the key is 2 x the decision's rank plus the cumulative share up to the branch."""
    graph = plan.graph
    keys: list[float] = []
    flows: list[int] = []
    number = {id(f): k for k, f in enumerate(graph.flows)}
    rank = 0
    for v in range(plan.count):
        if not plan.decision[v] or plan.out_start[v + 1] - plan.out_start[v] < 2:
            continue
        plan.decision_rank[v] = rank
        running = 0.0
        branches = graph.flows_from(v)
        for position, flow in enumerate(branches):
            running += share.get(flow.id, 1.0)
            last = position == len(branches) - 1
            keys.append(2.0 * rank + (1.5 if last else running))
            flows.append(number[id(flow)])
        rank += 1
    plan.branch_keys = np.asarray(keys)
    plan.branch_flows = np.asarray(flows, dtype=np.int64)


def _joins(plan: Plan, share: dict[str, float]) -> None:
    """A parallel step with several flows in that cases can take waits for all of them."""
    graph = plan.graph
    arriving = np.zeros(plan.count, dtype=np.int64)
    for flow, source, target in zip(graph.flows, graph.sources, graph.targets, strict=True):
        if not plan.end[source] and share.get(flow.id, 1.0) > 0:
            arriving[target] += 1
    needs = []
    for v, kind in enumerate(graph.kinds):
        if kind is NodeKind.PARALLEL and arriving[v] > 1:
            plan.join_slot[v] = len(needs)
            needs.append(arriving[v])
    plan.join_need = np.asarray(needs, dtype=np.int64)
