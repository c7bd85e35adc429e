"""Control charts for KPI results: the limits and the out-of-control signals.

Two kinds, chosen from the data: a p-chart where every period carries its sample size and
the KPI is a share (its limits narrow and widen with each period's sample), otherwise an
individuals chart with its moving range (XmR), the usual chart for one measurement per
period. Limits come from a baseline, the first half of the periods and at least eight, so a
drift at the end is judged against the process as it was and not averaged into its own
limits. Signals: a point outside the limits, and a run of eight on one side of the centre.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from workbench.audit_texts import SIGNAL_TEXTS
from workbench.governance import KpiResult
from workbench.i18n import Joined, Msg
from workbench.model import Kpi

MIN_POINTS = 5  # fewer periods give limits too loose to mean anything
MIN_BASELINE = 8
RUN_LENGTH = 8
XMR_FACTOR = 2.66  # 3 / d2 with d2 = 1.128 for moving ranges of two
MR_FACTOR = 3.267  # D4 for moving ranges of two


class ChartKind(StrEnum):
    INDIVIDUALS = "individuals"
    P = "p"


class SignalKind(StrEnum):
    OUTSIDE_LIMITS = "outside_limits"
    RUN_OF_EIGHT = "run_of_eight"


@dataclass(frozen=True)
class Signal:
    kind: SignalKind
    index: int  # the period where the signal shows (for a run: its eighth point)
    period: str


@dataclass(frozen=True)
class ControlChart:
    """Points and limits in the KPI's own unit (a p-chart in percent when the KPI is)."""

    kind: ChartKind
    periods: tuple[str, ...]
    values: tuple[float, ...]
    centre: float
    upper: tuple[float, ...]  # per point: a p-chart's limits vary with the sample size
    lower: tuple[float, ...]
    baseline_count: int
    signals: tuple[Signal, ...]
    moving_range_centre: float | None = None
    moving_range_upper: float | None = None

    @property
    def in_control(self) -> bool:
        return not self.signals

    def signals_of(self, kind: SignalKind) -> list[Signal]:
        return [s for s in self.signals if s.kind is kind]


def sorted_results(kpi: Kpi) -> list[KpiResult]:
    """Periods sort as text: ISO months, quarters and weeks all order correctly that way."""
    return sorted(kpi.results, key=lambda r: r.period)


def is_percent(unit: str) -> bool:
    return "%" in unit or unit.strip().lower() in {"percent", "pct"}


def control_chart(kpi: Kpi) -> ControlChart | None:
    """The chart the KPI's results allow, or None with fewer than `MIN_POINTS` periods."""
    results = sorted_results(kpi)
    if len(results) < MIN_POINTS:
        return None
    if all(r.sample_size for r in results) and _shares(kpi, results):
        return _p_chart(kpi, results)
    return _individuals(results)


def baseline_count(points: int) -> int:
    return min(points, max(MIN_BASELINE, points // 2))


def _shares(kpi: Kpi, results: list[KpiResult]) -> bool:
    top = 100.0 if is_percent(kpi.unit) else 1.0
    return all(0.0 <= r.value <= top for r in results) and (
        is_percent(kpi.unit) or kpi.unit.strip() in {"", "share", "ratio"}
    )


def _individuals(results: list[KpiResult]) -> ControlChart:
    values = [r.value for r in results]
    base = baseline_count(len(values))
    centre = math.fsum(values[:base]) / base
    ranges = [abs(b - a) for a, b in zip(values[: base - 1], values[1:base], strict=True)]
    mr_bar = math.fsum(ranges) / len(ranges) if ranges else 0.0
    upper, lower = centre + XMR_FACTOR * mr_bar, centre - XMR_FACTOR * mr_bar
    n = len(values)
    return ControlChart(
        ChartKind.INDIVIDUALS,
        tuple(r.period for r in results),
        tuple(values),
        centre,
        (upper,) * n,
        (lower,) * n,
        base,
        _signals(results, values, centre, [upper] * n, [lower] * n),
        mr_bar,
        MR_FACTOR * mr_bar,
    )


def _p_chart(kpi: Kpi, results: list[KpiResult]) -> ControlChart:
    scale = 100.0 if is_percent(kpi.unit) else 1.0
    shares = [r.value / scale for r in results]
    sizes = [r.sample_size or 1 for r in results]
    base = baseline_count(len(results))
    hits = math.fsum(p * n for p, n in zip(shares[:base], sizes[:base], strict=True))
    p_bar = hits / sum(sizes[:base])
    spread = [3 * math.sqrt(p_bar * (1 - p_bar) / n) for n in sizes]
    upper = [min(1.0, p_bar + s) * scale for s in spread]
    lower = [max(0.0, p_bar - s) * scale for s in spread]
    values = [r.value for r in results]
    centre = p_bar * scale
    return ControlChart(
        ChartKind.P,
        tuple(r.period for r in results),
        tuple(values),
        centre,
        tuple(upper),
        tuple(lower),
        base,
        _signals(results, values, centre, upper, lower),
    )


def _signals(
    results: list[KpiResult],
    values: list[float],
    centre: float,
    upper: list[float],
    lower: list[float],
) -> tuple[Signal, ...]:
    signals = [
        Signal(SignalKind.OUTSIDE_LIMITS, i, results[i].period)
        for i, value in enumerate(values)
        if value > upper[i] or value < lower[i]
    ]
    run, side = 0, 0
    for i, value in enumerate(values):
        here = (value > centre) - (value < centre)  # a point on the line breaks a run
        run = run + 1 if here != 0 and here == side else (1 if here != 0 else 0)
        side = here
        if run == RUN_LENGTH or (run > RUN_LENGTH and run % RUN_LENGTH == 0):
            signals.append(Signal(SignalKind.RUN_OF_EIGHT, i, results[i].period))
    return tuple(sorted(signals, key=lambda s: (s.index, s.kind)))


def signal_summary(chart: ControlChart) -> Msg:
    """The chart's signals in one line, periods of one kind of signal named together."""
    parts = []
    for kind in SignalKind:
        periods = [s.period for s in chart.signals_of(kind)]
        if periods:
            parts.append(Msg(SIGNAL_TEXTS[kind.value], periods=Joined(periods)))
    return Joined(parts, "items")
