"""Time-limit KPIs: the promises a simulation can check case by case.

A KPI is a time limit when lower is better, its unit is a time unit and it has a target
(one for all, or one per customer tier). Its clock runs from the case's start to the last
time the case passes what the KPI is attached to: a step (done), an interaction (taken),
or, for the whole process, the case's end. It applies to the cases that pass that point,
so a KPI on "Carries out the maintenance" speaks of maintenance issues only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from workbench.flowgraph import FlowGraph
from workbench.model import AttachmentKind, Direction, Kpi
from workbench.simulation.tokens import Marks

_UNIT_HOURS = {
    "s": 1 / 3600, "sec": 1 / 3600, "second": 1 / 3600, "seconds": 1 / 3600, "秒": 1 / 3600,
    "min": 1 / 60, "mins": 1 / 60, "minute": 1 / 60, "minutes": 1 / 60, "分钟": 1 / 60,
    "h": 1.0, "hr": 1.0, "hrs": 1.0, "hour": 1.0, "hours": 1.0, "小时": 1.0,
    "d": 24.0, "day": 24.0, "days": 24.0, "天": 24.0, "日": 24.0,
    "wk": 168.0, "week": 168.0, "weeks": 168.0, "周": 168.0,
}  # fmt: skip


@dataclass(frozen=True)
class TimeLimit:
    kpi: Kpi
    unit_hours: float
    mark: int  # row in the run's last-pass table, or -1 for the case's end

    def limit_hours(self, segment_id: str | None) -> float | None:
        """The limit for a tier (its own target, else the KPI's), None when it has none."""
        for sid, target in self.kpi.segment_targets:
            if sid == segment_id:
                return target * self.unit_hours
        return None if self.kpi.target is None else self.kpi.target * self.unit_hours


def unit_hours(unit: str) -> float | None:
    return _UNIT_HOURS.get(unit.strip().casefold())


def time_limits(graph: FlowGraph) -> tuple[list[TimeLimit], Marks]:
    """The version's time-limit KPIs, and the steps and flows the run must watch for them."""
    node_slot = np.full(len(graph.ids), -1, dtype=np.int64)
    flow_slot = np.full(len(graph.flows), -1, dtype=np.int64)
    flow_number = {f.id: k for k, f in enumerate(graph.flows)}
    limits: list[TimeLimit] = []
    marks = 0
    for kpi in graph.version.kpis.values():
        hours = unit_hours(kpi.unit)
        if kpi.direction is not Direction.LOWER or hours is None or not kpi.has_target():
            continue
        where, ref = kpi.attached_to.kind, kpi.attached_to.ref
        if where is AttachmentKind.PROCESS or ref is None:
            limits.append(TimeLimit(kpi, hours, -1))
            continue
        if where is AttachmentKind.NODE and ref in graph.index:
            table, position = node_slot, graph.index[ref]
        elif where is AttachmentKind.INTERACTION and ref in flow_number:
            table, position = flow_slot, flow_number[ref]
        else:
            continue
        if table[position] < 0:
            table[position] = marks
            marks += 1
        limits.append(TimeLimit(kpi, hours, int(table[position])))
    return limits, Marks(node_slot, flow_slot)
