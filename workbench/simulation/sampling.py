"""Step durations drawn for many visits at once: fixed, triangular or PERT from each step's
(minimum, most likely, maximum)."""

from __future__ import annotations

import numpy as np

from workbench.simulation.plan import FIXED, PERT, TRIANGULAR, Plan


def draw_durations(plan: Plan, nodes: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Hours for one visit to each of `nodes` (step positions, repeats allowed)."""
    hours = plan.mode[nodes]
    shape = plan.shape[nodes]
    if not shape.any():
        return hours
    tri = np.flatnonzero(shape == TRIANGULAR)
    if tri.size:
        hours[tri] = _triangular(plan, nodes[tri], rng.random(tri.size))
    pert = np.flatnonzero(shape == PERT)
    if pert.size:
        v = nodes[pert]
        hours[pert] = plan.lo[v] + (plan.hi[v] - plan.lo[v]) * rng.beta(plan.alpha[v], plan.beta[v])
    assert FIXED == 0
    return hours


def _triangular(plan: Plan, v: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Inverse of the triangular distribution's CDF (NumPy's own takes scalars per call)."""
    a, c, b = plan.lo[v], plan.mode[v], plan.hi[v]
    width = b - a
    split = (c - a) / width
    rising = a + np.sqrt(u * width * (c - a))
    falling = b - np.sqrt((1.0 - u) * width * (b - c))
    return np.where(u < split, rising, falling)
