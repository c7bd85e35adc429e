"""Every user-facing text of the audit pack's PDF and workbook, in one place: plain English
format strings with named parameters, ready for the exporters' message catalogue."""

from __future__ import annotations

from workbench.i18n import _t, tr

PACK_TITLE = _t("COPC audit pack")
PACK_SUBTITLE = _t("{folder} · as of {today}")
SUMMARY = _t(
    "{documents} process documents: {ready} ready for audit, {gaps} with gaps, "
    "{unreadable} that could not be read."
)
SUMMARY_GIT = _t("Last changes are read from the folder's git history.")
REGISTER_HEADING = _t("Process register")
REGISTER_COLUMNS = (
    _t("Process"), _t("Owner"), _t("Status"), _t("Approved"), _t("Next review"), _t("KPIs"),
    _t("Coverage"), _t("Checklist"), _t("E/W/I"), _t("Readiness"),
)
UNREADABLE_HEADING = _t("Files that could not be read")
UNREADABLE_COLUMNS = (_t("File"), _t("Why"))
MATRIX_HEADING = _t("Readiness matrix")
MATRIX_NOTE = _t("✓ the rule holds; a number counts the gaps under that rule.")
MATRIX_LEGEND_COLUMNS = (_t("Rule"), _t("Id"), _t("What it asks"))
PROCESS_FACTS = (
    (_t("File"), _t("{path}")),
    (_t("Classification"), _t("{classification}")),
    (_t("Owner"), _t("{owner}")),
    (_t("Status and version"), _t("{status} {version_label}")),
    (_t("Approved"), _t("{approved}")),
    (_t("Last review / next review"), _t("{last_review} / {next_review}")),
    (_t("Version shown"), _t("{version}")),
    (_t("Last change (git)"), _t("{git}")),
)
CHANGE_LOG_HEADING = _t("Change log")
CHANGE_LOG_COLUMNS = (_t("Version"), _t("Approved by"), _t("On"), _t("What changed"))
CHECKLIST_HEADING = _t("Four-element checklist")
KPI_HEADING = _t("KPIs")
PERFORMANCE_HEADING = _t("KPI performance against target")
PERFORMANCE_COLUMNS = (
    _t("KPI"), _t("Category"), _t("Target"), _t("Latest"), _t("Periods"), _t("Chart"),
    _t("Signals"), _t("Needs"),
)
CHARTS_HEADING = _t("Control charts")
CHART_CAPTION = _t("{kpi} · {chart} · limits from the first {baseline} periods")
NO_LIMITS = _t("trend against target (too few periods for control limits)")
NO_CHART = _t("{kpi}: {count} period(s) of results; a control chart needs at least {needed}.")
GAPS_HEADING = _t("Readiness gaps")
GAPS_NONE = _t("Ready: every readiness rule holds.")
GAPS_COLUMNS = (_t("Rule"), _t("What to fix"))
ACTIONS_HEADING = _t("Corrective actions")
ACTIONS_NONE = _t("No corrective actions recorded.")
ACTIONS_COLUMNS = (
    _t("KPI"), _t("Action"), _t("Root cause"), _t("Owner"), _t("Opened"), _t("Due"), _t("Status"),
)
NEEDS_ACTION = _t("corrective action")
ACTION_ON_FILE = _t("action on file")
IN_CONTROL = _t("in control")
NONE = _t("—")
READY = _t("ready")
GAP_COUNT = _t("{count} gap(s)")
UNREADABLE = _t("unreadable")
LEGEND_TARGET = _t("target")
LEGEND_LIMITS = _t("control limits")
LEGEND_CENTRE = _t("centre line")
LEGEND_SIGNAL = _t("signal")
CLASSES = {
    "key_customer_service": _t("key customer service"),
    "key_support": _t("key support"),
    "management": _t("management"),
}
CATEGORIES = {
    "service": _t("Service"),
    "quality": _t("Quality"),
    "cost": _t("Cost"),
    "satisfaction": _t("Satisfaction"),
    "revenue": _t("Revenue"),
}

# Workbook
SHEET_REGISTER = _t("Register")
SHEET_MATRIX = _t("Readiness")
SHEET_CATALOGUE = _t("KPI catalogue")
SHEET_RESULTS = _t("Results")
SHEET_CHARTS = _t("Charts")
WORKBOOK_REGISTER_COLUMNS = (
    _t("File"), _t("Process"), _t("Classification"), _t("Owner"), _t("Status"), _t("Version"),
    _t("Approved by"), _t("Approved on"), _t("Last review"), _t("Next review"), _t("KPIs"),
    _t("KPI coverage"), _t("Checklist score"), _t("Errors"), _t("Warnings"), _t("Info"),
    _t("Readiness"), _t("Gaps"), _t("Last change"), _t("Changed by"), _t("Error"),
)
CATALOGUE_COLUMNS = (
    _t("Process"), _t("KPI"), _t("Definition"), _t("Formula"), _t("Unit"), _t("Better"),
    _t("Target"), _t("Target rationale"), _t("Data source"), _t("Method"), _t("Frequency"),
    _t("Owner"), _t("Latest period"), _t("Latest"), _t("Met"), _t("Control"),
    _t("Corrective action"),
)
RESULTS_COLUMNS = (
    _t("Process"), _t("KPI"), _t("Unit"), _t("Period"), _t("Measured"), _t("Sample size"),
    _t("Target"), _t("Centre"), _t("Lower limit"), _t("Upper limit"), _t("Signal"),
)
CHART_SERIES = (_t("Measured"), _t("Target"), _t("Centre"), _t("Lower limit"), _t("Upper limit"))
DIRECTION = {"higher": _t("higher"), "lower": _t("lower")}
YES, NO = _t("yes"), _t("no")
SAMPLED = _t("{kind}, n={size}, {confidence} confidence")

CANNOT_MAKE = _t("Cannot make the audit pack: {error}")
CANNOT_LAY_OUT = _t("The audit pack could not be laid out: {error}")
MATRIX_COLUMNS = (_t("File"), _t("Process"))
CHART_PERIOD = _t("Period")
NOT_A_WORKBOOK = _t("{path} is not an Excel workbook that can be read ({error}).")
TOO_MANY_ROWS = _t("More than {rows} rows: split the file.")


def trs(texts: tuple[str, ...]) -> list[str]:
    """Column headings and the like, each in the current reader's language."""
    return [tr(text) for text in texts]


def class_name(classification: str) -> str:
    return tr(CLASSES[classification]) if classification in CLASSES else classification
