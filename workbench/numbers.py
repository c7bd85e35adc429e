"""How a measured figure is written, in the report, the workbook and on the command line:
the rule lives here once.

A figure keeps two significant figures (0.12 h, 1.4 contacts, 38 h), whole numbers from
ten up (372 h, 1,086 h); a pair of figures shown side by side gets enough decimals that
its difference shows too (12.3 h → 12.4 h, +0.1 h, never "12 h → 12 h"). Nothing prints
as "-0": a value that rounds to zero is "0". Shares are written as percentages and their
changes in percentage points ("+3 pts"), since a relative change of a ratio misleads.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

SIGNIFICANT = 2
MOST_DECIMALS = 4
TINY = 1e-9  # differences below this are float noise, not a change

Number = float | int


def decimals(*values: Number | None) -> int:
    """Decimals that give every value (at least) two significant figures; none for whole
    numbers and from ten up, at most four for tiny values."""
    return max((_decimals(v) for v in _finite(values)), default=0)


def _decimals(value: Number) -> int:
    size = abs(value)
    if size < TINY or abs(value - round(value)) < TINY * max(1.0, size):
        return 0  # zero, or whole up to float noise (1086.1 - 1085.1)
    return max(0, min(MOST_DECIMALS, SIGNIFICANT - 1 - math.floor(math.log10(size))))


def _finite(values: Iterable[Number | None]) -> list[Number]:
    return [v for v in values if v is not None and math.isfinite(v)]


def figure(value: Number, places: int | None = None) -> str:
    """`value` with `places` decimals (by default its own two significant figures),
    thousands separated, trailing zeros dropped, never "-0"."""
    if not math.isfinite(value):
        return str(value)
    places = decimals(value) if places is None else places
    step = Decimal(1).scaleb(-places)
    rounded = Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP)
    if rounded == 0:
        return "0"
    text = f"{abs(rounded):,.{places}f}"
    if places:
        text = text.rstrip("0").rstrip(".")
    return ("-" if rounded < 0 else "") + text


def signed(value: Number, places: int | None = None) -> str:
    """A change: "+0.017", "-3", and "0" (no sign) for one that rounds to nothing."""
    text = figure(value, places)
    return text if text == "0" or text.startswith("-") else f"+{text}"


def in_unit(value: Number, unit: str) -> Number:
    """A measure's value as it is read: a share (0.25) as a percentage (25)."""
    return value * 100 if unit == "share" else value


@dataclass(frozen=True)
class ChangeFigures:
    """A measure's before, after, difference and relative change (in %) as text, without
    units; the relative change is empty for shares (their change is in points) and where there
    is none to give."""

    before: str
    after: str
    difference: str
    relative: str
    places: int


def change_figures(
    before: Number | None, after: Number | None, unit: str, relative: Number | None = None
) -> ChangeFigures:
    """Before and after with one precision chosen from both and their difference."""
    shown = [None if v is None else in_unit(v, unit) for v in (before, after)]
    difference = None if None in shown else shown[1] - shown[0]  # type: ignore[operator]
    places = decimals(*shown, difference)
    texts = ["" if v is None else figure(v, places) for v in shown]
    change = "" if difference is None else signed(difference, places)
    ratio = ""
    if unit != "share" and relative is not None and change != "0":
        ratio = signed(relative * 100)
    return ChangeFigures(texts[0], texts[1], change, ratio, places)
