"""Every user-facing text of the `register` and `audit` commands, in one place: plain
English format strings with named parameters, ready for the command line's catalogue."""

from __future__ import annotations

REGISTER_HELP = "list every process document in a folder with its readiness for a COPC audit"
REGISTER_DESCRIPTION = (
    "List every .pwb document below FOLDER (a shared drive or a git checkout of the team's "
    "process repository): title, classification, owner, status and version, approval, "
    "reviews, KPIs, checklist score, findings and COPC readiness with each gap. Files that "
    "cannot be read are listed with the reason. Exit code 0 when every process is ready, "
    "1 when some have gaps or cannot be read."
)
AUDIT_HELP = "write the COPC audit pack of a folder of processes (PDF and/or workbook)"
AUDIT_DESCRIPTION = (
    "Write the audit pack of every process below FOLDER: a PDF (register summary, readiness "
    "matrix, then per process its diagram, checklist, KPI table, control charts, gaps and "
    "corrective actions) and/or an Excel workbook (register, readiness matrix, KPI catalogue "
    "by COPC category, results per period with charts)."
)
FOLDER_ARG = "the folder to scan (subfolders included)"
JSON_ARG = "print the register as JSON, for scripts"
TODAY_ARG = "judge reviews as of this date (YYYY-MM-DD; default: today)"
NO_CACHE_ARG = (
    "read every document again instead of reusing the rows of the last run for files whose "
    "size and modification time are unchanged"
)
PDF_ARG = "write the PDF audit pack to OUT"
XLSX_ARG = "write the audit workbook to OUT"

NOT_A_FOLDER = "{folder}: not a folder; give the folder that holds the process documents."
BAD_DATE = "{text}: not a date; write it as YYYY-MM-DD."
NOTHING_TO_WRITE = "nothing to write: give --pdf OUT and/or --xlsx OUT."
SAME_TARGET = "give the PDF and the workbook their own output files."
SCANNING = "Scanning {folder} …"
CANNOT_SCAN = "{folder}: the folder cannot be read ({reason})."

HEADING = "Process register: {folder}"
SUMMARY = (
    "{documents} documents: {ready} ready, {gaps} with gaps, {unreadable} unreadable "
    "(as of {today})."
)
NO_DOCUMENTS = "No process documents (.pwb) below this folder."
COLUMNS = (
    "Process", "File", "Class", "Owner", "Status", "Ver.", "Approved", "Next review", "KPIs",
    "Coverage", "Checklist", "E/W/I", "Readiness",
)
GIT_COLUMN = "Last change"
GAPS_HEADING = "Gaps"
UNREADABLE_HEADING = "Unreadable files"
GAP_LINE = "  {path}  [{rule}] {text}"
ERROR_LINE = "  {path}: {error}"
READY = "ready"
GAP_COUNT = "{count} gap(s)"
UNREADABLE = "unreadable"
UNCOMMITTED = "changed, not committed"
CLASSES = {
    "key_customer_service": "key customer",
    "key_support": "key support",
    "management": "management",
}
WROTE = "Wrote the {what} to {target}."
PDF_NAME = "PDF audit pack"
WORKBOOK_NAME = "audit workbook"
CANNOT_WRITE = "Could not write the {what} {target}: {reason}. Nothing was written."
