"""The process model: plain, immutable records, owned and edited only through `Document`.

Records are frozen so that a listener holding an old `Node` keeps a true picture of the
past (undo relies on it) and so that nothing but `Document` can change the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from workbench.governance import ChangeLogEntry, CorrectiveAction, KpiResult


class LaneKind(StrEnum):
    """Service-blueprint zones, top to bottom."""

    CUSTOMER = "customer"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"


class NodeKind(StrEnum):
    START = "start"
    END = "end"
    TASK = "task"
    DECISION = "decision"
    PARALLEL = "parallel"
    WAIT = "wait"


class ValueClass(StrEnum):
    VALUE = "value"
    NECESSARY = "necessary"
    WASTE = "waste"


class WasteKind(StrEnum):
    WAITING = "waiting"
    REPEAT_CONTACT = "repeat_contact"
    HAND_OFF = "hand_off"
    REWORK = "rework"
    CUSTOMER_WORK = "customer_work"
    OVER_PROCESSING = "over_processing"
    OTHER = "other"


class TimeUnit(StrEnum):
    SECONDS = "s"
    MINUTES = "min"
    HOURS = "h"
    DAYS = "d"
    WEEKS = "wk"


HOURS_PER_UNIT: dict[TimeUnit, float] = {
    TimeUnit.SECONDS: 1 / 3600,
    TimeUnit.MINUTES: 1 / 60,
    TimeUnit.HOURS: 1.0,
    TimeUnit.DAYS: 24.0,
    TimeUnit.WEEKS: 168.0,
}


class Classification(StrEnum):
    """COPC-style process classes (CASES.md case 3)."""

    KEY_CUSTOMER_SERVICE = "key_customer_service"
    KEY_SUPPORT = "key_support"
    MANAGEMENT = "management"


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    RETIRED = "retired"


class Direction(StrEnum):
    """Which way a KPI (or a measure) is better."""

    HIGHER = "higher"
    LOWER = "lower"


class KpiCategory(StrEnum):
    SERVICE = "service"
    QUALITY = "quality"
    COST = "cost"
    SATISFACTION = "satisfaction"
    REVENUE = "revenue"


class MethodKind(StrEnum):
    SYSTEM = "system"
    SAMPLING = "sampling"
    SURVEY = "survey"


class AttachmentKind(StrEnum):
    INTERACTION = "interaction"
    NODE = "node"
    PROCESS = "process"


class DemandType(StrEnum):
    """Seddon: value demand versus demand caused by an earlier failure."""

    VALUE = "value"
    FAILURE = "failure"


class ChecklistElement(StrEnum):
    """The four elements every process must pass."""

    GOAL = "goal"
    INPUTS = "inputs"
    OUTPUTS = "outputs"
    ACTIVITIES = "activities"


@dataclass(frozen=True)
class Duration:
    """A step's time: the most likely value, with an optional range, in one unit."""

    expected: float
    minimum: float | None = None
    maximum: float | None = None
    unit: TimeUnit = TimeUnit.MINUTES

    def hours(self) -> float:
        return self.expected * HOURS_PER_UNIT[self.unit]


@dataclass(frozen=True)
class Lane:
    id: str
    name: str
    kind: LaneKind = LaneKind.FRONTSTAGE
    height: float = 140.0
    description: str = ""
    derived_from: str | None = None

    @property
    def is_customer(self) -> bool:
        return self.kind is LaneKind.CUSTOMER


@dataclass(frozen=True)
class Node:
    """A step of the flow. `x` is the position along the flow, `y` the offset inside its lane."""

    id: str
    kind: NodeKind
    lane: str
    label: str = ""
    duration: Duration | None = None
    value_class: ValueClass | None = None
    waste_kind: WasteKind | None = None
    script: str = ""
    rules: str = ""
    it_system: str = ""
    fail_point: bool = False
    notes: str = ""
    x: float = 0.0
    y: float = 0.0
    derived_from: str | None = None

    def duration_hours(self) -> float:
        return self.duration.hours() if self.duration is not None else 0.0


@dataclass(frozen=True)
class Flow:
    """A directed connection. `probability` only means something out of a decision."""

    id: str
    source: str
    target: str
    label: str = ""
    probability: float | None = None
    waypoints: tuple[tuple[float, float], ...] = ()
    derived_from: str | None = None


@dataclass(frozen=True)
class Method:
    """How a KPI is measured; sampling carries its sample size and confidence."""

    kind: MethodKind = MethodKind.SYSTEM
    sample_size: int | None = None
    confidence: float | None = None
    notes: str = ""


@dataclass(frozen=True)
class Attachment:
    """Where a KPI is bound: an interaction (a flow), a node, or the whole process."""

    kind: AttachmentKind = AttachmentKind.PROCESS
    ref: str | None = None


