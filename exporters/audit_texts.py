"""Every user-facing text of the audit pack's PDF and workbook, in one place: plain English
format strings with named parameters, ready for the exporters' message catalogue."""

from __future__ import annotations

PACK_TITLE = "COPC audit pack"
PACK_SUBTITLE = "{folder} · as of {today}"
SUMMARY = (
    "{documents} process documents: {ready} ready for audit, {gaps} with gaps, "
    "{unreadable} that could not be read."
)
SUMMARY_GIT = "Last changes are read from the folder's git history."
REGISTER_HEADING = "Process register"
REGISTER_COLUMNS = (
    "Process", "Owner", "Status", "Approved", "Next review", "KPIs", "Coverage",
    "Checklist", "E/W/I", "Readiness",
)
UNREADABLE_HEADING = "Files that could not be read"
UNREADABLE_COLUMNS = ("File", "Why")
MATRIX_HEADING = "Readiness matrix"
MATRIX_NOTE = "✓ the rule holds; a number counts the gaps under that rule."
MATRIX_LEGEND_COLUMNS = ("Rule", "Id", "What it asks")
PROCESS_FACTS = (
    ("File", "{path}"),
    ("Classification", "{classification}"),
    ("Owner", "{owner}"),
    ("Status and version", "{status} {version_label}"),
    ("Approved", "{approved}"),
    ("Last review / next review", "{last_review} / {next_review}"),
    ("Version shown", "{version}"),
    ("Last change (git)", "{git}"),
)
CHANGE_LOG_HEADING = "Change log"
CHANGE_LOG_COLUMNS = ("Version", "Approved by", "On", "What changed")
CHECKLIST_HEADING = "Four-element checklist"
KPI_HEADING = "KPIs"
PERFORMANCE_HEADING = "KPI performance against target"
PERFORMANCE_COLUMNS = (
    "KPI", "Category", "Target", "Latest", "Periods", "Chart", "Signals", "Needs",
)
CHARTS_HEADING = "Control charts"
CHART_CAPTION = "{kpi} · {chart} · limits from the first {baseline} periods"
NO_LIMITS = "trend against target (too few periods for control limits)"
NO_CHART = "{kpi}: {count} period(s) of results; a control chart needs at least {needed}."
GAPS_HEADING = "Readiness gaps"
GAPS_NONE = "Ready: every readiness rule holds."
GAPS_COLUMNS = ("Rule", "What to fix")
ACTIONS_HEADING = "Corrective actions"
ACTIONS_NONE = "No corrective actions recorded."
ACTIONS_COLUMNS = ("KPI", "Action", "Root cause", "Owner", "Opened", "Due", "Status")
NEEDS_ACTION = "corrective action"
ACTION_ON_FILE = "action on file"
IN_CONTROL = "in control"
NONE = "—"
READY = "ready"
GAP_COUNT = "{count} gap(s)"
UNREADABLE = "unreadable"
LEGEND_TARGET = "target"
LEGEND_LIMITS = "control limits"
LEGEND_CENTRE = "centre line"
LEGEND_SIGNAL = "signal"
CLASSES = {
    "key_customer_service": "key customer service",
    "key_support": "key support",
    "management": "management",
}
CATEGORIES = {
    "service": "Service",
    "quality": "Quality",
    "cost": "Cost",
    "satisfaction": "Satisfaction",
    "revenue": "Revenue",
}

# Workbook
SHEET_REGISTER = "Register"
SHEET_MATRIX = "Readiness"
SHEET_CATALOGUE = "KPI catalogue"
SHEET_RESULTS = "Results"
SHEET_CHARTS = "Charts"
WORKBOOK_REGISTER_COLUMNS = (
    "File", "Process", "Classification", "Owner", "Status", "Version", "Approved by",
    "Approved on", "Last review", "Next review", "KPIs", "KPI coverage", "Checklist score",
    "Errors", "Warnings", "Info", "Readiness", "Gaps", "Last change", "Changed by", "Error",
)
CATALOGUE_COLUMNS = (
    "Process", "KPI", "Definition", "Formula", "Unit", "Better", "Target", "Target rationale",
    "Data source", "Method", "Frequency", "Owner", "Latest period", "Latest", "Met",
    "Control", "Corrective action",
)
RESULTS_COLUMNS = (
    "Process", "KPI", "Unit", "Period", "Value", "Sample size", "Target", "Centre",
    "Lower limit", "Upper limit", "Signal",
)
CHART_SERIES = ("Value", "Target", "Centre", "Lower limit", "Upper limit")
DIRECTION = {"higher": "higher", "lower": "lower"}
YES, NO = "yes", "no"
SAMPLED = "{kind}, n={size}, {confidence} confidence"

CANNOT_MAKE = "Cannot make the audit pack: {error}"
CANNOT_LAY_OUT = "The audit pack could not be laid out: {error}"
MATRIX_COLUMNS = ("File", "Process")
CHART_PERIOD = "Period"
NOT_A_WORKBOOK = "{path} is not an Excel workbook that can be read ({error})."
TOO_MANY_ROWS = "More than {rows:,} rows: split the file."
