"""Random flows as people draw them, for the drawing engine's property tests: up to 40
steps over up to 6 lanes (one or two customer lanes on top), decisions with labelled
branches, rework loops, parallel forks, Chinese and English labels of every length, waste
badges, fail points and durations."""

from __future__ import annotations

from hypothesis import strategies as st

from workbench.builder import VersionBuilder
from workbench.model import Flow, Lane, LaneKind, Node, NodeKind, Version, WasteKind

WORDS = ["check", "the", "customer's", "line", "record", "order", "in", "CRM", "explain",
         "answer", "escalate", "to", "installer", "appointment", "confirmation"]
HANZI = "客户来电投诉装维人员上门核实身份查询内网系统记录工单解释答复升级处理等待"

labels = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=9).map(" ".join),
    st.text(alphabet=HANZI, min_size=1, max_size=26),
    st.sampled_from(["", "OK", "Log the work order in the CRM and tell the customer when"]),
)
branch_labels = st.one_of(
    st.sampled_from(["yes", "no", "no, line faulty", "是", "否，线路故障", "other", ""]),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join),
)


@st.composite
def drawn_flows(draw: st.DrawFn, max_steps: int = 40) -> Version:
    b = VersionBuilder("Drawn")
    kinds = [LaneKind.CUSTOMER] * draw(st.integers(1, 2)) + draw(
        st.lists(st.sampled_from([LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT]),
                 min_size=1, max_size=4))
    lanes = [b.lane(f"Lane {i}", kind) for i, kind in enumerate(kinds)]
    size = draw(st.integers(3, max_steps))
    ids = [b.start(lanes[0], draw(labels))]
    for _ in range(size - 2):
        lane = draw(st.sampled_from(lanes))
        kind = draw(st.sampled_from([NodeKind.TASK] * 4 + [NodeKind.DECISION, NodeKind.WAIT,
                                                           NodeKind.PARALLEL]))
        label = draw(labels)
        if kind is NodeKind.DECISION:
            ids.append(b.decision(lane, label))
        elif kind is NodeKind.PARALLEL:
            ids.append(b.parallel(lane))
        elif kind is NodeKind.WAIT:
            ids.append(b.wait(lane, label, draw(st.integers(1, 48)), unit="h"))
        else:
            waste = draw(st.one_of(st.none(), st.sampled_from(list(WasteKind))))
            ids.append(b.task(lane, label, draw(st.one_of(st.none(), st.integers(1, 90))),
                              waste=waste, fail_point=draw(st.integers(0, 4)) == 0))
    ids.append(b.end(draw(st.sampled_from(lanes)), draw(labels)))
    for i, node_id in enumerate(ids[:-1]):
        node = b.version.nodes[node_id]
        most = 3 if node.kind in (NodeKind.DECISION, NodeKind.PARALLEL) else 1
        later = sorted(draw(st.sets(st.integers(i + 1, size - 1), min_size=1, max_size=most)))
        targets = [ids[j] for j in later]
        if node.kind is NodeKind.DECISION and i > 1 and draw(st.booleans()):
            targets.append(ids[draw(st.integers(1, i))])  # rework
        if node.kind is NodeKind.DECISION:
            share = 1 / len(targets)
            for target in targets:
                b.flow(node_id, target, draw(branch_labels), share)
        else:
            for target in targets:
                b.flow(node_id, target)
    return b.build()


def far_flung_version() -> Version:
    """Four steps and their bends strewn a million units apart, as a damaged or hostile
    file can place them: the router looks for steps in the way over the whole span."""
    far = [(30.0, 826963.5), (515588.7, 490159.0), (-266985.9, -765234.0),
           (-426291.0, -938424.0)]
    kinds = [NodeKind.START, NodeKind.PARALLEL, NodeKind.END, NodeKind.DECISION]
    nodes = {f"n{i}": Node(f"n{i}", kind, "l", "", x=x, y=y)
             for i, (kind, (x, y)) in enumerate(zip(kinds, far, strict=True))}
    ends = [("n0", "n1"), ("n0", "n2"), ("n1", "n1"), ("n1", "n3"), ("n2", "n3"),
            ("n1", "n2"), ("n3", "n0")]
    bends = [(), ((14715.0, 578298.5), (-771696.5, 69421.9), (292437.4, -143379.6)),
             ((-990044.1, 0.0), (582000.9, 628267.3), (11.0, 729080.9)),
             ((-648131.4, 0.0), (0.0, -317620.5), (3600.0, 1.0)),
             ((254232.8, -0.3), (622271.9, -688800.9), (0.0, -809376.5)),
             ((-479959.8, 325305.5), (688316.9, 0.0)), ()]
    flows = {f"f{i}": Flow(f"f{i}", a, b, waypoints=w)
             for i, ((a, b), w) in enumerate(zip(ends, bends, strict=True))}
    return Version("v", "As-is", [Lane("l", "CSR 建单", height=236.0)], nodes, flows)
