"""A piece of a flow lifted out of a version, for copy, cut, paste and duplicate.

A fragment holds the chosen steps, the flows between them, the KPIs bound to those steps and
flows, and the lanes the steps sit in (so a paste can find "the same" lane in another
version). It travels as JSON written by the storage codec, so a fragment copied in one
window pastes into another, and anything else on the clipboard is refused with a reason.

Pasting never reuses an id: `paste_plan` gives every element a fresh one and returns a
`Removal`, which `Document.restore` puts in and `Document.remove` takes out again.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.document import Removal
from workbench.i18n import Msg
from workbench.ids import new_id
from workbench.model import Attachment, AttachmentKind, Flow, Kpi, Lane, Node, Version
from workbench.storage.records import INVALID, Problems, codec

MIME_TYPE = "application/x-process-workbench-fragment"
FORMAT = "process-workbench-fragment"
FORMAT_VERSION = 1
MAX_SHIFTS = 50


class FragmentError(ValueError):
    """Clipboard content that is not a fragment we can paste; the message says why."""


@dataclass(frozen=True)
class Fragment:
    lanes: tuple[Lane, ...] = ()
    nodes: tuple[Node, ...] = ()
    flows: tuple[Flow, ...] = ()
    kpis: tuple[Kpi, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.nodes)

    def labels(self) -> str:
        """The steps' labels, one a line: what a text editor gets on paste."""
        return "\n".join(node.label for node in self.nodes if node.label)


# ------------------------------------------------------------------- lifting


def extract(version: Version, element_ids: Iterable[str]) -> Fragment:
    """The chosen steps of `version` with the flows between them and their KPIs.

    Flows or lanes among `element_ids` do not bring steps of their own: a copy is of steps.
    """
    wanted = set(element_ids)
    nodes = tuple(n for n in version.nodes.values() if n.id in wanted)
    node_ids = {n.id for n in nodes}
    flows = tuple(
        f for f in version.flows.values() if f.source in node_ids and f.target in node_ids
    )
    bound = node_ids | {f.id for f in flows}
    kpis = tuple(k for k in version.kpis.values() if k.attached_to.ref in bound)
    lane_ids = {n.lane for n in nodes}
    lanes = tuple(lane for lane in version.lanes if lane.id in lane_ids)
    return Fragment(lanes, nodes, flows, kpis)


# ---------------------------------------------------------------- JSON form


def to_json(fragment: Fragment) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "lanes": [codec(Lane).write(x) for x in fragment.lanes],
            "nodes": [codec(Node).write(x) for x in fragment.nodes],
            "flows": [codec(Flow).write(x) for x in fragment.flows],
            "kpis": [codec(Kpi).write(x) for x in fragment.kpis],
        },
        ensure_ascii=False,
    )


