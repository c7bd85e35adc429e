"""Measures of a version, each expected value worked out by hand in the test."""

import pytest

from tests.workbench.field_cases import (
    adsl_as_is,
    adsl_to_be,
    complaint_flattened,
    complaint_linear,
)
from workbench.builder import VersionBuilder
from workbench.measures import MEASURES, MEASURES_BY_KEY, measure_version
from workbench.model import (
    ActivityItem,
    Checklist,
    Direction,
    Goal,
    InputItem,
    LaneKind,
)

REQUIRED_KEYS = {
    "steps",
    "customer_steps",
    "value_steps",
    "necessary_steps",
    "waste_steps",
    "value_time",
    "necessary_time",
    "waste_time",
    "interactions",
    "customer_contacts",
    "customer_facing_roles",
    "roles_customer_contacts",
    "hand_offs",
    "round_trips",
    "lead_time_expected",
    "lead_time_critical",
    "customer_wait",
    "value_added_ratio",
    "expected_customer_contacts",
    "checklist_score",
    "kpi_coverage",
}


def values(version):
    return measure_version(version).values


def test_every_measure_is_defined_once_in_display_order_with_an_english_name():
    keys = [m.key for m in MEASURES]
    assert set(keys) == REQUIRED_KEYS and len(keys) == len(set(keys))
    assert keys.index("steps") < keys.index("lead_time_expected") < keys.index("kpi_coverage")
    for measure in MEASURES:
        assert measure.name and measure.description and measure.unit in {"count", "h", "share"}
    assert MEASURES_BY_KEY["customer_contacts"].better is Direction.LOWER
    assert MEASURES_BY_KEY["value_added_ratio"].better is Direction.HIGHER
    assert MEASURES_BY_KEY["steps"].better is None


def test_report_has_a_value_for_every_measure_in_display_order():
    report = measure_version(adsl_as_is())
    assert list(report.values) == [m.key for m in MEASURES]


def _ask_and_answer():
    """start → Asks (C, 30 min, value) → Answers (Agent, 1 h) → Reads (C, 6 min, necessary) → end"""
    b = VersionBuilder("Simple")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    ask = b.task(customer, "Asks", 30, value="value")
    answer = b.task(agent, "Answers", 1, unit="h")
    read = b.task(customer, "Reads", 6, value="necessary")
    b.chain(b.start(customer), ask, answer, read, b.end(customer))
    return b


def test_a_straight_flow():
    got = values(_ask_and_answer().build())
    # three tasks, two in the customer lane: one value (0.5 h), one necessary (0.1 h)
    assert got["steps"] == 3
    assert got["customer_steps"] == 2
    assert (got["value_steps"], got["necessary_steps"], got["waste_steps"]) == (1, 1, 0)
    assert got["value_time"] == pytest.approx(0.5)
    assert got["necessary_time"] == pytest.approx(0.1)
    assert got["waste_time"] == 0.0
    # f2 Asks→Answers (the customer's contact) and f3 Answers→Reads cross the line
    assert (got["interactions"], got["customer_contacts"]) == (2, 1)
    assert (got["customer_facing_roles"], got["roles_customer_contacts"]) == (1, 1)
    assert (got["hand_offs"], got["round_trips"]) == (0, 0)
    # 0.5 + 1 + 0.1 = 1.6 h, the only path
    assert got["lead_time_expected"] == pytest.approx(1.6)
    assert got["lead_time_critical"] == pytest.approx(1.6)
    assert got["value_added_ratio"] == pytest.approx(0.5 / 1.6)  # 0.3125
    assert got["expected_customer_contacts"] == pytest.approx(1.0)
    assert got["customer_wait"] == 0.0
    # empty checklist: goal, inputs, outputs, activities each one incomplete item → 0 / 4
    assert got["checklist_score"] == 0.0
    # no KPI on either interaction
    assert got["kpi_coverage"] == 0.0


