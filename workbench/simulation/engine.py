"""The run without queues: cases do not compete, so every case moves on together, one
step (or one run of steps, see `chains`) per round, each round a handful of array
operations over all cases at once."""

from __future__ import annotations

import numpy as np

from workbench.i18n import Msg
from workbench.simulation import messages
from workbench.simulation.calendar import WorkingClock
from workbench.simulation.chains import Chains, build_chains
from workbench.simulation.plan import Plan, SimulationError
from workbench.simulation.sampling import draw_durations
from workbench.simulation.tokens import Progress, Router, SimulationCancelled, Tally

MAX_ROUNDS = 200_000
PROGRESS_EVERY = 16


def finish_times(
    plan: Plan, node: np.ndarray, begun: np.ndarray, hours: np.ndarray, clock: WorkingClock | None
) -> np.ndarray:
    if clock is None:
        return begun + hours
    working = plan.working[node]
    done = begun + hours
    if working.any():
        done[working] = clock.finish(begun[working], hours[working])
    return done


def chains_for(plan: Plan, router: Router, stop_at: np.ndarray | None = None) -> Chains:
    """Runs of steps for this run; none on a working calendar, where each step's end
    depends on the hour it starts."""
    marks = router.marks
    stop = marks.node_slot >= 0
    if stop_at is not None:
        stop |= stop_at
    if plan.working.any():
        stop[:] = True
    return build_chains(plan, stop, marks.flow_slot >= 0)


def work(
    plan: Plan,
    chains: Chains,
    router: Router,
    case: np.ndarray,
    node: np.ndarray,
    rng: np.random.Generator,
) -> tuple[np.ndarray, np.ndarray]:
    """Draw and count the work of each token's run of steps (a step alone is a run of
    one); returns the hours per token and the step each token is routed from (the run's
    tail). Fixed durations were summed per run ahead; only drawn ones are drawn here."""
    tally = router.tally
    tally.head_visits += np.bincount(node, minlength=plan.count)
    hours = chains.fixed_hours[node]
    if plan.has_waiting:
        waits = chains.fixed_wait[node]
        if waits.any():
            tally.wait += np.bincount(case, weights=waits, minlength=tally.cases)
    if chains.has_contacts:
        inside = chains.contacts[node]
        if inside.any():
            tally.contacts += np.bincount(case, weights=inside, minlength=tally.cases).astype(
                np.int64
            )
    count = chains.drawn_count[node]
    some = np.flatnonzero(count)
    if some.size:
        size = count[some]
        first = chains.drawn_start[node[some]]
        if (size == 1).all():
            parent, members = some, chains.drawn[first]
        else:
            parent = np.repeat(some, size)
            offset = np.arange(parent.size) - np.repeat(np.cumsum(size) - size, size)
            members = chains.drawn[np.repeat(first, size) + offset]
        drawn = draw_durations(plan, members, rng)
        router.count_work(case[parent], members, drawn)
        hours = hours + np.bincount(parent, weights=drawn, minlength=node.size)
    return hours, chains.tail[node]


def run_free(
    plan: Plan,
    router: Router,
    start_node: np.ndarray,
    start_time: np.ndarray,
    clock: WorkingClock | None,
    rng: np.random.Generator,
    progress: Progress | None,
) -> None:
    tally = router.tally
    chains = chains_for(plan, router)
    case = np.arange(tally.cases)
    node, time = start_node, start_time
    rounds = 0
    while case.size:
        hours, node = work(plan, chains, router, case, node, rng)
        done = finish_times(plan, node, time, hours, clock)
        case, node, time = router.route(case, node, done)
        rounds += 1
        if rounds % PROGRESS_EVERY == 0:
            check_progress(tally, progress)
        if rounds >= MAX_ROUNDS and case.size:
            raise SimulationError(
                Msg(
                    messages.TOO_MANY_ROUNDS,
                    rounds=rounds,
                    step=plan.graph.describe(plan.graph.ids[node[0]]),
                )
            )
    visits, hours = chains.spread_fixed(plan, tally.head_visits)
    tally.node_visits += visits.astype(np.int64)
    tally.node_work += hours


def check_progress(tally: Tally, progress: Progress | None) -> None:
    if progress is None:
        return
    share = float(np.count_nonzero(np.isfinite(tally.finish))) / max(1, tally.cases)
    if not progress(min(share, 0.99)):
        raise SimulationCancelled(Msg(messages.CANCELLED))
