"""Our version as BPMN 2.0: one collaboration, the organisation's pool, our lanes as its
lane set, steps by kind, sequence flows with their conditions, and full BPMNDI.

Customer lanes stay lanes of the one pool rather than pools of their own. A customer pool
would turn every hand-over to the customer into a message flow, which cuts the case's
path in two: bpmn-js and Camunda Modeler could then no longer follow one case from start
to end, decisions and parallel blocks that span customer and staff would be illegal, and
bpmnlint would demand a start and end event in the customer's pool. As lanes, the
customer's steps sit on top of the same pool exactly as our canvas draws them, and each
lane's kind travels in our extension.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version

from exporters.bpmn.diagram_out import add_diagram, rounded
from exporters.bpmn.extension import add_data, add_record, xml_text
from exporters.bpmn.ids import bpmn_ids
from exporters.bpmn.names import BPMN, ELEMENT_OF, PREFIXES, PW, XSI, q
from exporters.bpmn.view import BpmnView, bpmn_view
from exporters.bpmn.wiring import Wiring, wire
from workbench.document import Document
from workbench.model import (
    Checklist,
    Duration,
    Flow,
    Kpi,
    Lane,
    Metadata,
    NodeKind,
    Segment,
    TimeUnit,
    Version,
)
from workbench.storage import SCHEMA_VERSION
from workbench.storage.records import codec

for _prefix, _uri in PREFIXES.items():
    ET.register_namespace(_prefix, _uri)

_STRUCTURE = (
    "Definitions",
    "Collaboration",
    "Participant",
    "Process",
    "LaneSet",
    "Diagram",
    "Plane",
)


def lane_title(lane: Lane) -> str:
    """A lane's name as written: bpmnlint wants every lane named."""
    return xml_text(lane.name).strip() or f"{lane.kind.value.title()} lane"


def pool_title(document: Document, version: Version) -> str:
    return xml_text(document.metadata.title).strip() or xml_text(version.name).strip() or "Process"


def document_tree(document: Document, version: Version) -> ET.Element:
    """The whole BPMN file for one version of the document."""
    taken: set[str] = set()
    structure = bpmn_ids([f"{name}_1" for name in _STRUCTURE], taken)
    ids = bpmn_ids([lane.id for lane in version.lanes], taken)
    ids |= bpmn_ids(list(version.nodes), taken)
    ids |= bpmn_ids(list(version.flows), taken)
    wiring = wire(version, ids, taken)
    view = bpmn_view(version, ids, wiring)

    definitions = ET.Element(
        q(BPMN, "definitions"),
        {
            "id": structure["Definitions_1"],
            "targetNamespace": "https://process-workbench.example/processes",
            "exporter": "Process Workbench",
            "exporterVersion": _program_version(),
        },
    )
    collaboration = ET.SubElement(
        definitions, q(BPMN, "collaboration"), {"id": structure["Collaboration_1"]}
    )
    add_data(
        collaboration,
        "document",
        {
            "schema_version": SCHEMA_VERSION,
            "metadata": codec(Metadata).write(document.metadata),
            "segments": [codec(Segment).write(s) for s in document.segments],
        },
    )
    add_data(collaboration, "version", _version_data(version))
    ET.SubElement(
        collaboration,
        q(BPMN, "participant"),
        {
            "id": structure["Participant_1"],
            "name": pool_title(document, version),
            "processRef": structure["Process_1"],
        },
    )
    process = ET.SubElement(
        definitions,
        q(BPMN, "process"),
        {
            "id": structure["Process_1"],
            "name": xml_text(version.name),
            "isExecutable": "false",
        },
    )
    _documentation(process, version.description)
    _lanes(process, version, ids, wiring, structure["LaneSet_1"], view)
    flows_in, flows_out = _ends(wiring, version, ids)
    _steps(process, version, ids, wiring, flows_in, flows_out, view)
    _flows(process, version, ids, wiring, view)
    add_diagram(definitions, version, ids, structure, view)
    return definitions


