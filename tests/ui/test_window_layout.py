"""The default layout at the two common screen sizes: the canvas keeps most of the window,
and each panel shows enough to work in without floating it: the four-elements forms at
their full height (scrolling as a whole), several KPI rows and the KPI form, most or all
of the measures. View ▸ Reset Layout brings that layout back after the user moved things."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QTableWidget

from tests.ui.windows import open_window
from workbench.measures import MEASURES

# The window Process Workbench opens on each screen (92 % × 90 % of it), and how many
# measures must show at once there.
SCREENS = {"1366x768": (1256, 691, 15), "1920x1080": (1766, 972, len(MEASURES))}


@pytest.fixture(params=list(SCREENS))
def screen(request, qtbot, tmp_path, monkeypatch):
    width, height, measures = SCREENS[request.param]
    window = open_window(qtbot, tmp_path, monkeypatch, width, height)
    qtbot.wait(50)  # the first start lays the docks out once the window is shown
    return window, measures


def show(window, key: str):  # noqa: ANN001, ANN201
    window.docks[key].raise_()
    settle()
    return window.panels[key]


def settle() -> None:
    """Let the layout follow a raised tab or a moved dock."""
    for _ in range(3):
        QApplication.processEvents()


def visible_rows(table: QTableWidget) -> int:
    return table.viewport().height() // table.verticalHeader().defaultSectionSize()


def test_the_canvas_keeps_most_of_the_window(screen) -> None:
    window, _ = screen
    assert window.view.width() >= 0.6 * window.width()
    assert window.view.height() >= 0.6 * window.height()
    assert window.docks["properties"].width() >= 360


def test_the_four_elements_forms_scroll_as_a_whole(screen) -> None:
    window, _ = screen
    checklist = show(window, "checklist")
    assert checklist.tabs.height() >= 300
    for index in range(checklist.tabs.count()):
        checklist.tabs.setCurrentIndex(index)
        settle()
        area = checklist.tabs.currentWidget()
        assert isinstance(area, QScrollArea)
        page = area.widget()
        assert page.height() >= page.sizeHint().height(), "no field squeezed"


def test_the_kpi_table_and_form_both_show(screen) -> None:
    window, _ = screen
    kpis = show(window, "kpis")
    assert kpis.splitter.orientation() == Qt.Orientation.Vertical  # a tall column
    assert visible_rows(kpis.table) >= 5
    form_area = kpis.splitter.widget(1)
    assert form_area.height() >= 220
    assert kpis.editor.height() >= kpis.editor.sizeHint().height()


def test_the_measures_show_at_once(screen) -> None:
    window, wanted = screen
    measures = show(window, "measures")
    assert visible_rows(measures.table) >= wanted


def test_reset_layout_brings_the_panels_back(screen) -> None:
    window, _ = screen
    size = window.size()
    docks = window.docks
    docks["measures"].setFloating(True)
    docks["kpis"].close()
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, docks["checklist"])
    window.reset_layout_action.trigger()
    settle()
    assert window.size() == size
    assert all(dock.isVisible() or window.tabifiedDockWidgets(dock) for dock in docks.values())
    assert not any(dock.isFloating() for dock in docks.values())
    right = Qt.DockWidgetArea.RightDockWidgetArea
    column = ("properties", "checklist", "kpis", "measures", "simulation")
    assert {window.dockWidgetArea(docks[key]) for key in column} == {right}
    assert set(window.tabifiedDockWidgets(docks["properties"])) == {
        docks["checklist"], docks["kpis"], docks["measures"], docks["simulation"]
    }
    assert window.dockWidgetArea(docks["findings"]) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert docks["properties"].width() >= 360
