"""`Document`: the one door through which every edit of a process passes.

Each public method is one user-level edit. It checks the edit, applies it, emits the
fine-grained events (added / changed with old and new value / removed / moved), then one
`DocumentEdited`. The undo commands of the editor each call exactly one of these methods
and keep what it returns to reverse it.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from typing import Any

from workbench import rules
from workbench.events import (
    DocumentEdited,
    ElementAdded,
    ElementChanged,
    ElementKind,
    ElementMoved,
    ElementRemoved,
    Event,
    EventHub,
)
from workbench.i18n import Joined, Msg
from workbench.model import (
    ActivityItem,
    Attachment,
    AttachmentKind,
    Checklist,
    ChecklistElement,
    ChecklistItem,
    Flow,
    Goal,
    InputItem,
    Kpi,
    Lane,
    Metadata,
    Node,
    OutputItem,
    Segment,
    Version,
)
from workbench.simulation.settings import SimulationSettings
from workbench.version_copy import copy_version


class EditError(ValueError):
    """An edit that would make the document inconsistent; the message says why."""


@dataclass(frozen=True)
class Placement:
    """Where a moved node goes: position, and the lane it lands in."""

    x: float
    y: float
    lane: str


@dataclass(frozen=True)
class Removal:
    """Everything one `Document.remove` took away, enough for `Document.restore`."""

    version_id: str
    lanes: tuple[tuple[int, Lane], ...] = ()
    nodes: tuple[Node, ...] = ()
    flows: tuple[Flow, ...] = ()
    kpis: tuple[Kpi, ...] = ()
    detached_kpis: tuple[Kpi, ...] = ()
    checklist_before: Checklist | None = None

    def element_ids(self) -> list[str]:
        ids = [lane.id for _, lane in self.lanes]
        ids += [n.id for n in self.nodes] + [f.id for f in self.flows] + [k.id for k in self.kpis]
        return ids


_CHECKLIST_KINDS = {
    ChecklistElement.INPUTS: (ElementKind.INPUT, InputItem),
    ChecklistElement.OUTPUTS: (ElementKind.OUTPUT, OutputItem),
    ChecklistElement.ACTIVITIES: (ElementKind.ACTIVITY, ActivityItem),
}


@dataclass
class _EditScope:
    depth: int = 0
    touched: set[str] = field(default_factory=set)
    emitted: bool = False


class Document:
    def __init__(
        self,
        metadata: Metadata | None = None,
        segments: Iterable[Segment] = (),
        versions: Iterable[Version] = (),
        simulation: SimulationSettings | None = None,
    ) -> None:
        self._metadata = metadata or Metadata()
        self._simulation = simulation or SimulationSettings()
        self._segments: list[Segment] = list(segments)
        self._versions: list[Version] = list(versions)
        self.events = EventHub()
        self._scope = _EditScope()

    # ----------------------------------------------------------------- reading

    @property
    def metadata(self) -> Metadata:
        return self._metadata

    @property
    def simulation(self) -> SimulationSettings:
        """How this document's versions are simulated (run size, calendar, people, tiers)."""
        return self._simulation

    @property
    def segments(self) -> tuple[Segment, ...]:
        return tuple(self._segments)

    @property
    def versions(self) -> tuple[Version, ...]:
        return tuple(self._versions)

    def version(self, version_id: str) -> Version:
        for version in self._versions:
            if version.id == version_id:
                return version
        raise EditError(Msg("there is no version '{version}'", version=version_id))

    def version_named(self, name: str) -> Version:
        """A version by its name (case-insensitive) or id, for the command line."""
        for version in self._versions:
            if version.id == name or version.name.casefold() == name.casefold():
                return version
        quoted = [Msg("'{label}'", label=v.name) for v in self._versions]
        names = Joined(quoted) if quoted else Msg("none")
        raise EditError(
            Msg("there is no version named '{name}' (versions: {names})", name=name, names=names)
        )

    def segment(self, segment_id: str) -> Segment:
        for segment in self._segments:
            if segment.id == segment_id:
                return segment
        raise EditError(f"there is no segment {segment_id!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return (self._metadata, self._segments, self._versions, self._simulation) == (
            other._metadata,
            other._segments,
            other._versions,
            other._simulation,
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Document({self._metadata.title!r}, versions={[v.name for v in self._versions]})"

    # ------------------------------------------------------------ event plumbing

    @contextmanager
    def edit(self, *version_ids: str) -> Iterator[None]:
        """Group several method calls into one edit: one `DocumentEdited` at the end."""
        scope = self._scope
        scope.depth += 1
        scope.touched.update(version_ids)
        try:
            yield
        finally:
            scope.depth -= 1
            if scope.depth == 0:
                touched, emitted = frozenset(scope.touched), scope.emitted
                self._scope = _EditScope()
                if emitted:
                    self.events.emit(DocumentEdited(touched))

    def _emit(self, event: Event) -> None:
        self._scope.emitted = True
        if event.version_id is not None:  # type: ignore[union-attr]
            self._scope.touched.add(event.version_id)  # type: ignore[union-attr]
        self.events.emit(event)

    def _emit_changes(
        self, kind: ElementKind, version_id: str | None, element_id: str, old: Any, new: Any
    ) -> None:
        for f in dataclasses.fields(old):
            before, after = getattr(old, f.name), getattr(new, f.name)
            if before != after:
                self._emit(ElementChanged(kind, version_id, element_id, f.name, before, after))

    # ---------------------------------------------------------------- metadata

    def change_metadata(self, **changes: Any) -> Metadata:
        """Returns the metadata as it was, for undo."""
        with self.edit():
            old = self._metadata
            new = _replace(old, changes, "document")
            self._metadata = new
            self._emit_changes(ElementKind.METADATA, None, "metadata", old, new)
            return old

    def set_current_version(self, version_id: str) -> str:
        """Name the version in operation, the one the register, readiness and audit pack
        judge; "" means the last version drawn. Returns the choice as it was, for undo
        ("" when the file named a version that no longer exists: that meant the last)."""
        known = {v.id for v in self._versions}
        if version_id and version_id not in known:
            raise EditError(Msg("there is no version '{version}'", version=version_id))
        old = self._metadata.current_version
        self.change_metadata(current_version=version_id)
        return old if old in known else ""

    def change_simulation(self, **changes: Any) -> SimulationSettings:
        """Returns the settings as they were, for undo."""
        with self.edit():
            old = self._simulation
            new = _replace(old, changes, "simulation")
            self._simulation = new
            self._emit_changes(ElementKind.SIMULATION, None, "simulation", old, new)
            return old

    # ---------------------------------------------------------------- segments

    def add_segment(self, segment: Segment, index: int | None = None) -> None:
        with self.edit():
            if any(s.id == segment.id for s in self._segments):
                raise EditError(f"a segment with id {segment.id!r} already exists")
            index = _clamp_index(index, len(self._segments))
            self._segments.insert(index, segment)
            self._emit(ElementAdded(ElementKind.SEGMENT, None, segment.id, segment, index))

    def change_segment(self, segment_id: str, **changes: Any) -> Segment:
        with self.edit():
            old = self.segment(segment_id)
            new = _replace(old, changes, "segment")
            self._segments[self._segments.index(old)] = new
            self._emit_changes(ElementKind.SEGMENT, None, segment_id, old, new)
            return old

    def remove_segment(self, segment_id: str) -> tuple[Segment, int]:
        with self.edit():
            segment = self.segment(segment_id)
            for version in self._versions:
                for kpi in version.kpis.values():
                    if any(sid == segment_id for sid, _ in kpi.segment_targets):
                        raise EditError(
                            f"KPI {kpi.name!r} in {version.name!r} has a target for this "
                            "segment; remove that target first"
                        )
            index = self._segments.index(segment)
            del self._segments[index]
            self._emit(ElementRemoved(ElementKind.SEGMENT, None, segment_id, segment, index))
            return segment, index

    # ---------------------------------------------------------------- versions

    def add_version(self, version: Version, index: int | None = None) -> None:
        with self.edit(version.id):
            if not version.id:
                raise EditError("a version needs an id")
            if not version.name.strip():
                raise EditError(Msg("a version needs a name"))
            if any(v.id == version.id for v in self._versions):
                raise EditError(f"a version with id {version.id!r} already exists")
            index = _clamp_index(index, len(self._versions))
            self._versions.insert(index, version)
            self._emit(ElementAdded(ElementKind.VERSION, version.id, version.id, version, index))

    def remove_version(self, version_id: str) -> tuple[Version, int]:
        with self.edit():
            version = self.version(version_id)
            index = self._versions.index(version)
            del self._versions[index]
            self._emit(ElementRemoved(ElementKind.VERSION, version_id, version_id, version, index))
            return version, index

    def change_version(self, version_id: str, **changes: Any) -> dict[str, Any]:
        """Name and description only; returns the old values for undo."""
        allowed = {"name", "description"}
        if unknown := set(changes) - allowed:
            raise EditError(f"a version has no editable field {sorted(unknown)[0]!r}")
        with self.edit(version_id):
            version = self.version(version_id)
            old = {name: getattr(version, name) for name in changes}
            for name, value in changes.items():
                if not isinstance(value, str):
                    raise EditError(f"a version's {name} must be text")
                if name == "name" and not value.strip():
                    raise EditError(Msg("a version needs a name"))
                if old[name] != value:
                    setattr(version, name, value)
                    self._emit(
                        ElementChanged(
                            ElementKind.VERSION, version_id, version_id, name, old[name], value
                        )
                    )
            return old

    def move_version(self, version_id: str, index: int) -> int:
        with self.edit():
            version = self.version(version_id)
            old_index = self._versions.index(version)
            index = _clamp_index(index, len(self._versions) - 1)
            if index != old_index:
                del self._versions[old_index]
                self._versions.insert(index, version)
                self._emit(
                    ElementMoved(ElementKind.VERSION, version_id, version_id, old_index, index)
                )
            return old_index

    def copy_version(self, source_id: str, name: str, new_id: str | None = None) -> Version:
        """A deep copy with new ids, each element recording the one it was derived from."""
        source = self.version(source_id)
        copy = copy_version(source, name, new_id)
        self.add_version(copy, self._versions.index(source) + 1)
        return copy

    # ------------------------------------------------------------------- lanes

    def add_lane(self, version_id: str, lane: Lane, index: int | None = None) -> None:
        with self.edit(version_id):
            version = self.version(version_id)
            self._require_new_id(version, lane.id)
            _check_values(lane)
            index = _clamp_index(index, len(version.lanes))
            version.lanes.insert(index, lane)
            self._emit(ElementAdded(ElementKind.LANE, version_id, lane.id, lane, index))

    def change_lane(self, version_id: str, lane_id: str, **changes: Any) -> Lane:
        with self.edit(version_id):
            version = self.version(version_id)
            old = self._lane(version, lane_id)
            new = _replace(old, changes, "lane")
            if new.height <= 0:
                raise EditError("a lane's height must be more than zero")
            _check_values(new)
            version.lanes[version.lanes.index(old)] = new
            self._emit_changes(ElementKind.LANE, version_id, lane_id, old, new)
            return old

    def move_lane(self, version_id: str, lane_id: str, index: int) -> int:
        with self.edit(version_id):
            version = self.version(version_id)
            lane = self._lane(version, lane_id)
            old_index = version.lanes.index(lane)
            index = _clamp_index(index, len(version.lanes) - 1)
            if index != old_index:
                del version.lanes[old_index]
                version.lanes.insert(index, lane)
                self._emit(ElementMoved(ElementKind.LANE, version_id, lane_id, old_index, index))
            return old_index

    # ------------------------------------------------------------------- nodes

    def add_node(self, version_id: str, node: Node) -> None:
        with self.edit(version_id):
            version = self.version(version_id)
            self._require_new_id(version, node.id)
            self._lane(version, node.lane)
            _check_values(node)
            version.nodes[node.id] = node
            self._emit(ElementAdded(ElementKind.NODE, version_id, node.id, node))

    def change_node(self, version_id: str, node_id: str, **changes: Any) -> Node:
        with self.edit(version_id):
            version = self.version(version_id)
            old = self._node(version, node_id)
            new = _replace(old, changes, "step")
            if new.lane != old.lane:
                self._lane(version, new.lane)
            _check_values(new)
            version.nodes[node_id] = new
            self._emit_changes(ElementKind.NODE, version_id, node_id, old, new)
            return old

    def move_nodes(
        self, version_id: str, placements: Mapping[str, Placement]
    ) -> dict[str, Placement]:
        """Move several nodes at once (a drag); returns their old placements for undo."""
        with self.edit(version_id):
            version = self.version(version_id)
            for node_id, place in placements.items():
                self._node(version, node_id)
                self._lane(version, place.lane)
            old: dict[str, Placement] = {}
            for node_id, place in placements.items():
                node = version.nodes[node_id]
                old[node_id] = Placement(node.x, node.y, node.lane)
                new = dataclasses.replace(node, x=float(place.x), y=float(place.y), lane=place.lane)
                version.nodes[node_id] = new
                self._emit_changes(ElementKind.NODE, version_id, node_id, node, new)
            return old

    # ------------------------------------------------------------------- flows

    def add_flow(self, version_id: str, flow: Flow) -> None:
        with self.edit(version_id):
            version = self.version(version_id)
            self._require_new_id(version, flow.id)
            if problem := rules.connection_problem(version, flow.source, flow.target):
                raise EditError(problem)
            _check_probability(flow.probability)
            version.flows[flow.id] = flow
            self._emit(ElementAdded(ElementKind.FLOW, version_id, flow.id, flow))

    def change_flow(self, version_id: str, flow_id: str, **changes: Any) -> Flow:
        with self.edit(version_id):
            version = self.version(version_id)
            old = version.flows.get(flow_id)
            if old is None:
                raise EditError(f"there is no flow {flow_id!r} in {version.name!r}")
            new = _replace(old, changes, "flow")
            for end in (new.source, new.target):
                self._node(version, end)
            _check_probability(new.probability)
            version.flows[flow_id] = new
            self._emit_changes(ElementKind.FLOW, version_id, flow_id, old, new)
            return old

    # -------------------------------------------------------------------- KPIs

    def add_kpi(self, version_id: str, kpi: Kpi) -> None:
        with self.edit(version_id):
            version = self.version(version_id)
            self._require_new_id(version, kpi.id)
            self._check_attachment(version, kpi.attached_to)
            self._check_segment_targets(kpi)
            version.kpis[kpi.id] = kpi
            self._emit(ElementAdded(ElementKind.KPI, version_id, kpi.id, kpi))

    def change_kpi(self, version_id: str, kpi_id: str, **changes: Any) -> Kpi:
        with self.edit(version_id):
            version = self.version(version_id)
            old = version.kpis.get(kpi_id)
            if old is None:
                raise EditError(f"there is no KPI {kpi_id!r} in {version.name!r}")
            new = _replace(old, changes, "KPI")
            self._check_attachment(version, new.attached_to)
            self._check_segment_targets(new)
            version.kpis[kpi_id] = new
            self._emit_changes(ElementKind.KPI, version_id, kpi_id, old, new)
            return old

    # --------------------------------------------------------------- checklist

    def set_goal(self, version_id: str, goal: Goal) -> Goal:
        with self.edit(version_id):
            version = self.version(version_id)
            old = version.checklist.goal
            _check_checklist(version, dataclasses.replace(version.checklist, goal=goal))
            version.checklist = dataclasses.replace(version.checklist, goal=goal)
            self._emit_changes(ElementKind.GOAL, version_id, "goal", old, goal)
            return old

    def change_goal(self, version_id: str, **changes: Any) -> Goal:
        version = self.version(version_id)
        return self.set_goal(version_id, _replace(version.checklist.goal, changes, "goal"))

    def add_goal_kpi(self, version_id: str, kpi: Kpi) -> None:
        """A new KPI that measures the goal, added and ticked as one edit: `remove` of its id
        takes back both (it drops the goal's reference with the KPI)."""
        with self.edit(version_id):
            self.add_kpi(version_id, kpi)
            goal = self.version(version_id).checklist.goal
            self.set_goal(version_id, dataclasses.replace(goal, kpis=(*goal.kpis, kpi.id)))

    def add_checklist_item(
        self,
        version_id: str,
        element: ChecklistElement,
        item: ChecklistItem,
        index: int | None = None,
    ) -> None:
        kind, item_type = _checklist_kind(element)
        if not isinstance(item, item_type):
            raise EditError(f"a {element.value} item must be a {item_type.__name__}")
        with self.edit(version_id):
            version = self.version(version_id)
            items = list(getattr(version.checklist, element.value))
            if any(existing.id == item.id for existing in items):
                raise EditError(f"the {element.value} already have an item {item.id!r}")
            index = _clamp_index(index, len(items))
            items.insert(index, item)
            checklist = dataclasses.replace(version.checklist, **{element.value: tuple(items)})
            _check_checklist(version, checklist)
            version.checklist = checklist
            self._emit(ElementAdded(kind, version_id, item.id, item, index))

    def change_checklist_item(
        self, version_id: str, element: ChecklistElement, item_id: str, **changes: Any
    ) -> ChecklistItem:
        kind, _ = _checklist_kind(element)
        with self.edit(version_id):
            version = self.version(version_id)
            items = list(getattr(version.checklist, element.value))
            index = _item_index(items, item_id, element)
            old = items[index]
            items[index] = new = _replace(old, changes, f"{element.value} item")
            checklist = dataclasses.replace(version.checklist, **{element.value: tuple(items)})
            _check_checklist(version, checklist)
            version.checklist = checklist
            self._emit_changes(kind, version_id, item_id, old, new)
            return old

    def remove_checklist_item(
        self, version_id: str, element: ChecklistElement, item_id: str
    ) -> tuple[ChecklistItem, int]:
        kind, _ = _checklist_kind(element)
        with self.edit(version_id):
            version = self.version(version_id)
            items = list(getattr(version.checklist, element.value))
            index = _item_index(items, item_id, element)
            item = items.pop(index)
            version.checklist = dataclasses.replace(
                version.checklist, **{element.value: tuple(items)}
            )
            self._emit(ElementRemoved(kind, version_id, item_id, item, index))
            return item, index

    # ------------------------------------------------------ removal and undo

    def remove(self, version_id: str, element_ids: Iterable[str]) -> Removal:
        """Remove lanes, nodes, flows and KPIs with what depends on them.

        A lane takes its nodes; a node takes its flows; KPIs bound to a removed node or flow
        are kept but re-bound to the process; checklist references to removed steps and
        KPIs are dropped. The returned `Removal` puts everything back.
        """
        with self.edit(version_id):
            version = self.version(version_id)
            ids = set(element_ids)
            unknown = [i for i in ids if not _in_version(version, i)]
            if unknown:
                raise EditError(f"{unknown[0]!r} is not an element of {version.name!r}")
            lane_ids = {lane.id for lane in version.lanes if lane.id in ids}
            node_ids = {n.id for n in version.nodes.values() if n.id in ids or n.lane in lane_ids}
            flow_ids = {
                f.id
                for f in version.flows.values()
                if f.id in ids or f.source in node_ids or f.target in node_ids
            }
            kpi_ids = {k for k in version.kpis if k in ids}
            gone = node_ids | flow_ids | kpi_ids

            detached = tuple(
                k
                for k in version.kpis.values()
                if k.id not in kpi_ids and k.attached_to.ref in gone
            )
            checklist_before = version.checklist
            cleaned = _without_references(version.checklist, gone)
            removal = Removal(
                version_id=version_id,
                lanes=tuple(
                    (i, lane) for i, lane in enumerate(version.lanes) if lane.id in lane_ids
                ),
                nodes=tuple(version.nodes[n] for n in version.nodes if n in node_ids),
                flows=tuple(version.flows[f] for f in version.flows if f in flow_ids),
                kpis=tuple(version.kpis[k] for k in version.kpis if k in kpi_ids),
                detached_kpis=detached,
                checklist_before=checklist_before if cleaned != checklist_before else None,
            )
            for kpi in detached:
                self.change_kpi(version_id, kpi.id, attached_to=Attachment(AttachmentKind.PROCESS))
            if removal.checklist_before is not None:
                self._set_checklist(version, cleaned)
            for kpi in removal.kpis:
                del version.kpis[kpi.id]
                self._emit(ElementRemoved(ElementKind.KPI, version_id, kpi.id, kpi))
            for flow in removal.flows:
                del version.flows[flow.id]
                self._emit(ElementRemoved(ElementKind.FLOW, version_id, flow.id, flow))
            for node in removal.nodes:
                del version.nodes[node.id]
                self._emit(ElementRemoved(ElementKind.NODE, version_id, node.id, node))
            for index, lane in reversed(removal.lanes):
                del version.lanes[index]
                self._emit(ElementRemoved(ElementKind.LANE, version_id, lane.id, lane, index))
            return removal

    def restore(self, removal: Removal) -> None:
        """Undo a `remove`: put back exactly what it took, in its old places."""
        version_id = removal.version_id
        with self.edit(version_id):
            version = self.version(version_id)
            for index, lane in removal.lanes:
                version.lanes.insert(index, lane)
                self._emit(ElementAdded(ElementKind.LANE, version_id, lane.id, lane, index))
            for node in removal.nodes:
                version.nodes[node.id] = node
                self._emit(ElementAdded(ElementKind.NODE, version_id, node.id, node))
            for flow in removal.flows:
                version.flows[flow.id] = flow
                self._emit(ElementAdded(ElementKind.FLOW, version_id, flow.id, flow))
            known = {s.id for s in self._segments}
            for kpi in removal.kpis:
                if any(sid not in known for sid, _ in kpi.segment_targets):
                    # pasted from another document: its segments are not this one's
                    kept = tuple(t for t in kpi.segment_targets if t[0] in known)
                    kpi = dataclasses.replace(kpi, segment_targets=kept)
                version.kpis[kpi.id] = kpi
                self._emit(ElementAdded(ElementKind.KPI, version_id, kpi.id, kpi))
            for kpi in removal.detached_kpis:
                self.change_kpi(version_id, kpi.id, attached_to=kpi.attached_to)
            if removal.checklist_before is not None:
                self._set_checklist(version, removal.checklist_before)

    # ---------------------------------------------------------------- helpers

    def _set_checklist(self, version: Version, checklist: Checklist) -> None:
        old = version.checklist
        version.checklist = checklist
        if old.goal != checklist.goal:
            self._emit_changes(ElementKind.GOAL, version.id, "goal", old.goal, checklist.goal)
        for element, (kind, _) in _CHECKLIST_KINDS.items():
            before = {i.id: i for i in getattr(old, element.value)}
            for item in getattr(checklist, element.value):
                if item.id in before and before[item.id] != item:
                    self._emit_changes(kind, version.id, item.id, before[item.id], item)

    def _require_new_id(self, version: Version, element_id: str) -> None:
        if not element_id:
            raise EditError("an element needs an id")
        if _in_version(version, element_id):
            raise EditError(f"id {element_id!r} is already used in {version.name!r}")

    @staticmethod
    def _lane(version: Version, lane_id: str) -> Lane:
        for lane in version.lanes:
            if lane.id == lane_id:
                return lane
        raise EditError(f"there is no lane {lane_id!r} in {version.name!r}")

    @staticmethod
    def _node(version: Version, node_id: str) -> Node:
        node = version.nodes.get(node_id)
        if node is None:
            raise EditError(f"there is no step {node_id!r} in {version.name!r}")
        return node

    def _check_attachment(self, version: Version, attachment: Attachment) -> None:
        if attachment.kind is AttachmentKind.PROCESS:
            if attachment.ref is not None:
                raise EditError("a KPI bound to the process names no element")
            return
        table = version.flows if attachment.kind is AttachmentKind.INTERACTION else version.nodes
        if attachment.ref not in table:
            raise EditError(
                f"the KPI is bound to {attachment.ref!r}, which is not in {version.name!r}"
            )

    def _check_segment_targets(self, kpi: Kpi) -> None:
        known = {s.id for s in self._segments}
        for segment_id, _ in kpi.segment_targets:
            if segment_id not in known:
                raise EditError(f"KPI {kpi.name!r} has a target for unknown segment {segment_id!r}")


def _replace(record: Any, changes: dict[str, Any], what: str) -> Any:
    names = {f.name for f in dataclasses.fields(record)}
    for name in changes:
        if name not in names:
            raise EditError(f"a {what} has no field {name!r}")
    if "id" in changes and changes["id"] != record.id:
        raise EditError(f"a {what}'s id cannot change")
    enums = _enum_fields(type(record))
    for name, value in list(changes.items()):
        enum = enums.get(name)
        if enum is not None and isinstance(value, str) and not isinstance(value, enum):
            try:  # a script may say kind="customer": store the member, not the text
                changes[name] = enum(value)
            except ValueError:
                known = ", ".join(m.value for m in enum)
                raise EditError(f"{value!r} is not a {what}'s {name} (known: {known})") from None
    return dataclasses.replace(record, **changes)


@cache
def _enum_fields(cls: type) -> dict[str, type[Enum]]:
    """The fields of a record that hold an enum (optional or not), by name."""
    fields = {}
    for name, hint in typing.get_type_hints(cls).items():
        for option in typing.get_args(hint) or (hint,):
            if isinstance(option, type) and issubclass(option, Enum):
                fields[name] = option
    return fields


def _clamp_index(index: int | None, length: int) -> int:
    if index is None:
        return length
    return max(0, min(index, length))


def _check_values(record: Any) -> None:
    """The value ranges the loader insists on (a file must open again once saved)."""
    from workbench.storage.integrity import check_ranges  # storage builds on this module

    if messages := check_ranges(record):
        raise EditError(messages[0])


def _check_checklist(version: Version, checklist: Checklist) -> None:
    """Unique item ids and references to steps and KPIs that exist, as the loader insists."""
    from workbench.storage.integrity import check_checklist
    from workbench.storage.records import Problems

    problems = Problems()
    check_checklist(dataclasses.replace(version, checklist=checklist), "checklist", problems)
    if problems:
        first = problems.items[0]
        raise EditError(Msg("{where}: {problem}", where=first.path, problem=first.message))


def _check_probability(probability: float | None) -> None:
    if probability is not None and not 0.0 <= probability <= 1.0:
        raise EditError(
            Msg("a probability must lie between 0 and 1, not {value}", value=str(probability))
        )


def _in_version(version: Version, element_id: str) -> bool:
    return (
        element_id in version.nodes
        or element_id in version.flows
        or element_id in version.kpis
        or any(lane.id == element_id for lane in version.lanes)
    )


def _checklist_kind(element: ChecklistElement) -> tuple[ElementKind, type]:
    if element not in _CHECKLIST_KINDS:
        raise EditError("the goal is edited with set_goal, not as a list item")
    return _CHECKLIST_KINDS[element]


def _item_index(items: list[Any], item_id: str, element: ChecklistElement) -> int:
    for index, item in enumerate(items):
        if item.id == item_id:
            return index
    raise EditError(f"the {element.value} have no item {item_id!r}")


def _without_references(checklist: Checklist, gone: set[str]) -> Checklist:
    """The checklist with references to removed steps and KPIs dropped."""
    if not gone:
        return checklist
    goal = checklist.goal
    if any(k in gone for k in goal.kpis):
        goal = dataclasses.replace(goal, kpis=tuple(k for k in goal.kpis if k not in gone))
    inputs = tuple(
        dataclasses.replace(
            item,
            variants=tuple(
                dataclasses.replace(v, path_start=None) if v.path_start in gone else v
                for v in item.variants
            ),
        )
        for item in checklist.inputs
    )
    activities = tuple(
        dataclasses.replace(
            item,
            kpi=None if item.kpi in gone else item.kpi,
            nodes=tuple(n for n in item.nodes if n not in gone),
        )
        for item in checklist.activities
    )
    return dataclasses.replace(checklist, goal=goal, inputs=inputs, activities=activities)
