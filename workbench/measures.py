"""The numbers that describe one version of a process, defined once for every screen,
comparison and report (DESIGN.md, "Measures of a version").

`measure_version` builds the flow's adjacency once and computes every measure from it. A
value is None when it cannot be computed honestly, and `notes` says why; a figure that is
only a bound, or rests on an assumption, carries a note too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from workbench.branching import Branching, branch_shares
from workbench.checklist_score import checklist_score
from workbench.critical_path import CriticalPath, critical_lead_time
from workbench.expected import ExpectedCase, expected_case
from workbench.flowgraph import FlowGraph
from workbench.gc_pause import without_collector
from workbench.i18n import Joined, Msg
from workbench.model import (
    AttachmentKind,
    Direction,
    Node,
    NodeKind,
    ValueClass,
    Version,
    WasteKind,
)
from workbench.round_trips import round_trips

Value = float | int | None


@dataclass(frozen=True)
class MeasureDef:
    key: str
    name: str
    unit: str  # "count", "h" (hours) or "share" (a fraction 0–1, shown as a percentage)
    better: Direction | None  # None: neither direction is better in itself
    description: str


_LOWER, _HIGHER = Direction.LOWER, Direction.HIGHER

MEASURES: tuple[MeasureDef, ...] = (
    MeasureDef("steps", "Steps", "count", None, "Task steps in the flow, all lanes."),
    MeasureDef(
        "customer_steps",
        "Customer steps",
        "count",
        _LOWER,
        "Task steps in customer lanes: what the customer has to do.",
    ),
    MeasureDef(
        "value_steps",
        "Value-adding steps",
        "count",
        None,
        "Customer steps (and customer waits) classed as value: they move the customer toward "
        "the outcome.",
    ),
    MeasureDef(
        "necessary_steps",
        "Necessary steps",
        "count",
        _LOWER,
        "Customer steps (and customer waits) required by rules or controls that add no value "
        "to the customer.",
    ),
    MeasureDef(
        "waste_steps",
        "Waste steps",
        "count",
        _LOWER,
        "Customer steps classed as waste (waiting, repeat contacts, chasing, rework...); a "
        "customer wait is waste of kind waiting unless classed otherwise.",
    ),
    MeasureDef(
        "value_time",
        "Value-adding time",
        "h",
        None,
        "Expected time per case in value-adding customer steps: each step's duration times "
        "how often cases pass it.",
    ),
    MeasureDef(
        "necessary_time",
        "Necessary time",
        "h",
        _LOWER,
        "Expected time per case in necessary customer steps: each step's duration times how "
        "often cases pass it.",
    ),
    MeasureDef(
        "waste_time",
        "Waste time",
        "h",
        _LOWER,
        "Expected time per case in waste customer steps (customer waits included): each "
        "step's duration times how often cases pass it.",
    ),
    MeasureDef(
        "interactions",
        "Interactions",
        "count",
        None,
        "Flows between a customer lane and a non-customer lane (touchpoints).",
    ),
    MeasureDef(
        "customer_contacts",
        "Customer contacts",
        "count",
        _LOWER,
        "Interactions that start in a customer lane: times the customer has to reach out.",
    ),
    MeasureDef(
        "customer_facing_roles",
        "Customer-facing roles",
        "count",
        None,
        "Non-customer lanes that share an interaction with a customer lane. Information "
        "only: letting the doer talk to the customer can be the point of a redesign.",
    ),
    MeasureDef(
        "roles_customer_contacts",
        "Roles the customer contacts",
        "count",
        _LOWER,
        "Non-customer lanes that receive an interaction started by the customer: the "
        "parties the customer has to chase (one-stop service = 1).",
    ),
    MeasureDef(
        "hand_offs", "Hand-offs", "count", _LOWER, "Flows between two different non-customer lanes."
    ),
    MeasureDef(
        "round_trips",
        "Round trips",
        "count",
        _LOWER,
        "Hand-offs that bring the work back to a lane it already visited.",
    ),
    MeasureDef(
        "lead_time_expected",
        "Lead time (expected)",
        "h",
        _LOWER,
        "Expected time from start to end, decisions weighted by their probabilities, "
        "loops included; a parallel block counts its slowest branch.",
    ),
    MeasureDef(
        "lead_time_critical",
        "Lead time (critical path, without rework)",
        "h",
        _LOWER,
        "Longest path of step durations from a start to an end that visits each step at "
        "most once, so no rework is repeated; a parallel block counts its slowest branch.",
    ),
    MeasureDef(
        "customer_wait",
        "Customer wait",
        "h",
        _LOWER,
        "Expected time per case the customer spends in customer-lane steps classed as "
        "waste of kind waiting; a customer wait is, unless classed otherwise.",
    ),
    MeasureDef(
        "value_added_ratio",
        "Value-added ratio",
        "share",
        _HIGHER,
        "Expected value-adding customer time per case divided by the expected lead time.",
    ),
    MeasureDef(
        "expected_customer_contacts",
        "Expected customer contacts",
        "count",
        _LOWER,
        "Expected number of times per case the customer reaches out to the organisation.",
    ),
    MeasureDef(
        "checklist_score",
        "Checklist score",
        "share",
        _HIGHER,
        "Share of the four elements' items (goal, inputs, outputs, activities) that are complete.",
    ),
    MeasureDef(
        "kpi_coverage",
        "KPI coverage",
        "share",
        _HIGHER,
        "Share of interactions with at least one KPI that has a target.",
    ),
)

MEASURES_BY_KEY = {m.key: m for m in MEASURES}

EXPECTED_KEYS = (
    "value_time",
    "necessary_time",
    "waste_time",
    "lead_time_expected",
    "customer_wait",
    "value_added_ratio",
    "expected_customer_contacts",
)


@dataclass(frozen=True)
class Timing:
    """What of the measures depends only on the flow's shape and durations, never on lanes
    or classes: a move into another lane can keep it (see `edit_relevance.changes_timing`)."""

    critical: CriticalPath
    case: ExpectedCase


def flow_timing(graph: FlowGraph, branching: Branching) -> Timing:
    return Timing(critical_lead_time(graph), expected_case(graph, branching))


@dataclass(frozen=True)
class MeasureReport:
    values: dict[str, Value] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


@without_collector
def measure_version(
    version: Version, graph: FlowGraph | None = None, branching: Branching | None = None,
    timing: Timing | None = None,
) -> MeasureReport:
    """Every measure of `version`; pass `graph`/`branching` when the checks already built them,
    and `timing` when it was worked out for the same flow before an edit that kept it."""
    graph = graph or FlowGraph(version)
    branching = branching or branch_shares(graph)
    timing = timing or flow_timing(graph, branching)
    values: dict[str, Value] = {}
    notes: dict[str, str] = {}
    _step_counts(graph, values)
    _lane_counts(graph, values)
    values["round_trips"] = len(round_trips(graph))
    critical = timing.critical
    values["lead_time_critical"] = critical.hours
    _expected(graph, branching, timing.case, values, notes)
    if critical.unavailable:
        notes["lead_time_critical"] = critical.unavailable
    elif critical.has_loop:
        notes["lead_time_critical"] = _without_rework(critical, values["lead_time_expected"])
    values["checklist_score"] = checklist_score(version.checklist, version).share
    _kpi_coverage(graph, values, notes)
    return MeasureReport({m.key: values[m.key] for m in MEASURES}, notes)


def counted_class(node: Node) -> tuple[ValueClass | None, WasteKind | None]:
    """The class a customer-lane step counts in. A task counts as the user classed it; a
    wait counts as waste of kind waiting unless the user classed it otherwise, since a
    customer who waits is the plainest waste there is. Other kinds of step are not classed."""
    if node.kind is NodeKind.WAIT:
        if node.value_class is None:
            return ValueClass.WASTE, WasteKind.WAITING
        if node.value_class is ValueClass.WASTE:
            return ValueClass.WASTE, node.waste_kind or WasteKind.WAITING
    elif node.kind is not NodeKind.TASK:
        return None, None
    return node.value_class, node.waste_kind


def _classed_steps(graph: FlowGraph) -> list[tuple[int, ValueClass | None, WasteKind | None]]:
    """(position, class, waste kind) of every task and wait in a customer lane."""
    counted = (NodeKind.TASK, NodeKind.WAIT)
    return [
        (i, *counted_class(graph.nodes[graph.ids[i]]))
        for i, kind in enumerate(graph.kinds)
        if kind in counted and graph.customer[i]
    ]


def _without_rework(critical: CriticalPath, expected: Value) -> Msg:
    """The critical path's note on a flow with rework loops: what it leaves out, and why it
    can be shorter than the expected lead time, which counts the rework cases go through."""
    notes = [Msg("Without rework: the path visits each step at most once, so no loop is repeated.")]
    if critical.approximate:
        notes.append(Msg(
            "The loops are too tangled to try every way through them: this is the longest "
            "such path one walk through the flow finds, and a longer one may exist."
        ))
    if expected is not None and expected > critical.hours * (1 + 1e-9):
        notes.append(Msg(
            "It is shorter than the expected lead time, which includes the rework "
            "that some cases go through."
        ))
    return Joined(notes, "sentences")


def _step_counts(graph: FlowGraph, values: dict[str, Value]) -> None:
    task = NodeKind.TASK
    tasks = [i for i, kind in enumerate(graph.kinds) if kind is task]
    values["steps"] = len(tasks)
    values["customer_steps"] = sum(1 for i in tasks if graph.customer[i])
    classed = _classed_steps(graph)
    for value_class in ValueClass:
        values[f"{value_class.value}_steps"] = sum(1 for _, c, _ in classed if c is value_class)


def _lane_counts(graph: FlowGraph, values: dict[str, Value]) -> None:
    lanes, sources, targets, customer = graph.lane_ids, graph.sources, graph.targets, graph.customer
    facing = {
        lanes[targets[k]] if customer[sources[k]] else lanes[sources[k]]
        for k in graph.interaction_edges
    }
    contacted = {lanes[targets[k]] for k in graph.contact_edges}
    values.update(
        interactions=len(graph.interaction_edges),
        customer_contacts=len(graph.contact_edges),
        hand_offs=len(graph.hand_off_edges),
        customer_facing_roles=len(facing),
        roles_customer_contacts=len(contacted),
    )


def _expected(
    graph: FlowGraph,
    branching: Branching,
    case: ExpectedCase,
    values: dict[str, Value],
    notes: dict[str, str],
) -> None:
    """The per-case expectations. They stand or fall together: if cases can get stuck or a
    decision's probabilities are wrong, none of them is given rather than a wrong one."""
    if case.lead_time is None or case.visits is None:
        for key in EXPECTED_KEYS:
            values[key] = None
            notes[key] = case.unavailable or Msg("Cannot be computed.")
        return
    visits = case.visits
    values["lead_time_expected"] = case.lead_time
    for key in EXPECTED_KEYS:
        caveats = []
        if case.has_parallel_fork and key in ("lead_time_expected", "value_added_ratio"):
            caveats.append(Msg(
                "A parallel block counts its slowest branch's expected time: a "
                "lower bound on the expected time of the whole block."
            ))
        if branching.assumptions:
            caveats.append(Msg("Assumed: {assumptions}.",
                               assumptions=Joined(branching.assumptions.values(), "items")))
        if caveats:
            notes[key] = Joined(caveats, "sentences")
    classed = [
        (value_class, kind, visits[graph.ids[i]] * graph.hours[i])
        for i, value_class, kind in _classed_steps(graph)
    ]
    for value_class in ValueClass:
        values[f"{value_class.value}_time"] = math.fsum(
            hours for c, _, hours in classed if c is value_class
        )
    values["customer_wait"] = math.fsum(
        hours for c, kind, hours in classed if c is ValueClass.WASTE and kind is WasteKind.WAITING
    )
    values["expected_customer_contacts"] = expected_customer_contacts(graph, branching, visits)
    if case.lead_time > 0:
        values["value_added_ratio"] = values["value_time"] / case.lead_time
    else:
        values["value_added_ratio"] = None
        notes["value_added_ratio"] = Msg(
            "The expected lead time is zero: no step has a duration."
        )


