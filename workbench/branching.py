"""How cases split at each decision: the probability of every branch, with what had to be
assumed where the designer left probabilities out, and where they cannot be used at all.

Expected figures (lead time, contacts, wait) are only as good as these numbers, so a
decision whose probabilities are wrong makes those figures unavailable rather than wrong.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from workbench.flowgraph import FlowGraph
from workbench.i18n import Msg
from workbench.model import Flow, NodeKind

TOLERANCE = 1e-6


@dataclass
class Branching:
    """`share[flow_id]`: the share of the cases at a decision that take the flow.

    Flows out of any other step are taken by every case (a fork takes all its branches):
    `of` gives 1.0 for them.
    `problems` and `assumptions` are keyed by decision id and worded for the user.
    """

    share: dict[str, float] = field(default_factory=dict)
    problems: dict[str, Msg] = field(default_factory=dict)
    assumptions: dict[str, Msg] = field(default_factory=dict)

    def of(self, flow: Flow) -> float:
        return self.share.get(flow.id, 1.0)


def branch_shares(graph: FlowGraph) -> Branching:
    branching = Branching()
    for position, kind in enumerate(graph.kinds):
        if kind is NodeKind.DECISION and graph.succ[position]:
            _split(graph, graph.ids[position], graph.flows_from(position), branching)
    return branching


def is_merge(graph: FlowGraph, position: int) -> bool:
    """A gateway that brings several flows together into one (a converging gateway in BPMN:
    a decision used as a merge, a parallel step used as a join). It splits nothing, so it
    needs neither branches nor probabilities."""
    return len(graph.pred[position]) > 1 and len(graph.succ[position]) == 1


def _split(graph: FlowGraph, node_id: str, flows: list[Flow], branching: Branching) -> None:
    if len(flows) == 1 and flows[0].probability is None:
        return  # one way on: every case takes it, nothing to assume
    given = [f for f in flows if f.probability is not None]
    missing = [f for f in flows if f.probability is None]
    bad = [f for f in given if not (0.0 <= f.probability <= 1.0)]  # also catches NaN
    if bad:
        branching.problems[node_id] = Msg(
            "{where}: probability {p} on {flow} is outside 0 to 1",
            where=_where(graph, node_id), p=_fmt(bad[0].probability),
            flow=graph.describe_flow(bad[0]),
        )
        return
    total = math.fsum(f.probability for f in given)
    if not missing:
        if abs(total - 1.0) > TOLERANCE:
            branching.problems[node_id] = Msg(
                "{where}: branch probabilities sum to {total}, not 1",
                where=_where(graph, node_id),
                total=_fmt(total),
            )
            return
        for flow in flows:
            branching.share[flow.id] = flow.probability
        return
    if total > 1.0 + TOLERANCE:
        branching.problems[node_id] = Msg(
            "{where}: the probabilities set already sum to {total}, more than 1",
            where=_where(graph, node_id), total=_fmt(total),
        )
        return
    rest = max(0.0, 1.0 - total) / len(missing)
    for flow in given:
        branching.share[flow.id] = flow.probability
    for flow in missing:
        branching.share[flow.id] = rest
    if given:
        branching.assumptions[node_id] = Msg(
            "{where}: {missing} of {count} branches have no probability; "
            "each is assumed to take {share} (the rest shared equally)",
            where=_where(graph, node_id), missing=len(missing), count=len(flows),
            share=_fmt(rest),
        )
    else:
        branching.assumptions[node_id] = Msg(
            "{where}: no branch has a probability; an equal split of {share} is assumed",
            where=_where(graph, node_id), share=_fmt(rest),
        )


def _where(graph: FlowGraph, node_id: str) -> Msg:
    """How a problem names its decision; made only for a decision that has one."""
    return Msg("Decision {step}", step=graph.describe(node_id))


def _fmt(value: float) -> str:
    return f"{value:.4g}"
