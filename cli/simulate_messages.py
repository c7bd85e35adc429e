"""The words of `process-workbench simulate`, in one place: plain English format strings
with named parameters, so they can be routed through a message catalogue."""

HELP = "simulate cases through each version: spreads, time limits kept per tier"
DESCRIPTION = (
    "Simulate N cases through a process document's versions (all of them with the same "
    "seed and the same customers, or one with --version) and show the spread of lead "
    "times, the customer's wait and contacts, the share of cases keeping each time limit "
    "per customer tier, and the busiest lanes. Run settings saved in the document (working "
    "calendar, people per lane, arrivals per hour) are used; the options here override "
    "the number of cases and the seed."
)
HELP_FILE = "a .pwb process document"
HELP_VERSION = "simulate only this version (its name, e.g. 'As-is', or its id)"
HELP_CASES = "how many cases to simulate (default: the document's setting, else 10,000)"
HELP_SEED = "random seed: the same seed gives the same cases (default: the document's, else 1)"
HELP_CUSTOMERS = (
    "a CSV of customers (columns arpu, tenure_months) whose tiers, worked out by the "
    "document's tier method, give the customer mix"
)
HELP_JSON = "print the results as JSON"
BAD_NUMBER = "--{option} must be a whole number of at least {least}, not {value}."
HEADING = "{title} ({path}): {cases} simulated cases, seed {seed}"
CUSTOMERS_FROM = "Customer mix: {count} customers of {path}, tiered by the document's method."
LEAD_TITLE = "Lead time and what the customer goes through (hours unless counted)"
FIGURE = "figure"
LEAD = "Lead time (h)"
WAIT = "Customer wait (h)"
CONTACTS = "Customer contacts"
QUEUED = "Waiting for a person (h)"
COLUMNS = ("mean", "P50", "P90", "P95", "max")
LIMITS_TITLE = "Time limits kept, per customer tier (share of the cases a limit applies to)"
ALL_LIMITS = "All limits that apply"
NO_LIMITS = "No KPI of this document is a time limit (lower is better, a time unit, a target)."
NOT_APPLICABLE = "-"
LANES_TITLE = "Busiest lanes"
LANE_COLUMNS = ("lane", "work per case (h)", "people", "busy", "wait per visit (h)")
VERSION = "version"
KPI = "KPI"
HELP_COMPARE_SIMULATE = (
    "also simulate both versions with the same cases (the document's run settings) and "
    "show the spreads and the time limits kept per customer tier"
)
COMPARE_ONE_FILE = (
    "--simulate compares two versions of one document; with two files their customer tiers "
    "and run settings may differ."
)
