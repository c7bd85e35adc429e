"""The Excel workbook a process owner takes to a manager and keeps working in.

Sheets: Summary (the as-is/to-be comparison with live formulas, better/worse colouring and
a chart), Changes (elements added, removed, changed), one sheet of steps per version,
Interactions & KPIs, Checklist and Findings. A version with findings still exports; the
Findings sheet lists them. The file is written beside the target and renamed over it only
when complete, so a failed export never leaves half a workbook behind.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook

from exporters import simulation_words
from exporters.excel_cached import save
from exporters.excel_layout import SheetNames
from exporters.excel_sheets import (
    write_changes,
    write_checklist,
    write_findings,
    write_interactions,
    write_steps,
)
from exporters.excel_simulation import write_simulation
from exporters.excel_summary import write_summary
from workbench.checks import check_version
from workbench.comparison import Comparison, compare_versions, pick_pair
from workbench.comparison_elements import text
from workbench.document import Document
from workbench.model import Version
from workbench.simulation.before_after import simulate_compared
from workbench.storage import SaveError, atomic_output

CREATOR = "Process Workbench"
_LOCKED = {errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY}


def export_workbook(
    document: Document,
    path: str | os.PathLike[str],
    before: str | Version | None = None,
    after: str | Version | None = None,
) -> Comparison:
    """Write the workbook comparing `before` with `after` (names or ids; by default the
    first and the last version) and return the comparison it shows.

    Raises `ValueError` for a version that does not exist and `SaveError`, with a message
    for the user, when the file cannot be written; the target is then left as it was."""
    first, last = pick_pair(document, before, after)
    comparison = compare_versions(first, last, document)
    workbook = build_workbook(document, comparison)
    try:
        with atomic_output(path) as temp:
            save(workbook, temp)
    except SaveError as error:
        raise SaveError(_advice(error, path)) from error
    return comparison


def build_workbook(document: Document, comparison: Comparison) -> Workbook:
    """The workbook in memory, for the exporters and tests that want to look before saving."""
    versions = list(document.versions)
    findings = {v.id: check_version(document, v) for v in versions}
    workbook = Workbook()
    names = SheetNames()
    summary = workbook.active
    summary.title = names.claim("Summary")
    write_summary(summary, comparison, _header(document, comparison, findings))
    if not comparison.same_version:
        write_changes(workbook.create_sheet(names.claim("Changes")), comparison)
    for number, version in enumerate(versions, start=1):
        sheet = workbook.create_sheet(names.claim(version.name or f"Version {number}"))
        write_steps(sheet, document, version, f"Steps{number}")
    write_interactions(
        workbook.create_sheet(names.claim("Interactions & KPIs")), document, versions
    )
    write_checklist(workbook.create_sheet(names.claim("Checklist")), versions)
    write_findings(workbook.create_sheet(names.claim("Findings")), versions, findings)
    pair = simulate_compared(document, comparison.before.version_id, comparison.after.version_id)
    write_simulation(workbook.create_sheet(names.claim(simulation_words.SHEET)), pair)
    _properties(workbook, document, comparison)
    return workbook


def _header(document: Document, comparison: Comparison, findings: dict) -> list[str]:
    meta = document.metadata
    if comparison.same_version:
        compared = f"The only version: {comparison.before.version_name}"
    else:
        compared = (
            f"Before: {comparison.before.version_name} · after: {comparison.after.version_name}"
        )
    facts = [
        ("Owner", meta.owner),
        ("Team", meta.team),
        ("Status", text(meta.status)),
        ("Review date", meta.review_date),
    ]
    about = " · ".join(f"{label}: {value}" for label, value in facts if value)
    counts = "; ".join(f"{v.name}: {_count(findings.get(v.id, []))}" for v in document.versions)
    exported = datetime.now().strftime("%Y-%m-%d %H:%M")
    return [line for line in (compared, about, f"Findings: {counts} · Exported {exported}") if line]


def _count(findings: Sequence) -> str:
    by_severity: dict[str, int] = {}
    for finding in findings:
        key = text(finding.severity)
        by_severity[key] = by_severity.get(key, 0) + 1
    if not by_severity:
        return "none"
    return ", ".join(
        f"{n} {s}{'s' if n != 1 and s != 'info' else ''}" for s, n in by_severity.items()
    )


def _properties(workbook: Workbook, document: Document, comparison: Comparison) -> None:
    meta = document.metadata
    props = workbook.properties
    title = meta.title or "Process"
    props.title = f"{title}: {comparison.before.version_name} vs {comparison.after.version_name}"
    props.subject = "Customer-service process: as-is versus to-be comparison"
    props.creator = meta.author or meta.owner or CREATOR
    props.lastModifiedBy = CREATOR
    props.keywords = ", ".join(("process", "comparison", *meta.tags))
    props.description = meta.description
    props.category = text(meta.classification)
    props.created = props.modified = datetime.now()


def _advice(error: SaveError, path: str | os.PathLike[str]) -> str:
    """The storage layer's reason, plus what to do when another program holds the file."""
    cause = error.__cause__
    message = str(error).replace("Could not save", "Could not write the workbook")
    if isinstance(cause, OSError) and cause.errno in _LOCKED:
        message += (
            f" If {os.path.basename(os.fspath(path))} is open in Excel or another "
            "program, close it there and export again."
        )
    return message
