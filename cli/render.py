"""How measures and findings look: aligned tables for people, a stable JSON shape for tools.

The JSON shape is a contract for scripts in a team's process repository (CI that runs
`process-workbench check --json`), so keys are only ever added, never renamed.
"""

from __future__ import annotations

from typing import Any

from cli.analysis import ElementLabels, VersionAnalysis, severity_name, severity_rank
from cli.table import format_table
from cli.words import current, say_in, tr
from workbench.checks import Finding
from workbench.document import Document
from workbench.findings import check_title, severity_count
from workbench.i18n import _t
from workbench.measures import MEASURES
from workbench.model import Version
from workbench.numbers import decimals, figure, in_unit

CHECK_SCHEMA = "process-workbench/check/1"
MEASURES_SCHEMA = "process-workbench/measures/1"
MISSING = "-"


def format_number(value: float | int | None) -> str:
    if value is None:
        return MISSING
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}" if abs(value) < 1e15 else f"{value:g}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}".rstrip("0").rstrip(".")


def shown_unit(unit: str) -> str:
    """The unit as a reader expects it: shares as percentages, counts without a unit."""
    return {"count": "", "share": "%", "h": tr("h")}.get(unit, unit)


def document_title(document: Document, path: str) -> str:
    return f"{document.metadata.title or tr('(untitled process)')} ({path})"


SEVERITY_WORDS = {"error": _t("error"), "warning": _t("warning"), "info": _t("info")}


def severity_word(name: str) -> str:
    return tr(SEVERITY_WORDS[name]) if name in SEVERITY_WORDS else name


def format_measure(unit: str, value: float | int | None, places: int | None = None) -> str:
    """A measure by the shared rule (`workbench.numbers`): shares as percentages."""
    if value is None:
        return MISSING
    return figure(in_unit(value, unit), places)


def measures_table(analyses: list[VersionAnalysis]) -> str:
    """One row per measure, one column per version, and the notes that explain gaps."""
    headers = [tr("measure"), tr("unit"), *[a.version.name for a in analyses]]
    rows = []
    for m in MEASURES:
        values = [a.values.get(m.key) for a in analyses]
        places = decimals(*(in_unit(v, m.unit) for v in values if v is not None))
        rows.append(
            [tr(m.name), shown_unit(m.unit), *[format_measure(m.unit, v, places) for v in values]]
        )
    right = range(2, len(headers))
    text = format_table(headers, rows, right_aligned=tuple(right))
    notes = _measure_notes(analyses)
    return f"{text}\n\n{notes}" if notes else text


def _measure_notes(analyses: list[VersionAnalysis]) -> str:
    """Each note once, with the versions it applies to when there are several."""
    names = {m.key: tr(m.name) for m in MEASURES}
    order = {m.key: i for i, m in enumerate(MEASURES)}
    grouped: dict[tuple[str, str], list[str]] = {}
    for analysis in analyses:
        for key, note in analysis.notes.items():
            if note:
                grouped.setdefault((key, say_in(note)), []).append(analysis.version.name)
    lines = []
    for (key, note), versions in sorted(grouped.items(), key=lambda i: order.get(i[0][0], 99)):
        where = f" [{current().join(versions)}]" if len(analyses) > 1 else ""
        lines.append(f"  {names.get(key, key)}{where}{tr(': ')}{note}")
    return tr("Notes:") + "\n" + "\n".join(lines) if lines else ""


def findings_table(rows: list[tuple[Version | None, Finding]], show_version: bool) -> str:
    headers = [tr("severity"), tr("check"), *([tr("version")] if show_version else []),
               tr("element"), tr("message")]
    table = []
    labels = ElementLabels()
    for version, finding in _worst_first(rows):
        cells = [severity_word(severity_name(finding.severity)), _check_cell(finding.check_id)]
        if show_version:
            cells.append(version.name if version else tr("(document)"))
        cells.append(labels.label(version, finding.element_id, finding.element_kind))
        cells.append(" ".join(say_in(finding.message).split()))
        table.append(cells)
    return format_table(headers, table)


def _check_cell(check_id: str) -> str:
    """The check's stable id, which CI configurations use; a Chinese reader gets its title too."""
    if current().language == "en":
        return str(check_id)
    return f"{check_title(check_id, current())} ({check_id})"


def _worst_first(
    rows: list[tuple[Version | None, Finding]],
) -> list[tuple[Version | None, Finding]]:
    return sorted(rows, key=lambda row: -severity_rank(row[1].severity))


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        name = severity_name(finding.severity)
        counts[name] = counts.get(name, 0) + 1
    return counts


def summary_line(counts: dict[str, int]) -> str:
    names = ("error", "warning", "info")
    return current().join([say_in(severity_count(name, counts.get(name, 0))) for name in names])


# ------------------------------------------------------------------------- JSON

def measure_definitions() -> list[dict[str, Any]]:
    return [
        {
            "key": m.key,
            "name": m.name,
            "unit": m.unit,
            "better": None if m.better is None else str(getattr(m.better, "value", m.better)),
            "description": m.description,
        }
        for m in MEASURES
    ]


def version_measures(analysis: VersionAnalysis) -> dict[str, Any]:
    return {
        "id": analysis.version.id,
        "name": analysis.version.name,
        "values": dict(analysis.values),
        "notes": {k: v for k, v in analysis.notes.items() if v},
    }


def findings_data(rows: list[tuple[Version | None, Finding]]) -> list[dict[str, Any]]:
    labels = ElementLabels()
    return [finding_data(version, finding, labels) for version, finding in rows]


def finding_data(
    version: Version | None, finding: Finding, labels: ElementLabels | None = None
) -> dict[str, Any]:
    kind = finding.element_kind
    return {
        "check_id": str(finding.check_id),
        "severity": severity_name(finding.severity),
        "message": str(finding.message),
        "title": check_title(finding.check_id, current()),
        "text": say_in(finding.message),
        "version_id": finding.version_id,
        "version_name": version.name if version else None,
        "element_id": finding.element_id,
        "element_kind": None if kind is None else str(getattr(kind, "value", kind)),
        "element": (labels or ElementLabels()).label(version, finding.element_id, kind),
    }


def document_header(document: Document, path: str) -> dict[str, Any]:
    return {"file": path, "title": document.metadata.title}
