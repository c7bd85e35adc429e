"""The measures as DESIGN.md's table decides them, each figure worked out by hand: class
times weighted by visits, customer waits as waste, the critical path without rework, and
customer-facing roles as information only."""

import pytest

from workbench.builder import VersionBuilder
from workbench.comparison import Verdict, compare_versions
from workbench.measures import MEASURES_BY_KEY, measure_version
from workbench.model import LaneKind


def _claim_with_corrections():
    """Minutes. start → Fills in the claim (C, 30, necessary) → Checks it (Agent, 6)
    → Complete? (Agent decision, 0) → 0.75 Receives the money (C, 6, value) → end;
    → 0.25 Asks for the missing part (Agent, 6) → Sends it again (C, 12, necessary)
    → Corrects the claim (C, 12, waste/rework) → back to Checks it.

    Visits: Checks it x = 1 + 0.25 x → x = 4/3; the loop's steps 0.25 * 4/3 = 1/3 each.
    """
    b = VersionBuilder("Claim")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    fill = b.task(customer, "Fills in the claim", 30, value="necessary")
    check = b.task(agent, "Checks it", 6)
    complete = b.decision(agent, "Complete?", 0)
    receive = b.task(customer, "Receives the money", 6, value="value")
    ask = b.task(agent, "Asks for the missing part", 6)
    again = b.task(customer, "Sends it again", 12, value="necessary")
    correct = b.task(customer, "Corrects the claim", 12, value="waste", waste="rework")
    b.chain(b.start(customer), fill, check, complete)
    b.flow(complete, receive, "complete", 0.75)
    b.chain(receive, b.end(customer))
    b.flow(complete, ask, "incomplete", 0.25)
    b.chain(ask, again, correct, check)
    return b.build()


def test_class_times_are_expected_per_case_like_the_value_added_ratio():
    got = measure_version(_claim_with_corrections()).values
    # counts stay counts: one value, two necessary, one waste step
    assert (got["value_steps"], got["necessary_steps"], got["waste_steps"]) == (1, 2, 1)
    # necessary: Fills 30 once + Sends again 12 * 1/3 = 4 → 34 min (not 30 + 12 = 42)
    assert got["necessary_time"] == pytest.approx(34 / 60)
    # waste: Corrects 12 * 1/3 = 4 min (not 12)
    assert got["waste_time"] == pytest.approx(4 / 60)
    # value: Receives 6 min once
    assert got["value_time"] == pytest.approx(6 / 60)
    # lead time: 30 + 6 * 4/3 + (6 + 12 + 12) * 1/3 + 6 = 30 + 8 + 10 + 6 = 54 min
    assert got["lead_time_expected"] == pytest.approx(54 / 60)
    # the ratio is the value time over the lead time: 6 / 54
    assert got["value_added_ratio"] == pytest.approx(got["value_time"] / (54 / 60))


def test_class_times_fall_with_the_expected_figures():
    b = VersionBuilder("Stuck")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    b.chain(b.start(customer), b.task(customer, "Waits for a letter", 2, value="waste"))
    report = measure_version(b.build())
    # cases never finish, so there is no honest time per case; the count is still there
    assert report.values["waste_steps"] == 1
    for key in ("value_time", "necessary_time", "waste_time"):
        assert report.values[key] is None
        assert "nothing leads on to an end" in report.notes[key]


def _waits(**classes):
    """start → Calls (C, 6 min, necessary) → three customer waits of 1 h, 2 h and 4 h, each
    classed as given (None: left unclassed) → end."""
    b = VersionBuilder("Waits")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    steps = [b.task(customer, "Calls", 6, value="necessary")]
    for (name, hours), (value, waste) in zip(
        (("Waits for the visit", 1), ("Waits on hold", 2), ("Waits for the refund", 4)),
        classes.values(),
        strict=True,
    ):
        steps.append(b.wait(customer, name, hours, unit="h", value=value, waste=waste))
    b.chain(b.start(customer), *steps, b.end(customer))
    return b.build()


def test_a_customer_wait_is_waste_of_kind_waiting_unless_classed_otherwise():
    got = measure_version(
        _waits(visit=(None, None), hold=("waste", "repeat_contact"), refund=("necessary", None))
    ).values
    # the unclassed 1 h wait is waste (waiting); the 2 h one is waste of another kind; the
    # 4 h one was classed necessary by the user
    assert (got["value_steps"], got["necessary_steps"], got["waste_steps"]) == (0, 2, 2)
    assert got["waste_time"] == pytest.approx(1 + 2)
    assert got["necessary_time"] == pytest.approx(0.1 + 4)
    # only the waiting kind is customer wait: the unclassed 1 h wait
    assert got["customer_wait"] == pytest.approx(1)
    # waits are not tasks: one customer step
    assert got["customer_steps"] == 1


def test_a_wait_classed_waste_without_a_kind_counts_as_waiting():
    got = measure_version(
        _waits(visit=("waste", None), hold=("waste", "waiting"), refund=("value", None))
    ).values
    # 1 h + 2 h of waiting; the 4 h wait classed value counts as value time
    assert (got["waste_time"], got["customer_wait"]) == (pytest.approx(3), pytest.approx(3))
    assert got["value_time"] == pytest.approx(4)


