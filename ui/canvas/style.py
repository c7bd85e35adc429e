"""Colours, pens and fonts of the canvas, in one place so the drawing stays consistent.

Soft, print-friendly colours: a workshop projects the canvas and prints it, so fills are
light and the three value classes differ in hue and in border, not only in saturation.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QGuiApplication

from ui.i18n import domain_translator, unit_abbreviation
from workbench.diagram import style as diagram_style
from workbench.diagram.steps import BADGE_WORDS, Words
from workbench.model import LaneKind, NodeKind, ValueClass, WasteKind
from workbench.vocabulary import LANE_KIND_NAMES, VALUE_CLASS_NAMES

INK = QColor("#37474f")
MUTED_INK = QColor("#78909c")
SELECTION = QColor("#1e73d8")
CANVAS_BACKGROUND = QColor("#f4f6f8")
HEADER_BORDER = QColor("#b0bec5")
LANE_BORDER = QColor("#cfd8dc")
ZONE_LINE = QColor("#8a6d3b")
NODE_FILL = QColor("#ffffff")
REFUSED = QColor("#c62828")
ACCEPTED = QColor("#2e7d32")
FAIL_POINT = QColor("#d84315")

LANE_FILL = {
    LaneKind.CUSTOMER: QColor("#fdfaf3"),
    LaneKind.FRONTSTAGE: QColor("#ffffff"),
    LaneKind.BACKSTAGE: QColor("#f7f9fb"),
    LaneKind.SUPPORT: QColor("#f2f4f7"),
}
HEADER_FILL = {
    LaneKind.CUSTOMER: QColor("#f3ead6"),
    LaneKind.FRONTSTAGE: QColor("#e3edf7"),
    LaneKind.BACKSTAGE: QColor("#e6e9f0"),
    LaneKind.SUPPORT: QColor("#e4e7ea"),
}

# The value classes' colours are the drawing's (BPMN files carry them too).
VALUE_FILL = {value: QColor(hex_colour) for value, hex_colour in diagram_style.VALUE_FILL.items()}
VALUE_BORDER = {
    value: QColor(hex_colour) for value, hex_colour in diagram_style.VALUE_BORDER.items()
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def lane_kind_name(kind: LaneKind) -> str:
    """The zone's name as the report prints it (one translation, the domain's)."""
    return domain_translator()(LANE_KIND_NAMES[kind])


def node_kind_name(kind: NodeKind) -> str:
    return {
        NodeKind.START: _tr("Start"),
        NodeKind.END: _tr("End"),
        NodeKind.TASK: _tr("Task"),
        NodeKind.DECISION: _tr("Decision"),
        NodeKind.PARALLEL: _tr("Parallel"),
        NodeKind.WAIT: _tr("Wait"),
    }[kind]


def value_class_name(value: ValueClass) -> str:
    return domain_translator()(VALUE_CLASS_NAMES[value])


def waste_badge_text(kind: WasteKind) -> str:
    """The short word on a step's waste badge; the full name lives in the properties panel."""
    return domain_translator()(BADGE_WORDS[kind])


def canvas_words() -> Words:
    """The words the drawing engine shows besides the user's own, in the interface language."""
    return Words(
        waste_badge=waste_badge_text,
        duration=lambda d: f"{d.expected:g} {unit_abbreviation(d.unit)}",
    )


@cache
def font(point_size: float = 9.0, bold: bool = False) -> QFont:
    """The application's font at a size: Qt falls back per glyph, so Chinese labels render."""
    base = QFont(QGuiApplication.font())
    base.setPointSizeF(point_size)
    base.setBold(bold)
    return base
