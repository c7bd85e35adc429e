"""File ▸ Import BPMN… and Export BPMN…: another tool's flow opens as unsaved work with its
summary shown; the shown version goes out as a BPMN file that comes back unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from exporters.bpmn import BpmnError, import_bpmn
from tests.exporters.bpmn.chinese import english_left, in_chinese
from tests.foreign_words import CHINESE, english_words
from ui import bpmn_actions
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.settings import EditorSettings
from workbench.examples import EXAMPLES
from workbench.recovery import RecoveryStore

BPMN_FILE = (
    '<?xml version="1.0"?><definitions id="d" '
    'xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p" name="Refunds">'
    '<laneSet id="s"><lane id="c" name="客户"><flowNodeRef>a</flowNodeRef></lane>'
    '<lane id="g" name="Agent"><flowNodeRef>b</flowNodeRef></lane></laneSet>'
    '<startEvent id="a" name="Asks for a refund"/><userTask id="b" name="Refund"/>'
    '<sequenceFlow id="f" sourceRef="a" targetRef="b"/></process></definitions>'
)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: shown.append((box.text(), box.detailedText() or box.informativeText())),
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    settings = EditorSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    if not hasattr(win, "bpmn_actions"):
        bpmn_actions.add_to_window(win)
    win.shown_messages = shown
    return win


def test_the_actions_sit_in_the_file_menu(window) -> None:
    actions = window.file_menu.actions()
    assert window.bpmn_actions.import_action in actions
    assert window.bpmn_actions.export_action in actions
    assert actions.index(window.bpmn_actions.export_action) < actions.index(
        window.file_transfer_section
    )


def test_import_opens_the_flow_as_unsaved_work_and_shows_the_summary(
    window, tmp_path: Path, monkeypatch
) -> None:
    source = tmp_path / "refunds.bpmn"
    source.write_text(BPMN_FILE, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    window.bpmn_actions.import_action.trigger()
    document = window.files.document
    (version,) = document.versions
    assert [lane.kind.value for lane in version.lanes] == ["customer", "frontstage"]
    assert window.files.modified and window.files.path is None
    text, detail = window.shown_messages[-1]
    assert "refunds.bpmn" in text
    assert "userTask (b): it became a task step" in detail


def test_a_refused_file_is_explained_and_changes_nothing(window, tmp_path: Path) -> None:
    source = tmp_path / "bad.bpmn"
    source.write_text('<!DOCTYPE x [<!ENTITY e "e">]><definitions/>', encoding="utf-8")
    before = window.files.document
    assert not window.bpmn_actions.import_file(str(source))
    assert window.files.document is before
    text, detail = window.shown_messages[-1]
    assert "cannot be imported" in text and "DTD" in detail


def test_export_writes_the_shown_version(window, tmp_path: Path, monkeypatch) -> None:
    document = EXAMPLES["example"]()
    window.files.adopt(document)
    target = tmp_path / "complaints"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.bpmn_actions.export_action.trigger()
    written = tmp_path / "complaints.bpmn"
    back = import_bpmn(written).document.versions[0]
    shown = getattr(window, "version_id", None) or document.versions[0].id
    assert back == window.files.document.version(shown)


def test_the_chinese_window_explains_a_refused_file_in_chinese(
    window, qapp, tmp_path: Path, monkeypatch
) -> None:
    source = tmp_path / "bad.bpmn"
    source.write_text('<definitions xmlns="urn:other"/>', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    install_translators(qapp, "zh_CN")
    try:
        window.bpmn_actions.import_action.trigger()
    finally:
        install_translators(qapp, "en")
    text, detail = window.shown_messages[-1]
    with pytest.raises(BpmnError) as refused:
        import_bpmn(source)
    assert detail == in_chinese(refused.value)
    assert CHINESE.search(text) and not english_words(text, also={"BPMN"}), text
    assert not english_left(refused.value), detail