@dataclass(frozen=True)
class Kpi:
    id: str
    name: str
    definition: str = ""
    formula: str = ""
    unit: str = ""
    direction: Direction = Direction.HIGHER
    target: float | None = None
    segment_targets: tuple[tuple[str, float], ...] = ()
    baseline: float | None = None
    measured: float | None = None
    data_source: str = ""
    method: Method = field(default_factory=Method)
    frequency: str = ""
    owner: str = ""
    category: KpiCategory = KpiCategory.SERVICE
    attached_to: Attachment = field(default_factory=Attachment)
    derived_from: str | None = None
    target_rationale: str = ""  # how the target was set: auditors ask
    results: tuple[KpiResult, ...] = ()  # measured values per period
    corrective_actions: tuple[CorrectiveAction, ...] = ()

    def has_target(self) -> bool:
        return self.target is not None or bool(self.segment_targets)


@dataclass(frozen=True)
class Goal:
    """The process's purpose in the customer's terms, tied to KPIs that measure it."""

    statement: str = ""
    customer_centred: bool = False
    kpis: tuple[str, ...] = ()
    owner: str = ""


@dataclass(frozen=True)
class InputVariant:
    """One shape an input arrives in ("new request" / "follow-up on a missed promise").

    `path_start` is the node where this variant's own handling begins.
    """

    id: str
    name: str
    description: str = ""
    path_start: str | None = None


@dataclass(frozen=True)
class InputItem:
    id: str
    name: str
    trigger: str = ""
    supplier: str = ""
    channel: str = ""
    acceptance: str = ""
    demand: DemandType | None = None
    variants: tuple[InputVariant, ...] = ()


@dataclass(frozen=True)
class OutputItem:
    """An output and its judgement: does it satisfy the customer, does it push work onto them."""

    id: str
    name: str
    recipient: str = ""
    definition_of_done: str = ""
    time_standard: str = ""
    satisfies_customer: bool | None = None
    pushes_work_to_customer: bool | None = None
    judgement: str = ""


@dataclass(frozen=True)
class ActivityItem:
    """An activity and its standard (a time limit or a KPI)."""

    id: str
    name: str
    standard: str = ""
    kpi: str | None = None
    nodes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Checklist:
    goal: Goal = field(default_factory=Goal)
    inputs: tuple[InputItem, ...] = ()
    outputs: tuple[OutputItem, ...] = ()
    activities: tuple[ActivityItem, ...] = ()


ChecklistItem = InputItem | OutputItem | ActivityItem


@dataclass(frozen=True)
class Segment:
    """A customer segment (tier) that KPI targets may differ by."""

    id: str
    name: str
    description: str = ""
    share: float | None = None
    rule: str = ""
    # the least composite value (case 2: ARPU score x tenure score) of a customer in this
    # tier; a customer who reaches several tiers' values takes the highest tier
    min_value: float | None = None


@dataclass(frozen=True)
class Metadata:
    title: str = ""
    description: str = ""
    owner: str = ""
    team: str = ""
    author: str = ""
    classification: Classification = Classification.KEY_CUSTOMER_SERVICE
    status: Status = Status.DRAFT
    tags: tuple[str, ...] = ()
    language: str = "en"
    created: str = ""
    updated: str = ""
    version_label: str = ""
    current_version: str = ""  # the version id in operation; empty: the last version
    approved_by: str = ""
    approved_on: str = ""
    last_review: str = ""
    review_interval_months: int = 12
    next_review: str = ""
    change_log: tuple[ChangeLogEntry, ...] = ()


@dataclass
class Version:
    """One drawing of the process ("As-is", "To-be"). Lanes are ordered top to bottom.

    Mutable containers, but only `Document` mutates them.
    """

    id: str
    name: str
    lanes: list[Lane] = field(default_factory=list)
    nodes: dict[str, Node] = field(default_factory=dict)
    flows: dict[str, Flow] = field(default_factory=dict)
    kpis: dict[str, Kpi] = field(default_factory=dict)
    checklist: Checklist = field(default_factory=Checklist)
    description: str = ""
    derived_from: str | None = None

    def lane(self, lane_id: str) -> Lane:
        for lane in self.lanes:
            if lane.id == lane_id:
                return lane
        raise KeyError(lane_id)

    def lane_index(self, lane_id: str) -> int:
        for index, lane in enumerate(self.lanes):
            if lane.id == lane_id:
                return index
        raise KeyError(lane_id)

    def lanes_by_id(self) -> dict[str, Lane]:
        return {lane.id: lane for lane in self.lanes}

    def element(self, element_id: str) -> Lane | Node | Flow | Kpi:
        for table in (self.nodes, self.flows, self.kpis):
            if element_id in table:
                return table[element_id]
        return self.lane(element_id)