def _version_data(version: Version) -> dict:
    data: dict = {"id": version.id, "name": version.name}
    if version.description:
        data["description"] = version.description
    if version.derived_from is not None:
        data["derived_from"] = version.derived_from
    data["kpis"] = [codec(Kpi).write(version.kpis[k]) for k in sorted(version.kpis)]
    data["checklist"] = codec(Checklist).write(version.checklist)
    return data


def _documentation(parent: ET.Element, text: str) -> None:
    if text:
        ET.SubElement(parent, q(BPMN, "documentation")).text = xml_text(text)


def _lanes(
    process: ET.Element, version: Version, ids: dict[str, str], wiring: Wiring, lane_set_id: str,
    view: BpmnView,
) -> None:
    if not version.lanes:
        return
    lane_set = ET.SubElement(process, q(BPMN, "laneSet"), {"id": lane_set_id})
    members: dict[str, list[str]] = {lane.id: [] for lane in version.lanes}
    for node in version.nodes.values():
        members[node.lane].append(ids[node.id])
    for bridge in wiring.bridges:
        members[version.nodes[bridge.step].lane].append(bridge.id)
    drawn = {band.lane_id: [band.top, band.height] for band in view.drawing.bands}
    for lane in version.lanes:
        element = ET.SubElement(
            lane_set, q(BPMN, "lane"), {"id": ids[lane.id], "name": lane_title(lane)}
        )
        _documentation(element, lane.description)
        add_record(element, "lane", lane, rounded(drawn[lane.id]))
        for member in members[lane.id]:
            ET.SubElement(element, q(BPMN, "flowNodeRef")).text = member


