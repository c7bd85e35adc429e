"""One row of the process register: what a quality lead needs to know about a document
without opening it. Built from the document once and cached; plain data, so it can be
shown, filtered, written as JSON and compared between scans.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from workbench.approval import next_review_due
from workbench.checklist_score import checklist_score
from workbench.checks import check_version
from workbench.document import Document
from workbench.findings import Severity
from workbench.flowgraph import FlowGraph
from workbench.measures import kpi_coverage
from workbench.readiness import Gap, current_version, readiness


@dataclass(frozen=True)
class GitChange:
    """The last commit that touched a file, as git itself reports it."""

    date: str
    author: str
    subject: str = ""
    uncommitted: bool = False


@dataclass(frozen=True)
class RegisterEntry:
    path: str  # relative to the register's folder, with "/" separators
    title: str = ""
    classification: str = ""
    owner: str = ""
    status: str = ""
    version_label: str = ""
    current_version: str = ""
    approved_by: str = ""
    approved_on: str = ""
    last_review: str = ""
    next_review: str = ""
    kpi_count: int = 0
    kpi_coverage: float | None = None
    checklist_score: float | None = None
    findings: dict[str, int] = field(default_factory=dict)  # by severity value
    gaps: tuple[Gap, ...] = ()
    error: str = ""  # why the file could not be read; every other field is then empty
    git: GitChange | None = None

    @property
    def readable(self) -> bool:
        return not self.error

    @property
    def ready(self) -> bool:
        return self.readable and not self.gaps

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["gaps"] = [{"rule": g.rule_id, "text": g.text, "element": g.element_id}
                        for g in self.gaps]
        data["ready"] = self.ready
        return data


def summarise(document: Document, path: str, today: dt.date) -> RegisterEntry:
    meta = document.metadata
    version = current_version(document)
    graph = FlowGraph(version) if version is not None else None
    score = checklist_score(version.checklist, version) if version is not None else None
    # only counted here, so left in the order the checks found them
    findings = check_version(document, version, graph, ordered=False) if graph is not None else []
    counts = {s.value: sum(1 for f in findings if f.severity is s) for s in Severity}
    due = next_review_due(meta)
    return RegisterEntry(
        path=path,
        title=meta.title,
        classification=meta.classification.value,
        owner=meta.owner,
        status=meta.status.value,
        version_label=meta.version_label,
        current_version=version.name if version is not None else "",
        approved_by=meta.approved_by,
        approved_on=meta.approved_on,
        last_review=meta.last_review,
        next_review=due.isoformat() if due is not None else "",
        kpi_count=len(version.kpis) if version is not None else 0,
        kpi_coverage=kpi_coverage(graph) if graph is not None else None,
        checklist_score=score.share if score is not None else None,
        findings=counts,
        gaps=readiness(document, version, findings, today, graph, score).gaps,
    )


def unreadable(path: str, error: str) -> RegisterEntry:
    return RegisterEntry(path=path, error=error)