def from_json(text: str | bytes) -> Fragment:
    """Read a fragment back; anything malformed raises `FragmentError`, never a crash."""
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as error:
        raise FragmentError(
            Msg("the clipboard does not hold steps ({detail})", detail=str(error))) from None
    except RecursionError:
        raise FragmentError(Msg("the clipboard does not hold steps (nested too deeply)")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FragmentError(Msg("the clipboard does not hold steps of a process"))
    if data.get("format_version") != FORMAT_VERSION:
        raise FragmentError(Msg("the steps on the clipboard come from another version of the app"))
    problems = Problems()
    parts = {}
    for key, cls in (("lanes", Lane), ("nodes", Node), ("flows", Flow), ("kpis", Kpi)):
        items = data.get(key, [])
        if not isinstance(items, list):
            raise FragmentError(Msg("the clipboard's {part} are not a list", part=key))
        read = [codec(cls).read(item, f"{key}[{i}]", problems) for i, item in enumerate(items)]
        parts[key] = tuple(r for r in read if r is not INVALID)
    if problems:
        first = problems.items[0]
        raise FragmentError(Msg("the steps on the clipboard are damaged: {path}: {problem}",
                                 path=first.path, problem=first.message))
    fragment = Fragment(**parts)
    _check_references(fragment)
    return fragment


def _check_references(fragment: Fragment) -> None:
    lanes = {lane.id for lane in fragment.lanes}
    nodes = {n.id for n in fragment.nodes}
    if any(n.lane not in lanes for n in fragment.nodes):
        raise FragmentError(Msg("a step on the clipboard names a lane that is not there"))
    if any(f.source not in nodes or f.target not in nodes for f in fragment.flows):
        raise FragmentError(Msg("a flow on the clipboard joins steps that are not there"))
    flows = {f.id for f in fragment.flows}
    bound = {AttachmentKind.NODE: nodes, AttachmentKind.INTERACTION: flows}
    if any(k.attached_to.ref not in bound.get(k.attached_to.kind, ()) for k in fragment.kpis):
        raise FragmentError(
            Msg("a KPI on the clipboard is bound to something that is not there"))


# ------------------------------------------------------------------ pasting


def matching_lane(lane: Lane, target: Version) -> str | None:
    """The lane of `target` that is "the same" lane: same id, derived one from the other
    (versions made by "new version from this one"), or the same name."""
    for candidate in target.lanes:
        if candidate.id == lane.id:
            return candidate.id
    for candidate in target.lanes:
        if (
            lane.id == candidate.derived_from
            or candidate.id == lane.derived_from
            or (lane.derived_from is not None and lane.derived_from == candidate.derived_from)
        ):
            return candidate.id
    name = lane.name.strip().casefold()
    for candidate in target.lanes:
        if candidate.name.strip().casefold() == name:
            return candidate.id
    return None


def paste_plan(
    fragment: Fragment,
    target: Version,
    *,
    fallback_lane: str | None = None,
    shift: tuple[float, float] = (30.0, 30.0),
    cell_height: float = 0.0,
) -> Removal:
    """The fragment with fresh ids, placed in `target`, ready for `Document.restore`.

    Steps keep their lane where `target` has it, else go to `fallback_lane` (the lane under
    the mouse) or the first lane; a target without lanes gets the fragment's lanes. Steps
    keep their positions unless one would land exactly on an existing step, then the whole
    fragment shifts by `shift` until none does. `cell_height` keeps each step inside its lane.
    """
    ids: dict[str, str] = {}

    def fresh(old: str, kind: str) -> str:
        ids[old] = new_id(kind)
        return ids[old]

    new_lanes: list[tuple[int, Lane]] = []
    lane_map: dict[str, str] = {}
    if not target.lanes:
        for index, lane in enumerate(fragment.lanes):
            lane_map[lane.id] = fresh(lane.id, "lane")
            new_lanes.append((index, dataclasses.replace(lane, id=lane_map[lane.id])))
    else:
        default = fallback_lane if fallback_lane in {x.id for x in target.lanes} else None
        default = default or target.lanes[0].id
        for lane in fragment.lanes:
            lane_map[lane.id] = matching_lane(lane, target) or default
    heights = {lane.id: lane.height for _, lane in new_lanes} | {
        lane.id: lane.height for lane in target.lanes
    }
    dx, dy = _free_shift(fragment, target, lane_map, heights, shift, cell_height)
    nodes = tuple(
        dataclasses.replace(
            node,
            id=fresh(node.id, "node"),
            lane=lane_map[node.lane],
            x=node.x + dx,
            y=_within(node.y + dy, heights[lane_map[node.lane]], cell_height),
            derived_from=None,
        )
        for node in fragment.nodes
    )
    flows = tuple(
        dataclasses.replace(
            flow,
            id=fresh(flow.id, "flow"),
            source=ids[flow.source],
            target=ids[flow.target],
            waypoints=tuple((x + dx, y + dy) for x, y in flow.waypoints),
            derived_from=None,
        )
        for flow in fragment.flows
    )
    kpis = tuple(
        dataclasses.replace(
            kpi,
            id=new_id("kpi"),
            attached_to=Attachment(kpi.attached_to.kind, ids[kpi.attached_to.ref or ""]),
            derived_from=None,
        )
        for kpi in fragment.kpis
        if kpi.attached_to.kind is not AttachmentKind.PROCESS
    )
    return Removal(target.id, lanes=tuple(new_lanes), nodes=nodes, flows=flows, kpis=kpis)


def _within(y: float, lane_height: float, cell_height: float) -> float:
    return max(0.0, min(y, max(0.0, lane_height - cell_height)))


def _free_shift(
    fragment: Fragment,
    target: Version,
    lane_map: dict[str, str],
    heights: dict[str, float],
    shift: tuple[float, float],
    cell_height: float,
) -> tuple[float, float]:
    """The smallest multiple of `shift` at which no pasted step covers an existing one."""
    taken = {(n.lane, n.x, n.y) for n in target.nodes.values()}
    for k in range(MAX_SHIFTS):
        dx, dy = shift[0] * k, shift[1] * k
        spots = {
            (lane_map[n.lane], n.x + dx, _within(n.y + dy, heights[lane_map[n.lane]], cell_height))
            for n in fragment.nodes
        }
        if not spots & taken:
            return dx, dy
    return shift[0] * MAX_SHIFTS, 0.0
