"""Hypothesis strategies for valid documents: every reference points at something real."""

from __future__ import annotations

from hypothesis import strategies as st

from workbench.document import Document
from workbench.model import (
    ActivityItem,
    Attachment,
    AttachmentKind,
    Checklist,
    Classification,
    DemandType,
    Direction,
    Duration,
    Flow,
    Goal,
    InputItem,
    InputVariant,
    Kpi,
    KpiCategory,
    Lane,
    LaneKind,
    Metadata,
    Method,
    MethodKind,
    Node,
    NodeKind,
    OutputItem,
    Segment,
    Status,
    TimeUnit,
    ValueClass,
    Version,
    WasteKind,
)

# Any text a user could type, Chinese included; lone surrogates are covered separately.
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
labels = st.one_of(texts, st.sampled_from(["客户来电", "CSR 建单", "安装人员上门", "Install"]))
numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=0, max_value=1e4, allow_nan=False, allow_infinity=False)
maybe_bool = st.sampled_from([None, True, False])


@st.composite
def durations(draw: st.DrawFn) -> Duration:
    expected = draw(positive)
    low = draw(st.one_of(st.none(), st.floats(0, 1).map(lambda f: expected * f)))
    high = draw(st.one_of(st.none(), st.floats(1, 3).map(lambda f: expected * f)))
    return Duration(expected, low, high, draw(st.sampled_from(TimeUnit)))


@st.composite
def versions(draw: st.DrawFn, prefix: str, segment_ids: list[str]) -> Version:
    lane_count = draw(st.integers(1, 4))
    lanes = [
        Lane(
            f"{prefix}l{i}",
            draw(labels),
            draw(st.sampled_from(LaneKind)),
            height=draw(st.floats(20, 400)),
            description=draw(texts),
        )
        for i in range(lane_count)
    ]
    nodes = {}
    for i in range(draw(st.integers(0, 8))):
        node = Node(
            id=f"{prefix}n{i}",
            kind=draw(st.sampled_from(NodeKind)),
            lane=draw(st.sampled_from(lanes)).id,
            label=draw(labels),
            duration=draw(st.one_of(st.none(), durations())),
            value_class=draw(st.one_of(st.none(), st.sampled_from(ValueClass))),
            waste_kind=draw(st.one_of(st.none(), st.sampled_from(WasteKind))),
            script=draw(texts),
            fail_point=draw(st.booleans()),
            x=draw(numbers),
            y=draw(numbers),
        )
        nodes[node.id] = node
    node_ids = sorted(nodes)
    flows = {}
    if node_ids:
        for i in range(draw(st.integers(0, 10))):
            flow = Flow(
                f"{prefix}f{i}",
                draw(st.sampled_from(node_ids)),
                draw(st.sampled_from(node_ids)),
                label=draw(labels),
                probability=draw(st.one_of(st.none(), st.floats(0, 1))),
                waypoints=tuple(draw(st.lists(st.tuples(numbers, numbers), max_size=3))),
            )
            flows[flow.id] = flow
    kpis = {}
    for i in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(AttachmentKind))
        table = {AttachmentKind.INTERACTION: sorted(flows), AttachmentKind.NODE: node_ids}.get(kind)
        if kind is AttachmentKind.PROCESS or not table:
            attachment = Attachment()
        else:
            attachment = Attachment(kind, draw(st.sampled_from(table)))
        targets = (
            tuple(
                (s, draw(numbers))
                for s in draw(st.lists(st.sampled_from(segment_ids), unique=True))
            )
            if segment_ids
            else ()
        )
        kpi = Kpi(
            id=f"{prefix}k{i}",
            name=draw(labels),
            unit=draw(st.sampled_from(["%", "h", "s", "分钟"])),
            direction=draw(st.sampled_from(Direction)),
            target=draw(st.one_of(st.none(), numbers)),
            segment_targets=targets,
            measured=draw(st.one_of(st.none(), numbers)),
            data_source=draw(texts),
            method=Method(
                draw(st.sampled_from(MethodKind)),
                draw(st.one_of(st.none(), st.integers(1, 5000))),
                draw(st.one_of(st.none(), st.floats(0.5, 0.99))),
            ),
            category=draw(st.sampled_from(KpiCategory)),
            attached_to=attachment,
        )
        kpis[kpi.id] = kpi
    checklist = Checklist(
        goal=Goal(
            draw(texts),
            draw(st.booleans()),
            tuple(draw(st.lists(st.sampled_from(sorted(kpis)), unique=True))) if kpis else (),
            draw(texts),
        ),
        inputs=tuple(
            InputItem(
                f"{prefix}in{i}",
                draw(labels),
                trigger=draw(texts),
                demand=draw(st.one_of(st.none(), st.sampled_from(DemandType))),
                variants=tuple(
                    InputVariant(
                        f"{prefix}in{i}v{j}",
                        draw(labels),
                        path_start=draw(st.one_of(st.none(), st.sampled_from(node_ids)))
                        if node_ids
                        else None,
                    )
                    for j in range(draw(st.integers(0, 2)))
                ),
            )
            for i in range(draw(st.integers(0, 2)))
        ),
        outputs=tuple(
            OutputItem(
                f"{prefix}out{i}",
                draw(labels),
                satisfies_customer=draw(maybe_bool),
                pushes_work_to_customer=draw(maybe_bool),
                judgement=draw(texts),
            )
            for i in range(draw(st.integers(0, 2)))
        ),
        activities=tuple(
            ActivityItem(
                f"{prefix}act{i}",
                draw(labels),
                standard=draw(texts),
                kpi=draw(st.one_of(st.none(), st.sampled_from(sorted(kpis)))) if kpis else None,
                nodes=tuple(draw(st.lists(st.sampled_from(node_ids), max_size=3)))
                if node_ids
                else (),
            )
            for i in range(draw(st.integers(0, 2)))
        ),
    )
    return Version(
        f"{prefix}v",
        draw(labels) or "As-is",
        lanes,
        nodes,
        flows,
        kpis,
        checklist,
        description=draw(texts),
        derived_from=draw(st.one_of(st.none(), texts)),
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    segments = [
        Segment(f"s{i}", draw(labels), share=draw(st.one_of(st.none(), st.floats(0, 1))))
        for i in range(draw(st.integers(0, 3)))
    ]
    segment_ids = [s.id for s in segments]
    metadata = Metadata(
        title=draw(labels),
        owner=draw(texts),
        team=draw(texts),
        classification=draw(st.sampled_from(Classification)),
        status=draw(st.sampled_from(Status)),
        next_review=draw(st.sampled_from(["", "2027-03-31"])),
        tags=tuple(draw(st.lists(labels, max_size=3))),
        language=draw(st.sampled_from(["en", "zh-CN"])),
    )
    count = draw(st.integers(1, 3))
    return Document(
        metadata, segments, [draw(versions(f"x{i}", segment_ids)) for i in range(count)]
    )
