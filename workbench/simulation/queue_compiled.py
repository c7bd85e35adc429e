"""The run with people per lane on the compiled event loop (`queue_kernel`): lays the flow
and the run's state out as arrays, then calls the loop again and again, doing in between
what it asks for: drawing the next batch of durations or branch choices (with the same
NumPy calls, in the same order, as the Python loop of `queues`), making room, reporting
progress. Imported only when such a run starts, since it imports Numba."""

from __future__ import annotations

import threading
from typing import NamedTuple

import numpy as np

from workbench.i18n import Msg
from workbench.simulation import messages
from workbench.simulation import queue_kernel as kernel
from workbench.simulation.calendar import WorkingClock
from workbench.simulation.chains import Chains
from workbench.simulation.engine import check_progress
from workbench.simulation.plan import Plan
from workbench.simulation.sampling import draw_durations
from workbench.simulation.tokens import Progress, Router, SimulationCancelled


class Tables(NamedTuple):
    """The flow, read only: by step position unless said otherwise."""

    staffed: np.ndarray  # lane number where a visit needs one of the lane's people, else -1
    chain_start: np.ndarray  # the run of steps v heads: chain_members[start:start + length]
    chain_length: np.ndarray
    chain_members: np.ndarray
    chain_contacts: np.ndarray
    working: np.ndarray  # duration in working time (calendar)
    waiting: np.ndarray  # the customer waits
    end: np.ndarray
    node_slot: np.ndarray  # -1 or the row of `last_pass` a time limit reads
    flow_slot: np.ndarray  # by flow
    contact: np.ndarray  # by flow
    target: np.ndarray  # by flow
    join_slot: np.ndarray
    join_need: np.ndarray  # by join
    out_start: np.ndarray
    out_flows: np.ndarray
    pick_start: np.ndarray  # a decision's branches: pick_keys/pick_flows[start:start + picks]
    picks: np.ndarray
    pick_keys: np.ndarray  # cumulative share of each branch
    pick_flows: np.ndarray
    starts: np.ndarray  # by case: the step it starts at
    clock: np.ndarray  # the working calendar's breakpoints (`WorkingClock`)
    worked: np.ndarray
    order: np.ndarray  # cases in order of arrival
    times: np.ndarray  # by case: arrival


class Heap(NamedTuple):
    """Events to come: a heap by (time, sequence), beside a line of the events due at the
    current event's time. `load` packs the event: (case * steps + step) * 2 + kind."""

    time: np.ndarray
    sequence: np.ndarray
    load: np.ndarray
    now_time: np.ndarray
    now_sequence: np.ndarray
    now_load: np.ndarray
    current: np.ndarray  # the time of the event being handled


class Loose(NamedTuple):
    """Arrivals at steps that need nobody, handled before the next event (a stack)."""

    time: np.ndarray
    case: np.ndarray
    node: np.ndarray


class Lines(NamedTuple):
    """People free per lane and the lines of visits waiting for them: one linked list per
    lane over shared entries (free entries are linked from st[FREE_ENTRY])."""

    free: np.ndarray
    head: np.ndarray
    tail: np.ndarray
    following: np.ndarray
    arrived: np.ndarray
    who: np.ndarray
    where: np.ndarray
    need: np.ndarray


class Pools(NamedTuple):
    """Drawn durations per step (buffer[base[v]:base[v] + count[v]], taken from the end)
    and branch choices (uniform[:st[UNIFORM_N]])."""

    base: np.ndarray
    count: np.ndarray
    buffer: np.ndarray
    uniform: np.ndarray


class Counts(NamedTuple):
    """What the run counts: the arrays of `tokens.Tally`."""

    finish: np.ndarray
    wait: np.ndarray
    queued: np.ndarray
    contacts: np.ndarray
    node_work: np.ndarray
    node_visits: np.ndarray
    lane_queued: np.ndarray
    last_pass: np.ndarray


class Joins(NamedTuple):
    """By case * joins + join: branches arrived, the latest arrival, when first reached."""

    count: np.ndarray
    latest: np.ndarray
    born: np.ndarray


