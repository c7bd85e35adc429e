"""Monte Carlo simulation of a version: distributions, not only averages.

The names below load on first use, so that opening a document (which reads the run
settings in `settings`) does not load NumPy and the engine.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "SimulationCancelled": "workbench.simulation.tokens",
    "SimulationError": "workbench.simulation.plan",
    "SimulationResult": "workbench.simulation.results",
    "SimulationSettings": "workbench.simulation.settings",
    "Spread": "workbench.simulation.results",
    "simulate_version": "workbench.simulation.run",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(name)
    return getattr(importlib.import_module(_WHERE[name]), name)
