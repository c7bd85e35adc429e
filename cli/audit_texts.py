"""Every user-facing text of the `register` and `audit` commands, in one place: plain
English format strings with named parameters, ready for the command line's catalogue."""

from __future__ import annotations

from workbench.i18n import _t

REGISTER_HELP = _t("list every process document in a folder with its readiness for a COPC audit")
REGISTER_DESCRIPTION = _t(
    "List every .pwb document below FOLDER (a shared drive or a git checkout of the team's "
    "process repository): title, classification, owner, status and version, approval, "
    "reviews, KPIs, checklist score, findings and COPC readiness with each gap. Files that "
    "cannot be read are listed with the reason. Exit code 0 when every process is ready, "
    "1 when some have gaps or cannot be read."
)
AUDIT_HELP = _t("write the COPC audit pack of a folder of processes (PDF and/or workbook)")
AUDIT_DESCRIPTION = _t(
    "Write the audit pack of every process below FOLDER: a PDF (register summary, readiness "
    "matrix, then per process its diagram, checklist, KPI table, control charts, gaps and "
    "corrective actions) and/or an Excel workbook (register, readiness matrix, KPI catalogue "
    "by COPC category, results per period with charts)."
)
FOLDER_ARG = _t("the folder to scan (subfolders included)")
JSON_ARG = _t("print the register as JSON, for other programs")
TODAY_ARG = _t("judge reviews as of this date (YYYY-MM-DD; default: today)")
NO_CACHE_ARG = _t(
    "read every document again instead of reusing the rows of the last run for files whose "
    "size and modification time are unchanged"
)
PDF_ARG = _t("write the PDF audit pack to OUT")
XLSX_ARG = _t("write the audit workbook to OUT")

NOT_A_FOLDER = _t("{folder}: not a folder; give the folder that holds the process documents.")
BAD_DATE = _t("{text}: not a date; write it as YYYY-MM-DD.")
NOTHING_TO_WRITE = _t("nothing to write: give --pdf OUT and/or --xlsx OUT.")
SAME_TARGET = _t("give the PDF and the workbook their own output files.")
SCANNING = _t("Scanning {folder} …")
CANNOT_SCAN = _t("{folder}: the folder cannot be read ({reason}).")

HEADING = _t("Process register: {folder}")
SUMMARY = _t(
    "{documents} documents: {ready} ready, {gaps} with gaps, {unreadable} unreadable "
    "(as of {today})."
)
NO_DOCUMENTS = _t("No process documents (.pwb) below this folder.")
COLUMNS = (
    _t("Process"), _t("File"), _t("Class"), _t("Owner"), _t("Status"), _t("Ver."), _t("Approved"),
    _t("Next review"), _t("KPIs"), _t("Coverage"), _t("Checklist"), _t("E/W/I"), _t("Readiness"),
)
GIT_COLUMN = _t("Last change")
GAPS_HEADING = _t("Gaps")
UNREADABLE_HEADING = _t("Unreadable files")
GAP_LINE = _t("  {path}  [{rule}] {text}")
ERROR_LINE = _t("  {path}: {error}")
READY = _t("ready")
GAP_COUNT = _t("{count} gap(s)")
UNREADABLE = _t("unreadable")
UNCOMMITTED = _t("changed, not committed")
CLASSES = {
    "key_customer_service": _t("key customer"),
    "key_support": _t("key support"),
    "management": _t("management"),
}
WROTE = _t("Wrote the {what} to {target}.")
PDF_NAME = _t("PDF audit pack")
WORKBOOK_NAME = _t("audit workbook")
CANNOT_WRITE = _t("Could not write the {what} {target}: {reason}. Nothing was written.")