def _ends(
    wiring: Wiring, version: Version, ids: dict[str, str]
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Incoming and outgoing sequence flow ids of every BPMN flow node, bridges included."""
    flows_in: dict[str, list[str]] = {}
    flows_out: dict[str, list[str]] = {}
    for flow_id in version.flows:
        flows_out.setdefault(wiring.source[flow_id], []).append(ids[flow_id])
        flows_in.setdefault(wiring.target[flow_id], []).append(ids[flow_id])
    for bridge in wiring.bridges:
        step = ids[bridge.step]
        before, after = (bridge.id, step) if bridge.joins else (step, bridge.id)
        flows_out.setdefault(before, []).append(bridge.flow_id)
        flows_in.setdefault(after, []).append(bridge.flow_id)
    return flows_in, flows_out


def _steps(
    process: ET.Element,
    version: Version,
    ids: dict[str, str],
    wiring: Wiring,
    flows_in: dict[str, list[str]],
    flows_out: dict[str, list[str]],
    view: BpmnView,
) -> None:
    starts = sorted(
        (n for n in version.nodes.values() if n.kind is NodeKind.START), key=lambda n: (n.x, n.id)
    )
    later_starts = {n.id for n in starts[1:]}  # one blank start only (bpmnlint)
    defaults = _default_branches(version)
    for node in version.nodes.values():
        bpmn_id = ids[node.id]
        attributes = {"id": bpmn_id}
        if node.label:
            attributes["name"] = xml_text(node.label)
        if node.id in defaults:
            attributes["default"] = ids[defaults[node.id]]
        element = ET.SubElement(process, q(BPMN, ELEMENT_OF[node.kind]), attributes)
        _documentation(element, node.notes)
        add_record(element, "step", node, rounded(view.drawing.steps[node.id].shape.centre))
        _connections(element, bpmn_id, flows_in, flows_out)
        if node.kind is NodeKind.WAIT:
            _timer(element, bpmn_id, node.duration)
        elif node.id in later_starts:
            ET.SubElement(element, q(BPMN, "messageEventDefinition"), {"id": f"{bpmn_id}_message"})
    for bridge in wiring.bridges:
        element = ET.SubElement(process, q(BPMN, bridge.element), {"id": bridge.id})
        add_data(element, "bridge", {"step": bridge.step, "joins": bridge.joins})
        _connections(element, bridge.id, flows_in, flows_out)


def _connections(
    element: ET.Element,
    bpmn_id: str,
    flows_in: dict[str, list[str]],
    flows_out: dict[str, list[str]],
) -> None:
    for flow_id in flows_in.get(bpmn_id, ()):
        ET.SubElement(element, q(BPMN, "incoming")).text = flow_id
    for flow_id in flows_out.get(bpmn_id, ()):
        ET.SubElement(element, q(BPMN, "outgoing")).text = flow_id


def _timer(element: ET.Element, bpmn_id: str, duration: Duration | None) -> None:
    timer = ET.SubElement(element, q(BPMN, "timerEventDefinition"), {"id": f"{bpmn_id}_timer"})
    if duration is not None:
        ET.SubElement(
            timer, q(BPMN, "timeDuration"), {q(XSI, "type"): "bpmn:tFormalExpression"}
        ).text = iso_duration(duration)


def iso_duration(duration: Duration) -> str:
    """The most likely time as an ISO 8601 duration, which BPMN timers use."""
    amount = f"{duration.expected:.6f}".rstrip("0").rstrip(".")
    designator = {
        TimeUnit.SECONDS: "TS",
        TimeUnit.MINUTES: "TM",
        TimeUnit.HOURS: "TH",
        TimeUnit.DAYS: "D",
        TimeUnit.WEEKS: "W",
    }[duration.unit]
    return f"P{designator[:-1]}{amount}{designator[-1]}"


def _decision_branches(version: Version) -> dict[str, list[Flow]]:
    branches: dict[str, list[Flow]] = {}
    for flow in version.flows.values():
        if version.nodes[flow.source].kind is NodeKind.DECISION:
            branches.setdefault(flow.source, []).append(flow)
    return {node: flows for node, flows in branches.items() if len(flows) > 1}


def _default_branches(version: Version) -> dict[str, str]:
    """A decision's one unlabelled branch is its default flow; labelled ones get conditions."""
    defaults = {}
    for node_id, flows in _decision_branches(version).items():
        unlabelled = [f for f in flows if not xml_text(f.label).strip()]
        if len(unlabelled) == 1:
            defaults[node_id] = unlabelled[0].id
    return defaults


def _flows(
    process: ET.Element,
    version: Version,
    ids: dict[str, str],
    wiring: Wiring,
    view: BpmnView,
) -> None:
    conditional = {
        f.id
        for flows in _decision_branches(version).values()
        for f in flows
        if xml_text(f.label).strip()
    }
    for flow in version.flows.values():
        element = _sequence_flow(
            process,
            flow,
            ids[flow.id],
            wiring.source[flow.id],
            wiring.target[flow.id],
            flow.id in conditional,
        )
        connector = view.drawing.connectors.get(flow.id)
        points = connector.points if connector is not None else ()
        add_record(element, "flow", flow, [rounded(p) for p in points])
        if flow.id in conditional:
            ET.SubElement(
                element, q(BPMN, "conditionExpression"), {q(XSI, "type"): "bpmn:tFormalExpression"}
            ).text = xml_text(flow.label)
    for bridge in wiring.bridges:
        step = ids[bridge.step]
        source, target = (bridge.id, step) if bridge.joins else (step, bridge.id)
        ET.SubElement(
            process,
            q(BPMN, "sequenceFlow"),
            {"id": bridge.flow_id, "sourceRef": source, "targetRef": target},
        )


def _sequence_flow(
    process: ET.Element, flow: Flow, bpmn_id: str, source: str, target: str, conditional: bool
) -> ET.Element:
    attributes = {"id": bpmn_id, "sourceRef": source, "targetRef": target}
    if flow.label:
        attributes["name"] = xml_text(flow.label)
    return ET.SubElement(process, q(BPMN, "sequenceFlow"), attributes)


def _program_version() -> str:
    try:
        return package_version("process-workbench")
    except PackageNotFoundError:
        return "unknown"


__all__ = ["PW", "document_tree", "iso_duration", "lane_title", "pool_title"]
