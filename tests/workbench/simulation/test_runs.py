"""Runs of the simulation: the same seed gives the same cases, the flow must be complete,
queues behave like the queueing formulas say, working time follows the calendar."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from tests.workbench.simulation.flows import fork_and_choice, rework_loop
from workbench.builder import VersionBuilder
from workbench.i18n import translator
from workbench.simulation import (
    SimulationCancelled,
    SimulationError,
    SimulationSettings,
    simulate_version,
)
from workbench.simulation.calendar import WorkingClock
from workbench.simulation.settings import LaneCapacity, WorkingCalendar


def test_the_same_seed_gives_the_same_cases_and_another_seed_others():
    version = rework_loop()
    one = simulate_version(version, SimulationSettings(cases=5_000, seed=9))
    again = simulate_version(version, SimulationSettings(cases=5_000, seed=9))
    other = simulate_version(version, SimulationSettings(cases=5_000, seed=10))
    assert np.array_equal(one.lead_time, again.lead_time)
    assert np.array_equal(one.contacts, again.contacts)
    assert not np.array_equal(one.lead_time, other.lead_time)


def test_steps_without_durations_are_named():
    version = rework_loop()
    for node_id, node in list(version.nodes.items()):
        if node.label in ("Works", "Replies"):
            version.nodes[node_id] = dataclasses.replace(node, duration=None)
    with pytest.raises(SimulationError) as raised:
        simulate_version(version, SimulationSettings(cases=10))
    message = str(raised.value)
    assert "2 step(s) have no duration" in message
    assert "'Works' in lane 'Agent'" in message and "'Replies' in lane 'Agent'" in message


def test_decisions_without_probabilities_are_named_not_split_equally():
    version = rework_loop()
    for flow_id, flow in list(version.flows.items()):
        if flow.label == "no":
            version.flows[flow_id] = dataclasses.replace(flow, probability=None)
    with pytest.raises(SimulationError, match=r"1 decision\(s\).*'Right\?' in lane 'Review'"):
        simulate_version(version, SimulationSettings(cases=10))


def test_a_loop_that_is_never_left_is_refused_with_the_measures_reason():
    version = rework_loop()
    for flow_id, flow in list(version.flows.items()):
        if flow.label in ("no", "yes"):
            version.flows[flow_id] = dataclasses.replace(
                flow, probability=1.0 if flow.label == "no" else 0.0
            )
    with pytest.raises(SimulationError, match="Cannot simulate"):
        simulate_version(version, SimulationSettings(cases=10))


def test_a_join_that_only_one_branch_reaches_is_reported():
    b = VersionBuilder("Bad join")
    lane = b.lane("Office")
    start, choice = b.start(lane), b.decision(lane, "Which?")
    left, right = b.task(lane, "Left", 5), b.task(lane, "Right", 5)
    join, end = b.parallel(lane, "Meet"), b.end(lane)
    b.flow(start, choice)
    b.flow(choice, left, "a", 0.5)
    b.flow(choice, right, "b", 0.5)
    b.chain(left, join, end)
    b.flow(right, join)
    with pytest.raises(SimulationError, match="wait forever at the parallel join 'Meet'"):
        simulate_version(b.build(), SimulationSettings(cases=100))


def test_progress_is_reported_and_a_cancel_stops_the_run():
    seen: list[float] = []

    def note(share: float) -> bool:
        seen.append(share)
        return True

    simulate_version(rework_loop(), SimulationSettings(cases=20_000), progress=note)
    assert seen and seen[-1] == 1.0
    with pytest.raises(SimulationCancelled):
        simulate_version(rework_loop(), SimulationSettings(cases=20_000), progress=lambda s: False)


def _single_server(rate: float, people: int = 1) -> SimulationSettings:
    return SimulationSettings(
        cases=60_000,
        seed=3,
        capacities=(LaneCapacity("l1", people),),
        arrivals_per_hour=rate,
    )


def _one_task(hours: float):
    b = VersionBuilder("Queue")
    lane = b.lane("Desk")
    start, task, end = b.start(lane), b.task(lane, "Serve", hours, unit="h"), b.end(lane)
    b.chain(start, task, end)
    return b.build()


def test_one_person_queue_waits_as_the_m_d_1_formula_says():
    # Poisson arrivals at 0.5 per hour, one person, 1 h per case: rho = 0.5 and the mean
    # wait is rho / (2 mu (1 - rho)) = 0.5 h (Pollaczek-Khinchine)
    result = simulate_version(_one_task(1.0), _single_server(0.5))
    assert result.queued.mean() == pytest.approx(0.5, rel=0.08)
    assert result.lead().mean == pytest.approx(1.5, rel=0.03)
    desk = result.lanes[0]
    assert desk.people == 1 and desk.utilisation == pytest.approx(0.5, rel=0.05)


def test_more_people_shorten_the_queue_and_plenty_remove_it():
    one = simulate_version(_one_task(1.0), _single_server(0.9, 1))
    two = simulate_version(_one_task(1.0), _single_server(0.9, 2))
    many = simulate_version(_one_task(1.0), _single_server(0.9, 50))
    assert one.queued.mean() > 10 * two.queued.mean() > 0
    assert many.queued.max() == 0.0


def test_queues_need_an_arrival_rate():
    settings = dataclasses.replace(_single_server(1.0), arrivals_per_hour=None)
    with pytest.raises(SimulationError, match="how many cases arrive per hour"):
        simulate_version(_one_task(1.0), settings)


def test_working_time_stops_at_night_weekends_and_holidays():
    calendar = WorkingCalendar(enabled=True, holidays=("2026-01-12",), first_day="2026-01-05")
    clock = WorkingClock(calendar)
    friday_5pm = 4 * 24 + 17.0
    done = clock.finish(np.array([friday_5pm, 10.0, 3.0]), np.array([2.0, 4.0, 0.0]))
    # Friday 17:00 + 2 working hours: one hour on Friday, Monday the 12th is a holiday, so
    # the second hour is Tuesday 9:00-10:00
    assert done[0] == pytest.approx(8 * 24 + 10.0)
    assert done[1] == pytest.approx(14.0)  # Monday 10:00 + 4 h
    assert done[2] == pytest.approx(3.0)  # no work: no wait either


def test_a_calendar_lengthens_the_organisations_steps_not_the_customers():
    version = fork_and_choice()
    plain = simulate_version(version, SimulationSettings(cases=5_000, seed=1))
    calendar = WorkingCalendar(enabled=True)
    worked = simulate_version(version, SimulationSettings(cases=5_000, seed=1, calendar=calendar))
    assert worked.lead().mean > plain.lead().mean
    assert worked.wait().mean == pytest.approx(plain.wait().mean)  # the customer's wait is clock


def test_with_people_enough_for_everyone_the_queue_run_agrees_with_the_measures():
    from tests.workbench.simulation.flows import triangular_mean, with_means
    from workbench.measures import measure_version

    for version in (rework_loop(), fork_and_choice()):
        exact = measure_version(with_means(version, triangular_mean)).values
        lanes = tuple(LaneCapacity(lane.id, 10_000) for lane in version.lanes)
        settings = SimulationSettings(cases=20_000, seed=5, capacities=lanes,
                                      arrivals_per_hour=1.0)  # fmt: skip
        result = simulate_version(version, settings)
        assert result.queued.max() == 0.0
        for spread, key in ((result.lead(), "lead_time_expected"),
                            (result.contact(), "expected_customer_contacts")):  # fmt: skip
            assert abs(spread.mean - exact[key]) <= 2.576 * spread.std_error + 1e-9, key


@pytest.mark.parametrize(
    ("calendar", "says"),
    [
        (WorkingCalendar(enabled=True, day_start=18, day_end=9), "must start before it ends"),
        (WorkingCalendar(enabled=True, weekdays=(7,)), "numbered 0 (Monday) to 6"),
        (WorkingCalendar(enabled=True, holidays=("1 May",)), "the holiday '1 May' is not a date"),
        (WorkingCalendar(enabled=True, weekdays=(5,), holidays=()), None),
    ],
)
def test_a_calendar_that_cannot_work_is_explained(calendar, says):
    settings = SimulationSettings(cases=100, calendar=calendar)
    if says is None:  # Saturdays only is odd, but it works
        assert simulate_version(fork_and_choice(), settings).lead().mean > 0
        return
    with pytest.raises(SimulationError, match=says.replace("(", r"\(").replace(")", r"\)")):
        simulate_version(fork_and_choice(), settings)


@pytest.mark.parametrize(
    ("calendar", "chinese"),
    [
        (WorkingCalendar(enabled=True, day_start=18, day_end=9), "须先开始后结束"),
        (WorkingCalendar(enabled=True, weekdays=(7,)), "0（周一）到 6（周日）"),
        (WorkingCalendar(enabled=True, holidays=("1 May",)), "假日 '1 May' 不是"),
    ],
)
def test_a_calendar_s_problem_is_told_in_the_reader_s_language(calendar, chinese):
    with pytest.raises(SimulationError) as raised:
        simulate_version(fork_and_choice(), SimulationSettings(cases=100, calendar=calendar))
    (message,) = raised.value.args
    said = translator("zh-CN").render(message)
    assert said.startswith("无法按工作日历仿真：") and chinese in said
    assert translator("en").render(message) == str(raised.value)
