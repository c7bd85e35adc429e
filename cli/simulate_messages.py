"""The words of `process-workbench simulate`, in one place: English templates marked for
the workbench catalogue and translated where they are printed (`tr(words.HEADING)`)."""

from workbench.i18n import _t

HELP = _t("simulate cases through each version: spreads, time limits kept per tier")
DESCRIPTION = _t(
    "Simulate N cases through a process document's versions (all of them with the same "
    "seed and the same customers, or one with --version) and show the spread of lead "
    "times, the customer's wait and contacts, the share of cases keeping each time limit "
    "per customer tier, and the busiest lanes. Run settings saved in the document (working "
    "calendar, people per lane, arrivals per hour) are used; the options here override "
    "the number of cases and the seed."
)
HELP_FILE = _t("a .pwb process document")
HELP_VERSION = _t("simulate only this version (its name, e.g. 'As-is', or its id)")
HELP_CASES = _t("how many cases to simulate (default: the document's setting, else 10,000)")
HELP_SEED = _t("random seed: the same seed gives the same cases (default: the document's, else 1)")
HELP_CUSTOMERS = _t(
    "a CSV of customers (columns arpu, tenure_months) whose tiers, worked out by the "
    "document's tier method, give the customer mix"
)
HELP_JSON = _t("print the results as JSON")
BAD_NUMBER = _t("--{option} must be a whole number of at least {least}, not {value}.")
HEADING = _t("{title} ({path}): {cases} simulated cases, seed {seed}")
CUSTOMERS_FROM = _t("Customer mix: {count} customers of {path}, tiered by the document's method.")
LEAD_TITLE = _t("Lead time and what the customer goes through (hours unless counted)")
FIGURE = _t("figure")
LEAD = _t("Lead time (h)")
WAIT = _t("Customer wait (h)")
CONTACTS = _t("Customer contacts")
QUEUED = _t("Waiting for a person (h)")
COLUMNS = (_t("mean"), _t("P50"), _t("P90"), _t("P95"), _t("max"))
LIMITS_TITLE = _t("Time limits kept, per customer tier (share of the cases a limit applies to)")
ALL_LIMITS = _t("All limits that apply")
NO_LIMITS = _t("No KPI of this document is a time limit (lower is better, a time unit, a target).")
NOT_APPLICABLE = "-"
LANES_TITLE = _t("Busiest lanes")
LANE_COLUMNS = (
    _t("lane"),
    _t("work per case (h)"),
    _t("people"),
    _t("busy"),
    _t("wait per visit (h)"),
)
VERSION = _t("version")
KPI = _t("KPI")
HELP_COMPARE_SIMULATE = _t(
    "also simulate both versions with the same cases (the document's run settings) and "
    "show the spreads and the time limits kept per customer tier"
)
COMPARE_ONE_FILE = _t(
    "--simulate compares two versions of one document; with two files their customer tiers "
    "and run settings may differ."
)
