"""Undo and redo from the keyboard: Ctrl+Z undoes, and both Ctrl+Y and Ctrl+Shift+Z redo,
each exactly one step, wherever the focus is in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from tests.ui.windows import open_window
from tests.ui.x11 import run_on_x, x_screen
from ui import commands, shortcuts

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


DESKTOPS = {
    # what Qt's xcb platform gives on GNOME/KDE, and what Windows (and offscreen) give
    "Linux desktop": ["Ctrl+Shift+Z", "Redo"],
    "Windows": ["Ctrl+Y", "Alt+Shift+Backspace", "Ctrl+Shift+Z", "Redo"],
}


@pytest.fixture(params=list(DESKTOPS))
def window(request, qtbot, tmp_path, monkeypatch):
    """The window as it is built on each desktop, with that desktop's own Redo keys."""
    keys = [QKeySequence(text) for text in DESKTOPS[request.param]]
    monkeypatch.setattr(shortcuts, "platform_bindings", lambda standard_key: keys)
    return open_window(qtbot, tmp_path, monkeypatch)


def two_edits(window) -> str:  # noqa: ANN001
    """Rename the version twice; returns the name it had before."""
    document, version_id = window.files.document, window.version_id
    before = document.version(version_id).name
    for name in ("First", "Second"):
        commands.push(
            window.files.undo_stack, commands.ChangeVersion(document, version_id, name=name)
        )
    return before


@pytest.mark.parametrize(
    "keys",
    [(Qt.Key.Key_Y, CTRL), (Qt.Key.Key_Z, CTRL | SHIFT)],
    ids=["Ctrl+Y", "Ctrl+Shift+Z"],
)
def test_redo_keys_redo_exactly_one_step(window, qtbot, keys) -> None:
    stack = window.files.undo_stack
    two_edits(window)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert stack.index() == 0
    QTest.keyClick(window.view, *keys)
    assert stack.index() == 1
    assert window.files.document.version(window.version_id).name == "First"
    QTest.keyClick(window.view, *keys)
    assert stack.index() == 2


def test_each_redo_key_is_bound_once(window) -> None:
    keys = [k.toString() for k in window.redo_action.shortcuts()]
    assert "Ctrl+Y" in keys and "Ctrl+Shift+Z" in keys
    assert len(keys) == len(set(keys))
    for action in window.findChildren(type(window.redo_action)):
        if action is not window.redo_action:
            assert QKeySequence("Ctrl+Y") not in action.shortcuts()
            assert QKeySequence("Ctrl+Shift+Z") not in action.shortcuts()


ON_A_DESKTOP = """
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tests.ui.conftest import installation_flow
from ui import commands
from ui.main_window import MainWindow
from ui.settings import EditorSettings
app = QApplication([])
window = MainWindow(EditorSettings.in_file({settings!r}))
window.files.adopt(installation_flow()[0])
window.show()
QTest.qWaitForWindowExposed(window)
window.activateWindow()
print("active", QTest.qWaitForWindowActive(window))
stack, version_id = window.files.undo_stack, window.version_id
for name in ("First", "Second"):
    commands.push(stack, commands.ChangeVersion(window.files.document, version_id, name=name))
stack.setIndex(0)
ctrl = Qt.KeyboardModifier.ControlModifier
window.view.setFocus()
QTest.keyClick(window.view, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
print("after Ctrl+Shift+Z", stack.index())
QTest.keyClick(window.view, Qt.Key.Key_Y, ctrl)
print("after Ctrl+Y", stack.index())
stack.setClean()
"""


def test_redo_keys_on_a_real_x_desktop(tmp_path) -> None:
    """Qt's xcb platform binds Redo to Ctrl+Shift+Z alone, unlike the offscreen one."""
    with x_screen() as env:
        result = run_on_x(ON_A_DESKTOP.format(settings=str(tmp_path / "s.ini")), env)
    assert result.returncode == 0, result.stderr
    assert "after Ctrl+Shift+Z 1" in result.stdout, result.stdout + result.stderr
    assert "after Ctrl+Y 2" in result.stdout
    assert "Ambiguous shortcut" not in result.stderr