def test_the_critical_path_is_without_rework_and_says_so():
    critical = MEASURES_BY_KEY["lead_time_critical"]
    assert "without rework" in critical.name
    assert "at most once" in critical.description
    report = measure_version(_claim_with_corrections())
    # Fills 30 + Checks 6 + Complete? 0 + Receives 6 = 42 min: the loop is not walked at all
    assert report.values["lead_time_critical"] == pytest.approx(42 / 60)
    note = report.notes["lead_time_critical"]
    assert "Each loop is walked once" not in note
    assert "Without rework" in note
    # 42 min is less than the expected 54 min, and the note says why
    assert report.values["lead_time_expected"] > report.values["lead_time_critical"]
    assert "shorter than the expected lead time" in note


def test_a_critical_path_longer_than_the_expected_time_needs_no_excuse():
    b = VersionBuilder("Retry")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    call = b.task(customer, "Calls", 6, value="necessary")
    answer = b.decision(agent, "Answers", 6)
    engineer = b.task(agent, "Sends an engineer", 3, unit="h")
    end = b.end(customer)
    b.chain(b.start(customer), call, answer)
    b.flow(answer, engineer, "engineer", 0.1)
    b.flow(answer, end, "solved", 0.8)
    b.flow(answer, call, "call back", 0.1)
    b.flow(engineer, end)
    report = measure_version(b.build())
    # critical: Calls 6 + Answers 6 + engineer 180 = 192 min; expected:
    # T(call) = 12 + 0.1 * 180 + 0.1 * T(call) → T = 30 / 0.9 = 33.3 min < 192
    assert report.values["lead_time_critical"] == pytest.approx(192 / 60)
    assert report.values["lead_time_expected"] == pytest.approx(30 / 0.9 / 60)
    note = report.notes["lead_time_critical"]
    assert "Without rework" in note and "shorter" not in note


def _repair(flattened: bool):
    """start → Reports the fault (C) → Passes it on (Agent) → Repairs (Engineer) → as-is:
    Tells the customer (Agent); flattened: the engineer tells the customer → Hears (C) → end."""
    b = VersionBuilder("Flat" if flattened else "Relay")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    doer = b.lane("Engineer", LaneKind.FRONTSTAGE if flattened else LaneKind.BACKSTAGE)
    steps = [
        b.task(customer, "Reports the fault", 5, value="necessary"),
        b.task(agent, "Passes it on", 5),
        b.task(doer, "Repairs", 60),
    ]
    if not flattened:
        steps.append(b.task(agent, "Tells the customer", 5))
    b.chain(b.start(customer), *steps, b.task(customer, "Hears", 1, value="value"), b.end(customer))
    return b.build()


def test_customer_facing_roles_carry_no_verdict():
    assert MEASURES_BY_KEY["customer_facing_roles"].better is None
    change = compare_versions(_repair(False), _repair(True)).measure("customer_facing_roles")
    # before: only the agent shares an interaction; after: the agent and the engineer
    assert (change.before, change.after) == (1, 2)
    assert change.verdict is Verdict.CHANGED


def _consultations(*lanes_in_order: str):
    """start → Asks (C) → one step per lane named, in order (A = Agent, B = Expert) → Hears
    (C) → end."""
    b = VersionBuilder("Consulting")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    lane = {"A": b.lane("Agent", LaneKind.FRONTSTAGE), "B": b.lane("Expert", LaneKind.BACKSTAGE)}
    steps = [b.task(lane[name], f"Step {n} ({name})", 5) for n, name in enumerate(lanes_in_order)]
    b.chain(b.start(customer), b.task(customer, "Asks", 5, value="necessary"), *steps)
    b.chain(steps[-1], b.task(customer, "Hears", 1, value="value"), b.end(customer))
    return b.build()


@pytest.mark.parametrize(
    ("lanes", "expected"),
    [
        ("ABA", 1),  # one consultation: its answer is the round trip
        # two consultations of the same expert: A→B (1st ask, B not visited before), B→A
        # (answer), A→B (2nd ask: B visited before, but it is a question), B→A (answer)
        ("ABABA", 2),
        # the expert's first step does not answer straight back (it leads on inside the
        # expert's lane): the plain rule applies, and only B→A returns to a visited lane
        ("ABBA", 1),
    ],
)
def test_a_consultation_counts_once(lanes, expected):
    assert measure_version(_consultations(*lanes)).values["round_trips"] == expected


def test_a_consultation_from_a_decision_counts_once():
    """start → Asks (C) → Can answer? (Agent decision) → yes 0.7 → Answers (Agent) → Hears
    (C) → end; no 0.3 → Advises (Expert) → back to Can answer?"""
    b = VersionBuilder("Asking")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    expert = b.lane("Expert", LaneKind.BACKSTAGE)
    can = b.decision(agent, "Can answer?", 1)
    answer = b.task(agent, "Answers", 5)
    advise = b.task(expert, "Advises", 30)
    b.chain(b.start(customer), b.task(customer, "Asks", 5, value="necessary"), can)
    b.flow(can, answer, "yes", 0.7)
    b.flow(can, advise, "no", 0.3)
    b.flow(advise, can)
    b.chain(answer, b.task(customer, "Hears", 1, value="value"), b.end(customer))
    got = measure_version(b.build()).values
    # hand-offs: Can answer? → Advises (the question) and Advises → Can answer? (the answer):
    # the agent consults the expert and gets the case straight back, one round trip
    assert (got["hand_offs"], got["round_trips"]) == (2, 1)
