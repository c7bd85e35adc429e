"""A small drawing kit for the bundled templates: one bilingual text, two documents.

Each case module writes its flow once, with every label as a (Simplified Chinese, English)
pair and every element under an explicit, readable id, and the kit renders it in the
language asked for. So the two files of a case can never differ in shape, and the bytes
written for a case never change unless its text does (the drift test relies on that).

Figures the source article does not give are examples: a step's notes and a KPI's method
notes say so in the document's own language, so a user never mistakes one for the article's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.model import (
    Attachment,
    AttachmentKind,
    Checklist,
    Classification,
    Direction,
    Duration,
    Flow,
    Kpi,
    KpiCategory,
    Lane,
    LaneKind,
    Metadata,
    Method,
    MethodKind,
    Node,
    NodeKind,
    Status,
    TimeUnit,
    ValueClass,
    Version,
    WasteKind,
)

Text = tuple[str, str]  # (Simplified Chinese, English)

# Words several cases share.
PCT = "%"
WEEKLY: Text = ("每周", "weekly")
MONTHLY: Text = ("每月", "monthly")
SAMPLE: Text = ("质检抽样", "Quality monitoring sample")
CALLS: Text = ("呼叫记录", "Call records")


LANGUAGES = ("zh-CN", "en")
TEMPLATE_DATE = "2025-06-01"  # fixed, so a rebuilt template is byte-for-byte the same

LEFT = 180.0  # first column's x: just right of the lane headers
COLUMN = 176.0  # a 128-wide cell plus room for a labelled connector
CELL_HEIGHT = 64.0
LANE_HEIGHT = 140.0

EXAMPLE_DURATION: Text = (
    "时长（示例）：原文未给出，请按实际数据修改。",
    "Duration (example): the article gives none; replace it with your own figure.",
)
EXAMPLE_TARGET: Text = (
    "目标值（示例）：原文未给出，请按实际情况设定。",
    "Target (example): the article gives none; set your own.",
)


@dataclass
class Kit:
    """The language one document is written in."""

    language: str

    @property
    def chinese(self) -> bool:
        return self.language.lower().startswith("zh")

    def t(self, text: Text | str | None) -> str:
        if text is None:
            return ""
        if isinstance(text, str):
            return text
        return text[0] if self.chinese else text[1]

    def joined(self, *texts: Text | str | None) -> str:
        parts = [self.t(text) for text in texts if text]
        return ("" if self.chinese else " ").join(parts)


@dataclass
class Sketch:
    """One version of a case, drawn on a grid: a step's column gives its x, its lane its band."""

    kit: Kit
    version: Version
    _lane_heights: dict[str, float] = field(default_factory=dict)

    @classmethod
    def start(
        cls,
        kit: Kit,
        version_id: str,
        name: Text,
        description: Text,
        derived_from: str | None = None,
    ) -> Sketch:
        version = Version(
            version_id, kit.t(name), description=kit.t(description), derived_from=derived_from
        )
        return cls(kit, version)

    def lane(
        self,
        lane_id: str,
        name: Text,
        kind: LaneKind,
        description: Text | None = None,
        *,
        was: str | None = None,
        height: float = LANE_HEIGHT,
    ) -> str:
        self.version.lanes.append(
            Lane(lane_id, self.kit.t(name), kind, height, self.kit.t(description), was)
        )
        self._lane_heights[lane_id] = height
        return lane_id

    def step(
        self,
        node_id: str,
        kind: NodeKind,
        lane: str,
        column: float,
        label: Text,
        *,
        time: tuple[float, str] | None = None,
        article: bool = False,
        value: ValueClass | None = None,
        waste: WasteKind | None = None,
        script: Text | None = None,
        rules: Text | None = None,
        system: Text | None = None,
        fail_point: bool = False,
        notes: Text | None = None,
        was: str | None = None,
        shift: float = 0.0,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> str:
        """`time` is (expected, unit); unless `article` says the article gives it, the step's
        notes mark it as an example. `shift` moves the step up or down inside its lane."""
        duration = None
        note = self.kit.t(notes)
        if time is not None:
            duration = Duration(time[0], minimum, maximum, TimeUnit(time[1]))
            if not article:
                note = self.kit.joined(notes, EXAMPLE_DURATION)
        height = self._lane_heights[lane]
        self.version.nodes[node_id] = Node(
            node_id,
            kind,
            lane,
            self.kit.t(label),
            duration,
            value,
            waste,
            self.kit.t(script),
            self.kit.t(rules),
            self.kit.t(system),
            fail_point,
            note,
            x=LEFT + COLUMN * column,
            y=(height - CELL_HEIGHT) / 2 + shift,
            derived_from=was,
        )
        return node_id

    def flow(
        self,
        flow_id: str,
        source: str,
        target: str,
        label: Text | None = None,
        probability: float | None = None,
        *,
        was: str | None = None,
    ) -> str:
        self.version.flows[flow_id] = Flow(
            flow_id, source, target, self.kit.t(label), probability, derived_from=was
        )
        return flow_id

    def chain(self, prefix: str, *node_ids: str) -> None:
        """Plain flows through `node_ids`, named `<prefix>1`, `<prefix>2`, ..."""
        for number, (a, b) in enumerate(zip(node_ids, node_ids[1:], strict=False), 1):
            self.flow(f"{prefix}{number}", a, b)

    def kpi(
        self,
        kpi_id: str,
        attached: str | None,
        name: Text,
        *,
        definition: Text,
        formula: Text,
        unit: Text | str,
        direction: Direction,
        target: float | None,
        source: Text,
        category: KpiCategory,
        frequency: Text,
        owner: Text,
        segments: tuple[tuple[str, float], ...] = (),
        baseline: float | None = None,
        method: MethodKind = MethodKind.SYSTEM,
        sample: int | None = None,
        article: bool = False,
        note: Text | None = None,
        was: str | None = None,
    ) -> str:
        """A KPI bound to a flow (an interaction), a step, or (None) the whole process.

        Unless `article` says the article gives the target, the method notes call it an
        example."""
        if attached is None:
            attachment = Attachment(AttachmentKind.PROCESS)
        elif attached in self.version.flows:
            attachment = Attachment(AttachmentKind.INTERACTION, attached)
        else:
            attachment = Attachment(AttachmentKind.NODE, attached)
        confidence = 0.95 if sample else None
        notes = self.kit.t(note) if note else "" if article else self.kit.t(EXAMPLE_TARGET)
        self.version.kpis[kpi_id] = Kpi(
            kpi_id,
            self.kit.t(name),
            self.kit.t(definition),
            self.kit.t(formula),
            self.kit.t(unit),
            direction,
            target,
            segments,
            baseline,
            None,
            self.kit.t(source),
            Method(method, sample, confidence, notes),
            self.kit.t(frequency),
            self.kit.t(owner),
            category,
            attachment,
            was,
        )
        return kpi_id

    def checklist(self, checklist: Checklist) -> None:
        self.version.checklist = checklist


EXAMPLE_SHARES: Text = (
    "分支概率（示例）：原文未给出。",
    "Branch shares (example): the article gives none.",
)
AUTHOR: Text = ("Process Workbench 内置模板", "Process Workbench bundled template")


def template_metadata(
    kit: Kit,
    *,
    title: Text,
    description: Text,
    owner: Text,
    team: Text,
    tags: tuple[Text, ...],
    classification: Classification,
) -> Metadata:
    """A bundled template's metadata; owner and team are examples for the user to replace."""
    return Metadata(
        title=kit.t(title),
        description=kit.t(description),
        owner=kit.t(owner),
        team=kit.t(team),
        author=kit.t(AUTHOR),
        classification=classification,
        status=Status.APPROVED,
        tags=tuple(kit.t(tag) for tag in tags),
        language=kit.language,
        created=TEMPLATE_DATE,
        updated=TEMPLATE_DATE,
    )
