"""The four-element checklist score: which items are complete, and the gaps in words."""

import pytest

from workbench.builder import VersionBuilder
from workbench.checklist_score import checklist_score
from workbench.model import (
    ActivityItem,
    Checklist,
    ChecklistElement,
    Goal,
    InputItem,
    LaneKind,
    OutputItem,
)

GOAL, INPUTS, OUTPUTS, ACTIVITIES = (
    ChecklistElement.GOAL,
    ChecklistElement.INPUTS,
    ChecklistElement.OUTPUTS,
    ChecklistElement.ACTIVITIES,
)


def _version_with_kpis():
    b = VersionBuilder("As-is")
    lane = b.lane("Agent", LaneKind.FRONTSTAGE)
    b.chain(b.start(lane), b.end(lane))
    b.kpi("Resolved within 48 h", target=0.9, unit="%", data_source="CRM")  # k1
    b.kpi("Satisfaction", unit="score")  # k2, no target
    return b.build()


COMPLETE_GOAL = Goal("Install within 48 h as promised", True, ("k1",), "Head of installation")
COMPLETE_INPUT = InputItem("in1", "New request", "customer calls", "customer", "phone", "address")
COMPLETE_OUTPUT = OutputItem("out1", "Working line", "customer", "line tested", "48 h", True, False)
COMPLETE_ACTIVITY = ActivityItem("act1", "Install", standard="same day")


def test_an_empty_checklist_is_four_incomplete_items():
    version = _version_with_kpis()
    score = checklist_score(Checklist(), version)
    assert (score.complete, score.total, score.share) == (0, 4, 0.0)
    assert [(e.complete, e.total) for e in score.elements.values()] == [(0, 1)] * 4
    assert score.gaps == (
        "Goal: no statement of purpose, not confirmed as stated in the customer's terms, "
        "no KPI with a target, no owner",
        "Input: no inputs listed",
        "Output: no outputs listed",
        "Activity: no activities listed",
    )


def test_a_complete_checklist_scores_one_with_no_gaps():
    checklist = Checklist(
        COMPLETE_GOAL, (COMPLETE_INPUT,), (COMPLETE_OUTPUT,), (COMPLETE_ACTIVITY,)
    )
    score = checklist_score(checklist, _version_with_kpis())
    assert (score.complete, score.total, score.share) == (4, 4, 1.0)
    assert score.gaps == ()


def test_partial_checklist_per_element_and_overall():
    checklist = Checklist(
        COMPLETE_GOAL,
        (COMPLETE_INPUT, InputItem("in2", "Follow-up on a missed promise", trigger="second call")),
        (),
        (COMPLETE_ACTIVITY, ActivityItem("act2", "Coordinate", kpi="k2")),
    )
    score = checklist_score(checklist, _version_with_kpis())
    # goal 1/1, inputs 1/2, outputs 0/1 (empty), activities 2/2 (k2 exists) → 4 / 6
    assert {e: (s.complete, s.total) for e, s in score.elements.items()} == {
        GOAL: (1, 1),
        INPUTS: (1, 2),
        OUTPUTS: (0, 1),
        ACTIVITIES: (2, 2),
    }
    assert score.share == pytest.approx(4 / 6)
    assert score.elements[INPUTS].share == pytest.approx(0.5)
    assert score.gaps == (
        "Input 'Follow-up on a missed promise': no supplier, no channel, no acceptance criteria",
        "Output: no outputs listed",
    )


def test_goal_needs_a_kpi_with_a_target():
    version = _version_with_kpis()
    untargeted = Goal("Install as promised", True, ("k2",), "Head of installation")
    unknown = Goal("Install as promised", True, ("k-gone",), "Head of installation")
    assert checklist_score(Checklist(untargeted), version).items[0].missing == (
        "none of its KPIs has a target",
    )
    assert checklist_score(Checklist(unknown), version).items[0].missing == (
        "no KPI with a target",
    )


def test_an_output_judged_no_is_still_judged():
    # both outputs of case 1's as-is fail the customer, but they are judged: complete
    judged = OutputItem(
        "out1", "New work order", "customer", "order created", "3 days", False, True
    )
    unjudged = OutputItem("out2", "Installer's number", "customer", "number given", "now")
    score = checklist_score(Checklist(outputs=(judged, unjudged)), _version_with_kpis())
    assert score.elements[OUTPUTS].complete == 1
    # items: goal, the empty inputs, then the two outputs
    assert score.items[3].missing == (
        "not judged whether it satisfies the customer",
        "not judged whether it pushes work onto the customer",
    )


def test_an_activity_needs_a_standard_or_an_existing_kpi():
    activities = (
        ActivityItem("act1", "Book", standard="  "),
        ActivityItem("act2", "Install", kpi="k-gone"),
        ActivityItem("act3", "Confirm", kpi="k1"),
    )
    score = checklist_score(Checklist(activities=activities), _version_with_kpis())
    # items: goal, the empty inputs, the empty outputs, then the three activities
    assert [item.complete for item in score.items[3:]] == [False, False, True]
    assert score.items[3].gap() == "Activity 'Book': no standard (time limit) or KPI"
