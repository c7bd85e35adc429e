"""What happens after a step, for many cases at once: the branch each case takes, parallel
branches started and joined, and what the run counts on the way (ends, contacts, customer
wait, work per lane, the moments that time-limit KPIs look at).

A token is one case at one step: arrays `case`, `node`, `time` (clock hours at which the
case arrives at the step). Both engines (without and with queues) move tokens through here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from workbench.simulation.plan import Plan

Progress = Callable[[float], bool]  # given the share done, returns False to cancel


class SimulationCancelled(Exception):
    pass


@dataclass
class Tally:
    """Per-case and per-lane figures gathered during a run."""

    cases: int
    steps: int
    lanes: int
    marks: int  # how many steps or flows time-limit KPIs look at
    finish: np.ndarray = field(init=False)
    wait: np.ndarray = field(init=False)
    queued: np.ndarray = field(init=False)
    contacts: np.ndarray = field(init=False)
    node_work: np.ndarray = field(init=False)
    node_visits: np.ndarray = field(init=False)
    head_visits: np.ndarray = field(init=False)  # visits to the heads of runs of steps
    lane_queued: np.ndarray = field(init=False)
    last_pass: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        n = self.cases
        self.finish = np.full(n, -np.inf)
        self.wait = np.zeros(n)
        self.queued = np.zeros(n)
        self.contacts = np.zeros(n, dtype=np.int64)
        self.node_work = np.zeros(self.steps)
        self.node_visits = np.zeros(self.steps, dtype=np.int64)
        self.head_visits = np.zeros(self.steps, dtype=np.int64)
        self.lane_queued = np.zeros(self.lanes)
        self.last_pass = np.full((self.marks, n), np.nan)


@dataclass
class Marks:
    """Steps and flows whose last passing time per case a time-limit KPI needs."""

    node_slot: np.ndarray  # by step position: -1 or the mark's row in `Tally.last_pass`
    flow_slot: np.ndarray  # by flow number

    @cached_property
    def any_node(self) -> bool:
        return bool((self.node_slot >= 0).any())

    @cached_property
    def any_flow(self) -> bool:
        return bool((self.flow_slot >= 0).any())

    @property
    def count(self) -> int:
        return int(max(self.node_slot.max(initial=-1), self.flow_slot.max(initial=-1)) + 1)


class Router:
    def __init__(self, plan: Plan, marks: Marks, tally: Tally, rng: np.random.Generator):
        self.plan, self.marks, self.tally, self.rng = plan, marks, tally, rng
        joins = len(plan.join_need)
        self.join_count = np.zeros(tally.cases * joins, dtype=np.int64)
        self.join_time = np.full(tally.cases * joins, -np.inf)
        self.join_last = np.zeros(tally.cases * joins, dtype=np.int64)

    def count_work(self, case: np.ndarray, node: np.ndarray, hours: np.ndarray) -> None:
        plan, tally = self.plan, self.tally
        tally.node_work += np.bincount(node, weights=hours, minlength=plan.count)
        tally.node_visits += np.bincount(node, minlength=plan.count)
        if plan.has_waiting:
            waiting = plan.waiting[node]
            if waiting.any():
                tally.wait += np.bincount(
                    case[waiting], weights=hours[waiting], minlength=tally.cases
                )

    def route(
        self, case: np.ndarray, node: np.ndarray, finish: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Send each case on from the step it has just finished; returns the next tokens."""
        plan, tally, marks = self.plan, self.tally, self.marks
        if marks.any_node:
            slot = marks.node_slot[node]
            marked = slot >= 0
            if marked.any():
                np.fmax.at(tally.last_pass, (slot[marked], case[marked]), finish[marked])
        ended = plan.end[node]
        if ended.any():
            np.maximum.at(tally.finish, case[ended], finish[ended])
            going = ~ended
            case, node, finish = case[going], node[going], finish[going]
        flow, parent = self._choose(node)
        if parent is not None:
            case, finish = case[parent], finish[parent]
        contact = plan.flow_contact[flow]
        if contact.any():
            tally.contacts += np.bincount(case[contact], minlength=tally.cases)
        if marks.any_flow:
            slot = marks.flow_slot[flow]
            marked = slot >= 0
            if marked.any():
                np.fmax.at(tally.last_pass, (slot[marked], case[marked]), finish[marked])
        return self._join(case, plan.flow_target[flow], finish)

    def _choose(self, node: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """The flow each token takes (one per decision token, all of them after a fork) and
        the token it came from (None: the tokens in order, one flow each)."""
        plan = self.plan
        flow = plan.single_flow[node]
        several = flow < 0
        if not several.any():
            return flow, None
        rank = plan.decision_rank[node]
        deciding = rank >= 0
        if deciding.any():
            chosen = np.flatnonzero(deciding)
            flow[chosen] = self._branch(rank[chosen])
            several &= ~deciding
            if not several.any():
                return flow, None
        one = np.flatnonzero(~several)
        forks = np.flatnonzero(several)
        first = plan.out_start[node[forks]]
        width = plan.out_start[node[forks] + 1] - first
        parent = np.repeat(forks, width)
        offsets = np.arange(parent.size) - np.repeat(np.cumsum(width) - width, width)
        fork_flows = plan.out_flows[np.repeat(first, width) + offsets]
        return np.concatenate([flow[one], fork_flows]), np.concatenate([one, parent])

    def _branch(self, rank: np.ndarray) -> np.ndarray:
        keys = 2.0 * rank + self.rng.random(rank.size)
        return self.plan.branch_flows[np.searchsorted(self.plan.branch_keys, keys, side="right")]

    def _join(
        self, case: np.ndarray, node: np.ndarray, time: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Tokens arriving at a parallel join wait there; the last branch in releases one
        token at the time the slowest arrived."""
        slot = self.plan.join_slot[node]
        joining = slot >= 0
        if not joining.any():
            return case, node, time
        joins = len(self.plan.join_need)
        key = case[joining] * joins + slot[joining]
        arrived = time[joining]
        self.join_last[key] = np.arange(key.size)  # one token per key survives: the last
        last = self.join_last[key] == np.arange(key.size)
        if last.all():  # the usual case: one branch of a case arrives per round
            self.join_count[key] += 1
            np.maximum(self.join_time[key], arrived, out=arrived)
            self.join_time[key] = arrived
        else:
            np.add.at(self.join_count, key, 1)
            np.maximum.at(self.join_time, key, arrived)
            key = key[last]
        ready = key[self.join_count[key] >= self.plan.join_need[key % joins]]
        released_time = self.join_time[ready]
        self.join_count[ready] -= self.plan.join_need[ready % joins]
        self.join_time[ready] = -np.inf
        join_nodes = np.flatnonzero(self.plan.join_slot >= 0)
        keep = ~joining
        return (
            np.concatenate([case[keep], ready // joins]),
            np.concatenate([node[keep], join_nodes[ready % joins]]),
            np.concatenate([time[keep], released_time]),
        )

    def waiting_at_joins(
        self, queued: dict[tuple[int, int], list[float]] | None = None
    ) -> tuple[int, int]:
        """(cases stuck at a join, the join's step position) after the run, or (0, -1);
        `queued`: the joins a queue run left waiting, by (case, join)."""
        if queued:
            case, slot = next(iter(queued))
            join_nodes = np.flatnonzero(self.plan.join_slot >= 0)
            return len({c for c, _ in queued}), int(join_nodes[slot])
        stuck = np.flatnonzero(self.join_count > 0)
        if not stuck.size:
            return 0, -1
        joins = len(self.plan.join_need)
        join_nodes = np.flatnonzero(self.plan.join_slot >= 0)
        return int(np.unique(stuck // joins).size), int(join_nodes[stuck[0] % joins])
