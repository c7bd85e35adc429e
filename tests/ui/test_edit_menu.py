"""The window's Edit menu carries the canvas's clipboard and layout entries, with the
standard shortcuts, and each is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from tests.ui.canvas_driver import centre_of, click
from tests.ui.conftest import installation_flow, snapshot
from ui.main_window import MainWindow
from ui.settings import EditorSettings
from workbench.recovery import RecoveryStore
from workbench.storage import save_document


@pytest.fixture
def window(qtbot, tmp_path):
    settings = EditorSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def entries(window: MainWindow) -> dict[str, QKeySequence]:
    return {
        action.text().replace("&", ""): action.shortcut()
        for action in window.edit_menu.actions()
        if action.text()
    }


def test_edit_menu_has_clipboard_and_layout_entries_with_their_keys(window):
    found = entries(window)
    assert found["Copy"] == QKeySequence(QKeySequence.StandardKey.Copy)
    assert found["Cut"] == QKeySequence(QKeySequence.StandardKey.Cut)
    assert found["Paste"] == QKeySequence(QKeySequence.StandardKey.Paste)
    assert found["Duplicate"] == QKeySequence("Ctrl+D")
    assert found["Auto-layout"] == QKeySequence("Ctrl+Shift+L")


def test_copy_paste_and_auto_layout_from_the_window(qtbot, window, tmp_path):
    path = tmp_path / "installation.pwb"
    save_document(installation_flow()[0], path, backup=False)
    window.files.open_path(str(path))
    document, stack = window.files.document, window.files.undo_stack
    version = document.version(window.version_id)
    original = snapshot(document)
    view = window.view
    step = next(iter(version.nodes))
    view.reveal(step)
    click(view, centre_of(view, step))
    assert view.selected_ids() == [step]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(version.nodes) == len(original.version(version.id).nodes) + 1
    assert stack.count() == 1
    window.auto_layout_action.trigger()
    assert stack.count() == 2 and stack.undoText() == "Auto-layout"
    assert window.statusBar().currentMessage().startswith("Laid out")
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert document == original
