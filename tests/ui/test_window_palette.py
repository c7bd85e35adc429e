"""The palette stays put: the Undo and Redo buttons before it keep one width whatever
the last command was called, so a tool is where the user last saw it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar

from tests.ui.windows import open_window
from ui import commands
from workbench.model import ChecklistElement, InputItem, NodeKind


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    return open_window(qtbot, tmp_path, monkeypatch)


def palette_positions(window) -> dict[NodeKind | None, QPoint]:  # noqa: ANN001
    QApplication.processEvents()
    palette = window.findChild(QToolBar, "toolbar-palette")
    return {
        kind: palette.widgetForAction(action).mapTo(window, QPoint(0, 0))
        for kind, action in window.tool_actions.items()
    }


def long_named_edit(window) -> None:  # noqa: ANN001
    document, version_id = window.files.document, window.version_id
    item = InputItem("input-1", "New request")
    stack = window.files.undo_stack
    commands.push(
        stack, commands.AddChecklistItem(document, version_id, ChecklistElement.INPUTS, item)
    )
    commands.push(
        stack,
        commands.ChangeChecklistItem(
            document, version_id, ChecklistElement.INPUTS, "input-1", name="Follow-up request"
        ),
    )


def test_palette_buttons_keep_their_place_after_edits_undo_and_redo(window) -> None:
    before = palette_positions(window)
    long_named_edit(window)
    assert palette_positions(window) == before
    window.files.undo_stack.undo()
    assert palette_positions(window) == before
    assert window.redo_action.isEnabled()
    assert palette_positions(window) == before


def test_a_click_where_start_was_still_picks_start(window) -> None:
    palette = window.findChild(QToolBar, "toolbar-palette")
    button = palette.widgetForAction(window.tool_actions[NodeKind.START])
    spot = button.mapTo(window, button.rect().center())
    long_named_edit(window)
    QApplication.processEvents()
    target = window.childAt(spot)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, spot))
    assert window.tool_actions[NodeKind.START].isChecked()


def test_the_undo_button_names_the_command_in_its_tooltip(window) -> None:
    long_named_edit(window)
    assert window.undo_action.iconText() == "Undo"
    assert "Change checklist item" in window.undo_action.toolTip()
    assert "Change checklist item" in window.undo_action.text()  # the Edit menu says it
