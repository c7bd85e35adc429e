"""The drawing's measures in scene units (the editor's pixels at 100 % zoom).

Text sizes are chosen so that every surface can meet its floor: the canvas opens at a
zoom that shows step text at 11 px or more, and the PDF scales so that the smallest text
(SMALL_SIZE) prints at 7 pt or more.
"""

from __future__ import annotations

from workbench.model import NodeKind, ValueClass

HEADER_WIDTH = 150.0
CELL_WIDTH = 128.0  # a step's (x, y) is the top-left of this cell; its shape is centred in it
CELL_HEIGHT = 64.0
GRID = 10.0

LABEL_SIZE = 12.0  # text inside tasks and waits
CAPTION_SIZE = 11.0  # captions of events, gateways and flows
SMALL_SIZE = 10.0  # durations and badges

TASK_WIDTHS = (128.0, 160.0, 200.0)  # a task widens in these steps before growing taller
TASK_MAX_LINES = 4  # beyond this many lines at a width, the next width is tried
TASK_PAD_X = 8.0
TASK_PAD_Y = 6.0
MIN_TASK_HEIGHT = 64.0
ICON_STRIP = 14.0  # room above the text for a wait's clock or a fail-point mark
DURATION_STRIP = 14.0

SMALL_SHAPES = {
    NodeKind.DECISION: (52.0, 52.0),
    NodeKind.PARALLEL: (52.0, 52.0),
    NodeKind.START: (36.0, 36.0),
    NodeKind.END: (36.0, 36.0),
}
CAPTION_WIDTH = 150.0  # how wide an event's or gateway's caption may run under it
FLOW_CAPTION_WIDTHS = (140.0, 96.0, 64.0)  # tried in turn where a branch label has no room
CAPTION_GAP = 3.0
CAPTION_PAD = 3.0  # white margin round a caption's text

STUB = 16.0  # straight run out of a shape before a connector may bend
CLEARANCE = 8.0  # a connector keeps at least this far from a step it passes
TRACK = 8.0  # distance between parallel connectors sharing a corridor
BADGE_HEIGHT = 14.0
KPI_RADIUS = 7.0

# The value classes' colours (hex), read by the canvas and written into BPMN files so that
# bpmn-js and Camunda Modeler show them too.
VALUE_FILL = {
    ValueClass.VALUE: "#d7eed6",
    ValueClass.NECESSARY: "#fbeccb",
    ValueClass.WASTE: "#f7d5d1",
}
VALUE_BORDER = {
    ValueClass.VALUE: "#4e8f52",
    ValueClass.NECESSARY: "#b98a22",
    ValueClass.WASTE: "#b8534a",
}
