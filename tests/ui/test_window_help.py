"""Help: a short guide, the keyboard shortcuts that are really bound, and what each measure
means and how it is counted, reachable from the Help menu, F1 and the measures panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.windows import open_window
from ui.help_texts import how_measures_are_computed
from ui.i18n import install_translators, measure_name
from workbench.measures import MEASURES, MEASURES_BY_KEY


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    return open_window(qtbot, tmp_path, monkeypatch)


def entries(menu) -> list[str]:  # noqa: ANN001
    return [a.text().replace("&", "") for a in menu.actions() if a.text()]


def test_the_help_menu_has_guide_shortcuts_measures_and_about(window) -> None:
    assert entries(window.help_menu) == [
        "Quick Guide",
        "Keyboard Shortcuts",
        "What the Measures Mean",
        "About Process Workbench",
    ]


def test_f1_opens_the_quick_guide(window, qtbot) -> None:
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F1)
    dialog = window.help_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.guide
    assert "Value and waste" in dialog.guide.toPlainText()


def test_the_shortcuts_page_lists_the_keys_that_are_bound(window) -> None:
    window.help_actions.shortcuts_action.trigger()
    table = window.help_actions.dialog.shortcuts
    rows = {
        table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())
    }
    assert rows["Edit ▸ Redo"] == "Ctrl+Y, Ctrl+Shift+Z"
    assert rows["Edit ▸ Undo"].startswith("Ctrl+Z")
    assert rows["Insert ▸ Task"] == "T"
    assert rows["View ▸ Fit to Window"] == "Ctrl+0"
    assert rows["Help ▸ Quick Guide"] == "F1"
    assert "Esc" in rows.values() and "Space + drag" in rows.values()


def test_every_measure_is_explained(window) -> None:
    window.help_actions.measures_action.trigger()
    text = window.help_actions.dialog.measures.toPlainText()
    for measure in MEASURES:
        assert measure.name in text
    assert "comes back to a lane it already visited" in text
    assert "the parties the customer has to chase" in text


def test_the_measures_panel_opens_the_explanations(window, qtbot) -> None:
    window.docks["measures"].raise_()
    panel = window.panels["measures"]
    qtbot.waitUntil(panel.explain_button.isVisible)
    QTest.mouseClick(panel.explain_button, Qt.MouseButton.LeftButton)
    dialog = window.help_actions.dialog
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.measures
    dialog.close()
    row = [m.key for m in MEASURES].index("round_trips")
    rect = panel.table.visualItemRect(panel.table.item(row, 0))
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.measures
    assert dialog.measures.verticalScrollBar().value() > 0, "scrolled to Round trips"


def test_each_measure_row_tells_how_it_is_computed(window) -> None:
    table = window.panels["measures"].table
    how = how_measures_are_computed()
    for row, measure in enumerate(MEASURES):
        assert how[measure.key] in table.item(row, 0).toolTip()


def test_the_help_speaks_chinese(qtbot, tmp_path, monkeypatch) -> None:
    install_translators(QApplication.instance(), "zh_CN")
    window = open_window(qtbot, tmp_path, monkeypatch)
    dialog = window.help_actions.show("measures")
    text = dialog.measures.toPlainText()
    assert measure_name(MEASURES_BY_KEY["round_trips"]) == "折返跑次数"
    assert "折返跑次数" in text
    for explanation in how_measures_are_computed().values():
        assert not explanation.isascii()
    assert not dialog.guide.toPlainText().splitlines()[0].isascii()  # the first heading
    assert dialog.tabs.tabText(2) != "What the measures mean"
