"""The words the workbook and the report use for simulated cases, in one place: plain
English format strings with named parameters, so they can go through a catalogue."""

SHEET = "Simulation"
TITLE = "Simulated cases: {before} and {after}"
SUBTITLE = (
    "{cases} cases through each version, seed {seed}: the same customers in the same order, "
    "so a difference is the flow's. Hours unless counted."
)
UNAVAILABLE = "The versions could not be simulated: {reason}"
FIGURE = "Figure"
COLUMNS = ("Mean", "P50", "P90", "P95", "Max")
LEAD = "Lead time (h)"
WAIT = "Customer wait (h)"
CONTACTS = "Customer contacts"
TIERS_TITLE = "Time limits kept, per customer tier"
TIER = "Customer tier"
NO_LIMITS = "No KPI is a time limit (lower is better, a time unit, a target): nothing to keep."
CURVE_TITLE = "Cases done within a lead time"
CURVE_X = "Lead time (h)"
CURVE_TITLE_HOURS = "Cases done within a lead time (hours, up to the 99th percentile)"
CURVE_Y = "Share of cases done"
BARS_TITLE = "Share of cases keeping every time limit, per tier"
HOURS = "Hours"
SECTION = "Simulated cases before and after"
SPREAD_NOTE = (
    "Spread of {cases} simulated cases per version (seed {seed}); the measures above give "
    "exact expected values, and for a parallel block only a lower bound."
)
