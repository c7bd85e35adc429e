"""The report's colours, so print matches the editor.

Copied from `ui/canvas/style.py` (exporters may not import `ui/`): a process owner who drew
the flow on screen should recognise it on paper. When the canvas changes its palette,
change these too. Every measure of the diagram comes from `workbench.diagram`.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor

from workbench.model import LaneKind, ValueClass
from workbench.vocabulary import LANE_KIND_NAMES, VALUE_CLASS_NAMES, WASTE_NAMES  # noqa: F401

CORNER_RADIUS = 9.0  # a task's rounded corners, in scene units

# ------------------------------------------------------------------------------- colours
INK = HexColor("#37474f")
MUTED_INK = HexColor("#78909c")
HEADER_BORDER = HexColor("#b0bec5")
LANE_BORDER = HexColor("#cfd8dc")
ZONE_LINE = HexColor("#8a6d3b")
NODE_FILL = HexColor("#ffffff")
FAIL_POINT = HexColor("#d84315")
WHITE = HexColor("#ffffff")
ACCENT = HexColor("#1e73d8")
BETTER = HexColor("#2e7d32")
WORSE = HexColor("#c62828")
TABLE_HEADER = HexColor("#e3edf7")
TABLE_STRIPE = HexColor("#f7f9fb")

LANE_FILL: dict[LaneKind, Color] = {
    LaneKind.CUSTOMER: HexColor("#fdfaf3"),
    LaneKind.FRONTSTAGE: HexColor("#ffffff"),
    LaneKind.BACKSTAGE: HexColor("#f7f9fb"),
    LaneKind.SUPPORT: HexColor("#f2f4f7"),
}
HEADER_FILL: dict[LaneKind, Color] = {
    LaneKind.CUSTOMER: HexColor("#f3ead6"),
    LaneKind.FRONTSTAGE: HexColor("#e3edf7"),
    LaneKind.BACKSTAGE: HexColor("#e6e9f0"),
    LaneKind.SUPPORT: HexColor("#e4e7ea"),
}
VALUE_FILL: dict[ValueClass, Color] = {
    ValueClass.VALUE: HexColor("#d7eed6"),
    ValueClass.NECESSARY: HexColor("#fbeccb"),
    ValueClass.WASTE: HexColor("#f7d5d1"),
}
VALUE_BORDER: dict[ValueClass, Color] = {
    ValueClass.VALUE: HexColor("#4e8f52"),
    ValueClass.NECESSARY: HexColor("#b98a22"),
    ValueClass.WASTE: HexColor("#b8534a"),
}
UNCLASSED_FILL = HexColor("#eceff1")

# ------------------------------------------------------------------------------- words
# The drawing's words are the domain's (workbench.vocabulary), shared with the canvas.


def value_fill(value: ValueClass | None) -> Color:
    return VALUE_FILL[value] if value is not None else NODE_FILL


def value_border(value: ValueClass | None) -> Color:
    return VALUE_BORDER[value] if value is not None else INK
