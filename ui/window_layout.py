"""Where the window's panels sit: the default arrangement, and View ▸ Reset Layout.

The forms need height more than width, so the panels one edits in (Properties, Four
elements, KPIs, Measures) share one tall column on the right, as tabs, reaching down to the
status bar; Findings and the undo history share a low strip under the canvas. That works
from 1366 × 768 up: each form gets the column's full height and scrolls as a whole when it
is taller still, and the canvas keeps most of the window.

A layout the user arranged is restored at the next start; one saved by an older
arrangement (a different LAYOUT_VERSION) is ignored, so everyone starts from this one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget

RIGHT_TABS = ("properties", "checklist", "kpis", "measures", "simulation")
BOTTOM_TABS = ("findings", "history")
LAYOUT_VERSION = 3

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


def make_docks(window: QMainWindow, titles: dict[str, str]) -> dict[str, QDockWidget]:
    """One dock per panel, named for saveState, each listed in the View menu."""
    window.setDockNestingEnabled(True)
    window.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
    window.setCorner(Qt.Corner.BottomRightCorner, RIGHT)
    docks = {}
    for key in (*RIGHT_TABS, *BOTTOM_TABS):
        dock = QDockWidget(titles[key], window)
        dock.setObjectName(f"dock-{key}")
        docks[key] = dock
    place_docks(window, docks)
    return docks


def place_docks(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """The default arrangement: every dock back in place, shown, docked and tabbed."""
    size = window.size()
    for keys, area in ((RIGHT_TABS, RIGHT), (BOTTOM_TABS, BOTTOM)):
        first = docks[keys[0]]
        for key in keys:
            dock = docks[key]
            dock.setFloating(False)
            window.addDockWidget(area, dock)
            dock.show()
        for key in keys[1:]:
            window.tabifyDockWidget(first, docks[key])
        first.raise_()
    # Docking again lets the window grow to the forms' full height; keep it as it was.
    if not (window.isMaximized() or window.isFullScreen()):
        window.resize(size)


def size_docks(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """A column wide enough for the forms' labels and fields, a strip low enough to leave
    the canvas most of the height."""
    side = min(max(380, int(window.width() * 0.3)), 560)
    low = min(max(130, int(window.height() * 0.18)), 220)
    window.resizeDocks([docks[RIGHT_TABS[0]]], [side], Qt.Orientation.Horizontal)
    window.resizeDocks([docks[BOTTOM_TABS[0]]], [low], Qt.Orientation.Vertical)


def reset_layout(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    place_docks(window, docks)
    size_docks(window, docks)
