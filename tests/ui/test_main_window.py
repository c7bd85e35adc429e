"""The workbench window: files in and out, versions, unsaved work, recovery."""

from __future__ import annotations

import json
import os
import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from tests.workbench.storage.samples import rich_document
from ui.main_window import MainWindow
from ui.settings import EditorSettings
from workbench.model import NodeKind
from workbench.recovery import RecoveryStore
from workbench.storage import dumps_document, load_document, save_document


@pytest.fixture
def settings(tmp_path):
    return EditorSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialogs(monkeypatch):
    """Record message boxes instead of showing them; answers can be set per test."""
    shown: list[str] = []
    answers = {
        "warning": QMessageBox.StandardButton.Cancel,
        "question": QMessageBox.StandardButton.Yes,
    }

    def exec_box(box):
        shown.append(f"{box.text()}\n{box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: answers["warning"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers["question"])
    return shown, answers


@pytest.fixture
def window(qtbot, settings, tmp_path, dialogs):
    win = MainWindow(settings, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    win.show()
    return win


def saved_sample(tmp_path, name="装机流程.pwb"):
    path = tmp_path / name
    save_document(rich_document(), path, backup=False)
    return path


def test_opening_a_file_shows_it_with_its_versions(window, tmp_path):
    path = saved_sample(tmp_path)
    assert window.files.open_path(path)
    assert window.windowTitle() == "装机流程.pwb[*] — Process Workbench"
    assert not window.isWindowModified()
    names = [window.version_box.itemText(i) for i in range(window.version_box.count())]
    assert names == ["As-is", "To-be"]
    assert len(window.view.canvas().node_items()) == 7
    assert window.settings.recent_files() == [str(path.resolve())]


def test_a_file_that_fails_to_load_is_explained_and_the_current_document_kept(
    window, tmp_path, dialogs
):
    shown, _ = dialogs
    good = saved_sample(tmp_path)
    window.files.open_path(good)
    before = window.files.document
    bad = tmp_path / "broken.pwb"
    bad.write_text('{"format": "process-workbench", "schema_version": 99}')
    assert not window.files.open_path(bad)
    assert window.files.document is before
    assert "newer Process Workbench" in shown[-1]
    assert "broken.pwb" in shown[-1]


def test_a_damaged_file_is_explained_in_the_chinese_window(window, tmp_path, dialogs, qapp):
    """Each problem under its JSON path, the reason in Chinese."""
    from tests.foreign_words import english_words
    from ui.i18n import install_translators

    shown, _ = dialogs
    bad = tmp_path / "broken.pwb"
    data = json.loads(dumps_document(rich_document()))
    data["versions"][0]["nodes"][0]["lane"] = "nowhere"
    data["versions"][0]["flows"][0]["probability"] = "七成"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    install_translators(qapp, "zh_CN")
    try:
        assert not window.files.open_path(bad)
    finally:
        install_translators(qapp, "en")
    text = shown[-1].replace(str(bad), "")
    assert "$.versions[0].flows[0].probability" in text and "应为数字" in text, text
    without_paths = re.sub(r"\$[\w.\[\]]*", " ", text)
    assert not english_words(without_paths, also={"nowhere"}), text


def test_edits_mark_the_window_modified_and_save_clears_it(window, tmp_path):
    path = saved_sample(tmp_path)
    window.files.open_path(path)
    version_id = window.version_id
    window.view.canvas().set_tool(NodeKind.TASK)
    window.files.document.version(version_id)  # the shown version
    window.view.canvas().rename_element("n2", "Explain the promises clearly")
    assert window.isWindowModified()
    assert window.files.save()
    assert not window.isWindowModified()
    assert (
        load_document(path).version(version_id).nodes["n2"].label == "Explain the promises clearly"
    )


def test_a_failed_save_tells_the_user_and_keeps_the_changes(window, tmp_path, dialogs):
    shown, _ = dialogs
    path = saved_sample(tmp_path)
    window.files.open_path(path)
    window.view.canvas().rename_element("n2", "Changed")
    window.files.path = tmp_path / "gone" / "flow.pwb"
    assert not window.files.save()
    assert "Could not save" in shown[-1] and "the folder does not exist" in shown[-1]
    assert window.isWindowModified()
    assert window.files.document.version(window.version_id).nodes["n2"].label == "Changed"


def test_save_as_adds_the_suffix(window, tmp_path, monkeypatch):
    target = tmp_path / "新流程"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save_as()
    assert (tmp_path / "新流程.pwb").exists()
    assert window.windowTitle().startswith("新流程.pwb")


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, tmp_path, dialogs):
    _, answers = dialogs
    window.files.open_path(saved_sample(tmp_path))
    window.view.canvas().rename_element("n2", "Changed")
    answers["warning"] = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    answers["warning"] = QMessageBox.StandardButton.Discard
    assert window.close()


def test_new_version_from_this_one_and_undo(window, tmp_path, monkeypatch, qtbot):
    window.files.open_path(saved_sample(tmp_path))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("To-be B", True))
    window.new_version_action.trigger()
    document = window.files.document
    assert [v.name for v in document.versions] == ["As-is", "To-be B", "To-be"]
    assert window.version_box.currentText() == "To-be B"
    assert document.version(window.version_id).derived_from == document.versions[0].id
    window.undo_action.trigger()
    assert [v.name for v in document.versions] == ["As-is", "To-be"]
    assert window.version_box.count() == 2


