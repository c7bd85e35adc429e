"""Where a flow sits relative to the customer: the lane-level facts the measures, checks and
canvas all agree on (is this flow a touchpoint? a hand-off? who does the customer chase?).

Each helper takes a version and answers in one pass over its flows, so the canvas can call
them directly; the analysis builds a `FlowGraph` once and asks it instead.
"""

from __future__ import annotations

from workbench.model import Flow, LaneKind, Version


def customer_lane_ids(version: Version) -> set[str]:
    """Lanes whose actor is a customer type (there can be several)."""
    return {lane.id for lane in version.lanes if lane.kind is LaneKind.CUSTOMER}


def node_lanes(version: Version) -> dict[str, str]:
    """Each step's lane id."""
    return {node.id: node.lane for node in version.nodes.values()}


def flow_lanes(version: Version, flow: Flow) -> tuple[str, str] | None:
    """The lanes a flow leaves and enters, or None when an end is not a step of the version."""
    source = version.nodes.get(flow.source)
    target = version.nodes.get(flow.target)
    if source is None or target is None:
        return None
    return source.lane, target.lane


def is_interaction(version: Version, flow: Flow) -> bool:
    """A touchpoint: the flow crosses the line of interaction, in either direction."""
    return _is_interaction(flow_lanes(version, flow), customer_lane_ids(version))


def is_hand_off(version: Version, flow: Flow) -> bool:
    """Work passing between two different roles of the organisation."""
    return _is_hand_off(flow_lanes(version, flow), customer_lane_ids(version))


def interactions(version: Version) -> list[Flow]:
    """Every touchpoint, in the version's flow order."""
    customer = customer_lane_ids(version)
    return [f for f in version.flows.values() if _is_interaction(flow_lanes(version, f), customer)]


def customer_contacts(version: Version) -> list[Flow]:
    """Touchpoints the customer starts: each is a time the customer has to reach out.

    The customer answering the role that just reached them is not a new contact (see
    `FlowGraph.contact_edges`, which the measures use; the two agree).
    """
    customer = customer_lane_ids(version)
    callers: dict[str, set[str]] = {}
    for flow in version.flows.values():
        lanes = flow_lanes(version, flow)
        if lanes is not None:
            callers.setdefault(flow.target, set()).add(lanes[0])
    return [
        f
        for f in version.flows.values()
        if _is_contact(lanes := flow_lanes(version, f), customer)
        and callers.get(f.source, set()) != {lanes[1]}
    ]


def hand_offs(version: Version) -> list[Flow]:
    """Flows between two different non-customer lanes."""
    customer = customer_lane_ids(version)
    return [f for f in version.flows.values() if _is_hand_off(flow_lanes(version, f), customer)]


def customer_facing_roles(version: Version) -> set[str]:
    """Non-customer lanes that share at least one touchpoint with a customer lane."""
    customer = customer_lane_ids(version)
    roles: set[str] = set()
    for flow in version.flows.values():
        lanes = flow_lanes(version, flow)
        if _is_interaction(lanes, customer):
            roles.update(lane for lane in lanes if lane not in customer)
    return roles


def roles_customer_contacts(version: Version) -> set[str]:
    """Non-customer lanes the customer has to reach out to (one-stop service means one)."""
    return {lanes[1] for f in customer_contacts(version) if (lanes := flow_lanes(version, f))}


def _is_interaction(lanes: tuple[str, str] | None, customer: set[str]) -> bool:
    return lanes is not None and (lanes[0] in customer) != (lanes[1] in customer)


def _is_contact(lanes: tuple[str, str] | None, customer: set[str]) -> bool:
    return lanes is not None and lanes[0] in customer and lanes[1] not in customer


def _is_hand_off(lanes: tuple[str, str] | None, customer: set[str]) -> bool:
    return (
        lanes is not None
        and lanes[0] != lanes[1]
        and lanes[0] not in customer
        and lanes[1] not in customer
    )
