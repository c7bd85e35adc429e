"""The as-is/to-be comparison: one result that the workbook, the report, the command line
and the comparison view all show, so every audience sees the same figures.

Two versions of one document, or one version each of two documents. Every measure of
DESIGN.md side by side with its difference, its relative change and whether it moved the
right way by that measure's direction; then the lanes, steps, flows and KPIs added,
removed and changed (see `comparison_elements`); the four-element checklist and KPI
coverage before and after; each KPI's targets and measured values before and after.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from workbench.checklist_score import ELEMENT_NAMES, checklist_score
from workbench.comparison_elements import (
    ChangeKind,
    Describer,
    ElementChange,
    ElementType,
    FieldChange,
    Matching,
    element_changes,
    match_versions,
    method_text,
)
from workbench.comparison_matching import MatchKind
from workbench.document import Document
from workbench.measures import MEASURES, MeasureDef, measure_version
from workbench.model import ChecklistElement, Direction, Kpi, Version

__all__ = [
    "HEADLINE_MEASURES",
    "ChangeKind",
    "ChecklistChange",
    "Comparison",
    "ElementChange",
    "ElementType",
    "FieldChange",
    "KpiChange",
    "MatchKind",
    "MeasureChange",
    "Side",
    "Verdict",
    "compare_versions",
    "pick_pair",
]

# The measures a manager asks about first; the workbook charts them, the report leads with
# them. All are counts, so they share one axis.
HEADLINE_MEASURES = (
    "customer_contacts",
    "roles_customer_contacts",
    "customer_steps",
    "waste_steps",
    "hand_offs",
    "round_trips",
)

Number = float | int | None
SAME_TOLERANCE = 1e-9


class Verdict(StrEnum):
    BETTER = "better"
    WORSE = "worse"
    SAME = "same"
    CHANGED = "changed"  # moved, but neither direction is better in itself
    UNKNOWN = "unknown"  # one side has no figure


@dataclass(frozen=True)
class MeasureChange:
    """One measure, both figures, and how it moved. `relative` is the difference as a share
    of the before figure; None when there is no before figure to divide by."""

    measure: MeasureDef
    before: Number
    after: Number
    difference: Number
    relative: float | None
    verdict: Verdict
    note_before: str = ""
    note_after: str = ""

    @property
    def key(self) -> str:
        return self.measure.key

    @property
    def name(self) -> str:
        return self.measure.name


@dataclass(frozen=True)
class ElementScoreChange:
    element: ChecklistElement
    name: str
    complete_before: int
    total_before: int
    complete_after: int
    total_after: int


@dataclass(frozen=True)
class ChecklistChange:
    """The four elements before and after; the gaps the redesign closed and opened."""

    score_before: float
    score_after: float
    elements: tuple[ElementScoreChange, ...]
    gaps_before: tuple[str, ...]
    gaps_after: tuple[str, ...]

    @property
    def gaps_closed(self) -> tuple[str, ...]:
        return tuple(g for g in self.gaps_before if g not in self.gaps_after)

    @property
    def gaps_opened(self) -> tuple[str, ...]:
        return tuple(g for g in self.gaps_after if g not in self.gaps_before)


@dataclass(frozen=True)
class KpiChange:
    """A KPI's targets and figures in both versions; a side it is missing from is None.

    `name` and `unit` are the newer side's; a redesign may rename a KPI or change what it
    counts ("Time to reply" in hours becoming "Resolved within the time limit" in %), so
    each side's figures are read in that side's own `unit_before` / `unit_after`."""

    name: str
    change: ChangeKind
    unit: str
    direction: Direction
    attached_before: str
    attached_after: str
    target_before: Number
    target_after: Number
    segment_targets_before: tuple[tuple[str, float], ...]
    segment_targets_after: tuple[tuple[str, float], ...]
    baseline_before: Number
    baseline_after: Number
    measured_before: Number
    measured_after: Number
    measured_verdict: Verdict
    before_id: str | None = None
    after_id: str | None = None
    method_after: str = ""
    name_before: str = ""
    unit_before: str = ""
    unit_after: str = ""


@dataclass(frozen=True)
class Side:
    """What one side of the comparison is: which document, which version."""

    document_title: str
    version_id: str
    version_name: str


@dataclass(frozen=True)
class Comparison:
    before: Side
    after: Side
    measures: tuple[MeasureChange, ...]
    elements: tuple[ElementChange, ...]
    unchanged: dict[ElementType, int]
    checklist: ChecklistChange
    kpis: tuple[KpiChange, ...]

    def measure(self, key: str) -> MeasureChange:
        for change in self.measures:
            if change.key == key:
                return change
        raise KeyError(key)

    def changes(
        self, type: ElementType | None = None, change: ChangeKind | None = None
    ) -> list[ElementChange]:
        return [
            e
            for e in self.elements
            if (type is None or e.type is type) and (change is None or e.change is change)
        ]

    @property
    def kpi_coverage(self) -> tuple[Number, Number]:
        coverage = self.measure("kpi_coverage")
        return coverage.before, coverage.after

    @property
    def same_version(self) -> bool:
        return self.before == self.after


def compare_versions(
    before: Version,
    after: Version,
    before_document: Document | None = None,
    after_document: Document | None = None,
) -> Comparison:
    """Compare `before` with `after`. Pass the documents they belong to (one document for
    both when they are versions of the same process): their other versions let copies be
    traced through a chain, and their segments name the per-segment targets."""
    after_document = after_document or before_document
    docs = (before_document, after_document)
    pools = tuple(_pool(d, v) for d, v in zip(docs, (before, after), strict=True))
    segments = tuple({s.id: s for s in d.segments} if d else {} for d in docs)
    matching = match_versions(before, after, pools)  # type: ignore[arg-type]
    elements, unchanged = element_changes(before, after, matching, segments)  # type: ignore[arg-type]
    return Comparison(
        before=_side(before_document, before),
        after=_side(after_document, after),
        measures=_measures(before, after),
        elements=tuple(elements),
        unchanged=unchanged,
        checklist=_checklist(before, after),
        kpis=tuple(_kpis(before, after, matching, elements, segments)),  # type: ignore[arg-type]
    )


def pick_pair(
    document: Document, before: str | Version | None = None, after: str | Version | None = None
) -> tuple[Version, Version]:
    """The versions to compare, by name or id; by default the first and the last.

    Raises `EditError` naming the versions there are when a name matches none."""
    versions = document.versions
    if not versions:
        raise ValueError("the document has no versions to compare")

    def resolve(choice: str | Version | None, default: Version) -> Version:
        if choice is None:
            return default
        if isinstance(choice, Version):
            return choice
        return document.version_named(choice)

    return resolve(before, versions[0]), resolve(after, versions[-1])


# ------------------------------------------------------------------ measures


def _measures(before: Version, after: Version) -> tuple[MeasureChange, ...]:
    report_b, report_a = measure_version(before), measure_version(after)
    return tuple(
        measure_change(
            m,
            report_b.values.get(m.key),
            report_a.values.get(m.key),
            report_b.notes.get(m.key, ""),
            report_a.notes.get(m.key, ""),
        )
        for m in MEASURES
    )


def measure_change(
    measure: MeasureDef, before: Number, after: Number, note_before: str = "", note_after: str = ""
) -> MeasureChange:
    before, after = _finite(before), _finite(after)
    if before is None or after is None:
        return MeasureChange(
            measure, before, after, None, None, Verdict.UNKNOWN, note_before, note_after
        )
    difference = after - before
    relative = difference / abs(before) if before else (0.0 if not difference else None)
    verdict = judge(before, after, measure.better)
    return MeasureChange(
        measure, before, after, difference, relative, verdict, note_before, note_after
    )


def judge(before: Number, after: Number, better: Direction | None) -> Verdict:
    """Did the figure move the right way? None-safe: a missing figure is UNKNOWN."""
    before, after = _finite(before), _finite(after)
    if before is None or after is None:
        return Verdict.UNKNOWN
    if math.isclose(before, after, rel_tol=SAME_TOLERANCE, abs_tol=SAME_TOLERANCE):
        return Verdict.SAME
    if better is None:
        return Verdict.CHANGED
    went_up = after > before
    return Verdict.BETTER if went_up == (better is Direction.HIGHER) else Verdict.WORSE


def _finite(value: object) -> Number:
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value if math.isfinite(value) else None


# ------------------------------------------------------------------ checklist, KPIs


def _checklist(before: Version, after: Version) -> ChecklistChange:
    score_b = checklist_score(before.checklist, before)
    score_a = checklist_score(after.checklist, after)
    elements = tuple(
        ElementScoreChange(
            element,
            ELEMENT_NAMES[element],
            score_b.elements[element].complete,
            score_b.elements[element].total,
            score_a.elements[element].complete,
            score_a.elements[element].total,
        )
        for element in ChecklistElement
    )
    return ChecklistChange(score_b.share, score_a.share, elements, score_b.gaps, score_a.gaps)


def _kpis(
    before: Version,
    after: Version,
    matching: Matching,
    elements: list[ElementChange],
    segments: tuple[dict, dict],
) -> list[KpiChange]:
    sides = (Describer(before, segments[0]), Describer(after, segments[1]))
    pairs = matching.pairs.get(ElementType.KPI, {})
    changed = {e.before_id for e in elements if e.type is ElementType.KPI}
    rows = [
        _kpi_change(before.kpis[b], after.kpis.get(a) if a else None, sides, b in changed)
        for b, a in ((b, pairs.get(b)) for b in before.kpis)
    ]
    paired = set(pairs.values())
    rows += [
        _kpi_change(None, kpi, sides, True) for i, kpi in after.kpis.items() if i not in paired
    ]
    return rows


def _kpi_change(
    before: Kpi | None, after: Kpi | None, sides: tuple[Describer, Describer], changed: bool
) -> KpiChange:
    either = after or before
    assert either is not None

    def seg(side: Describer, kpi: Kpi | None) -> tuple[tuple[str, float], ...]:
        if kpi is None:
            return ()
        return tuple(
            (side.segments[s].name if s in side.segments else s, v) for s, v in kpi.segment_targets
        )

    if before is None:
        change = ChangeKind.ADDED
    elif after is None:
        change = ChangeKind.REMOVED
    else:
        change = ChangeKind.CHANGED if changed else ChangeKind.UNCHANGED
    return KpiChange(
        name=either.name,
        change=change,
        unit=either.unit,
        direction=either.direction,
        attached_before=sides[0].attachment(before) if before else "",
        attached_after=sides[1].attachment(after) if after else "",
        target_before=before.target if before else None,
        target_after=after.target if after else None,
        segment_targets_before=seg(sides[0], before),
        segment_targets_after=seg(sides[1], after),
        baseline_before=before.baseline if before else None,
        baseline_after=after.baseline if after else None,
        measured_before=before.measured if before else None,
        measured_after=after.measured if after else None,
        measured_verdict=judge(
            before.measured if before else None,
            after.measured if after else None,
            # figures in different units are not better or worse than each other
            either.direction if before is None or after is None or before.unit == after.unit
            else None,
        ),
        before_id=before.id if before else None,
        after_id=after.id if after else None,
        method_after=method_text(after) if after else "",
        name_before=before.name if before else "",
        unit_before=before.unit if before else "",
        unit_after=after.unit if after else "",
    )


def _pool(document: Document | None, version: Version) -> dict[str, Version]:
    pool = {v.id: v for v in document.versions} if document else {}
    pool.setdefault(version.id, version)
    return pool


def _side(document: Document | None, version: Version) -> Side:
    title = document.metadata.title if document else ""
    return Side(title, version.id, version.name)
