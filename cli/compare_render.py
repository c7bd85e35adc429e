"""How a comparison reads on a terminal, and its JSON shape for scripts.

The JSON shape is a contract for a team's process repository (a CI job that fails when a
to-be makes the customer's life worse), so keys are only ever added, never renamed.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from cli.render import MISSING, format_number, shown_unit
from cli.table import format_table
from cli.words import current, say_in, tr
from workbench.comparison import (
    ChangeKind,
    Comparison,
    ElementChange,
    ElementType,
    KpiChange,
    MeasureChange,
    Verdict,
)
from workbench.i18n import _t
from workbench.numbers import change_figures
from workbench.vocabulary import value_word

COMPARE_SCHEMA = "process-workbench/compare/1"
MARKERS = {
    Verdict.BETTER: ("+ ", _t("better")),
    Verdict.WORSE: ("- ", _t("WORSE")),
    Verdict.SAME: ("  ", _t("same")),
    Verdict.CHANGED: ("  ", _t("changed")),
    Verdict.UNKNOWN: ("  ", _t("n/a")),
}
SIGNS = {ChangeKind.ADDED: "+", ChangeKind.REMOVED: "-", ChangeKind.CHANGED: "~"}
TYPE_TITLES = {
    ElementType.LANE: _t("Lanes:"),
    ElementType.STEP: _t("Steps:"),
    ElementType.FLOW: _t("Flows:"),
    ElementType.KPI: _t("KPIs:"),
}
TYPE_WORDS = {
    ElementType.LANE: _t("lane"),
    ElementType.STEP: _t("step"),
    ElementType.FLOW: _t("flow"),
    ElementType.KPI: _t("KPI"),
}
CHANGE_WORDS = {
    ChangeKind.ADDED: _t("added"),
    ChangeKind.REMOVED: _t("removed"),
    ChangeKind.CHANGED: _t("changed"),
    ChangeKind.UNCHANGED: _t("unchanged"),
}


def comparison_text(comparison: Comparison) -> str:
    parts = [measures_table(comparison), element_text(comparison), checklist_text(comparison)]
    kpis = kpi_table(comparison)
    if kpis:
        parts.append(kpis)
    return "\n\n".join(parts)


def measures_table(comparison: Comparison) -> str:
    headers = [tr("measure"), tr("unit"), tr("before"), tr("after"), tr("change"), tr("verdict")]
    rows = []
    for m in comparison.measures:
        shown = change_figures(m.before, m.after, m.measure.unit, m.relative)
        rows.append(
            [
                tr(m.measure.name),
                shown_unit(m.measure.unit),
                shown.before or MISSING,
                shown.after or MISSING,
                change_text(m),
                MARKERS[m.verdict][0] + tr(MARKERS[m.verdict][1]),
            ]
        )
    return format_table(headers, rows, right_aligned=(2, 3, 4))


def change_text(change: MeasureChange) -> str:
    """ "-2 (-67%)"; shares move in percentage points: "+40 pts"."""
    shown = change_figures(change.before, change.after, change.measure.unit, change.relative)
    if not shown.difference:
        return MISSING
    if change.measure.unit == "share" and shown.difference != "0":
        return tr("{points} pts").format(points=shown.difference)
    return shown.difference + (f" ({shown.relative}%)" if shown.relative else "")


def element_text(comparison: Comparison) -> str:
    lines = [tr("What changed")]
    for kind, title in TYPE_TITLES.items():
        changes = comparison.changes(kind)
        kept = comparison.unchanged.get(kind, 0)
        counts = current().join([
            *(f"{len(comparison.changes(kind, c))} {tr(CHANGE_WORDS[c])}"
              for c in (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED)),
            f"{kept} {tr(CHANGE_WORDS[ChangeKind.UNCHANGED])}",
        ])
        lines.append(f"  {tr(title)} {counts}")
        lines += [f"    {element_line(change)}" for change in changes]
    return "\n".join(lines)


def element_line(change: ElementChange) -> str:
    where = f" ({change.lane})" if change.lane else ""
    line = (f'{SIGNS[change.change]} {tr(TYPE_WORDS[change.type])} "{change.name}"{where} '
            f"{tr(CHANGE_WORDS[change.change])}")
    if change.fields:
        line += tr(": ") + current().join([
            f'{value_word(f.field)} "{value_word(f.before)}" -> "{value_word(f.after)}"'
            for f in change.fields
        ])
    return line


def checklist_text(comparison: Comparison) -> str:
    checklist = comparison.checklist
    score = change_figures(checklist.score_before, checklist.score_after, "share")
    lines = [tr("Checklist score: {before}% -> {after}%").format(before=score.before,
                                                                 after=score.after)]
    for element in checklist.elements:
        lines.append("  " + tr("{element}: {done} of {total} complete -> {done_after} of "
                               "{total_after}").format(
            element=value_word(element.name), done=element.complete_before,
            total=element.total_before, done_after=element.complete_after,
            total_after=element.total_after))
    lines += ["  " + tr("gap closed: {gap}").format(gap=say_in(g)) for g in checklist.gaps_closed]
    lines += ["  " + tr("gap opened: {gap}").format(gap=say_in(g)) for g in checklist.gaps_opened]
    return "\n".join(lines)


def kpi_table(comparison: Comparison) -> str:
    rows = [
        [
            k.name if k.name_before in ("", k.name) else f"{k.name_before} -> {k.name}",
            tr(CHANGE_WORDS[k.change]),
            k.unit if k.unit_before in ("", k.unit) else f"{k.unit_before} -> {k.unit}",
            _arrow(k.target_before, k.target_after),
            _arrow(k.measured_before, k.measured_after),
        ]
        for k in comparison.kpis
    ]
    if not rows:
        return ""
    headers = [tr("KPI"), tr("change"), tr("unit"), tr("target"), tr("measured")]
    return tr("KPIs") + "\n" + format_table(headers, rows)


def _arrow(before: float | None, after: float | None) -> str:
    if before == after:
        return format_number(after)
    return f"{format_number(before)} -> {format_number(after)}"


# ------------------------------------------------------------------------- JSON


def comparison_data(comparison: Comparison) -> dict[str, Any]:
    return {
        "schema": COMPARE_SCHEMA,
        "before": dataclasses.asdict(comparison.before),
        "after": dataclasses.asdict(comparison.after),
        "measures": [measure_data(m) for m in comparison.measures],
        "elements": [_plain(dataclasses.asdict(e)) for e in comparison.elements],
        "unchanged": {str(k): n for k, n in comparison.unchanged.items()},
        "checklist": {
            **_plain(dataclasses.asdict(comparison.checklist)),
            "gaps_closed": list(comparison.checklist.gaps_closed),
            "gaps_opened": list(comparison.checklist.gaps_opened),
        },
        "kpis": [kpi_data(k) for k in comparison.kpis],
    }


def measure_data(change: MeasureChange) -> dict[str, Any]:
    m = change.measure
    return {
        "key": m.key,
        "name": m.name,
        "unit": m.unit,
        "better": None if m.better is None else m.better.value,
        "before": change.before,
        "after": change.after,
        "difference": change.difference,
        "relative": change.relative,
        "verdict": change.verdict.value,
        "notes": {
            k: v for k, v in (("before", change.note_before), ("after", change.note_after)) if v
        },
    }


def kpi_data(kpi: KpiChange) -> dict[str, Any]:
    data = _plain(dataclasses.asdict(kpi))
    for key in ("segment_targets_before", "segment_targets_after"):
        data[key] = {name: value for name, value in getattr(kpi, key)}
    return data


def _plain(value: Any) -> Any:
    """Tuples as lists and enums as their values, so json.dumps gives the obvious shape."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value
