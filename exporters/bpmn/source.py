"""The first stage of an import: what the BPMN file says, as plain records.

Pools, their lanes flattened to leaves ("Parent / Child"), the steps and flows of each
process, message flows between pools and text annotations. Everything met on the way
that a Process Workbench flow cannot hold is noted in the summary here, where it is seen.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from exporters.bpmn.errors import BpmnError
from exporters.bpmn.names import (
    BPMN,
    BPMNDI,
    CONTAINERS,
    FLOW_NODES,
    local_name,
    namespace_of,
    q,
)
from exporters.bpmn.summary import Action, ImportSummary
from workbench.i18n import Msg

_QUIET = {
    "documentation",
    "extensionElements",
    "laneSet",
    "sequenceFlow",
    "textAnnotation",
    "association",
    *FLOW_NODES,
}
_ROOT_QUIET = {
    "collaboration",
    "process",
    "BPMNDiagram",
    "documentation",
    "extensionElements",
    "import",
    "relationship",
}
_COLLABORATION_QUIET = {
    "participant",
    "messageFlow",
    "documentation",
    "extensionElements",
    "textAnnotation",
    "association",
}


_EXTENSIONS = q(BPMN, "extensionElements")


@dataclass
class SourceLane:
    """A leaf lane, or a whole pool that has no lanes; `key` is the BPMN id its shape has."""

    key: str
    name: str
    element: ET.Element | None
    pool: str


@dataclass
class SourceStep:
    id: str
    tag: str
    element: ET.Element
    pool: str
    lane: str | None


@dataclass
class SourceFlow:
    id: str
    source: str
    target: str
    name: str
    condition: str
    message: bool
    element: ET.Element


@dataclass
class Pool:
    key: str
    name: str
    participant: ET.Element | None
    process: ET.Element | None
    lanes: list[SourceLane] = field(default_factory=list)


@dataclass
class SourceModel:
    root: ET.Element
    collaboration: ET.Element | None
    pools: list[Pool] = field(default_factory=list)
    steps: dict[str, SourceStep] = field(default_factory=dict)
    flows: list[SourceFlow] = field(default_factory=list)
    annotations: dict[str, list[str]] = field(default_factory=dict)  # step id -> texts
    ids: dict[str, ET.Element] = field(default_factory=dict)

    def lanes(self) -> list[SourceLane]:
        return [lane for pool in self.pools for lane in pool.lanes]


def read_model(root: ET.Element, summary: ImportSummary) -> SourceModel:
    if root.tag != q(BPMN, "definitions"):
        where, found = namespace_of(root.tag), local_name(root.tag)
        raise BpmnError(
            Msg("this is not a BPMN 2.0 file: its root element is <{root}> in the namespace "
                "{namespace}, not <definitions> in {bpmn}",
                root=found, namespace=repr(where), bpmn=repr(BPMN))
            if where else
            Msg("this is not a BPMN 2.0 file: its root element is <{root}> without the BPMN "
                "namespace, not <definitions> in {bpmn}", root=found, bpmn=repr(BPMN))
        )
    model = SourceModel(root, _chosen_collaboration(root), ids=_index_ids(root))
    _pools(model, summary)
    for pool in model.pools:
        if pool.process is not None:
            _process(model, pool, summary)
    if model.collaboration is not None:
        _message_flows(model, summary)
        _artifacts(model, model.collaboration, summary)
        _others(model.collaboration, _COLLABORATION_QUIET, summary, "a collaboration")
    _others(root, _ROOT_QUIET, summary, "the file")
    return model


def text_of(element: ET.Element | None, tag: str) -> str:
    found = element.find(q(BPMN, tag)) if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def _index_ids(root: ET.Element) -> dict[str, ET.Element]:
    """BPMN's own ids (tools' extension data has ids of its own, which may repeat them)."""
    ids: dict[str, ET.Element] = {}
    ours = (f"{{{BPMN}}}", f"{{{BPMNDI}}}")
    stack = [root]
    while stack:
        element = stack.pop()
        tag = element.tag
        if tag == _EXTENSIONS or not isinstance(tag, str) or not tag.startswith(ours):
            continue
        stack.extend(element)
        element_id = element.get("id")
        if element_id is None:
            continue
        if element_id in ids:
            first, second = local_name(ids[element_id].tag), local_name(tag)
            raise BpmnError(
                Msg("the id {id} is used twice (by a <{first}> and a <{second}>); "
                    "ids must be unique, so references are ambiguous",
                    id=repr(element_id), first=first, second=second)
            )
        ids[element_id] = element
    return ids


def _chosen_collaboration(root: ET.Element) -> ET.Element | None:
    collaborations = root.findall(q(BPMN, "collaboration"))
    if not collaborations:
        return None
    for plane in root.iter(q(BPMNDI, "BPMNPlane")):
        wanted = plane.get("bpmnElement")
        for collaboration in collaborations:
            if collaboration.get("id") == wanted:
                return collaboration
    return collaborations[0]


def resolve(ids: dict[str, ET.Element], reference: str | None) -> str | None:
    """An id reference, tolerating the QName prefix some tools put in front of it."""
    if not reference:
        return None
    reference = reference.strip()
    if reference in ids:
        return reference
    bare = reference.rsplit(":", 1)[-1]
    return bare if bare in ids else None


def _pools(model: SourceModel, summary: ImportSummary) -> None:
    used: set[str] = set()
    root = model.root
    for collaboration in root.findall(q(BPMN, "collaboration")):
        if collaboration is not model.collaboration:
            for flow in collaboration.findall(q(BPMN, "messageFlow")):
                summary.note(
                    Action.DROPPED,
                    "message_flows",
                    flow.get("id", ""),
                    "messageFlow",
                    Msg("it belongs to a second collaboration; only the one drawn is imported"),
                )
        for participant in collaboration.findall(q(BPMN, "participant")):
            pid = participant.get("id", "")
            if collaboration is not model.collaboration:
                summary.note(
                    Action.DROPPED,
                    "participants",
                    pid,
                    "participant",
                    Msg("it belongs to a second collaboration; only the one drawn is imported"),
                )
                continue
            process_id = resolve(model.ids, participant.get("processRef"))
            process = model.ids.get(process_id) if process_id else None
            if process is not None and process_id in used:
                summary.note(
                    Action.APPROXIMATED,
                    "participants",
                    pid,
                    "participant",
                    Msg("it shares process '{process}' with another pool; its steps are shown "
                        "once, in that pool", process=process_id),
                )
                process = None
            if process is not None:
                used.add(process_id or "")
            name = (
                participant.get("name")
                or (process.get("name") if process is not None else "")
                or pid
            )
            pool = Pool(pid, name.strip(), participant, process)
            if process is None:  # a black box: a lane of its own, with no steps
                pool.lanes.append(SourceLane(pid, pool.name, participant, pid))
            model.pools.append(pool)
            summary.imported["participants"] += 1
    for process in root.findall(q(BPMN, "process")):
        if process.get("id") in used:
            continue
        if len(process) and any(local_name(c.tag) in FLOW_NODES | {"laneSet"} for c in process):
            pid = process.get("id", "")
            model.pools.append(Pool(pid, (process.get("name") or "").strip() or pid, None, process))


def _process(model: SourceModel, pool: Pool, summary: ImportSummary) -> None:
    process = pool.process
    assert process is not None
    member_of: dict[str, str] = {}
    for lane_set in process.findall(q(BPMN, "laneSet")):
        _lane_set(lane_set, (), pool, member_of, summary)
    if not pool.lanes:
        pool.lanes.append(SourceLane(pool.key, pool.name, pool.participant, pool.key))
    for child in process:
        tag = local_name(child.tag)
        if tag in FLOW_NODES and child.get("id"):
            step_id = child.get("id", "")
            lane = member_of.get(step_id)
            if lane is None and len(pool.lanes) == 1:
                lane = pool.lanes[0].key
            model.steps[step_id] = SourceStep(step_id, tag, child, pool.key, lane)
            summary.imported["flow_nodes"] += 1
            if tag in CONTAINERS or tag == "callActivity":
                _inside(child, summary)
        elif tag == "sequenceFlow":
            model.flows.append(_flow(child, model, message=False))
    _artifacts(model, process, summary)
    _others(process, _QUIET, summary, "a process")


def _lane_set(
    lane_set: ET.Element,
    path: tuple[str, ...],
    pool: Pool,
    member_of: dict[str, str],
    summary: ImportSummary,
) -> None:
    for lane in lane_set.findall(q(BPMN, "lane")):
        lane_id = lane.get("id", "")
        name = (lane.get("name") or "").strip()
        children = [c for s in lane.findall(q(BPMN, "childLaneSet")) for c in s]
        if any(local_name(c.tag) == "lane" for c in children):
            summary.note(
                Action.MERGED,
                "lanes",
                lane_id,
                "lane",
                Msg("it holds child lanes; its name '{name}' leads theirs", name=name)
                if name
                else Msg("it holds child lanes and has no name of its own"),
            )
            for ref in lane.findall(q(BPMN, "flowNodeRef")):
                member_of.setdefault((ref.text or "").strip(), "")
            for child_set in lane.findall(q(BPMN, "childLaneSet")):
                _lane_set(child_set, (*path, name), pool, member_of, summary)
            continue
        pool.lanes.append(
            SourceLane(lane_id, " / ".join(p for p in (*path, name) if p), lane, pool.key)
        )
        summary.imported["lanes"] += 1
        for ref in lane.findall(q(BPMN, "flowNodeRef")):
            member_of[(ref.text or "").strip()] = lane_id
    for step, lane in list(member_of.items()):
        if lane == "":
            del member_of[step]  # only a parent lane lists it: placed by its position later


def _flow(element: ET.Element, model: SourceModel, message: bool) -> SourceFlow:
    return SourceFlow(
        element.get("id", ""),
        resolve(model.ids, element.get("sourceRef")) or "",
        resolve(model.ids, element.get("targetRef")) or "",
        (element.get("name") or "").strip(),
        text_of(element, "conditionExpression"),
        message,
        element,
    )


def _inside(container: ET.Element, summary: ImportSummary) -> None:
    """Everything inside a collapsed sub-process is listed as dropped, with where it was."""
    cid = container.get("id", "")
    why = Msg("it is inside sub-process '{container}', which became one step", container=cid)
    for element in container.iter():
        if element is container or namespace_of(element.tag) != BPMN:
            continue
        tag = local_name(element.tag)
        category = {"sequenceFlow": "sequence_flows", "lane": "lanes"}.get(
            tag, "flow_nodes" if tag in FLOW_NODES else "other"
        )
        if category != "other" or tag in (
            "textAnnotation",
            "dataObjectReference",
            "dataStoreReference",
            "group",
        ):
            summary.note(Action.DROPPED, category, element.get("id", ""), tag, why)


def _message_flows(model: SourceModel, summary: ImportSummary) -> None:
    assert model.collaboration is not None
    for element in model.collaboration.findall(q(BPMN, "messageFlow")):
        model.flows.append(_flow(element, model, message=True))


def _artifacts(model: SourceModel, container: ET.Element, summary: ImportSummary) -> None:
    """Text annotations join the notes of the step they are attached to."""
    annotations = container.findall(q(BPMN, "textAnnotation"))
    texts = {a.get("id", ""): text_of(a, "text") for a in annotations}
    attached: set[str] = set()
    for association in container.findall(q(BPMN, "association")):
        ends = [resolve(model.ids, association.get(e)) for e in ("sourceRef", "targetRef")]
        note = next((e for e in ends if e in texts), None)
        step = next((e for e in ends if e in model.steps), None)
        if note is not None and step is not None:
            model.annotations.setdefault(step, []).append(texts[note])
            attached.add(note)
            summary.note(
                Action.APPROXIMATED,
                "other",
                note,
                "textAnnotation",
                Msg("its text was added to the notes of step '{step}'", step=step),
            )
        else:
            summary.note(
                Action.DROPPED,
                "other",
                association.get("id", ""),
                "association",
                Msg("it links elements that were not imported as steps"),
            )
    for note, text in texts.items():
        if note not in attached:
            summary.note(
                Action.DROPPED,
                "other",
                note,
                "textAnnotation",
                Msg("it is attached to no step (text: '{text}')", text=text[:60])
                if text
                else Msg("it is attached to no step"),
            )


def _others(container: ET.Element, quiet: set[str], summary: ImportSummary, where: str) -> None:
    for child in container:
        tag = local_name(child.tag)
        if tag in quiet or namespace_of(child.tag) != BPMN:
            continue
        summary.note(
            Action.DROPPED,
            "other",
            child.get("id", ""),
            tag,
            Msg("{where}'s {tag} has no counterpart in a Process Workbench flow", where=where,
                tag=tag),
        )
