"""What a simulation run needs besides the flow: run size, the shape of duration ranges,
the working calendar, the people per lane, and the customer-tier method of case 2.

Saved with the document under the optional key "simulation"; a file without it gets these
defaults, so files written before simulation existed still open unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class RangeShape(StrEnum):
    """How a step's (minimum, most likely, maximum) becomes a distribution."""

    TRIANGULAR = "triangular"
    PERT = "pert"


@dataclass(frozen=True)
class WorkingCalendar:
    """Working time for the organisation's steps: when `enabled`, durations of steps outside
    the customer lanes are working time (hours of the working day, working days), while the
    customer's own steps and waits run on the clock."""

    enabled: bool = False
    day_start: float = 9.0
    day_end: float = 18.0
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday is 0
    holidays: tuple[str, ...] = ()  # ISO dates, e.g. "2026-10-01"
    first_day: str = "2026-01-05"  # the day the first case arrives (a Monday)


@dataclass(frozen=True)
class LaneCapacity:
    """People working a lane; cases queue first come, first served when all are busy."""

    lane: str
    people: int


@dataclass(frozen=True)
class TenureScore:
    """One row of the tenure table: from `min_months` of tenure on, the score is `score`."""

    min_months: float
    score: float


def _example_tenure_table() -> tuple[TenureScore, ...]:
    # The article does not print its table (CASES.md, case 2): an example to edit.
    return (
        TenureScore(0.0, 1.0),
        TenureScore(12.0, 1.2),
        TenureScore(36.0, 1.5),
        TenureScore(60.0, 2.0),
    )


@dataclass(frozen=True)
class TierMethod:
    """Case 2's tiering: value = ARPU score x tenure score; the tiers take these shares of
    the customers, top tier first; thresholds are rounded to a multiple of `rounding`."""

    shares: tuple[float, ...] = (0.05, 0.10, 0.15, 0.40, 0.30)
    rounding: float = 10.0
    tenure_scores: tuple[TenureScore, ...] = field(default_factory=_example_tenure_table)


@dataclass(frozen=True)
class SimulationSettings:
    cases: int = 10_000
    seed: int = 1
    range_shape: RangeShape = RangeShape.TRIANGULAR
    calendar: WorkingCalendar = field(default_factory=WorkingCalendar)
    capacities: tuple[LaneCapacity, ...] = ()
    arrivals_per_hour: float | None = None  # needed with capacities: cases queue for people
    tiers: TierMethod = field(default_factory=TierMethod)

    def people(self) -> dict[str, int]:
        return {c.lane: c.people for c in self.capacities}
