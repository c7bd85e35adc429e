"""What a run found, per case and summed up: the lead-time distribution, customer wait,
contacts, time limits kept (per KPI and per customer tier) and the busiest lanes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

PERCENTILES = (50, 90, 95)


@dataclass(frozen=True)
class Spread:
    """Mean, percentiles and maximum of one per-case figure."""

    mean: float
    p50: float
    p90: float
    p95: float
    max: float
    std_error: float  # of the mean

    @classmethod
    def of(cls, values: np.ndarray) -> Spread:
        values = np.asarray(values, dtype=float)
        p50, p90, p95 = np.percentile(values, PERCENTILES)
        error = float(values.std(ddof=1) / np.sqrt(values.size)) if values.size > 1 else 0.0
        return cls(float(values.mean()), float(p50), float(p90), float(p95),
                   float(values.max()), error)  # fmt: skip


@dataclass(frozen=True)
class TierFigure:
    """Of one tier's cases: how many, how many a time limit applied to, and the share that
    kept it (None when no limit applied to any)."""

    segment_id: str | None
    name: str
    cases: int
    with_limit: int
    kept: float | None
    limit_hours: float | None = None


@dataclass(frozen=True)
class KpiAttainment:
    kpi_id: str
    name: str
    unit: str
    applies_to: int  # cases that passed the point the KPI is attached to
    kept: float | None  # share of those within their tier's limit
    tiers: tuple[TierFigure, ...] = ()


@dataclass(frozen=True)
class LaneLoad:
    lane_id: str
    name: str
    work_per_case: float  # hours of work per case in this lane
    visits_per_case: float
    people: int | None = None
    utilisation: float | None = None  # share of the people's time spent working
    queue_per_visit: float | None = None  # mean hours a visit waited for a person


@dataclass
class SimulationResult:
    version_id: str
    version_name: str
    cases: int
    seed: int
    lead_time: np.ndarray  # hours, per case
    customer_wait: np.ndarray
    contacts: np.ndarray
    queued: np.ndarray  # hours waited for a person, per case
    tier: np.ndarray  # segment number per case, -1 without tiers
    tier_names: list[tuple[str, str]]  # (segment id, name) by segment number
    kpis: list[KpiAttainment] = field(default_factory=list)
    tiers: list[TierFigure] = field(default_factory=list)
    lanes: list[LaneLoad] = field(default_factory=list)

    def lead(self) -> Spread:
        return Spread.of(self.lead_time)

    def wait(self) -> Spread:
        return Spread.of(self.customer_wait)

    def contact(self) -> Spread:
        return Spread.of(self.contacts)

    def busiest_lanes(self, count: int = 5) -> list[LaneLoad]:
        def load(lane: LaneLoad) -> float:
            return lane.utilisation if lane.utilisation is not None else lane.work_per_case

        return sorted(self.lanes, key=load, reverse=True)[:count]

    def to_data(self) -> dict[str, Any]:
        """A plain-data summary, for JSON on the command line and for the reports."""

        def spread(s: Spread) -> dict[str, float]:
            return {k: round(v, 6) for k, v in vars(s).items()}

        return {
            "version": self.version_name,
            "cases": self.cases,
            "seed": self.seed,
            "lead_time_hours": spread(self.lead()),
            "customer_wait_hours": spread(self.wait()),
            "customer_contacts": spread(self.contact()),
            "queue_wait_hours": spread(Spread.of(self.queued)),
            "time_limits": [
                {
                    "kpi": k.name,
                    "unit": k.unit,
                    "applies_to": k.applies_to,
                    "kept": k.kept,
                    "tiers": [_tier_data(t) for t in k.tiers],
                }
                for k in self.kpis
            ],
            "tiers": [_tier_data(t) for t in self.tiers],
            "busiest_lanes": [vars(lane) for lane in self.busiest_lanes()],
        }


def _tier_data(t: TierFigure) -> dict[str, Any]:
    return {
        "tier": t.name,
        "cases": t.cases,
        "with_limit": t.with_limit,
        "kept": t.kept,
        **({"limit_hours": t.limit_hours} if t.limit_hours is not None else {}),
    }
