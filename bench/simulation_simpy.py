"""The same simulation written the usual way, one process per case in SimPy, so that the
array engine of `workbench.simulation` has a yardstick. Benchmark only: SimPy is not a
dependency of the program (`pip install simpy`, or `pip install -e '.[bench]'`)."""

from __future__ import annotations

import numpy as np

from workbench.simulation.plan import Plan


def simpy_run(plan: Plan, cases: int, seed: int, people: dict[int, int] | None = None,
              arrivals_per_hour: float | None = None) -> np.ndarray:
    """Lead time per case (hours): decisions by probability, forks wait for the slowest
    branch at their join, durations drawn like the array engine draws them, a lane with
    people is a first-come-first-served resource."""
    import simpy

    env = simpy.Environment()
    rng = np.random.default_rng(seed)
    staff = {lane: simpy.Resource(env, capacity=n) for lane, n in (people or {}).items()}
    out = [plan.out_flows[plan.out_start[v] : plan.out_start[v + 1]].tolist()
           for v in range(plan.count)]  # fmt: skip
    picks = {}
    for v, rank in enumerate(plan.decision_rank.tolist()):
        if rank >= 0:
            keys = plan.branch_keys
            inside = (keys >= 2 * rank) & (keys < 2 * rank + 2)
            picks[v] = list(zip((keys[inside] - 2 * rank).tolist(),
                                plan.branch_flows[inside].tolist(), strict=True))  # fmt: skip
    target = plan.flow_target.tolist()
    join = plan.join_slot.tolist()
    lead = np.zeros(cases)

    def duration(v: int) -> float:
        a, c, b = plan.lo[v], plan.mode[v], plan.hi[v]
        if plan.shape[v] == 0:
            return float(c)
        if plan.shape[v] == 1:
            return float(rng.triangular(a, c, b))
        return float(a + (b - a) * rng.beta(plan.alpha[v], plan.beta[v]))

    def walk(v: int):
        """Walks from v until an end (returns None) or a join (returns the join)."""
        while True:
            hours = duration(v)
            lane = int(plan.lane[v])
            if lane in staff and hours > 0:
                with staff[lane].request() as turn:
                    yield turn
                    yield env.timeout(hours)
            elif hours > 0:
                yield env.timeout(hours)
            if plan.end[v]:
                return None
            if v in picks:
                u = rng.random()
                flows = [next(f for key, f in picks[v] if u < key)]
            else:
                flows = out[v]
            if len(flows) == 1:
                v = target[flows[0]]
                if join[v] >= 0:
                    return v
                continue
            branches = [env.process(walk(target[f])) for f in flows]
            done = yield env.all_of(branches)
            joins = {j for j in done.values() if j is not None}
            if not joins:
                return None
            v = joins.pop()

    def case(number: int, start: float):
        yield env.timeout(start)
        at = yield env.process(walk(int(plan.starts[0])))
        while at is not None:  # a join reached outside any fork of this walk: go on
            at = yield env.process(walk(at))
        lead[number] = env.now - start

    gaps = (rng.exponential(1 / arrivals_per_hour, cases) if arrivals_per_hour
            else np.zeros(cases))  # fmt: skip
    for number, start in enumerate(np.cumsum(gaps).tolist()):
        env.process(case(number, start))
    env.run()
    return lead
