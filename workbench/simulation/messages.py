"""Every sentence the simulation shows a user, in one place: plain English format strings
with named parameters, so they can be routed through a message catalogue as a whole."""

MISSING_DURATIONS = (
    "Cannot simulate: {count} step(s) have no duration: {steps}. "
    "Give each a duration (a fixed time, or minimum, most likely and maximum)."
)
MISSING_PROBABILITIES = (
    "Cannot simulate: {count} decision(s) have branches without a probability: {steps}. "
    "Give every branch of these decisions its share of the cases."
)
BAD_PROBABILITIES = "Cannot simulate: {problem}."
NOT_RUNNABLE = "Cannot simulate: {reason}"
NO_START = "Cannot simulate: the flow has no start."
STUCK_AT_JOIN = (
    "Cannot simulate: {count} case(s) wait forever at the parallel join {step}: not every "
    "branch into it is taken. A join of branches of which only one runs should be a "
    "decision, not a parallel step."
)
TOO_MANY_ROUNDS = (
    "Cannot simulate: after {rounds} steps some cases are still going round the loop "
    "through {step}; check the probabilities of leaving it."
)
NEEDS_ARRIVALS = (
    "Cannot simulate queues: with people per lane the cases compete for them, so say how "
    "many cases arrive per hour."
)
BAD_CAPACITY = "Cannot simulate: lane {lane} needs at least one person, not {people}."
BAD_CASES = "Cannot simulate: the number of cases must be from 1 to {most}, not {cases}."
BAD_CALENDAR = "Cannot simulate with the working calendar: {problem}."
CANCELLED = "The simulation was cancelled."
MORE_STEPS = "{shown} and {more} more"
CALENDAR_DAY = (
    "the working day must start before it ends, within 0 to 24 h (it is {start} to {end})"
)
CALENDAR_WEEKDAYS = "working weekdays are numbered 0 (Monday) to 6 (Sunday)"
CALENDAR_FIRST_DAY = "the first day {day!r} is not a date like 2026-01-05"
CALENDAR_HOLIDAY = "the holiday {day!r} is not a date like 2026-10-01"
CALENDAR_NO_DAY = "it has no working day at all"
ALL_CUSTOMERS = "All customers"
