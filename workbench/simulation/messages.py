"""Every sentence the simulation shows a user, in one place: English templates marked for
the workbench catalogue; an error carries `Msg(template, ...)`, so the window, the command
line and a report each render it in their reader's language."""

from workbench.i18n import _t

MISSING_DURATIONS = _t(
    "Cannot simulate: {count} step(s) have no duration: {steps}. "
    "Give each a duration (a fixed time, or minimum, most likely and maximum)."
)
MISSING_PROBABILITIES = _t(
    "Cannot simulate: {count} decision(s) have branches without a probability: {steps}. "
    "Give every branch of these decisions its share of the cases."
)
BAD_PROBABILITIES = _t("Cannot simulate: {problem}.")
NOT_RUNNABLE = _t("Cannot simulate: {reason}")
NO_START = _t("Cannot simulate: the flow has no start.")
STUCK_AT_JOIN = _t(
    "Cannot simulate: {count} case(s) wait forever at the parallel join {step}: not every "
    "branch into it is taken. A join of branches of which only one runs should be a "
    "decision, not a parallel step."
)
TOO_MANY_ROUNDS = _t(
    "Cannot simulate: after {rounds} steps some cases are still going round the loop "
    "through {step}; check the probabilities of leaving it."
)
NEEDS_ARRIVALS = _t(
    "Cannot simulate queues: with people per lane the cases compete for them, so say how "
    "many cases arrive per hour."
)
BAD_CAPACITY = _t("Cannot simulate: lane {lane} needs at least one person, not {people}.")
BAD_CASES = _t("Cannot simulate: the number of cases must be from 1 to {most}, not {cases}.")
BAD_CALENDAR = _t("Cannot simulate with the working calendar: {problem}.")
CANCELLED = _t("The simulation was cancelled.")
MORE_STEPS = _t("{shown} and {more} more")
CALENDAR_DAY = _t(
    "the working day must start before it ends, within 0 to 24 h (it is {start} to {end})"
)
CALENDAR_WEEKDAYS = _t("working weekdays are numbered 0 (Monday) to 6 (Sunday)")
CALENDAR_FIRST_DAY = _t("the first day {day!r} is not a date like 2026-01-05")
CALENDAR_HOLIDAY = _t("the holiday {day!r} is not a date like 2026-10-01")
CALENDAR_NO_DAY = _t("it has no working day at all")
ALL_CUSTOMERS = _t("All customers")
