"""`simulate_version`: N cases through one version, and what they experienced."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from workbench.flowgraph import FlowGraph
from workbench.i18n import Msg
from workbench.model import Segment, Version
from workbench.simulation import messages
from workbench.simulation.calendar import WorkingClock
from workbench.simulation.customers import CustomerMix
from workbench.simulation.engine import run_free
from workbench.simulation.plan import Plan, SimulationError, compile_plan
from workbench.simulation.queues import run_queued
from workbench.simulation.results import KpiAttainment, LaneLoad, SimulationResult, TierFigure
from workbench.simulation.settings import SimulationSettings
from workbench.simulation.time_limits import TimeLimit, time_limits
from workbench.simulation.tokens import Progress, Router, Tally

MOST_CASES = 5_000_000
FLOW_STREAM, ARRIVAL_STREAM = 0, 2
SPREAD_HOURS = 168.0  # on a calendar without an arrival rate, cases start across one week


def simulate_version(
    version: Version,
    settings: SimulationSettings,
    segments: Sequence[Segment] = (),
    mix: CustomerMix | None = None,
    progress: Progress | None = None,
) -> SimulationResult:
    """Raises `SimulationError` (with a message for the user) or `SimulationCancelled`."""
    n = settings.cases
    if not 1 <= n <= MOST_CASES:
        raise SimulationError(Msg(messages.BAD_CASES, most=MOST_CASES, cases=n))
    graph = FlowGraph(version)
    plan = compile_plan(graph, settings)
    people = _people(graph, settings)
    limits, marks = time_limits(graph)
    mix = mix if mix is not None else CustomerMix.from_segments(segments)
    tier = mix.draw(n, settings.seed)
    arrival = _arrivals(settings, n)
    rng = np.random.default_rng([settings.seed, FLOW_STREAM])
    if plan.starts.size == 1:
        start_node = np.full(n, plan.starts[0], dtype=np.int64)
    else:
        start_node = plan.starts[rng.integers(plan.starts.size, size=n)]
    clock = WorkingClock(settings.calendar) if settings.calendar.enabled else None
    tally = Tally(n, plan.count, len(plan.lane_ids), marks.count)
    router = Router(plan, marks, tally, rng)
    queue_run = None
    if people:
        queue_run = run_queued(plan, router, start_node, arrival, clock, rng, people, progress)
    else:
        run_free(plan, router, start_node, arrival, clock, rng, progress)
    stuck, where = router.waiting_at_joins(queue_run)
    if stuck:
        raise SimulationError(
            Msg(messages.STUCK_AT_JOIN, count=stuck, step=graph.describe(graph.ids[where]))
        )
    if progress is not None:
        progress(1.0)
    result = SimulationResult(
        version_id=version.id,
        version_name=version.name,
        cases=n,
        seed=settings.seed,
        lead_time=tally.finish - arrival,
        customer_wait=tally.wait,
        contacts=tally.contacts,
        queued=tally.queued,
        tier=tier,
        tier_names=list(mix.segments),
    )
    _attainment(result, limits, tally, arrival)
    result.lanes = _lane_loads(plan, tally, people, arrival)
    return result


def _people(graph: FlowGraph, settings: SimulationSettings) -> dict[int, int]:
    """People per lane number, for the lanes of this version that have a number set."""
    lane_ids = sorted(set(graph.lane_ids))
    people = {}
    for capacity in settings.capacities:
        if capacity.lane not in graph.lanes:
            continue  # a lane of another version: capacities are kept for all versions
        if capacity.people < 1:
            name = graph.lanes[capacity.lane].name
            raise SimulationError(Msg(messages.BAD_CAPACITY, lane=name, people=capacity.people))
        if capacity.lane in lane_ids:
            people[lane_ids.index(capacity.lane)] = capacity.people
    if people and not (settings.arrivals_per_hour and settings.arrivals_per_hour > 0):
        raise SimulationError(Msg(messages.NEEDS_ARRIVALS))
    return people


def _arrivals(settings: SimulationSettings, n: int) -> np.ndarray:
    """Clock hour at which each case starts: a Poisson stream at the given rate, else
    spread over a week on a working calendar, else all at once (nothing then depends on it)."""
    rng = np.random.default_rng([settings.seed, ARRIVAL_STREAM])
    if settings.arrivals_per_hour and settings.arrivals_per_hour > 0:
        return np.cumsum(rng.exponential(1.0 / settings.arrivals_per_hour, size=n))
    if settings.calendar.enabled:
        return rng.uniform(0.0, SPREAD_HOURS, size=n)
    return np.zeros(n)


def _attainment(
    result: SimulationResult, limits: list[TimeLimit], tally: Tally, arrival: np.ndarray
) -> None:
    """Per KPI and tier: the share of the cases it applies to that kept the limit. Per
    tier: the share of its cases that kept every limit that applied to them (a case no
    limit applies to, such as one answered on the first contact, kept them all)."""
    names = result.tier_names or [(None, Msg(messages.ALL_CUSTOMERS))]
    tier = result.tier if result.tier_names else np.zeros(result.cases, dtype=np.int64)
    broken = np.zeros(result.cases, dtype=bool)
    limited = np.zeros(result.cases, dtype=bool)
    for limit in limits:
        reached = tally.finish if limit.mark < 0 else tally.last_pass[limit.mark]
        elapsed = reached - arrival
        applies = np.isfinite(elapsed)
        bound = np.full(result.cases, np.nan)
        figures = []
        for number, (segment_id, name) in enumerate(names):
            hours = limit.limit_hours(segment_id)
            mine = tier == number
            if hours is not None:
                bound[mine] = hours
            scope = mine & applies & (hours is not None)
            kept = elapsed[scope] <= hours * (1 + 1e-12) if hours is not None else None
            figures.append(
                TierFigure(
                    segment_id,
                    name,
                    int(mine.sum()),
                    int(scope.sum()),
                    float(kept.mean()) if kept is not None and kept.size else None,
                    hours,
                )  # fmt: skip
            )
        scope = applies & np.isfinite(bound)
        within = elapsed[scope] <= bound[scope] * (1 + 1e-12)
        broken[np.flatnonzero(scope)[~within]] = True
        limited |= scope
        result.kpis.append(
            KpiAttainment(limit.kpi.id, limit.kpi.name, limit.kpi.unit, int(scope.sum()),
                          float(within.mean()) if within.size else None, tuple(figures))
        )  # fmt: skip
    if not limits:
        return
    for number, (segment_id, name) in enumerate(names):
        mine = tier == number
        count = int(mine.sum())
        kept = float((~broken[mine]).mean()) if count else None
        result.tiers.append(TierFigure(segment_id, name, count, int(limited[mine].sum()), kept))


def _lane_loads(
    plan: Plan, tally: Tally, people: dict[int, int], arrival: np.ndarray
) -> list[LaneLoad]:
    lanes = plan.graph.lanes
    span = float(np.nanmax(tally.finish) - arrival.min()) if tally.cases else 0.0
    lane_work = np.bincount(plan.lane, weights=tally.node_work, minlength=len(plan.lane_ids))
    lane_visits = np.bincount(plan.lane, weights=tally.node_visits, minlength=len(plan.lane_ids))
    loads = []
    for number, lane_id in enumerate(plan.lane_ids):
        if lane_id in plan.graph.customer_lanes:
            continue  # the customer's time is the customer wait, not a lane's load
        visits = int(lane_visits[number])
        staff = people.get(number)
        loads.append(
            LaneLoad(
                lane_id=lane_id,
                name=lanes[lane_id].name if lane_id in lanes else lane_id,
                work_per_case=float(lane_work[number]) / tally.cases,
                visits_per_case=visits / tally.cases,
                people=staff,
                utilisation=(float(lane_work[number]) / (staff * span))
                if staff and span > 0
                else None,
                queue_per_visit=float(tally.lane_queued[number]) / visits
                if staff and visits
                else None,
            )
        )
    return loads
