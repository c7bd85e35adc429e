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
from workbench.findings import severity_count
from workbench.i18n import document_translator, reader, reading_in, say, tr
from workbench.model import Version
from workbench.simulation.before_after import simulate_compared
from workbench.storage import SaveError, atomic_output
from workbench.vocabulary import value_word

CREATOR = "Process Workbench"
_LOCKED = {errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY}


def export_workbook(
    document: Document,
    path: str | os.PathLike[str],
    before: str | Version | None = None,
    after: str | Version | None = None,
    language: str | None = None,
) -> Comparison:
    """Write the workbook comparing `before` with `after` (names or ids; by default the
    first and the last version) and return the comparison it shows. It speaks the
    document's language, or `language` when given.

    Raises `ValueError` for a version that does not exist and `SaveError`, with a message
    for the user, when the file cannot be written; the target is then left as it was."""
    with reading_in(document_translator(document.metadata.language, language)):
        return _export_workbook(document, path, before, after)


def _export_workbook(
    document: Document,
    path: str | os.PathLike[str],
    before: str | Version | None,
    after: str | Version | None,
) -> Comparison:
    first, last = pick_pair(document, before, after)
    comparison = compare_versions(first, last, document)
    workbook = build_workbook(document, comparison)
    try:
        with atomic_output(path) as temp:
            save(workbook, temp)
    except SaveError as error:
        raise SaveError(save_advice(error, path)) from error
    return comparison


def build_workbook(document: Document, comparison: Comparison) -> Workbook:
    """The workbook in memory, for the exporters and tests that want to look before saving;
    in the current reader's language (`export_workbook` sets the document's)."""
    versions = list(document.versions)
    findings = {v.id: check_version(document, v) for v in versions}
    workbook = Workbook()
    names = SheetNames()
    summary = workbook.active
    summary.title = names.claim(tr("Summary"))
    write_summary(summary, comparison, _header(document, comparison, findings))
    if not comparison.same_version:
        write_changes(workbook.create_sheet(names.claim(tr("Changes"))), comparison)
    for number, version in enumerate(versions, start=1):
        unnamed = tr("Version {number}").format(number=number)
        sheet = workbook.create_sheet(names.claim(version.name or unnamed))
        write_steps(sheet, document, version, f"Steps{number}")
    write_interactions(
        workbook.create_sheet(names.claim(tr("Interactions & KPIs"))), document, versions
    )
    write_checklist(workbook.create_sheet(names.claim(tr("Checklist"))), versions)
    write_findings(workbook.create_sheet(names.claim(tr("Findings"))), versions, findings)
    pair = simulate_compared(document, comparison.before.version_id, comparison.after.version_id)
    write_simulation(workbook.create_sheet(names.claim(tr(simulation_words.SHEET))), pair)
    _properties(workbook, document, comparison)
    return workbook


def _header(document: Document, comparison: Comparison, findings: dict) -> list[str]:
    meta = document.metadata
    if comparison.same_version:
        compared = tr("The only version: {version}").format(
            version=comparison.before.version_name
        )
    else:
        compared = tr("Before: {before} · after: {after}").format(
            before=comparison.before.version_name, after=comparison.after.version_name
        )
    facts = [
        (tr("Owner"), meta.owner),
        (tr("Team"), meta.team),
        (tr("Status"), value_word(text(meta.status))),
        (tr("Next review"), reader().date(meta.next_review) if meta.next_review else ""),
    ]
    about = " · ".join(f"{label}{tr(': ')}{value}" for label, value in facts if value)
    counts = tr("; ").join(
        f"{v.name}{tr(': ')}{_count(findings.get(v.id, []))}" for v in document.versions
    )
    now = datetime.now()
    exported = f"{reader().date(now.date())} {now:%H:%M}"
    line = tr("Findings: {counts} · Exported {when}").format(counts=counts, when=exported)
    return [text for text in (compared, about, line) if text]


def _count(findings: Sequence) -> str:
    by_severity: dict[str, int] = {}
    for finding in findings:
        key = text(finding.severity)
        by_severity[key] = by_severity.get(key, 0) + 1
    if not by_severity:
        return tr("none")
    return reader().join([say(severity_count(s, n)) for s, n in by_severity.items()])


def _properties(workbook: Workbook, document: Document, comparison: Comparison) -> None:
    meta = document.metadata
    props = workbook.properties
    title = meta.title or tr("Process")
    props.title = tr("{title}: {before} vs {after}").format(
        title=title, before=comparison.before.version_name, after=comparison.after.version_name
    )
    props.subject = tr("Customer-service process: as-is versus to-be comparison")
    props.creator = meta.author or meta.owner or CREATOR
    props.lastModifiedBy = CREATOR
    props.keywords = ", ".join((tr("process"), tr("comparison"), *meta.tags))
    props.description = meta.description
    props.category = value_word(text(meta.classification))
    props.language = "zh-CN" if reader().chinese else "en"
    props.created = props.modified = datetime.now()


def save_advice(error: SaveError, path: str | os.PathLike[str]) -> str:
    """The storage layer's reason, plus what to do when another program holds the file."""
    cause = error.__cause__
    message = reader().render(error.args[0]) if error.args else str(error)
    if isinstance(cause, OSError) and cause.errno in _LOCKED:
        message += " " + tr(
            "If {file} is open in Excel or another program, close it there and export again."
        ).format(file=os.path.basename(os.fspath(path)))
    return message
