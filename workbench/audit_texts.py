"""Every user-facing text of the audit preparation in the domain layer, in one place: plain
English format strings with named parameters, ready to be routed through the domain's
message catalogue. Ids in the keys are stable; the wording may change.
"""

from __future__ import annotations

# Checks over a KPI's results (id, severity, title, description), added to the lint's registry.
KPI_RESULT_CHECKS = (
    (
        "kpi-off-target",
        "warning",
        "KPI misses its target",
        "The latest measured period misses the KPI's target: it needs a corrective action.",
    ),
    (
        "kpi-out-of-control",
        "warning",
        "KPI out of control",
        "The KPI's control chart shows a signal (a point outside the limits or a run of "
        "eight on one side of the centre line): it needs a corrective action.",
    ),
)

FINDING_MESSAGES = {
    "kpi-off-target": "KPI '{kpi}' measured {value} in {period} against a target of {target}.",
    "kpi-out-of-control": "KPI '{kpi}' is out of control: {signals}.",
    "needs-action": " It needs a corrective action.",
    "has-action": " Corrective action recorded: {action} ({status}).",
}

SIGNAL_TEXTS = {
    "outside_limits": "{periods} outside the control limits",
    "run_of_eight": "a run of eight on one side of the centre line ending {periods}",
}

CHART_NAMES = {
    "individuals": "Individuals chart (XmR)",
    "p": "p-chart",
}
CHART_BASELINE = "Limits from the first {count} periods"

# Readiness rules: id -> (title, gap text). A rule's gap text names what to fix.
READINESS_RULES = {
    "owner-named": (
        "An owner is named",
        "Name the process owner in the document's properties.",
    ),
    "approved-version": (
        "An approved current version exists",
        "{detail}",
    ),
    "review-current": (
        "Review is not overdue",
        "{detail}",
    ),
    "four-elements": (
        "The four elements are complete",
        "Complete the checklist ({score} complete): {gaps}.",
    ),
    "interactions-have-kpis": (
        "Every interaction has a KPI",
        "Attach a KPI to {count} interaction(s): {interactions}.",
    ),
    "kpi-defined": (
        "Every KPI is fully defined",
        "KPI '{kpi}' lacks {missing}.",
    ),
    "kpi-results": (
        "At least the last {periods} periods of results exist",
        "KPI '{kpi}' has {count} period(s) of results; record at least {periods}.",
    ),
    "corrective-actions": (
        "Every KPI out of target or out of control has a corrective action",
        "Record a corrective action for KPI '{kpi}' ({reason}).",
    ),
    "no-error-findings": (
        "The current version has no error findings",
        "Fix {count} error finding(s) in '{version}': {titles}.",
    ),
}

APPROVAL_DETAILS = {
    "status": "Approve the current version: its status is {status}.",
    "who": "Record who approved the current version and on what date.",
}

REVIEW_DETAILS = {
    "none": "Set the next review date (or the last review and the review interval).",
    "overdue": "The review was due on {due}; review the process and record the date.",
}

KPI_FIELD_NAMES = {
    "definition": "a definition",
    "formula": "a formula",
    "unit": "a unit",
    "target": "a target",
    "target_rationale": "the rationale for its target",
    "data_source": "a data source",
    "method": "a sampling plan with sample size and confidence",
    "frequency": "a frequency",
    "owner": "an owner",
}

REASONS = {
    "off_target": "misses its target",
    "out_of_control": "out of control",
    "both": "misses its target and is out of control",
}

STATUS_NAMES = {
    "draft": "draft",
    "in_review": "in review",
    "approved": "approved",
    "retired": "retired",
}

VERDICTS = {"ready": "ready", "gaps": "{count} gap(s)", "unreadable": "unreadable"}

AND = " and "
LIST_SEPARATOR = ", "

# Importing KPI results from a table (CSV or a workbook's first sheet).
RESULT_IMPORT = {
    "empty": "The file has no rows: the first row must name the columns {columns}.",
    "missing-column": "Row 1: the column '{column}' is missing (the columns are {columns}).",
    "unknown-kpi": "Row {row}, column '{column}': there is no KPI '{value}' in this version.",
    "no-period": "Row {row}, column '{column}': the period is empty.",
    "bad-number": "Row {row}, column '{column}': '{value}' is not a number.",
    "bad-size": "Row {row}, column '{column}': '{value}' is not a whole number from 1.",
    "twice": "Row {row}, column '{column}': KPI '{kpi}' already has a value for {value} "
             "(row {first}).",
    "not-text": "The file is not UTF-8 text (CSV); save it as UTF-8 CSV or as an Excel workbook.",
}
