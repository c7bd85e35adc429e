"""What a check reports, and the registry of every check with its stable id and severity.

Ids are stable because a process repository's CI, the issues panel and saved "ignore"
choices refer to them; never rename one, add a new id instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workbench.audit_texts import KPI_RESULT_CHECKS
from workbench.branching import Branching
from workbench.document import Document
from workbench.events import ElementKind
from workbench.flowgraph import FlowGraph
from workbench.i18n import Msg, Sentence, Translator, _t
from workbench.model import Version


class Severity(StrEnum):
    ERROR = "error"  # the flow is wrong or its figures cannot be trusted
    WARNING = "warning"  # a gap in the design a reviewer would flag
    INFO = "info"  # worth knowing; the figures rest on an assumption


SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
SEVERITY_COUNTS = {
    Severity.ERROR: (_t("{n} error"), _t("{n} errors")),
    Severity.WARNING: (_t("{n} warning"), _t("{n} warnings")),
    Severity.INFO: (_t("{n} info"), _t("{n} info")),
}


def severity_count(severity: Severity | str, n: int) -> Msg:
    """ "1 error", "3 warnings" / "3 个警告"."""
    one, many = SEVERITY_COUNTS[Severity(severity)]
    return Msg(one if n == 1 else many, n=n)


@dataclass(frozen=True)
class Finding:
    """One problem, pointing at the element to select (`element_kind` is an `ElementKind`
    value: node, flow, lane, kpi, goal, inputs, outputs, activities or version)."""

    check_id: str
    severity: Severity
    message: Msg  # rendered in the reader's language: `translator(language).render(message)`
    version_id: str
    element_id: str | None = None
    element_kind: str | None = None


@dataclass(frozen=True)
class CheckDef:
    id: str
    severity: Severity
    title: str
    description: str


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

CHECKS: dict[str, CheckDef] = {
    c.id: c
    for c in (
        CheckDef(
            "empty-flow",
            _W,
            "No steps yet",
            "The flow has no steps: draw the first customer step or start from a template. "
            "The checks for a start, an end and empty lanes wait until it has one.",
        ),
        CheckDef("no-start", _E, "No start", "The flow has no start step."),
        CheckDef("no-end", _E, "No end", "The flow has no end step."),
        CheckDef(
            "unreachable", _W, "Unreachable step", "A step that no path from a start reaches."
        ),
        CheckDef(
            "dead-end",
            _E,
            "Dead end",
            "A step, or a loop, from which no path leads to an end: cases get stuck.",
        ),
        CheckDef(
            "decision-branches",
            _W,
            "Decision without branches",
            "A decision with fewer than two outgoing flows.",
        ),
        CheckDef(
            "unlabeled-branch",
            _W,
            "Unlabelled branch",
            "A flow out of a decision with no condition written on it.",
        ),
        CheckDef(
            "probabilities",
            _E,
            "Wrong branch probabilities",
            "A decision's branch probabilities lie outside 0 to 1 or do not sum to 1; the "
            "expected figures are not computed until this is fixed.",
        ),
        CheckDef(
            "probabilities-assumed",
            _I,
            "Branch probabilities assumed",
            "A decision has branches without a probability; the expected figures share the "
            "missing probability equally among them.",
        ),
        CheckDef(
            "start-has-incoming", _E, "Flow into a start", "A start step with incoming flows."
        ),
        CheckDef("end-has-outgoing", _E, "Flow out of an end", "An end step with outgoing flows."),
        CheckDef(
            "customer-to-backstage",
            _W,
            "Customer sent to the back office",
            "A flow from a customer lane straight into a backstage lane: the customer is "
            "made to coordinate the organisation's internal work.",
        ),
        CheckDef(
            "missing-value-class",
            _W,
            "Customer step not classed",
            "A task in a customer lane without a value class (value, necessary, waste).",
        ),
        CheckDef(
            "missing-waste-kind",
            _W,
            "Waste without a kind",
            "A step classed as waste without saying which kind of waste.",
        ),
        CheckDef(
            "interaction-without-kpi",
            _W,
            "Interaction without a KPI",
            "A flow across the line of interaction with no KPI attached.",
        ),
        CheckDef(
            "kpi-incomplete",
            _W,
            "Incomplete KPI",
            "A KPI without a target, a unit or a data source.",
        ),
        CheckDef(
            "kpi-unknown-segment",
            _E,
            "KPI target for an unknown segment",
            "A KPI has a target for a customer segment the document does not define.",
        ),
        CheckDef(
            "empty-checklist-element",
            _W,
            "Empty checklist element",
            "The goal has no statement, or the inputs, outputs or activities have no items.",
        ),
        CheckDef(
            "checklist-gap",
            _I,
            "Checklist item incomplete",
            "A checklist item with fields still to fill.",
        ),
        CheckDef(
            "variant-without-path",
            _W,
            "Input variant without its own path",
            "An input variant with no first step, a first step that is not in the flow or "
            "not reachable, or one shared with another variant of the same input.",
        ),
        CheckDef("empty-lane", _W, "Empty lane", "A lane with no steps."),
        CheckDef(
            "broken-reference",
            _E,
            "Broken reference",
            "A flow, step or KPI refers to an element that is not in this version.",
        ),
        CheckDef(
            "diagram-steps-overlap",
            _W,
            "Steps on top of each other",
            "Two steps of the diagram overlap, so one hides the other.",
        ),
        CheckDef(
            "diagram-connector-through-step",
            _W,
            "Connector through a step",
            "A connector is drawn through a step it does not join: the diagram shows a flow "
            "that does not exist.",
        ),
        CheckDef(
            "diagram-connector-end-inside",
            _W,
            "Connector ending inside its step",
            "A connector starts or ends inside its step instead of on its outline.",
        ),
        CheckDef(
            "diagram-label-over-step",
            _W,
            "Label over a step",
            "A caption, branch label or badge covers a step.",
        ),
        CheckDef(
            "diagram-labels-overlap",
            _W,
            "Labels over each other",
            "Two captions or badges cover each other, so one cannot be read.",
        ),
        CheckDef(
            "diagram-label-overflow",
            _W,
            "Label overflowing its step",
            "A step's label does not fit inside it.",
        ),
        CheckDef(
            "task-without-duration",
            _I,
            "Step without a duration",
            "A task or wait without a duration counts as zero time in the lead times.",
        ),
    )
}


CHECKS.update(
    (check_id, CheckDef(check_id, Severity(severity), title, description))
    for check_id, severity, title, description in KPI_RESULT_CHECKS
)


@dataclass
class CheckContext:
    """What every check may read: built once per version and shared by all checks."""

    document: Document
    version: Version
    graph: FlowGraph
    branching: Branching

    def finding(
        self,
        check_id: str,
        message: Msg,
        element_id: str | None = None,
        element_kind: ElementKind | None = None,
    ) -> Finding:
        return Finding(
            check_id,
            CHECKS[check_id].severity,
            Sentence(message),
            self.version.id,
            element_id,
            str(element_kind) if element_kind is not None else None,
        )


def check_title(check_id: str, tr: Translator) -> str:
    """A check's title in the reader's language; an id this program does not know, as is."""
    check = CHECKS.get(check_id)
    return tr(check.title) if check else check_id