def test_durations_in_any_unit_are_counted_in_hours():
    b = VersionBuilder("Units")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    steps = [
        b.task(customer, "Waits a day", 1, unit="d", value="waste", waste="waiting"),
        b.task(customer, "Waits 90 s", 90, unit="s", value="waste", waste="waiting"),
        b.task(customer, "Waits a week", 1, unit="wk", value="waste", waste="other"),
    ]
    b.chain(b.start(customer), *steps, b.end(customer))
    got = values(b.build())
    # 24 h + 0.025 h + 168 h
    assert got["waste_time"] == pytest.approx(192.025)
    assert got["waste_steps"] == 3
    # only the two of kind waiting are customer wait: 24 + 0.025
    assert got["customer_wait"] == pytest.approx(24.025)
    assert got["lead_time_expected"] == pytest.approx(192.025)


def test_kpi_coverage_counts_interactions_with_a_targeted_kpi():
    b = _ask_and_answer()
    b.kpi("First-contact resolution", attach_to="f2", target=0.8, unit="%")
    b.kpi("Reply clarity", attach_to="f3", unit="score")  # no target: does not cover
    # one of the two interactions has a KPI with a target
    assert values(b.build())["kpi_coverage"] == pytest.approx(0.5)


def test_kpi_coverage_is_none_without_interactions():
    b = VersionBuilder("Internal")
    lane = b.lane("Back office", LaneKind.BACKSTAGE)
    b.chain(b.start(lane), b.task(lane, "Files", 5), b.end(lane))
    report = measure_version(b.build())
    assert report.values["kpi_coverage"] is None
    assert "no interactions" in report.notes["kpi_coverage"]


def test_checklist_score_is_the_share_of_complete_items():
    b = _ask_and_answer()
    kpi = b.kpi("Resolution time", target=24, unit="h", data_source="CRM")
    b.checklist(
        Checklist(
            goal=Goal("Answer every question at first contact", True, (kpi,), "Head of care"),
            inputs=(
                InputItem("in1", "Question", "call", "customer", "phone", "account known"),
                InputItem("in2", "Follow-up", trigger="call"),
            ),
            outputs=(),
            activities=(ActivityItem("act1", "Answer", standard="within 5 min"),),
        )
    )
    # complete: goal, input 'Question', activity 'Answer' = 3;
    # incomplete: input 'Follow-up', empty outputs = 2 → 3 / 5
    assert values(b.build())["checklist_score"] == pytest.approx(0.6)


# ------------------------------------------------------------------ case 1 (ADSL)


def test_case_1_as_is():
    got = values(adsl_as_is())
    # the customer calls the hotline (n2→n3), calls again (n8→n9), calls the installer
    # (n12→n13): 3 contacts, to 2 roles (front-line agent, installer)
    assert got["customer_contacts"] == 3
    assert got["roles_customer_contacts"] == 2
    # interactions: those 3 plus n5→n6, n11→n12, n13→n14 (organisation to customer) = 6
    assert got["interactions"] == 6
    assert got["customer_facing_roles"] == 2
    # one hand-off, n10→n13 (agent → installer); the installer has no other step: no round trip
    assert (got["hand_offs"], got["round_trips"]) == (1, 0)
    # customer tasks: n2, n6 necessary; n8, n12 waste; n14 value; the wait n7 is not a task
    # but is waste of kind waiting, so it is a waste step
    assert got["customer_steps"] == 5
    assert (got["value_steps"], got["necessary_steps"], got["waste_steps"]) == (1, 2, 3)
    # per case: n7 240 min once + n8 10 min once + n12 10 min in half the cases = 255 min
    assert got["waste_time"] == pytest.approx(255 / 60)
    # n2 5 + n6 2 = 7 min, both once per case
    assert got["necessary_time"] == pytest.approx(7 / 60)
    # expected lead time, in minutes: common part n2..n9 = 5+5+10+5+2+240+10+3 = 280;
    # new work order branch n10 4320 + n13 120 + n14 5 = 4445;
    # installer's number branch n11 2 + n12 10 + n13 120 + n14 5 = 137;
    # 280 + 0.5 * 4445 + 0.5 * 137 = 2571 min = 42.85 h
    assert got["lead_time_expected"] == pytest.approx(42.85)
    # critical: 280 + 4445 = 4725 min = 78.75 h
    assert got["lead_time_critical"] == pytest.approx(78.75)
    # the customer waits at home once per case: 4 h
    assert got["customer_wait"] == pytest.approx(4.0)
    # contacts per case: hotline 1 + again 1 + installer 0.5 (half the cases) = 2.5
    assert got["expected_customer_contacts"] == pytest.approx(2.5)
    # value: n14 5 min once per case / 2571 min
    assert got["value_added_ratio"] == pytest.approx(5 / 2571)