def test_switching_versions_redraws_the_canvas(window, tmp_path):
    window.files.open_path(saved_sample(tmp_path))
    window.version_box.setCurrentIndex(1)
    window.version_box.activated.emit(1)
    to_be = window.files.document.versions[1]
    assert window.view.canvas().version_id == to_be.id
    assert set(window.view.canvas().node_items()) == set(to_be.nodes)


def test_palette_actions_set_the_canvas_tool(window, qtbot):
    window.tool_actions[NodeKind.DECISION].trigger()
    assert window.view.canvas().tool is NodeKind.DECISION
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Escape)
    window.tool_actions[None].trigger()
    assert window.view.canvas().tool is None


def test_autosave_writes_a_recovery_copy_that_a_new_window_offers(
    qtbot, settings, tmp_path, dialogs
):
    recovery = RecoveryStore(tmp_path / "recovery")
    crashed = MainWindow(settings, recovery)
    qtbot.addWidget(crashed)
    crashed.files.open_path(saved_sample(tmp_path))
    assert not crashed.files.write_recovery_copy()  # nothing unsaved yet
    crashed.view.canvas().rename_element("n2", "Unsaved work")
    assert crashed.files.write_recovery_copy()
    # Simulate the crash: the copy's owner is gone.
    for info in (tmp_path / "recovery").glob("*.json"):
        info.write_text(info.read_text().replace(f'"pid": {os.getpid()}', '"pid": 999999'))
    fresh = MainWindow(settings, recovery)
    qtbot.addWidget(fresh)
    assert fresh.files.offer_recovery()
    version = fresh.files.document.versions[0]
    assert version.nodes["n2"].label == "Unsaved work"
    assert fresh.isWindowModified()
    assert recovery.orphaned() == []


def test_recent_files_menu_opens_a_file(window, tmp_path):
    path = saved_sample(tmp_path)
    window.settings.add_recent_file(path)
    window._fill_recent_menu()
    action = window.recent_menu.actions()[0]
    assert action.text() == "装机流程.pwb"
    action.trigger()
    assert window.files.path == path


def test_an_adopted_document_is_shown_as_unsaved(window):
    document = rich_document()
    assert window.files.adopt(document)
    assert window.files.document is document
    assert window.files.path is None
    assert window.isWindowModified()
    assert window.version_box.count() == 2


def test_a_large_file_opens_behind_a_progress_dialog(window, tmp_path):
    path = saved_sample(tmp_path)
    window.files.background_from_bytes = 1  # every file counts as large
    assert window.files.open_path(path)
    assert window.files.opening_stages == ["read", "parse", "build", "draw"]
    assert window.windowTitle() == "装机流程.pwb[*] — Process Workbench"
    assert len(window.view.canvas().node_items()) == 7
    assert window.files.document.version(window.version_id).nodes["n2"].label
    assert window.settings.recent_files() == [str(path.resolve())]


def test_a_large_file_that_fails_to_load_is_explained_the_same_way(window, tmp_path, dialogs):
    shown, _ = dialogs
    window.files.open_path(saved_sample(tmp_path))
    before = window.files.document
    bad = tmp_path / "broken.pwb"
    bad.write_text('{"format": "process-workbench", "schema_version": 99}')
    window.files.background_from_bytes = 1
    assert not window.files.open_path(bad)
    assert window.files.document is before
    assert "newer Process Workbench" in shown[-1] and "broken.pwb" in shown[-1]
