"""Lanes, steps, flows and KPIs added, removed and changed between two versions.

Only what a process owner would call a change counts: a step's position on the canvas
does not, its lane, label, duration, value class or script does. A reference (a step's
lane, a flow's ends, a KPI's interaction) counts as changed only when it points at a
different element, not when the element it points at was renamed: that rename is listed
once, on the element itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any

from workbench.comparison_matching import (
    MatchKind,
    match_by_lineage,
    pair_by_key,
    pair_unique,
    words,
)
from workbench.i18n import Joined, Msg
from workbench.model import Duration, Flow, Kpi, Lane, Node, NodeKind, Segment, Version
from workbench.vocabulary import WORDS


class ElementType(StrEnum):
    LANE = "lane"
    STEP = "step"
    FLOW = "flow"
    KPI = "KPI"


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class FieldChange:
    """One field of one element, as text a reader can compare."""

    field: str
    before: str
    after: str


@dataclass(frozen=True)
class ElementChange:
    """An element added, removed or changed. `name` is its label (after's when it has one),
    `lane` its lane's name for a step."""

    type: ElementType
    change: ChangeKind
    name: str
    before_id: str | None = None
    after_id: str | None = None
    lane: str = ""
    fields: tuple[FieldChange, ...] = ()
    matched_by: MatchKind | None = None


@dataclass
class Matching:
    """before id -> after id for each element type, and how each pair was found."""

    pairs: dict[ElementType, dict[str, str]] = field(default_factory=dict)
    how: dict[ElementType, dict[str, MatchKind]] = field(default_factory=dict)

    def after_of(self, kind: ElementType, before_id: str | None) -> str | None:
        return self.pairs.get(kind, {}).get(before_id or "")

    def add(self, kind: ElementType, pairs: Mapping[str, str], how: MatchKind) -> None:
        mine, taken = self.pairs.setdefault(kind, {}), set(self.pairs.get(kind, {}).values())
        for before_id, after_id in pairs.items():
            if before_id not in mine and after_id not in taken:
                mine[before_id] = after_id
                taken.add(after_id)
                self.how.setdefault(kind, {})[before_id] = how


def _lanes(version: Version) -> dict[str, Lane]:
    return version.lanes_by_id()


_TABLES: dict[ElementType, Callable[[Version], Mapping[str, Any]]] = {
    ElementType.LANE: _lanes,
    ElementType.STEP: lambda v: v.nodes,
    ElementType.FLOW: lambda v: v.flows,
    ElementType.KPI: lambda v: v.kpis,
}


def match_versions(
    before: Version,
    after: Version,
    pools: tuple[Mapping[str, Version], Mapping[str, Version]],
) -> Matching:
    """Pair every element type: by lineage first, then by what the reader sees."""
    matching = Matching()
    for kind in ElementType:
        lineage_pairs = match_by_lineage(before, after, pools, _TABLES[kind])
        for how in (MatchKind.SAME_ID, MatchKind.COPY):
            chosen = {b: a for b, (a, h) in lineage_pairs.items() if h is how}
            matching.add(kind, chosen, how)
        _match_by_label(kind, before, after, matching)
    return matching


def _match_by_label(kind: ElementType, before: Version, after: Version, m: Matching) -> None:
    done = m.pairs.get(kind, {})
    left = [i for i in _TABLES[kind](before) if i not in done]
    taken = set(done.values())
    right = [i for i in _TABLES[kind](after) if i not in taken]
    if kind is ElementType.LANE:
        b_lanes, a_lanes = before.lanes_by_id(), after.lanes_by_id()
        pairs = pair_by_key(
            left, right, lambda i: words(b_lanes[i].name), lambda i: words(a_lanes[i].name)
        )
        m.add(kind, pairs, MatchKind.LABEL)
    elif kind is ElementType.STEP:
        lane_of = m.pairs.get(ElementType.LANE, {})

        def step_key(node: Node, lane: str) -> tuple[str, str]:
            return (lane, words(node.label) or f"<{node.kind.value}>")

        pairs = pair_by_key(
            left,
            right,
            lambda i: step_key(before.nodes[i], lane_of.get(before.nodes[i].lane, "?")),
            lambda i: step_key(after.nodes[i], after.nodes[i].lane),
        )
        m.add(kind, pairs, MatchKind.LABEL)
        left = [i for i in left if i not in pairs]
        right = [i for i in right if i not in pairs.values()]
        loose = pair_unique(  # a step moved to another lane, still recognisable by its label
            left,
            right,
            lambda i: words(before.nodes[i].label) or None,
            lambda i: words(after.nodes[i].label) or None,
        )
        m.add(kind, loose, MatchKind.LABEL)
    elif kind is ElementType.FLOW:
        steps = m.pairs.get(ElementType.STEP, {})

        def ends(flow: Flow) -> tuple[str | None, str | None]:
            return (steps.get(flow.source), steps.get(flow.target))

        pairs = pair_by_key(
            left,
            right,
            lambda i: ends(before.flows[i]) if None not in ends(before.flows[i]) else None,
            lambda i: (after.flows[i].source, after.flows[i].target),
        )
        m.add(kind, pairs, MatchKind.LABEL)
    else:
        pairs = pair_by_key(
            left, right, lambda i: words(before.kpis[i].name), lambda i: words(after.kpis[i].name)
        )
        m.add(kind, pairs, MatchKind.LABEL)


# ------------------------------------------------------------------ what changed


@dataclass(frozen=True)
class Describer:
    """One version and the words used to describe its elements."""

    version: Version
    segments: Mapping[str, Segment]

    def lane_name(self, lane_id: str) -> str:
        for lane in self.version.lanes:
            if lane.id == lane_id:
                return lane.name
        return lane_id

    def step_name(self, node_id: str) -> str:
        node = self.version.nodes.get(node_id)
        return (node.label or node.kind.value) if node else node_id

    def flow_name(self, flow: Flow) -> str:
        return f"{self.step_name(flow.source)} → {self.step_name(flow.target)}"

    def attachment(self, kpi: Kpi) -> str:
        ref, kind = kpi.attached_to.ref, kpi.attached_to.kind.value
        if ref is None:
            return Msg("the process")
        if ref in self.version.flows:
            return Msg("interaction {flow}", flow=self.flow_name(self.version.flows[ref]))
        if ref in self.version.nodes:
            return Msg("step {step}", step=self.step_name(ref))
        return f"{kind} {ref}"

    def segment_targets(self, kpi: Kpi) -> str:
        return "; ".join(
            f"{self.segments[s].name if s in self.segments else s}: {number(v)}"
            for s, v in kpi.segment_targets
        )


def element_changes(
    before: Version,
    after: Version,
    matching: Matching,
    segments: tuple[Mapping[str, Segment], Mapping[str, Segment]],
) -> tuple[list[ElementChange], dict[ElementType, int]]:
    """Every element added, removed or changed, lanes first, each type in the order drawn;
    and how many of each type stayed as they were."""
    sides = (Describer(before, segments[0]), Describer(after, segments[1]))
    changes: list[ElementChange] = []
    unchanged: dict[ElementType, int] = {}
    for kind in ElementType:
        table_b, table_a = _TABLES[kind](before), _TABLES[kind](after)
        pairs = matching.pairs.get(kind, {})
        paired_after = set(pairs.values())
        unchanged[kind] = 0
        for before_id, element in _in_reading_order(kind, table_b, before):
            after_id = pairs.get(before_id)
            if after_id is None:
                changes.append(_lone(kind, ChangeKind.REMOVED, element, sides[0], before_id))
                continue
            fields = _differences(kind, element, table_a[after_id], sides, matching)
            if not fields:
                unchanged[kind] += 1
                continue
            name, lane = _name(kind, table_a[after_id], sides[1])
            how = matching.how.get(kind, {}).get(before_id)
            changes.append(
                ElementChange(
                    kind, ChangeKind.CHANGED, name, before_id, after_id, lane, tuple(fields), how
                )
            )
        for after_id, element in _in_reading_order(kind, table_a, after):
            if after_id not in paired_after:
                changes.append(_lone(kind, ChangeKind.ADDED, element, sides[1], after_id))
    return changes, unchanged


def _in_reading_order(kind: ElementType, table: Mapping[str, Any], version: Version) -> list:
    """Steps and flows left to right as the diagram reads; lanes and KPIs as listed."""
    items = list(table.items())
    nodes = version.nodes
    if kind is ElementType.STEP:
        items.sort(key=lambda item: (item[1].x, item[1].y))
    elif kind is ElementType.FLOW:
        origin = Node("", NodeKind.TASK, "")

        def place(flow: Flow) -> tuple[float, float]:
            source, target = nodes.get(flow.source, origin), nodes.get(flow.target, origin)
            return (source.x, target.x)

        items.sort(key=lambda item: place(item[1]))
    return items


def _lone(kind: ElementType, change: ChangeKind, element: Any, side: Describer, i: str):
    name, lane = _name(kind, element, side)
    before_id = i if change is ChangeKind.REMOVED else None
    after_id = i if change is ChangeKind.ADDED else None
    return ElementChange(kind, change, name, before_id, after_id, lane)


def _name(kind: ElementType, element: Any, side: Describer) -> tuple[str, str]:
    if kind is ElementType.LANE:
        return element.name, ""
    if kind is ElementType.STEP:
        return side.step_name(element.id), side.lane_name(element.lane)
    if kind is ElementType.FLOW:
        return side.flow_name(element), ""
    return element.name, ""


def _differences(
    kind: ElementType, before: Any, after: Any, sides: tuple[Describer, Describer], m: Matching
) -> list[FieldChange]:
    """The fields that differ, each as (field, before text, after text)."""
    b, a = sides
    rows: list[tuple[str, Any, Any, str, str]] = []  # field, same-key b, a, text b, a
    if kind is ElementType.LANE:
        rows += _plain(
            before, after, ("name", "name"), ("kind", "zone"), ("description", "description")
        )
    elif kind is ElementType.STEP:
        same_lane = m.after_of(ElementType.LANE, before.lane) == after.lane
        rows.append(
            ("lane", 0, 0 if same_lane else 1, b.lane_name(before.lane), a.lane_name(after.lane))
        )
        rows += _plain(before, after, ("label", "label"), ("kind", "kind"))
        rows.append(
            (
                "duration",
                duration(before.duration),
                duration(after.duration),
                duration(before.duration),
                duration(after.duration),
            )
        )
        rows += _plain(
            before,
            after,
            ("value_class", "value class"),
            ("waste_kind", "waste kind"),
            ("script", "script"),
            ("rules", "rules"),
            ("it_system", "IT system"),
            ("fail_point", "fail point"),
        )
    elif kind is ElementType.FLOW:
        for end, word in (("source", "from"), ("target", "to")):
            mapped = m.after_of(ElementType.STEP, getattr(before, end))
            rows.append(
                (
                    word,
                    0,
                    0 if mapped == getattr(after, end) else 1,
                    b.step_name(getattr(before, end)),
                    a.step_name(getattr(after, end)),
                )
            )
        rows += _plain(before, after, ("label", "condition"), ("probability", "probability"))
    else:
        rows += _kpi_rows(before, after, sides, m)
    return [FieldChange(name, tb, ta) for name, vb, va, tb, ta in rows if vb != va]


def _plain(before: Any, after: Any, *fields: tuple[str, str]) -> list:
    out = []
    for attr, word in fields:
        vb, va = getattr(before, attr), getattr(after, attr)
        out.append((word, vb, va, text(vb), text(va)))
    return out


def _kpi_rows(before: Kpi, after: Kpi, sides: tuple[Describer, Describer], m: Matching) -> list:
    b, a = sides
    rows = _plain(
        before,
        after,
        ("name", "name"),
        ("definition", "definition"),
        ("formula", "formula"),
        ("unit", "unit"),
        ("direction", "better when"),
        ("target", "target"),
    )
    rows.append(
        (
            "targets per segment",
            b.segment_targets(before),
            a.segment_targets(after),
            b.segment_targets(before),
            a.segment_targets(after),
        )
    )
    rows += _plain(
        before,
        after,
        ("baseline", "baseline"),
        ("measured", "measured"),
        ("data_source", "data source"),
        ("frequency", "frequency"),
        ("owner", "owner"),
        ("category", "category"),
    )
    rows.append(("method", before.method, after.method, method_text(before), method_text(after)))
    ref_b, ref_a = before.attached_to.ref, after.attached_to.ref
    mapped = m.after_of(ElementType.FLOW, ref_b) or m.after_of(ElementType.STEP, ref_b) or ref_b
    same = before.attached_to.kind == after.attached_to.kind and mapped == ref_a
    rows.append(("attached to", 0, 0 if same else 1, b.attachment(before), a.attachment(after)))
    return rows


# ------------------------------------------------------------------ words


def text(value: Any) -> str:
    """A field's value as a reader sees it: enums in words, yes/no, numbers without noise."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _word("yes") if value else _word("no")
    if isinstance(value, StrEnum):
        word = value.value.replace("_", " ")
        return _word(word) if word in WORDS else word
    if isinstance(value, int | float):
        return number(value)
    return str(value)


def number(value: float | int | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4g}"


def duration(value: Duration | None) -> str:
    if value is None:
        return ""
    unit = _word(value.unit.value)
    if value.minimum is not None or value.maximum is not None:
        return Msg("{n} {unit} ({low}–{high} {unit})", n=number(value.expected), unit=unit,
                   low=number(value.minimum) or "?", high=number(value.maximum) or "?")
    return Msg("{n} {unit}", n=number(value.expected), unit=unit)


@cache
def _word(word: str) -> Msg:
    """One Msg per word: a comparison of big flows names the same few words thousands of times."""
    return Msg(word)


def method_text(kpi: Kpi) -> str:
    method = kpi.method
    parts: list[str] = [Msg(method.kind.value)]
    if method.sample_size:
        parts.append(f"n = {method.sample_size}")
    if method.confidence:
        parts.append(Msg("{value} % confidence", value=number(method.confidence * 100)))
    if method.notes:
        parts.append(method.notes)
    return Joined(parts, "clauses")
