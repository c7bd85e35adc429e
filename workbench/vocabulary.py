"""The words a document's fields take (a lane's zone, a step's kind, a value class…) as a
reader sees them, so a comparison, a report and a workbook name them in the reader's language.

A model value is stored in English ("frontstage", "repeat_contact"); `value_word` shows it
as "frontstage" / "前台". User text that is not one of these words is shown as written.
"""

from __future__ import annotations

from workbench.i18n import Msg, _t, say
from workbench.model import LaneKind, ValueClass, WasteKind

WORDS = frozenset(
    (
        # lane kinds, node kinds, value classes, waste kinds
        _t("customer"), _t("frontstage"), _t("backstage"), _t("support"),
        _t("start"), _t("end"), _t("task"), _t("decision"), _t("parallel"), _t("wait"),
        _t("value"), _t("necessary"), _t("waste"),
        _t("waiting"), _t("repeat contact"), _t("hand off"), _t("rework"), _t("customer work"),
        _t("over processing"), _t("other"),
        # time units
        _t("s"), _t("min"), _t("h"), _t("d"), _t("wk"),
        # classification, status, direction, KPI category and method, attachment
        _t("key customer service"), _t("key support"), _t("management"),
        _t("draft"), _t("in review"), _t("approved"), _t("retired"),
        _t("higher"), _t("lower"),
        _t("service"), _t("quality"), _t("cost"), _t("satisfaction"), _t("revenue"),
        _t("system"), _t("sampling"), _t("survey"),
        _t("interaction"), _t("node"), _t("process"),
        _t("yes"), _t("no"),
        # the fields a comparison names
        _t("name"), _t("zone"), _t("description"), _t("lane"), _t("label"), _t("kind"),
        _t("duration"), _t("value class"), _t("waste kind"), _t("script"), _t("rules"),
        _t("IT system"), _t("fail point"), _t("from"), _t("to"), _t("condition"),
        _t("probability"), _t("definition"), _t("formula"), _t("unit"), _t("better when"),
        _t("target"), _t("baseline"), _t("measured"), _t("data source"), _t("frequency"),
        _t("owner"), _t("category"), _t("attached to"), _t("method"),
        # what a comparison says of an element
        _t("step"), _t("flow"), _t("KPI"), _t("added"), _t("removed"), _t("changed"),
        _t("unchanged"), _t("targets per segment"),
        # how a comparison paired two elements
        _t("same id"), _t("copied"), _t("lane and label"),
        # what a finding points at
        _t("goal"), _t("inputs"), _t("outputs"), _t("activities"), _t("version"),
    )
)  # fmt: skip


def value_word(value: object) -> str:
    """A field's name or value in the current reader's language."""
    if isinstance(value, Msg):
        return say(value)
    text = str(value)
    return say(Msg(text)) if text in WORDS else text


# The names a drawing shows for a lane's zone, a value class and a waste kind: the report's
# and the canvas's (each in its reader's language).
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
# Drawn by the canvas and by the report's diagram alike: one catalogue entry for both.
ZONE_LINE_NAMES = {
    "interaction": _t("Line of interaction"),
    "visibility": _t("Line of visibility"),
}
FAIL_POINT = _t("Fail point")
WASTE_NAMES = {
    WasteKind.WAITING: _t("Waiting"),
    WasteKind.REPEAT_CONTACT: _t("Repeat contact"),
    WasteKind.HAND_OFF: _t("Hand-off"),
    WasteKind.REWORK: _t("Rework"),
    WasteKind.CUSTOMER_WORK: _t("Customer does our work"),
    WasteKind.OVER_PROCESSING: _t("Over-processing"),
    WasteKind.OTHER: _t("Other waste"),
}
