"""The report's colours, so print matches the editor.

Copied from `ui/canvas/style.py` (exporters may not import `ui/`): a process owner who drew
the flow on screen should recognise it on paper. When the canvas changes its palette,
change these too. Every measure of the diagram comes from `workbench.diagram`.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor

from workbench.i18n import _t
from workbench.model import LaneKind, ValueClass, WasteKind

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
LANE_KIND_NAMES = {
    LaneKind.CUSTOMER: _t("Customer"),
    LaneKind.FRONTSTAGE: _t("Frontstage"),
    LaneKind.BACKSTAGE: _t("Backstage"),
    LaneKind.SUPPORT: _t("Support"),
}
VALUE_CLASS_NAMES = {
    ValueClass.VALUE: _t("Value"),
    ValueClass.NECESSARY: _t("Necessary"),
    ValueClass.WASTE: _t("Waste"),
}
WASTE_NAMES = {
    WasteKind.WAITING: _t("Waiting"),
    WasteKind.REPEAT_CONTACT: _t("Repeat contact"),
    WasteKind.HAND_OFF: _t("Hand-off"),
    WasteKind.REWORK: _t("Rework"),
    WasteKind.CUSTOMER_WORK: _t("Customer does our work"),
    WasteKind.OVER_PROCESSING: _t("Over-processing"),
    WasteKind.OTHER: _t("Other waste"),
}


def value_fill(value: ValueClass | None) -> Color:
    return VALUE_FILL[value] if value is not None else NODE_FILL


def value_border(value: ValueClass | None) -> Color:
    return VALUE_BORDER[value] if value is not None else INK
