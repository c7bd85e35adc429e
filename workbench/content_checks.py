"""Checks on what the drawing says about the customer: value classes, KPIs, the four elements."""

from __future__ import annotations

from collections.abc import Iterator

from workbench.checklist_score import checklist_score
from workbench.events import ElementKind
from workbench.findings import CheckContext, Finding
from workbench.i18n import Joined, Msg, _t
from workbench.model import ChecklistElement, InputItem, NodeKind, ValueClass

NODE, FLOW, KPI = ElementKind.NODE, ElementKind.FLOW, ElementKind.KPI
ELEMENT_KINDS = {
    ChecklistElement.GOAL: ElementKind.GOAL,
    ChecklistElement.INPUTS: ElementKind.INPUT,
    ChecklistElement.OUTPUTS: ElementKind.OUTPUT,
    ChecklistElement.ACTIVITIES: ElementKind.ACTIVITY,
}

EMPTY_ELEMENT = {
    ChecklistElement.INPUTS: _t("'{version}' lists no inputs."),
    ChecklistElement.OUTPUTS: _t("'{version}' lists no outputs."),
    ChecklistElement.ACTIVITIES: _t("'{version}' lists no activities."),
}

# what a KPI may lack, named once (a folder's KPIs are many, and most lack nothing)
KPI_PARTS = {"target": Msg("target"), "unit": Msg("unit"), "data source": Msg("data source")}


def value_classes(ctx: CheckContext) -> Iterator[Finding]:
    graph = ctx.graph
    for customer, (node_id, node) in zip(graph.customer, graph.nodes.items(), strict=True):
        if node.kind is NodeKind.TASK and customer and node.value_class is None:
            yield ctx.finding(
                "missing-value-class",
                Msg("Customer step {step} is not classed as value, necessary or waste.",
                    step=graph.describe(node_id)),
                node_id,
                NODE,
            )
        if node.value_class is ValueClass.WASTE and node.waste_kind is None:
            yield ctx.finding(
                "missing-waste-kind",
                Msg("{step} is classed as waste but not which kind (waiting, repeat contact, "
                    "...).", step=graph.describe(node_id)),
                node_id,
                NODE,
            )


def kpis(ctx: CheckContext) -> Iterator[Finding]:
    graph, version = ctx.graph, ctx.version
    for flow in map(graph.flows.__getitem__, graph.interactions_without_kpi):
        yield ctx.finding(
            "interaction-without-kpi",
            Msg("The interaction from {source} to {target} has no KPI.",
                source=graph.describe(flow.source), target=graph.describe(flow.target)),
            flow.id,
            FLOW,
        )
    segments = {s.id for s in ctx.document.segments}
    for kpi in version.kpis.values():
        missing = [
            KPI_PARTS[what]
            for what, present in (
                ("target", kpi.has_target()),
                ("unit", bool(kpi.unit.strip())),
                ("data source", bool(kpi.data_source.strip())),
            )
            if not present
        ]
        if missing:
            yield ctx.finding(
                "kpi-incomplete",
                Msg("KPI '{kpi}' has no {missing}.", kpi=kpi.name, missing=Joined(missing, "or")),
                kpi.id,
                KPI,
            )
        unknown = [s for s, _ in kpi.segment_targets if s not in segments]
        if unknown:
            yield ctx.finding(
                "kpi-unknown-segment",
                Msg("KPI '{kpi}' has a target for segment '{segment}', which this document "
                    "does not define.", kpi=kpi.name, segment=unknown[0]),
                kpi.id,
                KPI,
            )


def checklist(ctx: CheckContext) -> Iterator[Finding]:
    version = ctx.version
    if not version.checklist.goal.statement.strip():
        yield ctx.finding(
            "empty-checklist-element",
            Msg("The goal of '{version}' is not stated.", version=version.name),
            None,
            ElementKind.GOAL,
        )
    for element in (ChecklistElement.INPUTS, ChecklistElement.OUTPUTS, ChecklistElement.ACTIVITIES):
        if not getattr(version.checklist, element.value):
            yield ctx.finding(
                "empty-checklist-element",
                Msg(EMPTY_ELEMENT[element], version=version.name),
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
            "checklist-gap",
            Msg("{gap}.", gap=item.gap()),
            item.item_id,
            ELEMENT_KINDS[item.element],
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
        names = {"variant": variant.name, "input": item.name}
        start = variant.path_start
        if start is None:
            message = Msg("Variant '{variant}' of input '{input}' has no path of its own: set "
                          "the step where its handling begins.", **names)
        elif start not in graph.nodes:
            message = Msg("Variant '{variant}' of input '{input}' begins at '{step}', which is "
                          "not a step of this version.", step=start, **names)
        elif graph.starts and not graph.is_reached_from_a_start(start):
            message = Msg("Variant '{variant}' of input '{input}' begins at {step}, which no "
                          "start reaches.", step=graph.describe(start), **names)
        elif len(first_of[start]) > 1:
            others = [n for n in first_of[start] if n != variant.name] or [variant.name]
            message = Msg("Variant '{variant}' of input '{input}' shares its first step {step} "
                          "with variant '{other}': it has no path of its own.",
                          step=graph.describe(start), other=others[0], **names)
        else:
            continue
        yield ctx.finding("variant-without-path", message, item.id, ElementKind.INPUT)


CONTENT_CHECKS = (value_classes, kpis, checklist, variants)
