"""The records an audit asks for beside the flow: who approved which version and when, what
changed, the measured results of each KPI per period, and the actions taken when a KPI
drifted. Plain frozen records like the rest of the model; `Metadata` and `Kpi` hold them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class ChangeLogEntry:
    """One approved version of the process: its number, who approved it, when, and why."""

    version_label: str
    approved_by: str = ""
    approved_on: str = ""
    summary: str = ""


@dataclass(frozen=True)
class KpiResult:
    """A KPI's measured value for one period ("2026-03", "2026-Q1", "2026-W14").

    `sample_size` is the number of transactions behind the value when it was sampled; a
    p-chart needs it per period, since its limits widen as the sample shrinks."""

    period: str
    value: float
    sample_size: int | None = None
    note: str = ""


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


@dataclass(frozen=True)
class CorrectiveAction:
    """What was done about a KPI that missed its target or went out of control."""

    id: str
    description: str
    opened: str = ""
    owner: str = ""
    due: str = ""
    root_cause: str = ""
    status: ActionStatus = ActionStatus.OPEN
