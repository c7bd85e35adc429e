"""The run with people per lane has two engines: compiled (Numba) and, where Numba cannot
be imported, the plain-Python loop. A seed must give the very same cases in both, and
Numba must not load unless such a run starts."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading

import numpy as np
import pytest

from bench.simulation import staffed
from bench.synthetic import synthetic_document
from tests.workbench.simulation.flows import fork_and_choice, rework_loop
from workbench import simulation
from workbench.simulation import (
    SimulationCancelled,
    SimulationSettings,
    queues,
    simulate_version,
)
from workbench.simulation.settings import LaneCapacity, WorkingCalendar


def _without_numba(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a machine where Numba is missing: importing it fails."""
    monkeypatch.setitem(sys.modules, "numba", None)
    for name in ("queue_compiled", "queue_kernel"):
        monkeypatch.delitem(sys.modules, f"workbench.simulation.{name}", raising=False)
        monkeypatch.delattr(simulation, name, raising=False)


def _cases():
    synthetic = synthetic_document(40, seed=3).versions[0]
    settings = staffed(synthetic, 1_500, rate=2.0)
    yield synthetic, settings
    yield synthetic, dataclasses.replace(settings, calendar=WorkingCalendar(enabled=True))
    for version in (rework_loop(), fork_and_choice()):
        people = tuple(LaneCapacity(lane.id, 1 + k % 2) for k, lane in enumerate(version.lanes))
        plain = SimulationSettings(cases=2_000, seed=4, capacities=people, arrivals_per_hour=0.2)
        yield version, plain
        yield version, dataclasses.replace(plain, calendar=WorkingCalendar(enabled=True))


@pytest.mark.parametrize(("version", "settings"), list(_cases()))
def test_both_engines_give_the_very_same_cases(monkeypatch, version, settings):
    compiled = simulate_version(version, settings)
    with monkeypatch.context() as patch:
        _without_numba(patch)
        assert queues.compiled_engine() is None
        python = simulate_version(version, settings)
    assert compiled.queued.max() > 0  # people are scarce: cases really queued
    for name in ("lead_time", "customer_wait", "contacts", "queued"):
        assert np.array_equal(getattr(compiled, name), getattr(python, name)), name
    assert compiled.lanes == python.lanes
    assert compiled.kpis == python.kpis and compiled.tiers == python.tiers


def test_the_compiled_engine_is_used_where_numba_is_installed():
    assert queues.compiled_engine() is not None


def test_numba_loads_only_when_a_run_with_people_per_lane_starts():
    script = (
        "import sys\n"
        "from tests.workbench.simulation.flows import rework_loop\n"
        "from workbench.simulation import SimulationSettings, simulate_version\n"
        "from workbench.simulation.settings import LaneCapacity\n"
        "import cli.main\n"
        "simulate_version(rework_loop(), SimulationSettings(cases=50))\n"
        "print('numba' in sys.modules)\n"
        "people = (LaneCapacity(rework_loop().lanes[1].id, 1),)\n"
        "simulate_version(rework_loop(), SimulationSettings(cases=50, capacities=people,\n"
        "                                                  arrivals_per_hour=0.5))\n"
        "print('numba' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, timeout=600)  # fmt: skip
    assert done.stdout.split() == ["False", "True"]


def test_a_cancel_during_the_compile_is_honoured_at_once(monkeypatch):
    from workbench.simulation import queue_compiled, queue_kernel

    slow = threading.Event()
    monkeypatch.setattr(queue_kernel, "advance", _NotCompiled(slow))
    asked = []

    def cancel(share: float) -> bool:
        asked.append(share)
        return False

    version = rework_loop()
    people = (LaneCapacity(version.lanes[1].id, 1),)
    settings = SimulationSettings(cases=50, capacities=people, arrivals_per_hour=0.5)
    with pytest.raises(SimulationCancelled):
        simulate_version(version, settings, progress=cancel)
    slow.set()  # the compile goes on in the background and ends
    assert asked == [0.0] and queue_compiled is not None


class _NotCompiled:
    """Stands for the loop before its first compile: compiling waits until told."""

    signatures: list = []

    def __init__(self, done: threading.Event) -> None:
        self.done = done

    def compile(self, signature) -> None:
        self.done.wait(30)
