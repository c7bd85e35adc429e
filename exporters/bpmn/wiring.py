"""Gateways the exporter adds so other tools read our flow the way we mean it.

Our model lets a step take several incoming flows (rework comes back to it) and lets any
non-decision step send the case down several flows at once. BPMN readers and bpmnlint want
those joins and splits drawn as gateways (no "fake join", no "implicit split"), and no
gateway that both joins and forks. So the exporter puts a small gateway in front of or
behind such steps, marks it as ours, and the importer removes it again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from workbench.model import NodeKind, Version

GATEWAYS = (NodeKind.DECISION, NodeKind.PARALLEL)


@dataclass(frozen=True)
class Bridge:
    """A gateway of ours: `joins` before `step`, or splits after it."""

    id: str
    element: str
    step: str
    joins: bool
    flow_id: str  # the flow between the bridge and its step


@dataclass
class Wiring:
    """For each of our flows, the BPMN element it leaves and enters."""

    source: dict[str, str] = field(default_factory=dict)
    target: dict[str, str] = field(default_factory=dict)
    bridges: list[Bridge] = field(default_factory=list)


def wire(version: Version, bpmn_id: dict[str, str], taken: set[str]) -> Wiring:
    """Decide the bridges of `version`; `bpmn_id` maps our ids to the file's ids."""
    incoming: dict[str, list[str]] = defaultdict(list)
    outgoing: dict[str, list[str]] = defaultdict(list)
    for flow in version.flows.values():
        outgoing[flow.source].append(flow.id)
        incoming[flow.target].append(flow.id)
    wiring = Wiring(
        source={f.id: bpmn_id[f.source] for f in version.flows.values()},
        target={f.id: bpmn_id[f.target] for f in version.flows.values()},
    )
    for node in version.nodes.values():
        ins, outs = incoming[node.id], outgoing[node.id]
        step = bpmn_id[node.id]
        if len(ins) > 1 and (node.kind not in GATEWAYS or len(outs) > 1):
            element = "parallelGateway" if node.kind is NodeKind.PARALLEL else "exclusiveGateway"
            bridge = Bridge(
                _free(f"{step}_join", taken),
                element,
                node.id,
                True,
                _free(f"{step}_join_flow", taken),
            )
            wiring.bridges.append(bridge)
            for flow_id in ins:
                wiring.target[flow_id] = bridge.id
        if len(outs) > 1 and node.kind not in GATEWAYS:
            bridge = Bridge(
                _free(f"{step}_split", taken),
                "parallelGateway",
                node.id,
                False,
                _free(f"{step}_split_flow", taken),
            )
            wiring.bridges.append(bridge)
            for flow_id in outs:
                wiring.source[flow_id] = bridge.id
    return wiring


def _free(wanted: str, taken: set[str]) -> str:
    name, count = wanted, 1
    while name in taken:
        count += 1
        name = f"{wanted}{count}"
    taken.add(name)
    return name
