"""Numbers as the report prints them: counts whole, hours with one decimal, shares as
percentages, and a missing figure as a dash rather than an empty cell or "None"."""

from __future__ import annotations

import math

DASH = "\u2013"


def number(value: float | int | None, decimals: int = 1) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return DASH
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.{decimals}f}"


def measure_value(value: float | int | None, unit: str) -> str:
    """A measure's figure in its unit ("count", "h" or "share")."""
    if value is None:
        return DASH
    if unit == "share":
        return f"{value * 100:.0f} %"
    if unit == "h":
        return f"{number(round(value, 1))} h"
    return number(round(value, 2), 2 if abs(value - round(value)) > 0.05 else 1)


def measure_difference(value: float | int | None, unit: str) -> str:
    if value is None:
        return DASH
    if abs(value) < 1e-9:
        return "0"
    sign = "+" if value > 0 else "-"
    return sign + measure_value(abs(value), unit).replace(" %", " pts")


def relative(value: float | None) -> str:
    if value is None:
        return ""
    sign = "+" if value > 0 else "-" if value < 0 else ""
    return f"{sign}{abs(value) * 100:.0f} %"


def with_unit(value: float | int | None, unit: str) -> str:
    """A KPI figure with its unit; "%" sits close, words keep a space ("3 working days")."""
    if value is None:
        return DASH
    text = number(value, 2)
    if not unit:
        return text
    return f"{text} %" if unit == "%" else f"{text} {unit}"
