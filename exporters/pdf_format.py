"""Numbers as the report prints them: measures by the shared rule of `workbench.numbers`
(two significant figures, shares as percentages, their changes in points), and a missing
figure as a dash rather than an empty cell or "None"."""

from __future__ import annotations

import math

from workbench.comparison import MeasureChange
from workbench.i18n import tr
from workbench.numbers import change_figures, figure, in_unit

DASH = "\u2013"


def number(value: float | int | None, decimals: int = 1) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return DASH
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.{decimals}f}"


UNIT_SUFFIX = {"share": " %", "h": " h", "count": ""}


def unit_suffix(unit: str) -> str:
    """" h" / " 小时": hours in the reader's words; a share's per cent sign needs none."""
    return " " + tr("h") if unit == "h" else UNIT_SUFFIX.get(unit, "")


def measure_value(value: float | int | None, unit: str, places: int | None = None) -> str:
    """A measure's figure in its unit ("count", "h" or "share"), by `workbench.numbers`."""
    if value is None:
        return DASH
    return figure(in_unit(value, unit), places) + unit_suffix(unit)


def measure_change(change: MeasureChange) -> tuple[str, str, str]:
    """Before, after and "difference (relative change)" of a measure at one precision;
    a share's difference in percentage points."""
    unit = change.measure.unit
    shown = change_figures(change.before, change.after, unit, change.relative)
    before, after = (
        measure_value(v, unit, shown.places) for v in (change.before, change.after)
    )
    if not shown.difference:
        return before, after, DASH
    suffix = " " + tr("pts") if unit == "share" else unit_suffix(unit)
    difference = shown.difference + (suffix if shown.difference != "0" else "")
    if shown.relative:
        difference += f" ({shown.relative} %)"
    return before, after, difference


def with_unit(value: float | int | None, unit: str) -> str:
    """A KPI figure with its unit; "%" sits close, words keep a space ("3 working days")."""
    if value is None:
        return DASH
    text = number(value, 2)
    if not unit:
        return text
    return f"{text} %" if unit == "%" else f"{text} {unit}"