def test_case_1_to_be():
    report = measure_version(adsl_to_be())
    got = report.values
    # one call; the front-line agent is the only role the customer contacts (one-stop)
    assert got["customer_contacts"] == 1
    assert got["roles_customer_contacts"] == 1
    # interactions n2→n3, n8→n9, n10→n12 (installer at the door), n11→n12: 4, two roles
    assert (got["interactions"], got["customer_facing_roles"]) == (4, 2)
    # hand-offs n6→n7, n7→n8, n8→n10, n10→n11; all but n6→n7 return to a lane the work
    # already visited (the agent coordinates the installer): 3 round trips
    assert (got["hand_offs"], got["round_trips"]) == (4, 3)
    # time to end in minutes, backwards: n13 5; join n12 0+5 = 5; n11 3+5 = 8;
    # n10 fork 120 + max(5, 8) = 128; n9 1+5 = 6; n8 fork 3 + max(6, 128) = 131;
    # n7 5+131 = 136; n6 10+136 = 146; n4 10+146 = 156; n5 5+146 = 151;
    # n3 2 + 0.8*156 + 0.2*151 = 157; n2 5+157 = 162 min = 2.7 h
    assert got["lead_time_expected"] == pytest.approx(2.7)
    assert "lower bound" in report.notes["lead_time_expected"]
    # longest path: 5+2+10+10+5+3+120+3+0+5 = 163 min
    assert got["lead_time_critical"] == pytest.approx(163 / 60)
    # the join fires once for its three branches: every customer step is visited once
    assert got["expected_customer_contacts"] == pytest.approx(1.0)
    assert got["customer_wait"] == 0.0
    assert got["value_added_ratio"] == pytest.approx(5 / 162)


def test_case_1_moves_the_right_way():
    before, after = values(adsl_as_is()), values(adsl_to_be())
    for key in (
        "customer_contacts",
        "roles_customer_contacts",
        "customer_wait",
        "expected_customer_contacts",
        "lead_time_expected",
        "waste_steps",
    ):
        assert MEASURES_BY_KEY[key].better is Direction.LOWER
        assert after[key] < before[key], key


# ----------------------------------------------------- case 2 (complaint handling)


def test_case_2_round_trips_linear_versus_flattened():
    linear, flattened = values(complaint_linear()), values(complaint_flattened())
    # linear hand-offs: agent→expert (n4→n5), expert→dept (n5→n6), dept→expert (n6→n7),
    # expert→agent (n7→n8). Round trips: n6→n7 (the expert's n5 reaches n6) and n7→n8
    # (the agent's n3, n4 reach n7); n4→n5 and n5→n6 go to lanes not visited before.
    assert (linear["hand_offs"], linear["round_trips"]) == (4, 2)
    # flattened hand-offs: agent→expert (n4→n8), expert→dept (n8→n9), dept→agent
    # (n12→n13). Only n12→n13 returns to a lane already visited (the agent's n3 reaches n12).
    assert (flattened["hand_offs"], flattened["round_trips"]) == (3, 1)


