"""The comparison pages: every measure before and after with its change and a better/worse
mark, then what the redesign changed (lanes, steps, flows, KPIs), the checklist before and
after, and the KPI targets and figures side by side. Figures come from
`workbench.comparison`, so the report says what the workbook and the screen say.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from exporters import pdf_theme as theme
from exporters.pdf_format import (
    DASH,
    measure_change,
    with_unit,
)
from exporters.pdf_tables import Cells, grid, without_columns
from workbench.comparison import ChangeKind, Comparison, KpiChange, Verdict
from workbench.i18n import _t, say, tr
from workbench.vocabulary import value_word

VERDICT_WORDS = {
    Verdict.BETTER: (_t("better"), theme.BETTER),
    Verdict.WORSE: (_t("worse"), theme.WORSE),
    Verdict.SAME: (_t("same"), theme.MUTED_INK),
    Verdict.CHANGED: (_t("changed"), theme.INK),
    Verdict.UNKNOWN: (DASH, theme.MUTED_INK),
}
MEASURE_COLUMNS = (0.36, 0.15, 0.15, 0.2, 0.14)
CHANGE_COLUMNS = (0.1, 0.11, 0.33, 0.46)
MAX_FIELDS_SHOWN = 6


def verdict_cell(verdict: Verdict, cells: Cells):  # noqa: ANN201 - a Paragraph
    word, colour = VERDICT_WORDS[verdict]
    return cells.coloured(tr(word), colour, bold=verdict in (Verdict.BETTER, Verdict.WORSE))


def measures_table(comparison: Comparison, cells: Cells, width: float) -> list[Flowable]:
    before, after = comparison.before.version_name, comparison.after.version_name
    header = [tr("Measure"), before, after, tr("Change"), ""]
    rows: list[list] = [[cells.text(h, "cell_header") for h in header]]
    notes: list[str] = []
    for change in comparison.measures:
        name = tr(change.measure.name)
        note = " ".join(dict.fromkeys(say(n) for n in (change.note_before, change.note_after) if n))
        if note:
            notes.append(note)
            name += f" [{len(notes)}]"
        was, now, difference = measure_change(change)
        rows.append(
            [
                cells.text(name),
                cells.text(was, "cell_right"),
                cells.text(now, "cell_right"),
                cells.text(difference, "cell_right"),
                verdict_cell(change.verdict, cells),
            ]
        )
    flowables: list[Flowable] = [grid(rows, [f * width for f in MEASURE_COLUMNS])]
    if notes:
        flowables.append(Spacer(1, 4))
        flowables += [cells.muted(f"[{i}] {note}") for i, note in enumerate(notes, 1)]
    return flowables


def changes_table(comparison: Comparison, cells: Cells, width: float) -> list[Flowable]:
    changed = [e for e in comparison.elements if e.change is not ChangeKind.UNCHANGED]
    if not changed:
        same = tr("The two versions have the same lanes, steps, flows and KPIs.")
        return [cells.text(same, "body")]
    counts: dict[str, int] = {}
    for element in changed:
        key = f"{value_word(element.type.value)} {value_word(element.change.value)}"
        counts[key] = counts.get(key, 0) + 1
    unchanged = sum(comparison.unchanged.values())
    summary = tr("; ").join(f"{n} {k}" for k, n in counts.items())
    summary += tr("; ") + tr("{n} elements unchanged.").format(n=unchanged)
    heads = (tr("Element"), tr("Change"), tr("Name"), tr("What changed"))
    header = [cells.text(h, "cell_header") for h in heads]
    rows: list[list] = [header]
    colours = {
        ChangeKind.ADDED: theme.BETTER,
        ChangeKind.REMOVED: theme.WORSE,
        ChangeKind.CHANGED: theme.ACCENT,
    }
    for element in changed:
        fields = [
            f"{value_word(f.field)}: {value_word(f.before) or DASH} \u2192 "
            f"{value_word(f.after) or DASH}"
            for f in element.fields[:MAX_FIELDS_SHOWN]
        ]
        if len(element.fields) > MAX_FIELDS_SHOWN:
            fields.append(tr("and {count} more").format(
                count=len(element.fields) - MAX_FIELDS_SHOWN))
        name = element.name + (f" ({element.lane})" if element.lane else "")
        rows.append(
            [
                cells.text(value_word(element.type.value)),
                cells.coloured(value_word(element.change.value), colours[element.change]),
                cells.text(name),
                cells.lines(fields) if fields else cells.text(""),
            ]
        )
    return [cells.text(summary, "muted"), grid(rows, [f * width for f in CHANGE_COLUMNS])]


def checklist_table(comparison: Comparison, cells: Cells, width: float) -> list[Flowable]:
    checklist = comparison.checklist
    before, after = comparison.before.version_name, comparison.after.version_name
    rows: list[list] = [[cells.text(h, "cell_header") for h in (tr("Element"), before, after)]]
    for element in checklist.elements:
        rows.append(
            [
                cells.text(say(element.name)),
                cells.text(tr("{done} of {total} complete").format(
                    done=element.complete_before, total=element.total_before)),
                cells.text(tr("{done} of {total} complete").format(
                    done=element.complete_after, total=element.total_after)),
            ]
        )
    rows.append(
        [
            cells.text(tr("Score"), "cell_bold"),
            cells.text(f"{checklist.score_before * 100:.0f} %", "cell_bold"),
            cells.text(f"{checklist.score_after * 100:.0f} %", "cell_bold"),
        ]
    )
    flowables: list[Flowable] = [grid(rows, [0.4 * width, 0.3 * width, 0.3 * width])]
    for title, gaps in (
        (tr("Gaps closed"), checklist.gaps_closed),
        (tr("Gaps still open or new"), checklist.gaps_after),
    ):
        if gaps:
            flowables.append(Spacer(1, 6))
            flowables.append(cells.text(title, "h3"))
            flowables += [cells.text(f"\u2022 {say(gap)}") for gap in gaps]
    return flowables


def kpi_changes_table(comparison: Comparison, cells: Cells, width: float) -> list[Flowable]:
    if not comparison.kpis:
        return [cells.text(tr("Neither version has KPIs."), "body")]
    before, after = comparison.before.version_name, comparison.after.version_name
    header = [
        "KPI",
        tr("Target {version}").format(version=before),
        tr("Target {version}").format(version=after),
        tr("Measured {version}").format(version=before),
        tr("Measured {version}").format(version=after),
        "",
    ]
    rows: list[list] = [[cells.text(h, "cell_header") for h in header]]
    for kpi in comparison.kpis:
        before_unit, after_unit = kpi.unit_before or kpi.unit, kpi.unit_after or kpi.unit
        rows.append(
            [
                cells.text(kpi_change_name(kpi)),
                cells.lines(_targets(kpi.target_before, kpi.segment_targets_before, before_unit)),
                cells.lines(_targets(kpi.target_after, kpi.segment_targets_after, after_unit)),
                cells.text(with_unit(kpi.measured_before, before_unit)),
                cells.text(with_unit(kpi.measured_after, after_unit)),
                verdict_cell(kpi.measured_verdict, cells)
                if kpi.measured_verdict is not Verdict.UNKNOWN
                else cells.text(""),
            ]
        )
    widths = [f * width for f in (0.28, 0.17, 0.17, 0.12, 0.12, 0.14)]
    if any(k.measured_before is not None or k.measured_after is not None for k in comparison.kpis):
        return [grid(rows, widths)]
    rows, widths = without_columns(rows, widths, {3, 4, 5})
    return [cells.muted(tr("No KPI has a measured figure yet.")), grid(rows, widths)]


def kpi_change_name(kpi: KpiChange) -> str:
    """The KPI's name, "old -> new" when the redesign renamed it, and how it changed."""
    name = kpi.name
    if kpi.name_before and kpi.name_before != kpi.name:
        name = f"{kpi.name_before} \u2192 {kpi.name}"
    if kpi.change is ChangeKind.UNCHANGED:
        return name
    return f"{name} ({value_word(kpi.change.value)})"


def _targets(target: float | None, segments: tuple[tuple[str, float], ...], unit: str) -> list:
    lines = [with_unit(target, unit)] if target is not None else []
    lines += [f"{name}: {with_unit(value, unit)}" for name, value in segments]
    return lines or [DASH]
