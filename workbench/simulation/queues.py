"""The run with people per lane: a visit to a task or decision in such a lane waits, first
come first served, until one of the lane's people is free.

Cases now meet each other, so this run goes event by event in time order (a heap). What
can still be done in bulk is: durations and branch choices are drawn ahead in large
batches per step, and a run of steps that needs nobody (see `chains`) is one event.

The events are handled by compiled code (`queue_compiled`, with Numba) where Numba can be
imported, else by the plain-Python loop below, over lists: per event that is several
times cheaper than array operations on a handful of items, yet some twenty times slower
than compiled code. Both give the very same cases for a seed.
"""

from __future__ import annotations

import heapq
from collections import deque

import numpy as np

from workbench.model import NodeKind
from workbench.simulation.calendar import WorkingClock, finish_one
from workbench.simulation.chains import Chains
from workbench.simulation.engine import chains_for, check_progress
from workbench.simulation.plan import Plan
from workbench.simulation.sampling import draw_durations
from workbench.simulation.tokens import Progress, Router

_WORK = (NodeKind.TASK, NodeKind.DECISION)
BATCH = 4096
ARRIVE, DONE = 0, 1


class _Draws:
    """Durations per step and branch choices, drawn ahead in batches and handed out one
    at a time."""

    def __init__(self, plan: Plan, rng: np.random.Generator) -> None:
        self.plan, self.rng = plan, rng
        self.pools: dict[int, list[float]] = {}
        self.uniform: list[float] = []

    def hours(self, v: int) -> float:
        pool = self.pools.get(v)
        if not pool:
            nodes = np.full(BATCH, v, dtype=np.int64)
            pool = self.pools[v] = draw_durations(self.plan, nodes, self.rng).tolist()
        return pool.pop()

    def chance(self) -> float:
        if not self.uniform:
            self.uniform = self.rng.random(BATCH).tolist()
        return self.uniform.pop()


def run_queued(
    plan: Plan,
    router: Router,
    start_node: np.ndarray,
    arrival: np.ndarray,
    clock: WorkingClock | None,
    rng: np.random.Generator,
    people: dict[int, int],
    progress: Progress | None,
) -> dict[tuple[int, int], list[float]]:
    """Runs the cases; returns the joins still waiting for branches, by (case, join)."""
    staffed, chains = _staffing(plan, router, people)
    compiled = compiled_engine()
    if compiled is not None:
        return compiled.run_compiled(plan, router, start_node, arrival, clock, rng, people,
                                     progress, staffed, chains, BATCH)  # fmt: skip
    run = _QueueRun(plan, router, clock, rng, people, progress, staffed, chains)
    run.run(start_node, arrival)
    return run.joins


def compiled_engine():
    """The compiled event loop's module, or None where Numba cannot be imported."""
    try:
        from workbench.simulation import queue_compiled
    except ImportError:
        return None
    return queue_compiled


def _staffing(plan: Plan, router: Router, people: dict[int, int]) -> tuple[np.ndarray, Chains]:
    """By step: the lane whose people a visit needs, or -1; and the runs of steps between
    such steps."""
    kinds = plan.graph.kinds
    staffed = np.array([lane if lane in people and kinds[v] in _WORK else -1
                        for v, lane in enumerate(plan.lane.tolist())], dtype=np.int64)  # fmt: skip
    return staffed, chains_for(plan, router, staffed >= 0)