def test_case_2_lead_times():
    linear, flattened = values(complaint_linear()), values(complaint_flattened())
    # linear, one path, minutes: 5+10+5+240+4320+60+10+2 = 4652 min
    assert linear["lead_time_expected"] == pytest.approx(4652 / 60)
    assert linear["lead_time_critical"] == pytest.approx(4652 / 60)
    # flattened: common 5+5+1 = 11; known branch 5+1 = 6; new issue branch
    # 240+10+10+4320+5+5+2 = 4592; expected 11 + 0.6*6 + 0.4*4592 = 1851.4 min
    assert flattened["lead_time_expected"] == pytest.approx(1851.4 / 60)
    # critical 11 + 4592 = 4603 min
    assert flattened["lead_time_critical"] == pytest.approx(4603 / 60)
    # the customer reaches out once (n2→n3); telling the department the
    # current need (n10→n11) answers the department's own call: no new contact, 1.0
    assert flattened["expected_customer_contacts"] == pytest.approx(1.0)


# ------------------------------------------------------------ several customer lanes


def test_several_customer_lanes_and_a_backstage_lane():
    """Case 4's shape: citizen and doctor both deal with the agency; claims is backstage.

    start → Submits (Citizen) → Registers (Agency) → Confirms treatment (Doctor)
    → Sends the report (Doctor) → Assesses (Claims, backstage) → Pays (Agency)
    → Receives payment (Citizen) → end
    """
    b = VersionBuilder("Health insurance")
    citizen = b.lane("Citizen", LaneKind.CUSTOMER)
    doctor = b.lane("Doctor", LaneKind.CUSTOMER)
    agency = b.lane("Agency", LaneKind.FRONTSTAGE)
    claims = b.lane("Claims", LaneKind.BACKSTAGE)
    b.chain(
        b.start(citizen),
        b.task(citizen, "Submits the claim", 10, value="necessary"),
        b.task(agency, "Registers the claim", 10),
        b.task(doctor, "Confirms the treatment", 15, value="necessary"),
        b.task(doctor, "Sends the report", 5, value="waste", waste="customer_work"),
        b.task(claims, "Assesses the claim", 2, unit="h"),
        b.task(agency, "Pays", 5),
        b.task(citizen, "Receives the payment", 1, value="value"),
        b.end(citizen),
    )
    got = values(b.build())
    # customer steps in both customer lanes: 4
    assert got["customer_steps"] == 4
    # interactions: Submits→Registers, Registers→Confirms, Sends→Assesses, Pays→Receives
    assert got["interactions"] == 4
    # the citizen contacts the agency, the doctor contacts claims: 2 contacts, 2 roles
    assert (got["customer_contacts"], got["roles_customer_contacts"]) == (2, 2)
    # Claims and Agency both share an interaction with a customer lane
    assert got["customer_facing_roles"] == 2
    # one hand-off Claims→Agency (Assesses→Pays); Agency's Registers reaches Assesses
    # (through the doctor's steps) without passing Pays: a round trip
    assert (got["hand_offs"], got["round_trips"]) == (1, 1)


def test_the_kept_timing_gives_the_same_measures_after_a_move_into_another_lane():
    from bench.synthetic import synthetic_document
    from workbench.branching import branch_shares
    from workbench.document import Placement
    from workbench.flowgraph import FlowGraph
    from workbench.measures import flow_timing

    document = synthetic_document(300, seed=2)
    version = document.versions[0]
    graph = FlowGraph(version)
    timing = flow_timing(graph, branch_shares(graph))
    for moved, node in enumerate(list(version.nodes.values())[:40]):
        lanes = [lane.id for lane in version.lanes if lane.id != node.lane]
        document.move_nodes(version.id, {node.id: Placement(node.x, node.y, lanes[moved % 5])})
    kept = measure_version(version, timing=timing)
    fresh = measure_version(version)
    assert kept == fresh
    assert kept.values["interactions"] != measure_version_before(document, timing)


def measure_version_before(document, timing):  # noqa: ANN001, ANN201
    from bench.synthetic import synthetic_document

    return measure_version(synthetic_document(300, seed=2).versions[0], timing=timing).values[
        "interactions"]
