"""How a KPI performs over time: its latest result against target, its control chart, and
whether it needs a corrective action (off target or out of control), the three questions
an auditor asks of every metric on a process.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workbench.control_chart import ControlChart, control_chart, sorted_results
from workbench.governance import ActionStatus, CorrectiveAction, KpiResult
from workbench.model import Direction, Kpi


class Reason(StrEnum):
    OFF_TARGET = "off_target"
    OUT_OF_CONTROL = "out_of_control"
    BOTH = "both"


@dataclass(frozen=True)
class KpiPerformance:
    kpi: Kpi
    results: tuple[KpiResult, ...]
    met: tuple[bool | None, ...]  # per period: target met, or None without a target
    chart: ControlChart | None

    @property
    def latest(self) -> KpiResult | None:
        return self.results[-1] if self.results else None

    @property
    def off_target(self) -> bool:
        return bool(self.met) and self.met[-1] is False

    @property
    def out_of_control(self) -> bool:
        return self.chart is not None and not self.chart.in_control

    @property
    def reason(self) -> Reason | None:
        if self.off_target and self.out_of_control:
            return Reason.BOTH
        if self.off_target:
            return Reason.OFF_TARGET
        return Reason.OUT_OF_CONTROL if self.out_of_control else None

    @property
    def action(self) -> CorrectiveAction | None:
        """The action answering the current problem: the latest open one, else the latest."""
        actions = self.kpi.corrective_actions
        open_ones = [a for a in actions if a.status is ActionStatus.OPEN]
        return (open_ones or list(actions) or [None])[-1]


def meets_target(kpi: Kpi, value: float) -> bool | None:
    if kpi.target is None:
        return None
    if kpi.direction is Direction.HIGHER:
        return value >= kpi.target
    return value <= kpi.target


def latest_result(kpi: Kpi) -> KpiResult | None:
    """The figure a report shows as measured: the last period's result."""
    results = sorted_results(kpi)
    return results[-1] if results else None


def kpi_performance(kpi: Kpi) -> KpiPerformance:
    results = tuple(sorted_results(kpi))
    met = tuple(meets_target(kpi, r.value) for r in results)
    return KpiPerformance(kpi, results, met, control_chart(kpi))


def kpi_figure(value: float) -> str:
    """A measured KPI value as entered: up to two decimals (82.5, 1,234, 0.35), never "-0"."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