def run_compiled(
    plan: Plan,
    router: Router,
    start_node: np.ndarray,
    arrival: np.ndarray,
    clock: WorkingClock | None,
    rng: np.random.Generator,
    people: dict[int, int],
    progress: Progress | None,
    staffed: np.ndarray,
    chains: Chains,
    batch: int,
) -> dict[tuple[int, int], list[float]]:
    """As `queues.run_queued`: returns the joins still waiting for branches."""
    run = _CompiledRun(plan, router, clock, rng, people, staffed, chains, batch)
    tables = run.tables(start_node, arrival, clock, chains)
    tally = router.tally
    counts = Counts(tally.finish, tally.wait, tally.queued, tally.contacts, tally.node_work,
                    tally.node_visits, tally.lane_queued, tally.last_pass)  # fmt: skip
    _compiled((tables, run.state, run.heap, run.loose, run.lines, run.pools, counts, run.joins),
              progress)  # fmt: skip
    while True:
        asked = kernel.advance(tables, run.state, run.heap, run.loose, run.lines, run.pools,
                               counts, run.joins)  # fmt: skip
        if asked == kernel.DONE_ALL:
            return run.waiting_joins()
        if asked == kernel.POOL:
            run.refill(int(run.state[kernel.NEED]))
        elif asked == kernel.UNIFORM:
            run.pools.uniform[:] = rng.random(batch)
            run.state[kernel.UNIFORM_N] = batch
        elif asked == kernel.ROOM:
            run.make_room()
        else:
            check_progress(tally, progress)


def _compiled(arguments: tuple, progress: Progress | None) -> None:
    """Compiles the loop (once per machine, some twenty seconds) or loads it from the disk
    cache, on a thread of its own, so that a cancel is honoured meanwhile; the compile
    then finishes in the background and is cached all the same."""
    if kernel.advance.signatures:
        return
    import numba

    signature = tuple(numba.typeof(argument) for argument in arguments)
    compiling = threading.Thread(target=kernel.advance.compile, args=(signature,), daemon=True)
    compiling.start()
    while compiling.is_alive():
        compiling.join(0.2)
        if progress is not None and not progress(0.0):
            raise SimulationCancelled(Msg(messages.CANCELLED))


def _grown(array: np.ndarray, size: int, fill: float = 0) -> np.ndarray:
    bigger = np.full(size, fill, dtype=array.dtype)
    bigger[: array.size] = array
    return bigger


def _ints(values) -> np.ndarray:
    return np.ascontiguousarray(values, dtype=np.int64)


