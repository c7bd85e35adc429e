"""The words the workbook and the report use for simulated cases, in one place: English
templates marked for the workbench catalogue and translated where they are written
(`tr(words.TITLE)`), in the language of the document being exported."""

from workbench.i18n import _t

SHEET = _t("Simulation")
TITLE = _t("Simulated cases: {before} and {after}")
SUBTITLE = _t(
    "{cases} cases through each version, seed {seed}: the same customers in the same order, "
    "so a difference is the flow's. Hours unless counted."
)
UNAVAILABLE = _t("The versions could not be simulated: {reason}")
FIGURE = _t("Figure")
COLUMNS = (_t("Mean"), _t("P50"), _t("P90"), _t("P95"), _t("Max"))
LEAD = _t("Lead time (h)")
WAIT = _t("Customer wait (h)")
CONTACTS = _t("Customer contacts")
TIERS_TITLE = _t("Time limits kept, per customer tier")
TIER = _t("Customer tier")
NO_LIMITS = _t("No KPI is a time limit (lower is better, a time unit, a target): nothing to keep.")
CURVE_TITLE = _t("Cases done within a lead time")
CURVE_X = _t("Lead time (h)")
CURVE_TITLE_HOURS = _t("Cases done within a lead time (hours, up to the 99th percentile)")
CURVE_Y = _t("Share of cases done")
BARS_TITLE = _t("Share of cases keeping every time limit, per tier")
HOURS = _t("Hours")
SECTION = _t("Simulated cases before and after")
SPREAD_NOTE = _t(
    "Spread of {cases} simulated cases per version (seed {seed}); the measures above give "
    "exact expected values, and for a parallel block only a lower bound."
)
