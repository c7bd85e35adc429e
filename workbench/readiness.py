"""COPC readiness of one process, as explicit rules with stable ids (DOMAIN.md §5).

Each rule either holds or yields gaps, and each gap names what to fix. The ids are stable
because the register, the audit pack and a team's own tracking refer to them; never rename
one, add a new id instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from workbench.approval import next_review_due
from workbench.audit_texts import (
    APPROVAL_DETAILS,
    KPI_FIELD_NAMES,
    READINESS_RULES,
    REASONS,
    REVIEW_DETAILS,
    STATUS_NAMES,
)
from workbench.checklist_score import ChecklistScore, checklist_score
from workbench.document import Document
from workbench.findings import CHECKS, Finding, Severity
from workbench.flowgraph import FlowGraph
from workbench.i18n import Day, Joined, Msg
from workbench.kpi_performance import kpi_performance
from workbench.model import Kpi, MethodKind, Status, Version

RULE_IDS = tuple(READINESS_RULES)
MIN_RESULT_PERIODS = 3
_SHOWN = 5  # items named in one gap before "…"


@dataclass(frozen=True, slots=True)  # a register holds tens of thousands
class Gap:
    rule_id: str
    text: str  # a Msg when made here, so each reader sees it in their language
    element_id: str | None = None

    def __reduce__(self) -> tuple:
        """Sent between processes as its three parts (a register row holds dozens)."""
        return (Gap, (self.rule_id, self.text, self.element_id))


@dataclass(frozen=True)
class Readiness:
    gaps: tuple[Gap, ...]

    @property
    def ready(self) -> bool:
        return not self.gaps

    def failed_rules(self) -> set[str]:
        return {gap.rule_id for gap in self.gaps}

    def holds(self, rule_id: str) -> bool:
        return rule_id not in self.failed_rules()


def rule_title(rule_id: str) -> Msg:
    return Msg(READINESS_RULES[rule_id][0], periods=MIN_RESULT_PERIODS)


def current_version(document: Document) -> Version | None:
    """The version in operation: the one the metadata names, else the last one drawn."""
    wanted = document.metadata.current_version
    for version in document.versions:
        if version.id == wanted:
            return version
    return document.versions[-1] if document.versions else None


def readiness(
    document: Document,
    version: Version | None,
    findings: list[Finding],
    today: dt.date,
    graph: FlowGraph | None = None,
    score: ChecklistScore | None = None,
) -> Readiness:
    """Pass the version's `graph` and checklist `score` when they are at hand already."""
    gaps: list[Gap] = []
    meta = document.metadata
    if not meta.owner.strip():
        gaps.append(_gap("owner-named"))
    if meta.status is not Status.APPROVED:
        detail = Msg(APPROVAL_DETAILS["status"], status=Msg(STATUS_NAMES[meta.status.value]))
        gaps.append(_gap("approved-version", detail=detail))
    elif not meta.approved_by.strip() or not meta.approved_on.strip():
        gaps.append(_gap("approved-version", detail=Msg(APPROVAL_DETAILS["who"])))
    due = next_review_due(meta)
    if due is None:
        gaps.append(_gap("review-current", detail=Msg(REVIEW_DETAILS["none"])))
    elif due < today:
        detail = Msg(REVIEW_DETAILS["overdue"], due=Day(due.isoformat()))
        gaps.append(_gap("review-current", detail=detail))
    if version is not None:
        graph = graph or FlowGraph(version)
        score = score if score is not None else checklist_score(version.checklist, version)
        gaps += _version_gaps(version, findings, graph, score)
    return Readiness(tuple(gaps))


def _version_gaps(
    version: Version, findings: list[Finding], graph: FlowGraph, score: ChecklistScore
) -> list[Gap]:
    gaps = []
    if score.gaps:
        gaps.append(
            _gap("four-elements", score=f"{score.complete}/{score.total}", gaps=_names(score.gaps))
        )
    bare = [graph.flows[k] for k in graph.interactions_without_kpi]
    if bare:
        names = [  # `_names` shows the first few, and "…" when there are more
            Msg("{source} → {target}", source=graph.describe(f.source),
                target=graph.describe(f.target))
            for f in bare[:_SHOWN + 1]
        ]
        gaps.append(_gap("interactions-have-kpis", count=len(bare), interactions=_names(names)))
    for kpi in version.kpis.values():
        gaps += _kpi_gaps(kpi)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        titles = [Msg(title) for title in sorted({CHECKS[f.check_id].title for f in errors})]
        gaps.append(
            _gap("no-error-findings", count=len(errors), version=version.name,
                 titles=_names(titles))
        )
    return gaps


def _kpi_gaps(kpi: Kpi) -> list[Gap]:
    gaps = []
    missing = _missing_fields(kpi)
    if missing:
        gaps.append(_gap("kpi-defined", kpi.id, kpi=kpi.name, missing=_missing_names(missing)))
    if len(kpi.results) < MIN_RESULT_PERIODS:
        gaps.append(
            _gap("kpi-results", kpi.id, kpi=kpi.name, count=len(kpi.results),
                 periods=MIN_RESULT_PERIODS)
        )
    if kpi.corrective_actions or not kpi.results:
        return gaps  # an action is recorded, or nothing measured can be off target yet
    performance = kpi_performance(kpi)
    if performance.reason is not None:
        reason = Msg(REASONS[performance.reason.value])
        gaps.append(_gap("corrective-actions", kpi.id, kpi=kpi.name, reason=reason))
    return gaps


def _missing_fields(kpi: Kpi) -> tuple[str, ...]:
    """What an auditor would find missing in the KPI's definition (`KPI_FIELD_NAMES` keys)."""
    present = {
        "definition": bool(kpi.definition.strip()),
        "formula": bool(kpi.formula.strip()),
        "unit": bool(kpi.unit.strip()),
        "target": kpi.has_target(),
        "target_rationale": bool(kpi.target_rationale.strip()),
        "data_source": bool(kpi.data_source.strip()),
        "method": kpi.method.kind is MethodKind.SYSTEM
        or (kpi.method.sample_size is not None and kpi.method.confidence is not None),
        "frequency": bool(kpi.frequency.strip()),
        "owner": bool(kpi.owner.strip()),
    }
    return tuple(name for name, ok in present.items() if not ok)


@cache
def _missing_names(fields: tuple[str, ...]) -> Msg:
    """The missing fields named once per combination, shared by every gap that names the
    same ones: a register of many KPIs holds, and sends between processes, a few of these
    instead of one per KPI."""
    return _names([Msg(KPI_FIELD_NAMES[name]) for name in fields], "and")


def _gap(rule_id: str, element_id: str | None = None, **values: object) -> Gap:
    return Gap(rule_id, Msg(READINESS_RULES[rule_id][1], **values), element_id)


def _names(items: list[str] | list[Msg] | tuple[str, ...], kind: str = "list") -> Msg:
    """At most `_SHOWN` names in the reader's list, then "…"."""
    shown = Joined(items[:_SHOWN], kind)
    return Msg("{names}…", names=shown) if len(items) > _SHOWN else shown
