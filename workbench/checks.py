"""The lint over a version: every check, run on one shared flow graph, findings in a stable
order (severity, then check id, then the element's place in the version), so the issues
panel does not reshuffle between runs and a CI log diffs cleanly.
"""

from __future__ import annotations

from workbench.branching import Branching, branch_shares
from workbench.content_checks import CONTENT_CHECKS
from workbench.diagram.check import diagram_findings
from workbench.diagram.drawing import Drawing
from workbench.diagram.text import EstimatedMetrics, TextMetrics
from workbench.document import Document
from workbench.events import ElementKind
from workbench.findings import (
    CHECKS,
    SEVERITY_RANK,
    CheckContext,
    CheckDef,
    Finding,
    Severity,
)
from workbench.flow_checks import FLOW_CHECKS
from workbench.flowgraph import FlowGraph
from workbench.gc_pause import without_collector
from workbench.kpi_result_checks import KPI_RESULT_CHECKS
from workbench.model import Version

__all__ = [
    "CHECKS", "CheckDef", "Finding", "Severity", "check_document", "check_version",
    "sort_findings",
]

# What to do first leads its severity's list: a flow without steps before the checklist gaps.
LEADING_CHECKS = frozenset({"empty-flow"})

_KIND_ORDER = {
    kind: rank
    for rank, kind in enumerate(
        (
            ElementKind.VERSION,
            ElementKind.GOAL,
            ElementKind.INPUT,
            ElementKind.OUTPUT,
            ElementKind.ACTIVITY,
            ElementKind.LANE,
            ElementKind.NODE,
            ElementKind.FLOW,
            ElementKind.KPI,
        )
    )
}


@without_collector
def check_version(
    document: Document,
    version: Version,
    graph: FlowGraph | None = None,
    branching: Branching | None = None,
    drawing: Drawing | None = None,
    metrics: TextMetrics | None = None,
    ordered: bool = True,
) -> list[Finding]:
    """All findings for one version; pass `graph`/`branching` to share them with the measures,
    and the version's `drawing` (with the metrics it was drawn with) to check the diagram.
    `ordered=False` leaves them in the order found, for a caller that only counts them."""
    graph = graph or FlowGraph(version)
    context = CheckContext(document, version, graph, branching or branch_shares(graph))
    findings = [
        f for check in FLOW_CHECKS + CONTENT_CHECKS + KPI_RESULT_CHECKS for f in check(context)
    ]
    if drawing is not None:
        findings += diagram_findings(version, drawing, metrics or EstimatedMetrics())
    return sort_findings(version, findings) if ordered else findings


def sort_findings(version: Version, findings: list[Finding]) -> list[Finding]:
    """Severity first, then what to do first, then check, then the element's place."""
    places = _places(version)

    def order(finding: Finding) -> tuple:
        kind_rank = _KIND_ORDER.get(finding.element_kind, -1) if finding.element_kind else -1
        place = places.get(finding.element_id, len(places)) if finding.element_id else -1
        return (
            SEVERITY_RANK[finding.severity],
            finding.check_id not in LEADING_CHECKS,
            finding.check_id,
            kind_rank,
            place,
            finding.element_id or "",
            finding.message,
        )

    return sorted(findings, key=order)


def check_document(document: Document) -> dict[str, list[Finding]]:
    return {version.id: check_version(document, version) for version in document.versions}


def _places(version: Version) -> dict[str, int]:
    """Each element's position in the version as the user sees it listed."""
    ids = [lane.id for lane in version.lanes]
    ids += list(version.nodes) + list(version.flows) + list(version.kpis)
    checklist = version.checklist
    ids += [item.id for item in checklist.inputs + checklist.outputs + checklist.activities]
    return {element_id: place for place, element_id in enumerate(ids)}
