"""Lane-level facts about flows: touchpoints, contacts, hand-offs, who the customer chases."""

from workbench import topology
from workbench.builder import VersionBuilder
from workbench.model import Flow, LaneKind


def _two_customer_types():
    """Two customer lanes, a front line, a back office and a system.

    f1 s→c1 (inside Citizen)     f2 c1→a1 Citizen→Agent      f3 a1→b1 Agent→Back office
    f4 b1→y1 Back office→System  f5 y1→a2 System→Agent       f6 a2→d1 Agent→Doctor
    f7 d1→e Doctor→Citizen       f8 a2→a3 inside Agent       f9 c1→y1 Citizen→System
    """
    b = VersionBuilder("Two customer types")
    citizen = b.lane("Citizen", LaneKind.CUSTOMER)
    doctor = b.lane("Doctor", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    back = b.lane("Back office", LaneKind.BACKSTAGE)
    system = b.lane("System", LaneKind.SUPPORT)
    s = b.start(citizen)
    c1 = b.task(citizen, "Submits a claim")
    a1 = b.task(agent, "Registers")
    b1 = b.task(back, "Assesses")
    y1 = b.task(system, "Scores")
    a2 = b.task(agent, "Decides")
    d1 = b.task(doctor, "Confirms treatment")
    e = b.end(citizen)
    a3 = b.task(agent, "Files")
    b.chain(s, c1, a1, b1, y1, a2, d1, e)
    b.flow(a2, a3)
    b.flow(c1, y1)
    return b.build(), (citizen, doctor, agent, back, system)


def test_customer_lanes_are_every_lane_of_kind_customer():
    version, (citizen, doctor, *_) = _two_customer_types()
    assert topology.customer_lane_ids(version) == {citizen, doctor}


def test_interactions_cross_the_line_of_interaction_in_either_direction():
    version, _ = _two_customer_types()
    # f2 and f9 leave a customer lane, f6 enters one; f7 runs between two customer lanes
    # (customer to customer is not a touchpoint of the organisation).
    assert [f.id for f in topology.interactions(version)] == ["f2", "f6", "f9"]
    assert topology.is_interaction(version, version.flows["f6"])
    assert not topology.is_interaction(version, version.flows["f7"])
    assert not topology.is_interaction(version, version.flows["f1"])


def test_customer_contacts_are_the_interactions_the_customer_starts():
    version, _ = _two_customer_types()
    assert [f.id for f in topology.customer_contacts(version)] == ["f2", "f9"]


def test_hand_offs_are_flows_between_two_different_non_customer_lanes():
    version, _ = _two_customer_types()
    # f3, f4, f5 change role; f8 stays in the Agent lane.
    assert [f.id for f in topology.hand_offs(version)] == ["f3", "f4", "f5"]
    assert topology.is_hand_off(version, version.flows["f4"])
    assert not topology.is_hand_off(version, version.flows["f8"])


def test_roles_facing_and_contacted_by_the_customer():
    version, (_, _, agent, back, system) = _two_customer_types()
    # Agent meets customers on f2 and f6, System on f9; the back office never does.
    assert topology.customer_facing_roles(version) == {agent, system}
    assert topology.roles_customer_contacts(version) == {agent, system}


def test_a_flow_to_a_missing_step_is_neither_interaction_nor_hand_off():
    version, _ = _two_customer_types()
    version.flows["fx"] = Flow("fx", "n2", "ghost")
    assert not topology.is_interaction(version, version.flows["fx"])
    assert not topology.is_hand_off(version, version.flows["fx"])
    assert topology.flow_lanes(version, version.flows["fx"]) is None
    assert len(topology.interactions(version)) == 3
