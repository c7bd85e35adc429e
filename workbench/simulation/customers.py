"""The customer mix of a run: which tier each simulated case's customer belongs to.

Drawn from its own random stream of the seed, so two versions simulated with the same
seed see the very same customers in the same order: a before/after difference is the
flow's, not the luck of the draw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from workbench.model import Segment

TIER_STREAM = 1


@dataclass(frozen=True)
class CustomerMix:
    segments: tuple[tuple[str, str], ...]  # (id, name), top tier first
    weights: tuple[float, ...]  # share of the cases, same order

    @classmethod
    def from_segments(cls, segments: Sequence[Segment]) -> CustomerMix:
        """The tiers' own shares (the rules of case 2: 5 / 10 / 15 / 40 / 30 %)."""
        shared = [s for s in segments if s.share is not None and s.share > 0]
        return cls(tuple((s.id, s.name) for s in shared), tuple(s.share for s in shared))

    @classmethod
    def from_counts(cls, segments: Sequence[Segment], counts: Sequence[int]) -> CustomerMix:
        """The tiers as a customer list falls into them (see `tiers.tier_customers`)."""
        kept = [(s, c) for s, c in zip(segments, counts, strict=True) if c > 0]
        return cls(tuple((s.id, s.name) for s, _ in kept), tuple(float(c) for _, c in kept))

    def draw(self, cases: int, seed: int) -> np.ndarray:
        """Segment number per case (into `segments`), -1 everywhere without tiers."""
        if not self.segments:
            return np.full(cases, -1, dtype=np.int64)
        weights = np.asarray(self.weights, dtype=float)
        rng = np.random.default_rng([seed, TIER_STREAM])
        return rng.choice(len(weights), size=cases, p=weights / weights.sum())
