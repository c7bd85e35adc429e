"""Interactions show whether a KPI measures them, and follow every KPI edit and its undo."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from tests.ui.conftest import snapshot
from ui import commands
from ui.canvas import CanvasView
from workbench.document import Placement
from workbench.model import Attachment, AttachmentKind, Kpi, LaneKind


@pytest.fixture
def canvas(qtbot, flow_document):
    document, ids = flow_document
    stack = QUndoStack()
    view = CanvasView(document, "v1", stack)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    return view, stack, document, ids


def badges(view: CanvasView) -> dict[str, bool | None]:
    """Per flow: True measured, False unmeasured interaction, None not an interaction."""
    return {
        flow_id: (item.measured if item.is_interaction else None)
        for flow_id, item in view.canvas().flow_items().items()
    }


def test_interactions_show_their_kpi_badge(canvas):
    view, _, _, ids = canvas
    shown = badges(view)
    assert shown[ids["f1"]] is True, "customer calls the CSR: measured by k1"
    assert shown[ids["f4"]] is False, "CSR sends the customer to wait: no KPI"
    assert shown[ids["f2"]] is None and shown[ids["f5"]] is None, "inside the organisation"
    assert "Installation within 48 h" in view.canvas().flow_items()[ids["f1"]].toolTip()
    assert view.canvas().flow_items()[ids["f4"]].toolTip() == "Interaction without a KPI"


def test_badges_follow_kpi_edits_and_undo(canvas):
    view, stack, document, ids = canvas
    original = snapshot(document)
    kpi = Kpi(
        "k-new", "Wait announced", attached_to=Attachment(AttachmentKind.INTERACTION, ids["f4"])
    )
    commands.push(stack, commands.AddKpi(document, "v1", kpi))
    assert badges(view)[ids["f4"]] is True
    commands.push(
        stack,
        commands.ChangeKpi(
            document, "v1", ids["k1"], attached_to=Attachment(AttachmentKind.PROCESS)
        ),
    )
    assert badges(view)[ids["f1"]] is False
    commands.push(stack, commands.Remove(document, "v1", ["k-new"]))
    assert badges(view)[ids["f4"]] is False
    stack.undo()
    stack.undo()
    assert badges(view)[ids["f1"]] is True and badges(view)[ids["f4"]] is True
    stack.undo()
    assert document == original
    assert badges(view)[ids["f4"]] is False


def test_a_lane_turned_customer_makes_its_flows_interactions(canvas):
    view, stack, document, ids = canvas
    commands.push(
        stack, commands.ChangeLane(document, "v1", ids["installer"], kind=LaneKind.CUSTOMER)
    )
    assert badges(view)[ids["f5"]] is False, "the installer's hand-over now meets a customer"
    stack.undo()
    assert badges(view)[ids["f5"]] is None


def test_a_step_moved_into_the_customer_lane_changes_the_badges(canvas):
    view, stack, document, ids = canvas
    book = document.version("v1").nodes[ids["book"]]
    place = {ids["book"]: Placement(book.x, book.y, ids["customer"])}
    commands.push(stack, commands.MoveNodes(document, "v1", place))
    assert badges(view)[ids["f3"]] is False and badges(view)[ids["f5"]] is False
    stack.undo()
    assert badges(view)[ids["f3"]] is None
