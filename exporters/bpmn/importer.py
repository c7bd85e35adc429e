"""BPMN file → Process Workbench document, with a summary of everything not taken over.

Stages: parse safely (reader) → read the semantic model (source) → read the diagram
(diagram_in) → place lanes and steps (placing) → build our records here. Where the file
carries our own extension records (it was written by us), they restore what BPMN cannot
say; where the file's own elements disagree with them (someone edited it elsewhere), the
file's elements win.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from typing import Any

from exporters.bpmn.diagram_in import Drawing, read_drawing
from exporters.bpmn.extension import as_element_text, find_data, read_data, read_record, xml_text
from exporters.bpmn.lane_kinds import guess_kind
from exporters.bpmn.names import BPMN, CONTAINERS, ELEMENT_OF, EXACT, KIND_OF, local_name, q
from exporters.bpmn.placing import Placement, place
from exporters.bpmn.source import SourceFlow, SourceModel, SourceStep, read_model, text_of
from exporters.bpmn.summary import Action, ImportResult, ImportSummary
from exporters.bpmn.tidy import finish_document
from exporters.bpmn.writer import lane_title
from exporters.drawn_layout import lay_out
from workbench.flowgraph import NODE_KIND_WORDS
from workbench.i18n import Msg
from workbench.model import Flow, Lane, Node, NodeKind, Version

CLOSE = 1.0  # pixels: a drawn position within this is "not moved since we wrote it"


def import_tree(root: ET.Element, source: str = "", layout: bool = False) -> ImportResult:
    """The document of a parsed file; `layout` lays it out afresh whatever its diagram."""
    summary = ImportSummary(source)
    model = read_model(root, summary)
    first = model.collaboration.get("id") if model.collaboration is not None else None
    if first is None and model.pools:
        first = model.pools[0].key
    drawing = read_drawing(root, model.ids, first)
    if drawing.vertical:
        summary.note(
            Action.APPROXIMATED,
            "other",
            "",
            "diagram",
            Msg("its pools run top to bottom; they were turned to run left to right"),
        )
    return _Assembly(model, drawing, summary).result(layout)


class _Assembly:
    def __init__(self, model: SourceModel, drawing: Drawing, summary: ImportSummary) -> None:
        self.model, self.drawing, self.summary = model, drawing, summary
        self.used: set[str] = set()
        self.ours: dict[str, str] = {}  # BPMN id -> our id
        self.bridge_of, self.bridge_flows = self._bridges()

    # ---------------------------------------------------------------- bridges

    def _bridges(self) -> tuple[dict[str, str], set[str]]:
        """Our own join/split gateways (see wiring.py), folded back into their step."""
        outgoing: dict[str, list[SourceFlow]] = {}
        incoming: dict[str, list[SourceFlow]] = {}
        for flow in self.model.flows:
            outgoing.setdefault(flow.source, []).append(flow)
            incoming.setdefault(flow.target, []).append(flow)
        bridge_of, flows = {}, set()
        for step in list(self.model.steps.values()):
            data = find_data(step.element, "bridge")
            if not isinstance(data, dict):
                continue
            joins = data.get("joins") is True
            link = (outgoing if joins else incoming).get(step.id, [])
            if len(link) != 1:
                continue  # edited elsewhere: keep it as an ordinary gateway
            other = link[0].target if joins else link[0].source
            if other not in self.model.steps or other in bridge_of:
                continue
            bridge_of[step.id] = other
            flows.add(link[0].id)
            del self.model.steps[step.id]
            self.summary.imported["flow_nodes"] -= 1
        return bridge_of, flows

    def _our_id(self, bpmn_id: str, record: Any) -> str:
        wanted = record.id if record is not None and record.id not in self.used else bpmn_id
        name, count = wanted, 1
        while name in self.used:
            count += 1
            name = f"{wanted}-{count}"
        self.used.add(name)
        self.ours[bpmn_id] = name
        return name

    # ------------------------------------------------------------------ whole

    def result(self, layout: bool = False) -> ImportResult:
        version = self._version_shell()
        lanes_by_key, lane_records = self._lanes()
        steps = self._assign_lanes()
        links = self._links()
        lane_keys = [
            (lane.key, lane.element is None or lane.element.tag != q(BPMN, "lane"))
            for lane in self.model.lanes()
        ]
        placement = place(
            lane_keys,
            [(s.id, s.lane or "") for s in steps],
            [(f.id, s, t) for f, s, t in links],
            self.drawing,
        )
        self.summary.auto_laid_out = placement.auto and bool(steps)
        for step_id in placement.unplaced:
            self.summary.note(
                Action.APPROXIMATED,
                "flow_nodes",
                step_id,
                "flow node",
                Msg("the diagram has no shape for it; it was put at the end of its lane"),
            )
        version.lanes = self._lane_records(lanes_by_key, lane_records, placement)
        for step in steps:
            node = self._node(step, placement)
            version.nodes[node.id] = node
        for flow, source, target in links:
            record = self._flow(flow, source, target, placement)
            version.flows[record.id] = record
        document = finish_document(self.model, version, self.summary)
        if (placement.auto or layout) and steps:
            lay_out(document, version.id)
            self.summary.auto_laid_out = True
        return ImportResult(document, self.summary)

    def _version_shell(self) -> Version:
        data = find_data(self.model.collaboration, "version") if self.model.collaboration else None
        self.summary.with_our_extensions = isinstance(data, dict)
        description = ""
        if self.model.pools and self.model.pools[0].process is not None:
            description = text_of(self.model.pools[0].process, "documentation")
        if not isinstance(data, dict):
            return Version("v-imported", "As-is", description=description)
        version_id = data.get("id") if isinstance(data.get("id"), str) else "v-imported"
        name = data.get("name") if isinstance(data.get("name"), str) else "As-is"
        self.used.add(version_id)
        return Version(
            version_id,
            name or "As-is",
            description=data.get("description", "")
            if isinstance(data.get("description"), str)
            else description,
            derived_from=data.get("derived_from")
            if isinstance(data.get("derived_from"), str)
            else None,
        )

    # ------------------------------------------------------------------ lanes

    def _lanes(self) -> tuple[dict[str, Lane], dict[str, tuple[Any, Any]]]:
        several = sum(1 for p in self.model.pools if p.process is not None or p.lanes) > 1
        lanes, records = {}, {}
        for pool in self.model.pools:
            for lane in pool.lanes:
                is_lane = lane.element is not None and lane.element.tag == q(BPMN, "lane")
                record, drawn = read_record(lane.element, "lane", Lane) if is_lane else (None, None)
                name = lane.name
                if not name:
                    count = len(pool.lanes)
                    number = pool.lanes.index(lane) + 1
                    name = pool.name if count == 1 or several else f"{pool.name} {number}"
                elif several and lane.key != pool.key:
                    name = f"{pool.name} / {name}"
                raw = lane.element.get("name", "") if is_lane and lane.element is not None else ""
                if record is not None and raw == lane_title(record):
                    name = record.name
                description = text_of(lane.element, "documentation") if is_lane else ""
                if record is not None and description == as_element_text(record.description):
                    description = record.description
                lanes[lane.key] = Lane(
                    id=self._our_id(lane.key, record),
                    name=name,
                    kind=record.kind if record is not None else guess_kind(name),
                    description=description,
                    derived_from=record.derived_from if record is not None else None,
                )
                records[lane.key] = (record, drawn)
        return lanes, records

    def _lane_records(
        self, lanes: dict[str, Lane], records: dict[str, tuple[Any, Any]], placement: Placement
    ) -> list[Lane]:
        out = []
        for key in placement.order:
            band = placement.bands[key]
            record, drawn = records[key]
            height = band.height
            if record is not None and _near(drawn, band.frame and [band.frame.y, band.height]):
                height = record.height
            out.append(_replace(lanes[key], height=height if height > 0 else 140.0))
        return out

    def _assign_lanes(self) -> list[SourceStep]:
        lanes_of_pool = {p.key: p.lanes for p in self.model.pools}
        for step in self.model.steps.values():
            if step.lane is not None:
                continue
            candidates = lanes_of_pool[step.pool]
            box = self.drawing.box(step.id)
            inside = [
                lane
                for lane in candidates
                if box is not None
                and (frame := self.drawing.box(lane.key)) is not None
                and frame.y <= box.centre[1] < frame.bottom
            ]
            if inside:
                step.lane = inside[0].key
            else:
                step.lane = candidates[0].key
                self.summary.note(
                    Action.APPROXIMATED,
                    "flow_nodes",
                    step.id,
                    step.tag,
                    Msg("no lane lists it; it was put in lane '{lane}'", lane=candidates[0].name),
                )
        return list(self.model.steps.values())

    # ------------------------------------------------------------------ steps

    def _node(self, step: SourceStep, placement: Placement) -> Node:
        record, drawn = read_record(step.element, "step", Node)
        kind = KIND_OF[step.tag]
        if record is not None and ELEMENT_OF[record.kind] == step.tag:
            kind = record.kind
        elif step.tag not in EXACT:
            self.summary.note(
                Action.APPROXIMATED, "flow_nodes", step.id, step.tag, _approximation(step, kind)
            )
        if record is None:
            self._note_details(step)
        raw_label = step.element.get("name", "")
        label = raw_label.strip()
        if record is not None and raw_label == xml_text(record.label):
            label = record.label
        notes = self._notes(step, record)
        x, y = placement.places[step.id]
        box = self.drawing.box(step.id)
        if record is not None and box is not None and _near(drawn, list(box.centre)):
            x, y = record.x, record.y
        fields = {f: getattr(record, f) for f in _NODE_EXTRAS} if record is not None else {}
        return Node(
            id=self._our_id(step.id, record),
            kind=kind,
            lane=self.ours[step.lane or ""],
            label=label,
            notes=notes,
            x=x,
            y=y,
            **fields,
        )

    def _notes(self, step: SourceStep, record: Any) -> str:
        documentation = text_of(step.element, "documentation")
        annotations = self.model.annotations.get(step.id, [])
        if (
            record is not None
            and documentation == as_element_text(record.notes)
            and not annotations
        ):
            return record.notes
        parts = [documentation] if documentation else []
        parts += [f"Note: {text}" for text in annotations if text]
        if step.tag in CONTAINERS or step.tag == "callActivity":
            parts.append(_container_note(step))
        return "\n".join(parts)

    def _note_details(self, step: SourceStep) -> None:
        """Markers and event triggers of a foreign step that our step cannot show."""
        tags = [local_name(child.tag) for child in step.element]
        suffix = "EventDefinition"
        triggers = [t.removesuffix(suffix) for t in tags if t.endswith(suffix)]
        if triggers and not (step.tag == "intermediateCatchEvent" and triggers == ["timer"]):
            self.summary.note(
                Action.APPROXIMATED,
                "flow_nodes",
                step.id,
                step.tag,
                Msg("its trigger ({triggers}) is not kept", triggers=", ".join(triggers)),
            )
        loops = [t for t in tags if t.endswith("LoopCharacteristics")]
        if loops:
            self.summary.note(
                Action.APPROXIMATED,
                "flow_nodes",
                step.id,
                step.tag,
                Msg("its loop or multi-instance marker is not kept"),
            )
        data = [
            t
            for t in tags
            if t in ("ioSpecification", "dataInputAssociation", "dataOutputAssociation", "property")
        ]
        if data:
            self.summary.note(
                Action.APPROXIMATED,
                "flow_nodes",
                step.id,
                step.tag,
                Msg("its data inputs and outputs are not kept"),
            )

    # ------------------------------------------------------------------ flows

    def _links(self) -> list[tuple[SourceFlow, str, str]]:
        links = []
        for flow in self.model.flows:
            if flow.id in self.bridge_flows:
                continue
            source = self.bridge_of.get(flow.source, flow.source)
            target = self.bridge_of.get(flow.target, flow.target)
            category = "message_flows" if flow.message else "sequence_flows"
            missing = [e for e in (source, target) if e not in self.model.steps]
            if missing:
                self.summary.note(
                    Action.DROPPED,
                    category,
                    flow.id,
                    _flow_tag(flow),
                    _why_unlinked(self.model, missing[0]),
                )
                continue
            links.append((flow, source, target))
            self.summary.imported[category] += 1
        return links

    def _flow(self, flow: SourceFlow, source: str, target: str, placement: Placement) -> Flow:
        record, drawn = read_record(flow.element, "flow", Flow)
        raw = flow.element.get("name", "")
        label = flow.name or flow.condition
        if record is not None and raw == xml_text(record.label):
            label = record.label
        elif flow.name and flow.condition and flow.condition != flow.name:
            self.summary.note(
                Action.APPROXIMATED,
                "sequence_flows",
                flow.id,
                _flow_tag(flow),
                Msg("its condition '{condition}' is not kept; its name is the label",
                    condition=flow.condition[:60]),
            )
        waypoints = placement.routes.get(flow.id, ())
        route = self.drawing.routes.get(flow.id)
        if record is not None and route is not None and _near(drawn, [c for p in route for c in p]):
            waypoints = record.waypoints
        return Flow(
            id=self._our_id(flow.id, record),
            source=self.ours[source],
            target=self.ours[target],
            label=label,
            probability=record.probability if record is not None else None,
            waypoints=tuple(waypoints),
            derived_from=record.derived_from if record is not None else None,
        )


_NODE_EXTRAS = (
    "duration",
    "value_class",
    "waste_kind",
    "script",
    "rules",
    "it_system",
    "fail_point",
    "derived_from",
)


def _near(drawn: Any, actual: list[float] | None) -> bool:
    """Whether the diagram still shows what we drew (same numbers, give or take rounding)."""
    if actual is None or not isinstance(drawn, list):
        return False
    flat = [c for p in drawn for c in p] if drawn and isinstance(drawn[0], list) else drawn
    if len(flat) != len(actual):
        return False
    try:
        return all(abs(float(a) - b) <= CLOSE for a, b in zip(flat, actual, strict=True))
    except (TypeError, ValueError):
        return False


def _replace(lane: Lane, **changes: Any) -> Lane:
    return dataclasses.replace(lane, **changes)


def _approximation(step: SourceStep, kind: NodeKind) -> Msg:
    if step.tag in CONTAINERS or step.tag == "callActivity":
        return Msg("it became one task; what it contains is listed in the step's notes")
    if step.tag == "boundaryEvent":
        host = step.element.get("attachedToRef", "")
        return Msg("it became a wait step; it is no longer attached to '{host}'", host=host)
    return Msg("it became a {kind} step", kind=NODE_KIND_WORDS[kind])


def _container_note(step: SourceStep) -> str:
    inner = [
        e for e in step.element.iter() if e is not step.element and local_name(e.tag) in KIND_OF
    ]
    what = {"callActivity": "Calls another process"}.get(step.tag, "Sub-process")
    called = step.element.get("calledElement")
    suffix = f" ({called})" if called else ""
    return f"{what}{suffix}: {len(inner)} steps inside were not imported."


def _flow_tag(flow: SourceFlow) -> str:
    return "messageFlow" if flow.message else "sequenceFlow"


def _why_unlinked(model: SourceModel, end: str) -> Msg:
    if not end:
        return Msg("one of its ends is missing or names nothing in the file")
    element = model.ids.get(end)
    tag = local_name(element.tag) if element is not None else "element"
    if tag == "participant":
        return Msg("it joins a whole pool ('{pool}'), not a step of it", pool=end)
    return Msg("it joins <{tag}> '{end}', which was not imported as a step", tag=tag, end=end)


__all__ = ["import_tree", "read_data"]