def expected_customer_contacts(
    graph: FlowGraph, branching: Branching, visits: dict[str, float]
) -> float:
    """Expected times per case that a flow from a customer lane into the organisation is
    taken: visits of its customer-lane source times the share of cases taking that flow.

    So a customer-lane decision that reaches out on one branch only counts that branch's
    share, and a customer step that contacts two roles in parallel counts two contacts.
    Nothing leaves an end, so a flow out of an end counts nothing.
    """
    end = NodeKind.END
    return math.fsum(
        visits[graph.ids[source]] * branching.of(graph.flows[k])
        for k in graph.contact_edges
        if graph.kinds[source := graph.sources[k]] is not end
    )


def kpi_coverage(graph: FlowGraph) -> float | None:
    """Share of interactions with a KPI that has a target; None without interactions."""
    targeted = {
        kpi.attached_to.ref
        for kpi in graph.version.kpis.values()
        if kpi.attached_to.kind is AttachmentKind.INTERACTION and kpi.has_target()
    }
    touchpoints = [graph.flows[k].id for k in graph.interaction_edges]
    if not touchpoints:
        return None
    return sum(1 for f in touchpoints if f in targeted) / len(touchpoints)


def _kpi_coverage(graph: FlowGraph, values: dict[str, Value], notes: dict[str, str]) -> None:
    values["kpi_coverage"] = kpi_coverage(graph)
    if values["kpi_coverage"] is None:
        notes["kpi_coverage"] = Msg("There are no interactions to cover.")
