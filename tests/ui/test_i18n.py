"""The Chinese interface: chosen in the settings, complete, and compiled from what is committed."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel

from ui.app import create_application
from ui.i18n import (
    TRANSLATIONS,
    current_language,
    install_translators,
    resolve_language,
    unit_abbreviation,
)
from ui.main_window import MainWindow
from ui.panels.measures_panel import MeasuresPanel, format_measure
from ui.settings import EditorSettings
from workbench.measures import MEASURES
from workbench.recovery import RecoveryStore

MEASURES_BY_KEY = {m.key: m for m in MEASURES}

TS = TRANSLATIONS / "process_workbench_zh_CN.ts"
QM = TS.with_suffix(".qm")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(tmp_path):
    return EditorSettings.in_file(tmp_path / "settings.ini")


@pytest.fixture
def chinese(qapp):
    assert install_translators(qapp, "zh_CN"), "the zh_CN translation did not load"
    yield
    install_translators(qapp, "en")


def _window(qtbot, settings, tmp_path) -> MainWindow:
    window = MainWindow(settings, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    return window


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text().split("(&")[0].replace("&", "") for a in window.menuBar().actions()]


def test_the_language_preference_is_remembered(tmp_path):
    settings = EditorSettings.in_file(tmp_path / "s.ini")
    assert settings.language() == "system"
    settings.set_language("zh_CN")
    settings.sync()
    assert EditorSettings.in_file(tmp_path / "s.ini").language() == "zh_CN"


def test_system_follows_the_computer_and_a_choice_overrides_it():
    china, us = QLocale(QLocale.Language.Chinese, QLocale.Country.China), QLocale("en_US")
    assert resolve_language("system", china) == "zh_CN"
    assert resolve_language("system", us) == "en"
    assert resolve_language("en", china) == "en"
    assert resolve_language("zh_CN", us) == "zh_CN"
    assert resolve_language("klingon", us) == "en"  # an unknown value is not an error


def test_the_application_starts_in_the_chosen_language(qapp, settings):
    settings.set_language("zh_CN")
    try:
        create_application(settings=settings)
        assert current_language() == "zh_CN"
        assert QApplication.translate("MainWindow", "&File") == "文件(&F)"
    finally:
        install_translators(qapp, "en")
    settings.set_language("en")
    create_application(settings=settings)
    assert current_language() == "en"
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_a_chinese_user_sees_chinese_menus_panels_and_measures(qtbot, settings, tmp_path, chinese):
    window = _window(qtbot, settings, tmp_path)
    assert _menu_titles(window) == ["文件", "编辑", "视图", "插入", "版本", "帮助"]
    assert window.docks["checklist"].windowTitle() == "流程四要素"
    assert window.docks["measures"].windowTitle() == "度量"
    measures = window.docks["measures"].widget()
    measures = measures if isinstance(measures, MeasuresPanel) else measures.widget()
    names = [measures.table.item(row, 0).text() for row in range(measures.table.rowCount())]
    assert "折返跑次数" in names and "增值步骤数" in names
    assert all(not name.isascii() for name in names)
    checklist = window.panels["checklist"]
    assert checklist.tabs.tabText(0).endswith("目标")
    assert "目标陈述" in [label.text() for label in checklist.goal.findChildren(QLabel)]


def test_an_english_user_keeps_the_english_interface(qtbot, settings, tmp_path, qapp):
    install_translators(qapp, "en")
    window = _window(qtbot, settings, tmp_path)
    assert _menu_titles(window) == ["File", "Edit", "View", "Insert", "Version", "Help"]
    assert window.docks["checklist"].windowTitle() == "Four elements"


def test_the_language_menu_saves_the_choice_for_the_next_start(qtbot, settings, tmp_path):
    window = _window(qtbot, settings, tmp_path)
    chosen = [a for a in window.language_menu.group.actions() if a.isChecked()]
    assert [a.data() for a in chosen] == ["system"]
    next(a for a in window.language_menu.group.actions() if a.data() == "zh_CN").trigger()
    assert EditorSettings.in_file(tmp_path / "settings.ini").language() == "zh_CN"
    assert "restarts" in window.statusBar().currentMessage()
    assert current_language() == "en"  # applied at the next start, not now


# The translation file itself ------------------------------------------------------------


def _messages() -> list[ET.Element]:
    return list(ET.parse(TS).getroot().iter("message"))


def test_every_message_is_translated():
    unfinished = [
        m.findtext("source")
        for m in _messages()
        if m.find("translation").get("type") in ("unfinished", "vanished")
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation():
    for message in _messages():
        source, translation = (
            message.findtext("source"),
            "".join(message.find("translation").itertext()),
        )
        for marker in ("{0}", "{1}", "{2}", "{reason}", "{names}", "%1", "%n", "%p", "&"):
            if marker in source and marker != "&":
                assert marker in translation, (source, translation)
        if "&" in source and not source.startswith("<") and "<span" not in source:
            assert "&" in translation, (source, translation)


def _update_script():
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_translation_file_holds_every_string_the_interface_shows():
    messages, unresolved = _update_script().collect()
    assert unresolved == []
    in_ts = {
        (context.findtext("name"), m.findtext("source"))
        for context in ET.parse(TS).getroot().iter("context")
        for m in context.iter("message")
    }
    missing = sorted(set(messages) - in_ts)
    assert missing == [], "run: python scripts/update_translations.py, then translate"


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed, so the .qm cannot be rebuilt to compare")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool, "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run: python scripts/update_translations.py"


def test_a_word_keeps_its_meaning_in_each_place(chinese):
    """ "min" is the shortest duration in the step form, and minutes after a number."""
    assert QApplication.translate("NodeForm", "min") == "最短"
    assert unit_abbreviation("min") == "分钟"
    assert format_measure(MEASURES_BY_KEY["value_time"], 0.25) == "15 分钟"


def test_words_the_canvas_and_the_report_both_draw_are_translated_once(chinese):
    """The zone lines and the fail-point mark come from the engine's catalogue (the PDF's
    diagram draws them too), so the window's catalogue does not hold them as well; the
    step form and the canvas menu name the fail point with the legend's word."""
    from ui.canvas.lane_item import ZoneLineItem
    from ui.canvas.legend import ValueLegend
    from workbench.i18n import translator
    from workbench.vocabulary import FAIL_POINT, ZONE_LINE_NAMES

    drawn = {FAIL_POINT, *ZONE_LINE_NAMES.values()}
    in_ts = {m.findtext("source") for m in ET.parse(TS).getroot().iter("message")}
    assert not drawn & in_ts
    engine = translator("zh-CN")
    assert [ZoneLineItem(w)._label.text for w in ("interaction", "visibility")] == [
        engine(ZONE_LINE_NAMES["interaction"]), engine(ZONE_LINE_NAMES["visibility"])
    ] == ["互动线", "可视线"]
    assert engine(FAIL_POINT) in ValueLegend().entries()