class _QueueRun:
    def __init__(
        self,
        plan: Plan,
        router: Router,
        clock: WorkingClock | None,
        rng: np.random.Generator,
        people: dict[int, int],
        progress: Progress | None,
        staffed: np.ndarray,
        chains: Chains,
    ) -> None:
        self.plan, self.router, self.clock, self.progress = plan, router, clock, progress
        self.draws = _Draws(plan, rng)
        self.staffed = staffed.tolist()
        self.chain = [
            chains.members[chains.start[v] : chains.start[v] + chains.length[v]].tolist()
            for v in range(plan.count)
        ]
        self.chain_contacts = chains.contacts.tolist()
        self.free = dict(people)  # people not busy, per lane
        self.queue: dict[int, deque] = {n: deque() for n in people}
        self.heap: list[tuple[float, int, int, int, int]] = []
        self.sequence = 0
        tally = router.tally
        self.finish = tally.finish.tolist()
        self.wait = [0.0] * tally.cases
        self.queued = [0.0] * tally.cases
        self.contacts = [0] * tally.cases
        self.node_work = [0.0] * plan.count
        self.node_visits = [0] * plan.count
        self.lane_queued = [0.0] * tally.lanes
        self.last_pass = [dict() for _ in range(tally.marks)]
        self.joins: dict[tuple[int, int], list[float]] = {}
        self.loose: list[tuple[float, int, int]] = []  # arrivals at steps that need nobody
        self._tables()

    def _tables(self) -> None:
        plan = self.plan
        self.working = plan.working.tolist()
        self.waiting = plan.waiting.tolist()
        self.end = plan.end.tolist()
        self.node_slot = self.router.marks.node_slot.tolist()
        self.flow_slot = self.router.marks.flow_slot.tolist()
        self.contact = plan.flow_contact.tolist()
        self.target = plan.flow_target.tolist()
        self.join_slot = plan.join_slot.tolist()
        self.join_need = plan.join_need.tolist()
        out_start, out_flows = plan.out_start.tolist(), plan.out_flows.tolist()
        self.out = [out_flows[out_start[v] : out_start[v + 1]] for v in range(plan.count)]
        self.cumulative: list[list[float] | None] = [None] * plan.count
        keys, flows = plan.branch_keys.tolist(), plan.branch_flows.tolist()
        for v, rank in enumerate(plan.decision_rank.tolist()):
            if rank >= 0:
                picks = [(k - 2.0 * rank, f) for k, f in zip(keys, flows, strict=True)
                         if 2.0 * rank <= k < 2.0 * rank + 2.0]  # fmt: skip
                self.cumulative[v] = picks  # type: ignore[assignment]

    def _push(self, time: float, kind: int, case: int, node: int) -> None:
        self.sequence += 1
        heapq.heappush(self.heap, (time, self.sequence, kind, case, node))

    def run(self, start_node: np.ndarray, arrival: np.ndarray) -> None:
        """Events in time order; new cases join as their arrival comes due, so the heap
        holds only the cases under way, not every case of the run."""
        order = np.argsort(arrival, kind="stable").tolist()
        starts, times = start_node.tolist(), arrival.tolist()
        coming = 0
        handled = 0
        heap, staffed, loose = self.heap, self.staffed, self.loose
        while heap or coming < len(order):
            if coming < len(order) and (not heap or times[order[coming]] <= heap[0][0]):
                case = order[coming]
                coming += 1
                time, kind, node = times[case], ARRIVE, starts[case]
            else:
                time, _, kind, case, node = heapq.heappop(heap)
            if kind == DONE:
                self._person_done(time, node)
                self._route(time, case, node)
            elif staffed[node] >= 0:
                self._ask_person(time, case, node)
            else:
                self._pass(time, case, node)
            while loose:  # steps that need nobody meet no other case: no need to wait
                self._pass(*loose.pop())
            handled += 1
            if handled % 65536 == 0:
                self._store()
                check_progress(self.router.tally, self.progress)
        self._store()

    def _end_of(self, node: int, begun: float, hours: float) -> float:
        if self.clock is not None and self.working[node]:
            return finish_one(self.clock, begun, hours)
        return begun + hours

    def _count(self, case: int, node: int, hours: float) -> None:
        self.node_work[node] += hours
        self.node_visits[node] += 1
        if self.waiting[node]:
            self.wait[case] += hours

    def _pass(self, time: float, case: int, node: int) -> None:
        """A step or run of steps that needs nobody: done after its own durations."""
        slot = self.join_slot[node]
        if slot >= 0:
            key = (case, slot)
            state = self.joins.setdefault(key, [0.0, time])
            state[0] += 1
            state[1] = max(state[1], time)
            if state[0] < self.join_need[slot]:
                return
            time = state[1]
            del self.joins[key]
        members = self.chain[node]
        self.contacts[case] += self.chain_contacts[node]
        total = 0.0
        for member in members:
            hours = self.draws.hours(member)
            self._count(case, member, hours)
            total += hours
        last = members[-1]
        self._route(self._end_of(last, time, total), case, last)

    def _ask_person(self, time: float, case: int, node: int) -> None:
        lane = self.staffed[node]
        hours = self.draws.hours(node)
        self._count(case, node, hours)
        if self.free[lane] > 0:
            self.free[lane] -= 1
            self._push(self._end_of(node, time, hours), DONE, case, node)
        else:
            self.queue[lane].append((time, case, node, hours))

    def _person_done(self, time: float, node: int) -> None:
        lane = self.staffed[node]
        line = self.queue[lane]
        if not line:
            self.free[lane] += 1
            return
        arrived, case, waiting_node, hours = line.popleft()
        self.queued[case] += time - arrived
        self.lane_queued[lane] += time - arrived
        self._push(self._end_of(waiting_node, time, hours), DONE, case, waiting_node)

    def _route(self, time: float, case: int, node: int) -> None:
        slot = self.node_slot[node]
        if slot >= 0:
            marks = self.last_pass[slot]
            marks[case] = max(marks.get(case, time), time)
        if self.end[node]:
            if time > self.finish[case]:
                self.finish[case] = time
            return
        picks = self.cumulative[node]
        if picks is not None:
            u = self.draws.chance()
            flows = [next(f for key, f in picks if u < key)]
        else:
            flows = self.out[node]
        for flow in flows:
            if self.contact[flow]:
                self.contacts[case] += 1
            slot = self.flow_slot[flow]
            if slot >= 0:
                marks = self.last_pass[slot]
                marks[case] = max(marks.get(case, time), time)
            target = self.target[flow]
            if self.staffed[target] >= 0:
                self._push(time, ARRIVE, case, target)
            else:
                self.loose.append((time, case, target))

    def _store(self) -> None:
        """Copy what was counted into the run's tally (also for progress on the way)."""
        tally = self.router.tally
        tally.finish[:] = self.finish
        tally.wait[:] = self.wait
        tally.queued[:] = self.queued
        tally.contacts[:] = self.contacts
        tally.node_work[:] = self.node_work
        tally.node_visits[:] = self.node_visits
        tally.lane_queued[:] = self.lane_queued
        for slot, marks in enumerate(self.last_pass):
            if marks:
                cases = np.fromiter(marks.keys(), dtype=np.int64, count=len(marks))
                tally.last_pass[slot, cases] = np.fromiter(marks.values(), dtype=float,
                                                           count=len(marks))  # fmt: skip