class _CompiledRun:
    def __init__(self, plan: Plan, router: Router, clock: WorkingClock | None,
                 rng: np.random.Generator, people: dict[int, int], staffed: np.ndarray,
                 chains: Chains, batch: int) -> None:  # fmt: skip
        self.plan, self.rng, self.batch = plan, rng, batch
        self.staffed, self.marks = staffed, router.marks
        lanes = len(plan.lane_ids)
        free = np.zeros(lanes, dtype=np.int64)
        for lane, count in people.items():
            free[lane] = count
        self.state = np.zeros(kernel.STATE_SIZE, dtype=np.int64)
        self.state[kernel.NEED] = -1
        self.state[kernel.HAS_CLOCK] = clock is not None
        self.state[kernel.WIDEST] = int(np.diff(plan.out_start).max(initial=1))
        self.state[kernel.JOINS] = len(plan.join_need)
        self.state[kernel.STEPS] = plan.count
        room = 1024
        self.heap = Heap(np.zeros(room), _ints(np.zeros(room)), _ints(np.zeros(room)),
                         np.zeros(room), _ints(np.zeros(room)), _ints(np.zeros(room)),
                         np.full(1, -np.inf))  # fmt: skip
        self.loose = Loose(np.zeros(room), _ints(np.zeros(room)), _ints(np.zeros(room)))
        self.lines = Lines(free, _ints(np.full(lanes, -1)), _ints(np.full(lanes, -1)),
                           _ints(np.append(np.arange(1, room), -1)), np.zeros(room),
                           _ints(np.zeros(room)), _ints(np.zeros(room)),
                           np.zeros(room))  # fmt: skip
        self.pools = Pools(_ints(np.full(plan.count, -1)), _ints(np.zeros(plan.count)),
                           np.zeros(0), np.zeros(batch))  # fmt: skip
        # the router's per-join arrays are free in this run: branches arrived, the latest
        # arrival, and the order in which each case reached each join
        router.join_last[:] = 0
        self.joins = Joins(router.join_count, router.join_time, router.join_last)

    def tables(self, start_node: np.ndarray, arrival: np.ndarray, clock: WorkingClock | None,
               chains: Chains) -> Tables:  # fmt: skip
        plan = self.plan
        pick_start = np.zeros(plan.count, dtype=np.int64)
        picks = np.zeros(plan.count, dtype=np.int64)
        keys, flows = [], []
        for v, rank in enumerate(plan.decision_rank.tolist()):
            if rank >= 0:
                inside = (plan.branch_keys >= 2.0 * rank) & (plan.branch_keys < 2.0 * rank + 2.0)
                pick_start[v], picks[v] = sum(len(k) for k in keys), int(inside.sum())
                keys.append(plan.branch_keys[inside] - 2.0 * rank)
                flows.append(plan.branch_flows[inside])
        breaks = (clock.clock, clock.worked) if clock is not None else (np.zeros(2), np.zeros(2))
        return Tables(
            _ints(self.staffed), _ints(chains.start), _ints(chains.length),
            _ints(chains.members), _ints(chains.contacts), plan.working.astype(bool),
            plan.waiting.astype(bool), plan.end.astype(bool),
            _ints(self.marks.node_slot), _ints(self.marks.flow_slot),
            plan.flow_contact.astype(bool), _ints(plan.flow_target), _ints(plan.join_slot),
            _ints(plan.join_need), _ints(plan.out_start), _ints(plan.out_flows), pick_start,
            picks, np.concatenate(keys) if keys else np.zeros(0),
            _ints(np.concatenate(flows) if flows else np.zeros(0)), _ints(start_node),
            np.ascontiguousarray(breaks[0], dtype=float),
            np.ascontiguousarray(breaks[1], dtype=float),
            _ints(np.argsort(arrival, kind="stable")), np.ascontiguousarray(arrival, dtype=float),
        )  # fmt: skip

    def refill(self, v: int) -> None:
        """The next batch of durations of step v, drawn as the Python loop draws it."""
        pools, batch = self.pools, self.batch
        if pools.base[v] < 0:
            used = int(np.count_nonzero(pools.base >= 0))
            if (used + 1) * batch > pools.buffer.size:
                size = max(batch, 2 * pools.buffer.size)
                self.pools = pools = pools._replace(buffer=_grown(pools.buffer, size))
            pools.base[v] = used * batch
        start = pools.base[v]
        nodes = np.full(batch, v, dtype=np.int64)
        pools.buffer[start : start + batch] = draw_durations(self.plan, nodes, self.rng)
        pools.count[v] = batch

    def make_room(self) -> None:
        state, widest = self.state, int(self.state[kernel.WIDEST]) + 1
        heap = self.heap
        if state[kernel.HEAP_N] + widest > heap.time.size:
            size = 2 * heap.time.size + widest
            heap = heap._replace(**{k: _grown(getattr(heap, k), size)
                                    for k in ("time", "sequence", "load")})  # fmt: skip
        if state[kernel.NOW_TAIL] + widest > heap.now_time.size:
            size = 2 * heap.now_time.size + widest
            heap = heap._replace(**{k: _grown(getattr(heap, k), size)
                                    for k in ("now_time", "now_sequence", "now_load")})  # fmt: skip
        self.heap = heap
        if state[kernel.LOOSE_N] + widest > self.loose.time.size:
            size = 2 * self.loose.time.size + widest
            self.loose = Loose(*(_grown(a, size) for a in self.loose))
        if state[kernel.FREE_ENTRY] < 0:
            old = self.lines.following.size
            size = 2 * old
            grown = [_grown(a, size) for a in self.lines[3:]]
            grown[0][old:] = np.append(np.arange(old + 1, size), -1)
            state[kernel.FREE_ENTRY] = old
            self.lines = Lines(*self.lines[:3], *grown)

    def waiting_joins(self) -> dict[tuple[int, int], list[float]]:
        """Joins still waiting for branches, by (case, join), in the order they were first
        reached, as the Python loop keeps them."""
        count, latest, born = self.joins
        joins = int(self.state[kernel.JOINS])
        held = np.flatnonzero(count > 0)
        held = held[np.argsort(born[held], kind="stable")]
        return {(int(k) // joins, int(k) % joins): [float(count[k]), float(latest[k])]
                for k in held.tolist()}  # fmt: skip
