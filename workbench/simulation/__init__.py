"""Monte Carlo simulation of a version: distributions, not only averages (issue: what
customers will experience before and after)."""

from workbench.simulation.plan import SimulationError
from workbench.simulation.results import SimulationResult, Spread
from workbench.simulation.run import simulate_version
from workbench.simulation.settings import SimulationSettings
from workbench.simulation.tokens import SimulationCancelled

__all__ = [
    "SimulationCancelled",
    "SimulationError",
    "SimulationResult",
    "SimulationSettings",
    "Spread",
    "simulate_version",
]
