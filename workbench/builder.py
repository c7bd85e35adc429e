"""A compact way to write a flow in code: bundled examples, tests and benchmarks use it.

Ids are sequential and readable ("n3", "f2") so that hand-checked tests can name them.
"""

from __future__ import annotations

from workbench.model import (
    Attachment,
    AttachmentKind,
    Checklist,
    Duration,
    Flow,
    Kpi,
    Lane,
    LaneKind,
    Node,
    NodeKind,
    TimeUnit,
    ValueClass,
    Version,
    WasteKind,
)


class VersionBuilder:
    def __init__(self, name: str, version_id: str | None = None, id_prefix: str = "") -> None:
        self._prefix = id_prefix
        self.version = Version(id=version_id or f"{id_prefix}v-{_slug(name)}", name=name)
        self._counts: dict[str, int] = {}

    def _next(self, prefix: str) -> str:
        self._counts[prefix] = self._counts.get(prefix, 0) + 1
        return f"{self._prefix}{prefix}{self._counts[prefix]}"

    def lane(self, name: str, kind: LaneKind | str = LaneKind.FRONTSTAGE, **extra) -> str:
        lane = Lane(id=self._next("l"), name=name, kind=LaneKind(kind), **extra)
        self.version.lanes.append(lane)
        return lane.id

    def node(
        self,
        kind: NodeKind | str,
        lane: str,
        label: str = "",
        duration: float | None = None,
        unit: TimeUnit | str = TimeUnit.MINUTES,
        value: ValueClass | str | None = None,
        waste: WasteKind | str | None = None,
        **extra,
    ) -> str:
        node_id = self._next("n")
        x = 160.0 * (len(self.version.nodes) + 1)
        self.version.nodes[node_id] = Node(
            id=node_id,
            kind=NodeKind(kind),
            lane=lane,
            label=label,
            duration=Duration(duration, unit=TimeUnit(unit)) if duration is not None else None,
            value_class=ValueClass(value) if value else None,
            waste_kind=WasteKind(waste) if waste else None,
            x=extra.pop("x", x),
            y=extra.pop("y", 40.0),
            **extra,
        )
        return node_id

    def start(self, lane: str, label: str = "Start") -> str:
        return self.node(NodeKind.START, lane, label)

    def end(self, lane: str, label: str = "End") -> str:
        return self.node(NodeKind.END, lane, label)

    def task(self, lane: str, label: str, duration: float | None = None, **kw) -> str:
        return self.node(NodeKind.TASK, lane, label, duration, **kw)

    def decision(self, lane: str, label: str, duration: float | None = None, **kw) -> str:
        return self.node(NodeKind.DECISION, lane, label, duration, **kw)

    def parallel(self, lane: str, label: str = "") -> str:
        return self.node(NodeKind.PARALLEL, lane, label)

    def wait(self, lane: str, label: str, duration: float | None = None, **kw) -> str:
        return self.node(NodeKind.WAIT, lane, label, duration, **kw)

    def flow(
        self, source: str, target: str, label: str = "", probability: float | None = None
    ) -> str:
        flow_id = self._next("f")
        self.version.flows[flow_id] = Flow(flow_id, source, target, label, probability)
        return flow_id

    def chain(self, *node_ids: str) -> list[str]:
        return [self.flow(a, b) for a, b in zip(node_ids, node_ids[1:], strict=False)]

    def kpi(self, name: str, attach_to: str | None = None, **fields) -> str:
        kpi_id = self._next("k")
        if attach_to is None:
            attachment = Attachment(AttachmentKind.PROCESS)
        elif attach_to in self.version.flows:
            attachment = Attachment(AttachmentKind.INTERACTION, attach_to)
        else:
            attachment = Attachment(AttachmentKind.NODE, attach_to)
        self.version.kpis[kpi_id] = Kpi(id=kpi_id, name=name, attached_to=attachment, **fields)
        return kpi_id

    def checklist(self, checklist: Checklist) -> None:
        self.version.checklist = checklist

    def build(self) -> Version:
        return self.version


def _slug(name: str) -> str:
    return "".join(c.lower() if c.isalnum() else "-" for c in name).strip("-") or "version"
