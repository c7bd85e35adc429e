"""Checks on what the drawing says about the customer: value classes, KPIs, the four elements."""

from __future__ import annotations

from collections.abc import Iterator

from workbench.checklist_score import checklist_score
from workbench.events import ElementKind
from workbench.findings import CheckContext, Finding, capitalised
from workbench.model import AttachmentKind, ChecklistElement, InputItem, NodeKind, ValueClass

NODE, FLOW, KPI = ElementKind.NODE, ElementKind.FLOW, ElementKind.KPI
ELEMENT_KINDS = {
    ChecklistElement.GOAL: ElementKind.GOAL,
    ChecklistElement.INPUTS: ElementKind.INPUT,
    ChecklistElement.OUTPUTS: ElementKind.OUTPUT,
    ChecklistElement.ACTIVITIES: ElementKind.ACTIVITY,
}


def value_classes(ctx: CheckContext) -> Iterator[Finding]:
    graph = ctx.graph
    for customer, (node_id, node) in zip(graph.customer, graph.nodes.items(), strict=True):
        if node.kind is NodeKind.TASK and customer and node.value_class is None:
            yield ctx.finding(
                "missing-value-class",
                f"Customer step {graph.describe(node_id)} "
                "is not classed as value, necessary or waste.",
                node_id,
                NODE,
            )
        if node.value_class is ValueClass.WASTE and node.waste_kind is None:
            yield ctx.finding(
                "missing-waste-kind",
                f"{capitalised(graph.describe(node_id))} is classed "
                "as waste but not which kind (waiting, repeat contact, ...).",
                node_id,
                NODE,
            )


def kpis(ctx: CheckContext) -> Iterator[Finding]:
    graph, version = ctx.graph, ctx.version
    bound = {
        k.attached_to.ref
        for k in version.kpis.values()
        if k.attached_to.kind is AttachmentKind.INTERACTION
    }
    for flow in map(graph.flows.__getitem__, graph.interaction_edges):
        if flow.id not in bound:
            yield ctx.finding(
                "interaction-without-kpi",
                f"The interaction from "
                f"{graph.describe(flow.source)} to {graph.describe(flow.target)} "
                "has no KPI.",
                flow.id,
                FLOW,
            )
    segments = {s.id for s in ctx.document.segments}
    for kpi in version.kpis.values():
        missing = [
            what
            for what, present in (
                ("target", kpi.has_target()),
                ("unit", bool(kpi.unit.strip())),
                ("data source", bool(kpi.data_source.strip())),
            )
            if not present
        ]
        if missing:
            yield ctx.finding(
                "kpi-incomplete", f"KPI '{kpi.name}' has no {_words(missing)}.", kpi.id, KPI
            )
        unknown = [s for s, _ in kpi.segment_targets if s not in segments]
        if unknown:
            yield ctx.finding(
                "kpi-unknown-segment",
                f"KPI '{kpi.name}' has a target for segment "
                f"{unknown[0]!r}, which this document does not define.",
                kpi.id,
                KPI,
            )


def checklist(ctx: CheckContext) -> Iterator[Finding]:
    version = ctx.version
    if not version.checklist.goal.statement.strip():
        yield ctx.finding(
            "empty-checklist-element",
            f"The goal of '{version.name}' is not stated.",
            None,
            ElementKind.GOAL,
        )
    for element in (ChecklistElement.INPUTS, ChecklistElement.OUTPUTS, ChecklistElement.ACTIVITIES):
        if not getattr(version.checklist, element.value):
            yield ctx.finding(
                "empty-checklist-element",
                f"'{version.name}' lists no {element.value}.",
                None,
                ELEMENT_KINDS[element],
            )
    goal_stated = bool(version.checklist.goal.statement.strip())
    for item in checklist_score(version.checklist, version).items:
        if item.element is ChecklistElement.GOAL:
            reported = not goal_stated  # an unstated goal is reported once, above
        else:
            reported = item.item_id is None  # an empty element, reported above
        if item.complete or reported:
            continue
        yield ctx.finding(
            "checklist-gap", f"{item.gap()}.", item.item_id, ELEMENT_KINDS[item.element]
        )


def variants(ctx: CheckContext) -> Iterator[Finding]:
    for item in ctx.version.checklist.inputs:
        yield from _variants_of(ctx, item)


def _variants_of(ctx: CheckContext, item: InputItem) -> Iterator[Finding]:
    graph = ctx.graph
    first_of: dict[str, list[str]] = {}
    for variant in item.variants:
        if variant.path_start is not None:
            first_of.setdefault(variant.path_start, []).append(variant.name)
    for variant in item.variants:
        where = f"Variant '{variant.name}' of input '{item.name}'"
        start = variant.path_start
        if start is None:
            problem = "has no path of its own: set the step where its handling begins"
        elif start not in graph.nodes:
            problem = f"begins at {start!r}, which is not a step of this version"
        elif graph.starts and not graph.is_reached_from_a_start(start):
            problem = f"begins at {graph.describe(start)}, which no start reaches"
        elif len(first_of[start]) > 1:
            others = [n for n in first_of[start] if n != variant.name] or [variant.name]
            problem = (
                f"shares its first step {graph.describe(start)} with variant "
                f"'{others[0]}': it has no path of its own"
            )
        else:
            continue
        yield ctx.finding("variant-without-path", f"{where} {problem}.", item.id, ElementKind.INPUT)


def _words(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


CONTENT_CHECKS = (value_classes, kpis, checklist, variants)
