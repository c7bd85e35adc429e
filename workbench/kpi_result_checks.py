"""Lint checks over KPI results: a KPI that misses its target in its latest period, or whose
control chart shows a signal, becomes a finding that asks for a corrective action."""

from __future__ import annotations

from collections.abc import Iterator

from workbench.audit_texts import FINDING_MESSAGES
from workbench.control_chart import signal_summary
from workbench.events import ElementKind
from workbench.findings import CheckContext, Finding
from workbench.kpi_performance import KpiPerformance, kpi_figure, kpi_performance


def kpi_results(ctx: CheckContext) -> Iterator[Finding]:
    for kpi in ctx.version.kpis.values():
        if not kpi.results:
            continue
        performance = kpi_performance(kpi)
        latest = performance.latest
        if performance.off_target and latest is not None and kpi.target is not None:
            text = FINDING_MESSAGES["kpi-off-target"].format(
                kpi=kpi.name,
                value=f"{kpi_figure(latest.value)} {kpi.unit}".strip(),
                period=latest.period,
                target=f"{kpi_figure(kpi.target)} {kpi.unit}".strip(),
            )
            yield ctx.finding(
                "kpi-off-target", text + _action_text(performance), kpi.id, ElementKind.KPI
            )
        if performance.out_of_control and performance.chart is not None:
            signals = signal_summary(performance.chart)
            text = FINDING_MESSAGES["kpi-out-of-control"].format(kpi=kpi.name, signals=signals)
            yield ctx.finding(
                "kpi-out-of-control", text + _action_text(performance), kpi.id, ElementKind.KPI
            )


def _action_text(performance: KpiPerformance) -> str:
    action = performance.action
    if action is None:
        return FINDING_MESSAGES["needs-action"]
    return FINDING_MESSAGES["has-action"].format(
        action=action.description, status=action.status.value
    )


KPI_RESULT_CHECKS = (kpi_results,)
