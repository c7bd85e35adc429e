"""Working time on the clock: when a step of so many working hours, begun at a clock time,
is done. The working hours of a long stretch of days are laid out once as breakpoints of
a piecewise-linear function, so many steps are converted at once by interpolation."""

from __future__ import annotations

import datetime as dt

import numpy as np

from workbench.i18n import Msg
from workbench.simulation import messages
from workbench.simulation.plan import SimulationError
from workbench.simulation.settings import WorkingCalendar

DAYS_LAID_OUT = 3660  # ten years of days: longer than any case a process owner simulates


class WorkingClock:
    """Clock hours count from 00:00 of the calendar's first day."""

    def __init__(self, calendar: WorkingCalendar) -> None:
        first, holidays = _checked(calendar)
        clock: list[float] = []
        worked: list[float] = []
        total = 0.0
        length = calendar.day_end - calendar.day_start
        weekdays = set(calendar.weekdays)
        for n in range(DAYS_LAID_OUT):
            day = first + dt.timedelta(days=n)
            if day.weekday() not in weekdays or day in holidays:
                continue
            clock += [24.0 * n + calendar.day_start, 24.0 * n + calendar.day_end]
            worked += [total, total + length]
            total += length
        if not clock:
            raise SimulationError(Msg(messages.BAD_CALENDAR, problem=Msg(messages.CALENDAR_NO_DAY)))
        self.clock = np.asarray(clock)
        self.worked = np.asarray(worked)

    def finish(self, begun: np.ndarray, working_hours: np.ndarray) -> np.ndarray:
        """The clock time at which `working_hours` of work begun at `begun` are done."""
        target = np.interp(begun, self.clock, self.worked) + working_hours
        # the first breakpoint at or after the target, so a day's last hour ends that day
        k = np.searchsorted(self.worked, target, side="left")
        k = np.clip(k, 1, len(self.worked) - 1)
        w0, w1 = self.worked[k - 1], self.worked[k]
        c0, c1 = self.clock[k - 1], self.clock[k]
        span = np.where(w1 > w0, w1 - w0, 1.0)
        done = c0 + (target - w0) / span * (c1 - c0)
        no_work = working_hours <= 0
        return np.where(no_work, begun, np.maximum(done, begun))


def _checked(calendar: WorkingCalendar) -> tuple[dt.date, set[dt.date]]:
    def bad(problem: str) -> SimulationError:
        return SimulationError(Msg(messages.BAD_CALENDAR, problem=problem))

    if not 0 <= calendar.day_start < calendar.day_end <= 24:
        start, end = format(calendar.day_start, "g"), format(calendar.day_end, "g")
        raise bad(Msg(messages.CALENDAR_DAY, start=start, end=end))
    if not calendar.weekdays or any(not 0 <= d <= 6 for d in calendar.weekdays):
        raise bad(Msg(messages.CALENDAR_WEEKDAYS))
    try:
        first = dt.date.fromisoformat(calendar.first_day)
    except ValueError:
        raise bad(Msg(messages.CALENDAR_FIRST_DAY, day=calendar.first_day)) from None
    holidays = set()
    for text in calendar.holidays:
        try:
            holidays.add(dt.date.fromisoformat(text))
        except ValueError:
            raise bad(Msg(messages.CALENDAR_HOLIDAY, day=text)) from None
    return first, holidays


def finish_one(clock: WorkingClock, begun: float, working_hours: float) -> float:
    """`WorkingClock.finish` for one visit, without array overhead (the queue run)."""
    if working_hours <= 0:
        return begun
    return float(clock.finish(np.array([begun]), np.array([working_hours]))[0])
