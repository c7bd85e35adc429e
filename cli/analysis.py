"""Measures and checks of the versions a command looks at, in one place for every output.

The numbers and findings come from `workbench` (defined once, shown with the same names
everywhere); this module gathers them per version, building each version's flow graph once
for both, and says which element a finding points at in words a reader recognises.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from cli.words import tr
from exporters.text_metrics import report_metrics
from workbench.branching import branch_shares
from workbench.checks import Finding, Severity, check_version
from workbench.diagram import build_drawing
from workbench.document import Document
from workbench.flowgraph import FlowGraph
from workbench.i18n import _t
from workbench.measures import MEASURES, measure_version
from workbench.model import Version

SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


@dataclass
class VersionAnalysis:
    version: Version
    values: dict[str, float | int | None]
    notes: dict[str, str]
    findings: list[Finding] = field(default_factory=list)


def analyse(
    document: Document, versions: list[Version], with_checks: bool = True
) -> list[VersionAnalysis]:
    """Each version's measures, and its findings when `with_checks`: the diagram's too, as
    the printed report would draw it."""
    analyses = []
    metrics = report_metrics(document) if with_checks else None
    for version in versions:
        graph = FlowGraph(version)
        branching = branch_shares(graph)
        report = measure_version(version, graph, branching)
        values = {m.key: _finite(report.values.get(m.key)) for m in MEASURES}
        findings = []
        if with_checks and metrics is not None:
            drawing = build_drawing(version, metrics)
            findings = check_version(document, version, graph, branching, drawing, metrics)
        analyses.append(VersionAnalysis(version, values, dict(report.notes), list(findings)))
    return analyses


def severity_name(severity: Severity | str) -> str:
    return str(getattr(severity, "value", severity))


def severity_rank(severity: Severity | str) -> int:
    return SEVERITY_RANK.get(severity_name(severity), 0)


KIND_WORDS = {
    "node": _t("step"),
    "flow": _t("flow"),
    "lane": _t("lane"),
    "kpi": _t("KPI"),
    "goal": _t("goal"),
    "inputs": _t("inputs"),
    "outputs": _t("outputs"),
    "activities": _t("activities"),
    "input": _t("input"),
    "output": _t("output"),
    "activity": _t("activity"),
    "version": _t("version"),
}


class ElementLabels:
    """Labels for the elements of many findings: each version's lanes and checklist items
    are indexed once, so naming n findings takes time linear in n, not n times the lanes."""

    def __init__(self) -> None:
        self._others: dict[int, tuple[Version, dict[str, str]]] = {}

    def label(self, version: Version | None, element_id: str | None, kind: object) -> str:
        kind_name = str(getattr(kind, "value", kind) or "")
        kind_word = tr(KIND_WORDS[kind_name]) if kind_name in KIND_WORDS else kind_name
        if version is None:
            return f"{kind_word} {element_id or ''}".strip() or tr("document")
        if kind_name == "version" or (not element_id and not kind_name):
            return tr('version "{name}"').format(name=version.name)
        if kind_name == "goal" or not element_id:
            return kind_word
        found = self._element_name(version, element_id)
        return found or f"{kind_word} {element_id}".strip()

    def _element_name(self, version: Version, element_id: str) -> str | None:
        if element_id in version.nodes:
            return tr('step "{name}"').format(name=_name(version.nodes[element_id].label,
                                                           element_id))
        if element_id in version.flows:
            flow = version.flows[element_id]
            source, target = _node_name(version, flow.source), _node_name(version, flow.target)
            return tr('flow "{source}" -> "{target}"').format(source=source, target=target)
        if element_id in version.kpis:
            return tr('KPI "{name}"').format(name=_name(version.kpis[element_id].name, element_id))
        return self._other_names(version).get(element_id)

    def _other_names(self, version: Version) -> dict[str, str]:
        """Lanes and checklist items by id; the first of an id wins, as a scan would find."""
        cached = self._others.get(id(version))
        if cached is not None and cached[0] is version:
            return cached[1]
        names: dict[str, str] = {}
        for lane in version.lanes:
            names.setdefault(lane.id, tr('lane "{name}"').format(name=_name(lane.name, lane.id)))
        checklist = version.checklist
        for what, items in ((tr('input "{name}"'), checklist.inputs),
                            (tr('output "{name}"'), checklist.outputs),
                            (tr('activity "{name}"'), checklist.activities)):  # fmt: skip
            for item in items:
                names.setdefault(item.id, what.format(name=_name(item.name, item.id)))
        self._others[id(version)] = (version, names)
        return names


def _node_name(version: Version, node_id: str) -> str:
    node = version.nodes.get(node_id)
    return _name(node.label, node_id) if node else node_id


def _name(label: str, fallback: str) -> str:
    return " ".join(label.split()) or fallback


def _finite(value: object) -> float | int | None:
    """A number JSON and a table can show; None for missing, NaN or infinite values."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
