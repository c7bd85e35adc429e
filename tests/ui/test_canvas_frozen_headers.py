"""Scrolled sideways, a long flow keeps its lane headers in sight at the left edge, and
they still answer clicks: select, rename, drag."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.canvas_driver import type_text
from ui.canvas import CanvasView, frozen_headers, style
from ui.canvas.geometry import HEADER_WIDTH
from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.model import LaneKind


@pytest.fixture
def long_flow():
    """Two lanes, twenty steps in a row: far wider than the view."""
    b = VersionBuilder("As-is", version_id="v1")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    steps = [b.task(customer if i % 2 else agent, f"Step {i}", 1, x=240 + 200 * i)
             for i in range(20)]
    b.chain(*steps)
    return Document(versions=[b.build()]), customer, agent


@pytest.fixture
def scrolled(qtbot, long_flow):
    document, customer, agent = long_flow
    view = CanvasView(document, "v1", QUndoStack())
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert view.mapToScene(0, 0).x() > HEADER_WIDTH  # the real headers are out of sight
    return view, document, customer, agent


def _on_frozen_header(view: CanvasView, lane_id: str, dy: float = 0.0) -> QPoint:
    band = view.canvas().band(lane_id)
    y = view.mapFromScene(0, band.top + band.height / 2 + dy).y()
    return QPoint(round(HEADER_WIDTH * view.zoom() / 2), y)


def test_scrolled_sideways_the_lane_headers_stay_at_the_left_edge(scrolled):
    view, _, customer, agent = scrolled
    image = view.viewport().grab().toImage()
    for lane_id, kind in ((customer, LaneKind.CUSTOMER), (agent, LaneKind.FRONTSTAGE)):
        band = view.canvas().band(lane_id)
        y = view.mapFromScene(0, band.top + 6).y()
        assert QColor(image.pixel(6, y)) == QColor(style.HEADER_FILL[kind]), lane_id
    beyond = round(HEADER_WIDTH * view.zoom()) + 20
    band = view.canvas().band(customer)
    y = view.mapFromScene(0, band.top + 6).y()
    assert QColor(image.pixel(beyond, y)) != QColor(style.HEADER_FILL[LaneKind.CUSTOMER])
    view.grab().save("/tmp/cux/frozen_headers.png")


def test_the_column_stays_at_the_left_edge_as_the_flow_scrolls_on(scrolled, qtbot):
    view, _, customer, _ = scrolled
    bar = view.horizontalScrollBar()
    for _ in range(5):  # scrolled by the wheel or the bar: the column stays put
        bar.setValue(bar.value() + 37)
        QTest.qWait(5)
    bar.setValue(bar.value() - 80)
    QTest.qWait(5)
    image = view.viewport().grab().toImage()
    band = view.canvas().band(customer)
    y = view.mapFromScene(0, band.top + 6).y()
    edge = round(HEADER_WIDTH * view.zoom())
    assert QColor(image.pixel(6, y)) == QColor(style.HEADER_FILL[LaneKind.CUSTOMER])
    assert QColor(image.pixel(edge + 30, y)) == QColor(style.LANE_FILL[LaneKind.CUSTOMER])


def test_a_click_on_a_frozen_header_selects_its_lane(scrolled):
    view, _, customer, agent = scrolled
    before = view.horizontalScrollBar().value()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_on_frozen_header(view, agent))
    assert view.selected_ids() == [agent]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_on_frozen_header(view, customer))
    assert view.selected_ids() == [customer]
    assert view.horizontalScrollBar().value() == before


def test_a_double_click_on_a_frozen_header_renames_the_lane_in_place(scrolled):
    view, document, _, agent = scrolled
    before = view.horizontalScrollBar().value()
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=_on_frozen_header(view, agent))
    assert view.editor.editing
    assert view.editor.geometry().left() < HEADER_WIDTH * view.zoom()  # over the frozen header
    assert view.horizontalScrollBar().value() == before
    view.editor.selectAll()
    type_text(view.editor, "Hotline agent")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    assert document.version("v1").lane(agent).name == "Hotline agent"


def test_back_at_the_start_only_the_real_headers_are_drawn(scrolled):
    view, _, customer, _ = scrolled
    bar = view.horizontalScrollBar()
    while bar.value() > bar.minimum():  # scrolled back step by step, as with the wheel
        bar.setValue(bar.value() - 53)
        QTest.qWait(2)
    assert frozen_headers.frozen_left(view) is None
    image = view.viewport().grab().toImage()
    band = view.canvas().band(customer)
    y = view.mapFromScene(0, band.top + 6).y()
    right_of_header = view.mapFromScene(HEADER_WIDTH + 12, 0).x()
    assert QColor(image.pixel(right_of_header, y)) == QColor(style.LANE_FILL[LaneKind.CUSTOMER])


def test_a_narrow_canvas_keeps_its_room_for_the_steps(scrolled, qtbot):
    view, *_ = scrolled
    view.resize(round(2 * HEADER_WIDTH * view.zoom()), 500)
    qtbot.waitUntil(lambda: view.viewport().width() < 2.5 * HEADER_WIDTH * view.zoom())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 2)
    assert frozen_headers.frozen_left(view) is None


def test_a_right_click_on_a_frozen_header_opens_the_lane_menu(scrolled):
    view, document, _, agent = scrolled
    pos = _on_frozen_header(view, agent)
    viewport = view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    menu = view.canvas().menus.menu
    assert menu is not None
    rename = next(a for a in menu.actions() if a.text() == "Rename")
    rename.trigger()
    menu.close()
    assert view.editor.editing
    assert view.editor.text() == document.version("v1").lane(agent).name
