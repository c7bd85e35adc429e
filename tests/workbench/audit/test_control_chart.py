"""Control-chart maths against values worked by hand, and the two signals."""

import dataclasses
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.control_chart import (
    ChartKind,
    SignalKind,
    baseline_count,
    control_chart,
)
from workbench.governance import KpiResult
from workbench.model import Kpi


def kpi_with(values, sizes=None, unit="s") -> Kpi:
    sizes = sizes or [None] * len(values)
    results = tuple(
        KpiResult(f"2026-{i + 1:02d}", v, n)
        for i, (v, n) in enumerate(zip(values, sizes, strict=True))
    )
    return Kpi("k", "Handle time", unit=unit, results=results)


def test_too_few_periods_give_no_chart():
    assert control_chart(kpi_with([1, 2, 3, 4])) is None
    assert control_chart(kpi_with([1, 2, 3, 4, 5])) is not None


def test_individuals_limits_by_hand():
    values = [10, 12, 11, 13, 12, 10, 11, 12]
    chart = control_chart(kpi_with(values))
    assert chart.kind is ChartKind.INDIVIDUALS
    mean = sum(values) / 8  # 11.375
    mr_bar = (2 + 1 + 2 + 1 + 2 + 1 + 1) / 7
    assert chart.centre == pytest.approx(mean)
    assert chart.upper[0] == pytest.approx(mean + 2.66 * mr_bar)
    assert chart.lower[0] == pytest.approx(mean - 2.66 * mr_bar)
    assert chart.moving_range_upper == pytest.approx(3.267 * mr_bar)
    assert chart.in_control


def test_a_point_outside_the_limits_is_a_signal():
    values = [10, 12, 11, 13, 12, 10, 11, 12, 30]
    chart = control_chart(kpi_with(values))
    assert chart.baseline_count == 8  # the outlier is judged, not averaged into its limits
    assert [(s.kind, s.period) for s in chart.signals] == [(SignalKind.OUTSIDE_LIMITS, "2026-09")]


def test_a_run_of_eight_on_one_side_is_a_signal_at_its_eighth_point():
    values = [14, 10] * 4 + [12.5] * 7 + [12.6]  # centre 12; then eight points above it
    chart = control_chart(kpi_with(values))
    runs = chart.signals_of(SignalKind.RUN_OF_EIGHT)
    assert [s.index for s in runs] == [15]
    assert not chart.signals_of(SignalKind.OUTSIDE_LIMITS)


def test_seven_on_one_side_is_not_a_run():
    values = [14, 10] * 4 + [12.5] * 7 + [11]
    assert not control_chart(kpi_with(values)).signals_of(SignalKind.RUN_OF_EIGHT)


def test_p_chart_for_percent_with_sample_sizes_by_hand():
    shares = [90, 92, 88, 91, 89, 90, 93, 87]
    sizes = [100, 200, 100, 150, 100, 100, 200, 50]
    chart = control_chart(kpi_with(shares, sizes, unit="%"))
    assert chart.kind is ChartKind.P
    p_bar = sum(p / 100 * n for p, n in zip(shares, sizes, strict=False)) / sum(sizes)
    assert chart.centre == pytest.approx(p_bar * 100)
    for n, upper, lower in zip(sizes, chart.upper, chart.lower, strict=False):
        spread = 3 * math.sqrt(p_bar * (1 - p_bar) / n)
        assert upper == pytest.approx(min(1, p_bar + spread) * 100)
        assert lower == pytest.approx(max(0, p_bar - spread) * 100)
    assert chart.upper[7] > chart.upper[1]  # the smallest sample has the widest limits


def test_without_sample_sizes_a_percent_kpi_gets_an_individuals_chart():
    assert control_chart(kpi_with([90, 92, 88, 91, 89], unit="%")).kind is ChartKind.INDIVIDUALS


def test_results_are_charted_in_period_order_whatever_the_order_entered():
    kpi = kpi_with([10, 12, 11, 13, 12])
    shuffled = dataclasses.replace(kpi, results=tuple(reversed(kpi.results)))
    assert control_chart(shuffled).values == control_chart(kpi).values


@given(st.lists(st.floats(-1e6, 1e6), min_size=5, max_size=40))
def test_limits_bracket_the_centre_and_signals_point_at_real_periods(values):
    chart = control_chart(kpi_with(values))
    assert baseline_count(len(values)) == chart.baseline_count <= len(values)
    for upper, lower in zip(chart.upper, chart.lower, strict=False):
        assert lower <= chart.centre + 1e-6 * max(1, abs(chart.centre)) and upper >= lower
    for signal in chart.signals:
        assert chart.periods[signal.index] == signal.period
        if signal.kind is SignalKind.OUTSIDE_LIMITS:
            value = chart.values[signal.index]
            assert value > chart.upper[signal.index] or value < chart.lower[signal.index]
