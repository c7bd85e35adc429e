"""How fast the simulation is: 100,000 cases of a 200-step flow with rework loops,
decisions and parallel blocks (bench/synthetic.py), without and with people per lane,
beside the same model in SimPy.

Targets: 100,000 cases within 1 s without capacities and within 5 s with them. SimPy
takes one Python process per case, so it runs a smaller number of cases and its time is
scaled to 100,000 for the ratio (its cost grows linearly with the cases). Each figure is
taken several times; the range is printed, since the machine may be shared.

With people per lane the event loop is compiled by Numba: the report also gives what
loading it costs a process, and what compiling it costs the first run on a machine (in a
fresh process with an empty Numba cache; later runs load it from the cache on disk).

Run from the repository root: `python -m bench.simulation [--cases N] [--runs R]`.
A report, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
import time

from bench.synthetic import synthetic_document
from workbench.flowgraph import FlowGraph
from workbench.simulation import SimulationSettings, simulate_version
from workbench.simulation.plan import compile_plan
from workbench.simulation.settings import LaneCapacity

STEPS = 200
TARGET_FREE_S = 1.0
TARGET_QUEUED_S = 5.0
LOAD = 0.8  # people per lane sized so that each lane is busy about 80 % of the time


CPU_TIMES: list[float] = []  # processor time of the last `_timed`, beside the wall clock


def _timed(action, runs: int) -> tuple[list[float], object]:
    """Wall-clock seconds per run. The processor time is kept too: on a machine shared
    with other work the wall clock includes the time spent waiting for a core."""
    times, result = [], None
    CPU_TIMES.clear()
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        result = action()
        times.append(time.perf_counter() - start)
        CPU_TIMES.append(time.process_time() - cpu)
    return times, result


def _span(times: list[float], scale: float = 1.0) -> str:
    cpu = [t * scale for t in CPU_TIMES]
    return (f"{min(times):.2f}-{max(times):.2f} s (best {min(times):.2f} s; processor time "
            f"{min(cpu):.2f}-{max(cpu):.2f} s)")


def staffed(version, cases: int, rate: float) -> SimulationSettings:
    """People per non-customer lane for about 80 % load at `rate` cases per hour."""
    probe = simulate_version(version, SimulationSettings(cases=5_000, seed=99))
    capacities = tuple(
        LaneCapacity(lane.lane_id, max(1, round(rate * lane.work_per_case / LOAD + 0.5)))
        for lane in probe.lanes
        if lane.work_per_case > 0
    )
    return SimulationSettings(cases=cases, seed=1, capacities=capacities,
                              arrivals_per_hour=rate)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--simpy-cases", type=int, default=2_000)
    parser.add_argument("--queue-cases", type=int, default=None,
                        help="cases for the run with people per lane (default: --cases)")
    parser.add_argument("--no-compile", action="store_true",
                        help="skip timing the compile of the loop in a fresh process")
    args = parser.parse_args(argv)
    version = synthetic_document(STEPS, seed=1).versions[0]
    print(f"{STEPS}-step flow: {len(version.flows)} flows, rework loops, decisions, "
          f"parallel blocks; {args.cases:,} cases")
    free = SimulationSettings(cases=args.cases, seed=1)
    times, result = _timed(lambda: simulate_version(version, free), args.runs)
    lead = result.lead()
    verdict = "within" if min(times) <= TARGET_FREE_S else "OVER"
    print(f"without capacities: {_span(times)}  [{verdict} the {TARGET_FREE_S:g} s target]"
          f"  mean lead {lead.mean:.1f} h, P95 {lead.p95:.1f} h")
    queue_cases = args.queue_cases or args.cases
    queued = staffed(version, queue_cases, rate=2.0)
    start, cpu = time.perf_counter(), time.process_time()
    simulate_version(version, dataclasses.replace(queued, cases=100))
    print(f"first run with people per lane in this process (loads Numba and the compiled "
          f"loop): {time.perf_counter() - start:.2f} s (processor time "
          f"{time.process_time() - cpu:.2f} s)")
    q_times, q_result = _timed(lambda: simulate_version(version, queued), args.runs)
    scaled = [t * args.cases / queue_cases for t in q_times]
    verdict = "within" if min(scaled) <= TARGET_QUEUED_S else "OVER"
    waited = float(q_result.queued.mean())
    measured = "" if queue_cases == args.cases else f" (measured on {queue_cases:,} cases)"
    print(f"with capacities ({sum(c.people for c in queued.capacities)} people in "
          f"{len(queued.capacities)} lanes, 2 cases/h): "
          f"{_span(scaled, args.cases / queue_cases)}{measured}  "
          f"[{verdict} the {TARGET_QUEUED_S:g} s target]  mean wait for people {waited:.2f} h")
    if not args.no_compile:
        _compile_times()
    _simpy(version, args, free, queued, min(times), min(scaled))
    return 0


_FIRST_QUEUED_RUN = """
import time
from tests.workbench.simulation.flows import rework_loop
from workbench.simulation import SimulationSettings, simulate_version
from workbench.simulation.settings import LaneCapacity
version = rework_loop()
people = tuple(LaneCapacity(lane.id, 1) for lane in version.lanes)
start, cpu = time.perf_counter(), time.process_time()
simulate_version(version, SimulationSettings(cases=100, capacities=people, arrivals_per_hour=0.2))
print(time.perf_counter() - start, time.process_time() - cpu)
"""


def _compile_times() -> None:
    """A small run with people per lane in a new process, twice, with an empty Numba cache
    of its own: the first compiles the loop, the second loads it from the cache."""
    with tempfile.TemporaryDirectory() as cache:
        environment = dict(os.environ, NUMBA_CACHE_DIR=cache)
        figures = []
        for _ in range(2):
            done = subprocess.run([sys.executable, "-c", _FIRST_QUEUED_RUN], env=environment,
                                  capture_output=True, text=True, check=True)  # fmt: skip
            figures.append([float(x) for x in done.stdout.split()])
    (cold, cold_cpu), (warm, warm_cpu) = figures
    print(f"first run with people per lane on a machine (compiles the loop, once): "
          f"{cold:.1f} s (processor time {cold_cpu:.1f} s); in a later process, loaded from "
          f"the cache: {warm:.2f} s (processor time {warm_cpu:.2f} s)")


def _simpy(version, args, free, queued, ours_free: float, ours_queued: float) -> None:
    try:
        import simpy  # noqa: F401
    except ImportError:
        print("SimPy is not installed (pip install simpy): no side-by-side figure.")
        return
    from bench.simulation_simpy import simpy_run

    plan = compile_plan(FlowGraph(version), free)
    n = args.simpy_cases
    scale = args.cases / n
    start = time.perf_counter()
    lead = simpy_run(plan, n, seed=1)
    simpy_free = (time.perf_counter() - start) * scale
    check = simulate_version(version, dataclasses.replace(free, cases=n))
    print(f"SimPy without capacities: {simpy_free:.1f} s for {args.cases:,} cases "
          f"(measured on {n:,}, mean lead {lead.mean():.1f} h vs ours "
          f"{check.lead().mean:.1f} h)  ratio SimPy / ours = {simpy_free / ours_free:.0f}x")
    people: dict[int, int] = {}
    lane_number = {lane: k for k, lane in enumerate(plan.lane_ids)}
    for capacity in queued.capacities:
        people[lane_number[capacity.lane]] = capacity.people
    start = time.perf_counter()
    simpy_run(plan, n, seed=1, people=people, arrivals_per_hour=queued.arrivals_per_hour)
    simpy_queued = (time.perf_counter() - start) * scale
    print(f"SimPy with capacities: {simpy_queued:.1f} s for {args.cases:,} cases "
          f"(measured on {n:,})  ratio SimPy / ours = {simpy_queued / ours_queued:.1f}x")


if __name__ == "__main__":
    raise SystemExit(main())
