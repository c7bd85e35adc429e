"""Approval and review as document data: what approving a version, starting the next draft
and recording a review change in the metadata. Each returns the changes for one
`Document.change_metadata` call, so the editor undoes each as one step.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from workbench.governance import ChangeLogEntry
from workbench.model import Metadata, Status


def approval_changes(
    metadata: Metadata, approver: str, on: dt.date, summary: str = ""
) -> dict[str, Any]:
    """Approve the current version: status, approver and date, and its change-log entry.
    The next review falls due one review interval after the approval."""
    label = metadata.version_label or "1.0"
    entry = ChangeLogEntry(label, approver, on.isoformat(), summary)
    log = tuple(e for e in metadata.change_log if e.version_label != label) + (entry,)
    return {
        "status": Status.APPROVED,
        "version_label": label,
        "approved_by": approver,
        "approved_on": on.isoformat(),
        "last_review": on.isoformat(),
        "next_review": add_months(on, metadata.review_interval_months).isoformat(),
        "change_log": log,
    }


def new_draft_changes(metadata: Metadata) -> dict[str, Any]:
    """Start the next draft after an approved version: the approved one stays in the change
    log, the draft gets the next number and no approval of its own yet."""
    return {
        "status": Status.DRAFT,
        "version_label": next_label(metadata.version_label),
        "approved_by": "",
        "approved_on": "",
    }


def next_label(label: str) -> str:
    """"1.0" → "1.1", "2" → "3", "" → "0.1"; a label without a trailing number gets ".1"."""
    if not label:
        return "0.1"
    match = re.search(r"(\d+)$", label)
    if match is None:
        return label + ".1"
    return label[: match.start()] + str(int(match.group(1)) + 1)


def next_review_due(metadata: Metadata) -> dt.date | None:
    """The stated next review, else one interval after the last review or the approval."""
    if (stated := parse_date(metadata.next_review)) is not None:
        return stated
    for start in (metadata.last_review, metadata.approved_on):
        if (day := parse_date(start)) is not None:
            return add_months(day, metadata.review_interval_months)
    return None


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("every month has 28 days")


def parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None
