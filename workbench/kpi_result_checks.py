"""Lint checks over KPI results: a KPI that misses its target in its latest period, or whose
control chart shows a signal, becomes a finding that asks for a corrective action."""

from __future__ import annotations

from collections.abc import Iterator

from workbench.audit_texts import ACTION_STATUS_NAMES, FINDING_MESSAGES
from workbench.control_chart import signal_summary
from workbench.events import ElementKind
from workbench.findings import CheckContext, Finding
from workbench.i18n import Joined, Msg
from workbench.kpi_performance import KpiPerformance, kpi_figure, kpi_performance


def kpi_results(ctx: CheckContext) -> Iterator[Finding]:
    for kpi in ctx.version.kpis.values():
        if not kpi.results:
            continue
        performance = kpi_performance(kpi)
        latest = performance.latest
        if performance.off_target and latest is not None and kpi.target is not None:
            value = f"{kpi_figure(latest.value)} {kpi.unit}".strip()
            target = f"{kpi_figure(kpi.target)} {kpi.unit}".strip()
            text = Msg(
                FINDING_MESSAGES["kpi-off-target"],
                kpi=kpi.name, value=value, period=latest.period, target=target,
            )
            yield ctx.finding(
                "kpi-off-target",
                Joined((text, _action_text(performance)), "sentences"),
                kpi.id,
                ElementKind.KPI,
            )
        if performance.out_of_control and performance.chart is not None:
            signals = signal_summary(performance.chart)
            text = Msg(FINDING_MESSAGES["kpi-out-of-control"], kpi=kpi.name, signals=signals)
            yield ctx.finding(
                "kpi-out-of-control",
                Joined((text, _action_text(performance)), "sentences"),
                kpi.id,
                ElementKind.KPI,
            )


def _with_action(text: Msg, performance: KpiPerformance) -> Msg:
    return Joined((text, _action_text(performance)), "sentences")


def _action_text(performance: KpiPerformance) -> Msg:
    action = performance.action
    if action is None:
        return Msg(FINDING_MESSAGES["needs-action"])
    status = Msg(ACTION_STATUS_NAMES[action.status.value])
    return Msg(FINDING_MESSAGES["has-action"], action=action.description, status=status)


KPI_RESULT_CHECKS = (kpi_results,)
