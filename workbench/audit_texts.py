"""Every user-facing text of the audit preparation in the domain layer, in one place: plain
English format strings with named parameters, ready to be routed through the domain's
message catalogue. Ids in the keys are stable; the wording may change.
"""

from __future__ import annotations

from workbench.i18n import _t

# Checks over a KPI's results (id, severity, title, description), added to the lint's registry.
KPI_RESULT_CHECKS = (
    (
        "kpi-off-target",
        "warning",
        _t("KPI misses its target"),
        _t("The latest measured period misses the KPI's target: it needs a corrective action."),
    ),
    (
        "kpi-out-of-control",
        "warning",
        _t("KPI out of control"),
        _t(
            "The KPI's control chart shows a signal (a point outside the limits or a run of "
            "eight on one side of the centre line): it needs a corrective action."
        ),
    ),
)

FINDING_MESSAGES = {
    "kpi-off-target": _t("KPI '{kpi}' measured {value} in {period} against a target of {target}."),
    "kpi-out-of-control": _t("KPI '{kpi}' is out of control: {signals}."),
    "needs-action": _t("It needs a corrective action."),
    "has-action": _t("Corrective action recorded: {action} ({status})."),
}

SIGNAL_TEXTS = {
    "outside_limits": _t("{periods} outside the control limits"),
    "run_of_eight": _t("a run of eight on one side of the centre line ending {periods}"),
}

CHART_NAMES = {
    "individuals": _t("Individuals chart (XmR)"),
    "p": _t("p-chart"),
}
CHART_BASELINE = _t("Limits from the first {count} periods")

# Readiness rules: id -> (title, gap text). A rule's gap text names what to fix.
READINESS_RULES = {
    "owner-named": (
        _t("An owner is named"),
        _t("Name the process owner in the document's properties."),
    ),
    "approved-version": (
        _t("An approved current version exists"),
        "{detail}",
    ),
    "review-current": (
        _t("Review is not overdue"),
        "{detail}",
    ),
    "four-elements": (
        _t("The four elements are complete"),
        _t("Complete the checklist ({score} complete): {gaps}."),
    ),
    "interactions-have-kpis": (
        _t("Every interaction has a KPI"),
        _t("Attach a KPI to {count} interaction(s): {interactions}."),
    ),
    "kpi-defined": (
        _t("Every KPI is fully defined"),
        _t("KPI '{kpi}' lacks {missing}."),
    ),
    "kpi-results": (
        _t("At least the last {periods} periods of results exist"),
        _t("KPI '{kpi}' has {count} period(s) of results; record at least {periods}."),
    ),
    "corrective-actions": (
        _t("Every KPI out of target or out of control has a corrective action"),
        _t("Record a corrective action for KPI '{kpi}' ({reason})."),
    ),
    "no-error-findings": (
        _t("The current version has no error findings"),
        _t("Fix {count} error finding(s) in '{version}': {titles}."),
    ),
}

APPROVAL_DETAILS = {
    "status": _t("Approve the current version: its status is {status}."),
    "who": _t("Record who approved the current version and on what date."),
}

REVIEW_DETAILS = {
    "none": _t("Set the next review date (or the last review and the review interval)."),
    "overdue": _t("The review was due on {due}; review the process and record the date."),
}

KPI_FIELD_NAMES = {
    "definition": _t("a definition"),
    "formula": _t("a formula"),
    "unit": _t("a unit"),
    "target": _t("a target"),
    "target_rationale": _t("the rationale for its target"),
    "data_source": _t("a data source"),
    "method": _t("a sampling plan with sample size and confidence"),
    "frequency": _t("a frequency"),
    "owner": _t("an owner"),
}

REASONS = {
    "off_target": _t("misses its target"),
    "out_of_control": _t("out of control"),
    "both": _t("misses its target and is out of control"),
}

ACTION_STATUS_NAMES = {"open": _t("open"), "done": _t("done")}

STATUS_NAMES = {
    "draft": _t("draft"),
    "in_review": _t("in review"),
    "approved": _t("approved"),
    "retired": _t("retired"),
}

VERDICTS = {"ready": _t("ready"), "gaps": _t("{count} gap(s)"), "unreadable": _t("unreadable")}


# Importing KPI results from a table (CSV or a workbook's first sheet).
RESULT_IMPORT = {
    "empty": _t("The file has no rows: the first row must name the columns {columns}."),
    "missing-column": _t(
        "Row 1: the column '{column}' is missing (the columns are {columns})."
    ),
    "unknown-kpi": _t(
        "Row {row}, column '{column}': there is no KPI '{value}' in this version."
    ),
    "no-period": _t("Row {row}, column '{column}': the period is empty."),
    "bad-number": _t("Row {row}, column '{column}': '{value}' is not a number."),
    "bad-size": _t("Row {row}, column '{column}': '{value}' is not a whole number from 1."),
    "twice": _t(
        "Row {row}, column '{column}': KPI '{kpi}' already has a value for {value} (row {first})."
    ),
    "not-text": _t(
        "The file is not UTF-8 text (CSV); save it as UTF-8 CSV or as an Excel workbook."
    ),
}
