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
from workbench.critical_path import critical_lead_time
from workbench.expected import ExpectedCase, expected_case
from workbench.flowgraph import FlowGraph
from workbench.gc_pause import without_collector
from workbench.model import AttachmentKind, Direction, NodeKind, ValueClass, Version, WasteKind
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
        "Customer steps classed as value: they move the customer toward the outcome.",
    ),
    MeasureDef(
        "necessary_steps",
        "Necessary steps",
        "count",
        _LOWER,
        "Customer steps required by rules or controls that add no value to the customer.",
    ),
    MeasureDef(
        "waste_steps",
        "Waste steps",
        "count",
        _LOWER,
        "Customer steps classed as waste (waiting, repeat contacts, chasing, rework...).",
    ),
    MeasureDef(
        "value_time",
        "Value-adding time",
        "h",
        None,
        "Duration of the value-adding customer steps, each counted once.",
    ),
    MeasureDef(
        "necessary_time",
        "Necessary time",
        "h",
        _LOWER,
        "Duration of the necessary customer steps, each counted once.",
    ),
    MeasureDef(
        "waste_time",
        "Waste time",
        "h",
        _LOWER,
        "Duration of the waste customer steps, each counted once.",
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
        _LOWER,
        "Non-customer lanes that share an interaction with a customer lane.",
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
        "Lead time (critical path)",
        "h",
        _LOWER,
        "Longest path of step durations from a start to an end, each loop walked once.",
    ),
    MeasureDef(
        "customer_wait",
        "Customer wait",
        "h",
        _LOWER,
        "Expected time per case the customer spends in customer-lane steps classed as "
        "waste of kind waiting.",
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
    "lead_time_expected",
    "customer_wait",
    "value_added_ratio",
    "expected_customer_contacts",
)


@dataclass(frozen=True)
class MeasureReport:
    values: dict[str, Value] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


@without_collector
def measure_version(
    version: Version, graph: FlowGraph | None = None, branching: Branching | None = None
) -> MeasureReport:
    """Every measure of `version`; pass `graph`/`branching` when the checks already built them."""
    graph = graph or FlowGraph(version)
    branching = branching or branch_shares(graph)
    values: dict[str, Value] = {}
    notes: dict[str, str] = {}
    _step_counts(graph, values)
    _lane_counts(graph, values)
    values["round_trips"] = len(round_trips(graph))
    critical = critical_lead_time(graph)
    values["lead_time_critical"] = critical.hours
    if critical.unavailable:
        notes["lead_time_critical"] = critical.unavailable
    elif critical.has_loop:
        notes["lead_time_critical"] = "Each loop is walked once."
    _expected(graph, branching, expected_case(graph, branching), values, notes)
    values["checklist_score"] = checklist_score(version.checklist, version).share
    _kpi_coverage(graph, values, notes)
    return MeasureReport({m.key: values[m.key] for m in MEASURES}, notes)


def _step_counts(graph: FlowGraph, values: dict[str, Value]) -> None:
    task = NodeKind.TASK
    tasks = [i for i, kind in enumerate(graph.kinds) if kind is task]
    customer = [i for i in tasks if graph.customer[i]]
    values["steps"] = len(tasks)
    values["customer_steps"] = len(customer)
    classes = [graph.nodes[graph.ids[i]].value_class for i in customer]
    for value_class in ValueClass:
        chosen = [i for i, c in zip(customer, classes, strict=True) if c is value_class]
        values[f"{value_class.value}_steps"] = len(chosen)
        values[f"{value_class.value}_time"] = math.fsum(graph.hours[i] for i in chosen)


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
            notes[key] = case.unavailable or "Cannot be computed."
        return
    visits = case.visits
    values["lead_time_expected"] = case.lead_time
    for key in EXPECTED_KEYS:
        caveats = []
        if case.has_parallel_fork and key in ("lead_time_expected", "value_added_ratio"):
            caveats.append(
                "A parallel block counts its slowest branch's expected time: a "
                "lower bound on the expected time of the whole block."
            )
        if branching.assumptions:
            caveats.append("Assumed: " + "; ".join(branching.assumptions.values()) + ".")
        if caveats:
            notes[key] = " ".join(caveats)
    waste, value, task = ValueClass.WASTE, ValueClass.VALUE, NodeKind.TASK
    customer_steps = [
        (graph.nodes[node_id], visits[node_id] * graph.hours[i])
        for i, node_id in enumerate(graph.ids)
        if graph.customer[i]
    ]
    values["customer_wait"] = math.fsum(
        hours
        for node, hours in customer_steps
        if node.value_class is waste and node.waste_kind is WasteKind.WAITING
    )
    values["expected_customer_contacts"] = expected_customer_contacts(graph, branching, visits)
    value_hours = math.fsum(
        hours for node, hours in customer_steps if node.kind is task and node.value_class is value
    )
    if case.lead_time > 0:
        values["value_added_ratio"] = value_hours / case.lead_time
    else:
        values["value_added_ratio"] = None
        notes["value_added_ratio"] = "The expected lead time is zero: no step has a duration."


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


def _kpi_coverage(graph: FlowGraph, values: dict[str, Value], notes: dict[str, str]) -> None:
    targeted = {
        kpi.attached_to.ref
        for kpi in graph.version.kpis.values()
        if kpi.attached_to.kind is AttachmentKind.INTERACTION and kpi.has_target()
    }
    touchpoints = [graph.flows[k].id for k in graph.interaction_edges]
    if not touchpoints:
        values["kpi_coverage"] = None
        notes["kpi_coverage"] = "There are no interactions to cover."
        return
    values["kpi_coverage"] = sum(1 for f in touchpoints if f in targeted) / len(touchpoints)
