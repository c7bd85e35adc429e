"""Checks on the drawing itself: starts and ends, paths, decisions, lanes, references.

Each check reads the shared `CheckContext` (the flow graph is built once) and yields
findings; none walks the flows once per step.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.branching import is_merge
from workbench.events import ElementKind
from workbench.findings import CheckContext, Finding
from workbench.flowgraph import search
from workbench.i18n import Msg
from workbench.model import AttachmentKind, LaneKind, NodeKind

NODE, FLOW, LANE, KPI, VERSION = (
    ElementKind.NODE,
    ElementKind.FLOW,
    ElementKind.LANE,
    ElementKind.KPI,
    ElementKind.VERSION,
)


def starts_and_ends(ctx: CheckContext) -> Iterator[Finding]:
    graph, name = ctx.graph, ctx.version.name
    if not graph.nodes:
        # A flow not yet begun: one hint instead of "no start", "no end" and every lane empty.
        yield ctx.finding(
            "empty-flow",
            Msg("'{version}' has no steps yet: draw the first customer step, or start from a "
                "template.", version=name),
            None,
            VERSION,
        )
        return
    if not graph.starts:
        yield ctx.finding(
            "no-start",
            Msg("'{version}' has no start: add a start step where cases arrive.", version=name),
            None,
            VERSION,
        )
    if not graph.ends:
        yield ctx.finding(
            "no-end",
            Msg("'{version}' has no end: add an end step where cases finish.", version=name),
            None,
            VERSION,
        )
    for node_id in (graph.ids[i] for i in graph.starts if graph.pred[i]):
        yield ctx.finding(
            "start-has-incoming",
            Msg("The start {step} has incoming flows; nothing should flow into a start.",
                step=graph.describe(node_id)),
            node_id,
            NODE,
        )
    for node_id in (graph.ids[i] for i in graph.ends if graph.succ[i]):
        yield ctx.finding(
            "end-has-outgoing",
            Msg("The end {step} has outgoing flows; nothing should flow out of an end.",
                step=graph.describe(node_id)),
            node_id,
            NODE,
        )


def paths(ctx: CheckContext) -> Iterator[Finding]:
    graph = ctx.graph
    if graph.starts:
        reached = graph.reached_from_starts
        for node_id, is_reached in zip(graph.ids, reached, strict=True):
            if not is_reached:
                yield ctx.finding(
                    "unreachable",
                    Msg("{step} cannot be reached from any start.", step=graph.describe(node_id)),
                    node_id,
                    NODE,
                )
    if graph.ends:
        yield from _dead_ends(ctx)


def _dead_ends(ctx: CheckContext) -> Iterator[Finding]:
    """Report the places where cases get stuck: components of the flow that nothing leaves
    and that hold no end. Every step that cannot reach an end leads into one of them, so
    naming only these keeps the list short without hiding a cause."""
    graph = ctx.graph
    if all(search(graph.ends, graph.pred)):
        return  # every step reaches an end (the usual case): no need to find the loops
    component = graph.component_of
    kinds, succ, end = graph.kinds, graph.succ, NodeKind.END
    for number, members in enumerate(graph.components):
        onward = succ[members[0]]
        if len(members) == 1 and onward and (len(onward) > 1 or onward[0] != members[0]):
            continue  # the usual step: it leads on to another
        if any(kinds[m] is end for m in members):
            continue
        if any(component[w] != number for m in members for w in succ[m]):
            continue
        for node_id in (graph.ids[m] for m in members):
            message = (
                Msg("{step} is in a loop with no way out to an end.", step=graph.describe(node_id))
                if onward
                else Msg("{step} has no outgoing flow and is not an end: cases stop there.",
                         step=graph.describe(node_id))
            )
            yield ctx.finding("dead-end", message, node_id, NODE)


def decisions(ctx: CheckContext) -> Iterator[Finding]:
    graph, branching = ctx.graph, ctx.branching
    for node_id, node in graph.nodes.items():
        if node.kind is not NodeKind.DECISION:
            continue
        flows = graph.outgoing(node_id)
        if len(flows) < 2 and not is_merge(graph, graph.index[node_id]):
            message = (
                Msg("Decision {step} has no outgoing flow; a decision needs at least two "
                    "branches.", step=graph.describe(node_id))
                if not flows
                else Msg("Decision {step} has only one outgoing flow; a decision needs at least "
                         "two branches.", step=graph.describe(node_id))
            )
            yield ctx.finding(
                "decision-branches",
                message,
                node_id,
                NODE,
            )
        elif len(flows) >= 2:
            for flow in flows:
                if not flow.label.strip():
                    yield ctx.finding(
                        "unlabeled-branch",
                        Msg("A branch of decision {step} (to {target}) has no condition "
                            "written on it.", step=graph.describe(node_id),
                            target=graph.describe(flow.target)),
                        flow.id,
                        FLOW,
                    )
        if node_id in branching.problems:
            yield ctx.finding(
                "probabilities",
                Msg("{problem}; the expected lead time, customer wait and contacts are not "
                    "computed.", problem=branching.problems[node_id]),
                node_id,
                NODE,
            )
        elif node_id in branching.assumptions:
            yield ctx.finding(
                "probabilities-assumed",
                Msg("{assumption}.", assumption=branching.assumptions[node_id]),
                node_id,
                NODE,
            )


def customer_to_backstage(ctx: CheckContext) -> Iterator[Finding]:
    graph = ctx.graph
    for flow in map(graph.flows.__getitem__, graph.contact_edges):
        if graph.lane_kind(flow.target) is LaneKind.BACKSTAGE:
            lane = graph.lanes[graph.lane_of(flow.target)].name
            yield ctx.finding(
                "customer-to-backstage",
                Msg("The customer is made to coordinate internal work: {flow} goes straight "
                    "into the backstage lane '{lane}'.", flow=graph.describe_flow(flow),
                    lane=lane),
                flow.id,
                FLOW,
            )


def lanes(ctx: CheckContext) -> Iterator[Finding]:
    if not ctx.graph.nodes:
        return  # held until the flow has a step (see starts_and_ends)
    used = {node.lane for node in ctx.graph.nodes.values()}
    for lane in ctx.version.lanes:
        if lane.id not in used:
            yield ctx.finding(
                "empty-lane", Msg("Lane '{lane}' has no steps.", lane=lane.name), lane.id, LANE
            )


def durations(ctx: CheckContext) -> Iterator[Finding]:
    graph = ctx.graph
    for node_id, node in graph.nodes.items():
        if node.kind in (NodeKind.TASK, NodeKind.WAIT) and node.duration is None:
            yield ctx.finding(
                "task-without-duration",
                Msg("{step} has no duration; it counts as no time in the lead times.",
                    step=graph.describe(node_id)),
                node_id,
                NODE,
            )


def references(ctx: CheckContext) -> Iterator[Finding]:
    graph, version = ctx.graph, ctx.version
    for flow in graph.broken_flows:
        missing = flow.source if flow.source not in graph.nodes else flow.target
        yield ctx.finding(
            "broken-reference",
            Msg("Flow {flow} refers to step '{step}', which is not in this version; it is "
                "left out of every figure.", flow=flow.id, step=missing),
            flow.id,
            FLOW,
        )
    for node_id, node in graph.nodes.items():
        if node.lane not in graph.lanes:
            yield ctx.finding(
                "broken-reference",
                Msg("{step} is in lane '{lane}', which is not in this version.",
                    step=graph.describe(node_id), lane=node.lane),
                node_id,
                NODE,
            )
    for kpi in version.kpis.values():
        attached = kpi.attached_to
        table = {AttachmentKind.INTERACTION: version.flows, AttachmentKind.NODE: version.nodes}
        if attached.kind in table and attached.ref not in table[attached.kind]:
            yield ctx.finding(
                "broken-reference",
                Msg("KPI '{kpi}' is attached to '{ref}', which is not in this version.",
                    kpi=kpi.name, ref=attached.ref),
                kpi.id,
                KPI,
            )


FLOW_CHECKS = (
    starts_and_ends,
    paths,
    decisions,
    customer_to_backstage,
    lanes,
    durations,
    references,
)
