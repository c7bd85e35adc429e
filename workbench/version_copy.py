"""New version from an existing one: a deep copy with fresh ids, each element recording
the element it was derived from, so a comparison can match steps across versions."""

from __future__ import annotations

import dataclasses

from workbench.ids import new_id
from workbench.model import Attachment, Checklist, Version


def copy_version(source: Version, name: str, version_id: str | None = None) -> Version:
    ids: dict[str, str] = {}

    def fresh(old: str, kind: str) -> str:
        ids[old] = new_id(kind)
        return ids[old]

    lanes = [
        dataclasses.replace(lane, id=fresh(lane.id, "lane"), derived_from=lane.id)
        for lane in source.lanes
    ]
    nodes = {}
    for node in source.nodes.values():
        copy = dataclasses.replace(
            node, id=fresh(node.id, "node"), lane=ids[node.lane], derived_from=node.id
        )
        nodes[copy.id] = copy
    flows = {}
    for flow in source.flows.values():
        copy = dataclasses.replace(
            flow,
            id=fresh(flow.id, "flow"),
            source=ids[flow.source],
            target=ids[flow.target],
            derived_from=flow.id,
        )
        flows[copy.id] = copy
    kpis = {}
    for kpi in source.kpis.values():
        ref = kpi.attached_to.ref
        attached = Attachment(kpi.attached_to.kind, ids.get(ref, ref) if ref else None)
        copy = dataclasses.replace(
            kpi, id=fresh(kpi.id, "kpi"), attached_to=attached, derived_from=kpi.id
        )
        kpis[copy.id] = copy
    return Version(
        id=version_id or new_id("version"),
        name=name,
        lanes=lanes,
        nodes=nodes,
        flows=flows,
        kpis=kpis,
        checklist=_remap_checklist(source.checklist, ids),
        description=source.description,
        derived_from=source.id,
    )


def _remap_checklist(checklist: Checklist, ids: dict[str, str]) -> Checklist:
    """Checklist items keep their ids (they are per version); their references follow the copy."""

    def remap(ref: str | None) -> str | None:
        return ids.get(ref, ref) if ref else ref

    goal = dataclasses.replace(checklist.goal, kpis=tuple(remap(k) for k in checklist.goal.kpis))
    inputs = tuple(
        dataclasses.replace(
            item,
            variants=tuple(
                dataclasses.replace(v, path_start=remap(v.path_start)) for v in item.variants
            ),
        )
        for item in checklist.inputs
    )
    activities = tuple(
        dataclasses.replace(item, kpi=remap(item.kpi), nodes=tuple(remap(n) for n in item.nodes))
        for item in checklist.activities
    )
    return Checklist(goal=goal, inputs=inputs, outputs=checklist.outputs, activities=activities)
