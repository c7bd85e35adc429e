"""The report's colours and the diagram's scene measures, so print matches the editor.

Copied from `ui/canvas/style.py` and `ui/canvas/geometry.py` (exporters may not import
`ui/`): a process owner who drew the flow on screen should recognise it on paper. When the
canvas changes its palette or cell size, change these too.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor

from workbench.model import LaneKind, NodeKind, ValueClass, WasteKind

# ------------------------------------------------------------ canvas geometry (scene units)
HEADER_WIDTH = 150.0
CELL_WIDTH = 128.0
CELL_HEIGHT = 64.0
STUB = 16.0
CORNER_RADIUS = 9.0
SHAPE_SIZE: dict[NodeKind, tuple[float, float]] = {
    NodeKind.TASK: (CELL_WIDTH, CELL_HEIGHT),
    NodeKind.WAIT: (CELL_WIDTH, CELL_HEIGHT),
    NodeKind.DECISION: (52.0, 52.0),
    NodeKind.PARALLEL: (52.0, 52.0),
    NodeKind.START: (36.0, 36.0),
    NodeKind.END: (36.0, 36.0),
}

# Font sizes in scene units: the canvas's 9 pt on a 96 dpi screen is about 12 scene units.
LABEL_SIZE = 11.0
SMALL_LABEL_SIZE = 10.0
DURATION_SIZE = 9.0
FLOW_LABEL_SIZE = 9.5
LANE_NAME_SIZE = 12.5
LANE_KIND_SIZE = 9.5
ZONE_LABEL_SIZE = 9.5
BADGE_SIZE = 8.5

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
    LaneKind.CUSTOMER: "Customer",
    LaneKind.FRONTSTAGE: "Frontstage",
    LaneKind.BACKSTAGE: "Backstage",
    LaneKind.SUPPORT: "Support",
}
VALUE_CLASS_NAMES = {
    ValueClass.VALUE: "Value",
    ValueClass.NECESSARY: "Necessary",
    ValueClass.WASTE: "Waste",
}
WASTE_BADGES = {
    WasteKind.WAITING: "waiting",
    WasteKind.REPEAT_CONTACT: "repeat",
    WasteKind.HAND_OFF: "hand-off",
    WasteKind.REWORK: "rework",
    WasteKind.CUSTOMER_WORK: "customer work",
    WasteKind.OVER_PROCESSING: "over-processing",
    WasteKind.OTHER: "waste",
}
WASTE_NAMES = {
    WasteKind.WAITING: "Waiting",
    WasteKind.REPEAT_CONTACT: "Repeat contact",
    WasteKind.HAND_OFF: "Hand-off",
    WasteKind.REWORK: "Rework",
    WasteKind.CUSTOMER_WORK: "Customer does our work",
    WasteKind.OVER_PROCESSING: "Over-processing",
    WasteKind.OTHER: "Other waste",
}


def value_fill(value: ValueClass | None) -> Color:
    return VALUE_FILL[value] if value is not None else NODE_FILL


def value_border(value: ValueClass | None) -> Color:
    return VALUE_BORDER[value] if value is not None else INK
