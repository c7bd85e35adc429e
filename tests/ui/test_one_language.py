"""The window in Chinese shows no English word beyond the document's own text: every
widget's text, every menu, tab, header, cell, list item and placeholder is read after a
Chinese template is opened and its findings, measures and checklist are computed; the
comparison and help dialogs too. An English window shows no Chinese beyond the document's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QWidget,
)

from tests.exporters.template_reports import EXAMPLE_FILES
from tests.foreign_words import WORD, chinese_characters, document_strings, english_words
from tests.ui.test_template_gallery import open_gallery
from ui.comparison_view import ComparisonDialog
from ui.help_dialog import HelpDialog
from ui.i18n import install_translators, without_mnemonic
from ui.main_window import MainWindow
from ui.settings import EditorSettings
from workbench.examples import EXAMPLES
from workbench.kpi_results_io import COLUMNS as RESULT_COLUMNS
from workbench.recovery import RecoveryStore
from workbench.storage import load_document

TEMPLATES = Path(__file__).resolve().parents[2] / "process_templates"
CASE = "network-complaints"
# Shortcuts and the names of the languages in their own words stay as they are.
KEPT = {"YYYY-MM-DD", "English", "Ctrl", "Shift", "Del", "Backspace", "Esc", "PgUp", "PgDown",
        "Home", "End",
        # a results file's format and the column names it must have, written as they are
        "CSV", *RESULT_COLUMNS}
MAX_ROWS = 200
_PATH = re.compile(r"\S*/\S*")
_RICH_TEXT_TAG = re.compile(r"<[^>]+>")  # a label's markup is not read


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps its one column to itself
        columns = 1
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            texts.append(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
            texts.append(str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
    return texts


def widget_texts(root: QWidget) -> list[str]:
    """Every text a user can read in `root` and its children (menus included)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += _view_texts(widget)
        texts.append(widget.toolTip())
    for action in root.findChildren(QAction):
        texts += [without_mnemonic(action.text()), action.toolTip(), action.statusTip()]
    return [_RICH_TEXT_TAG.sub(" ", t) for t in texts if t]


@pytest.fixture
def window_in(qapp, qtbot, tmp_path, monkeypatch):
    """A window in `language` with the template `CASE` in that language open."""
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: discard)
    opened = []

    def open_in(language: str, template: str | Path) -> tuple[MainWindow, object]:
        install_translators(qapp, language)
        settings = EditorSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, RecoveryStore(tmp_path / "recovery"))
        qtbot.addWidget(window)
        window.resize(1600, 1000)
        window.show()
        qtbot.waitExposed(window)
        path = TEMPLATES / template  # a path of its own stays as it is
        window.files.open_path(str(path))
        for name in ("findings", "measures", "checklist", "kpis"):
            window.docks[name].show()
            window.docks[name].raise_()
        findings = window.panels["findings"]
        qtbot.waitUntil(lambda: findings.computations > 0, timeout=5000)  # filled at once
        opened.append(window)
        return window, load_document(path)

    yield open_in
    install_translators(qapp, "en")


def test_the_chinese_window_and_its_dialogs_show_no_english_word(window_in, qtbot) -> None:
    window, document = window_in("zh_CN", f"{CASE}.zh-CN.pwb")
    texts = widget_texts(window)
    comparison = ComparisonDialog(window.files.document, window)
    qtbot.addWidget(comparison)
    texts += widget_texts(comparison)
    help_dialog = HelpDialog([a.menu() for a in window.menuBar().actions() if a.menu()], window)
    qtbot.addWidget(help_dialog)
    texts += widget_texts(help_dialog)
    texts += _gallery_texts(window, "zh_CN")
    assert any("检查结果" in t for t in texts) and any("折返跑次数" in t for t in texts)
    found = english_words("\n".join(texts), document, also=KEPT | _template_words())
    assert not found, (sorted(found), _debug_where(texts, found)[:30])


@pytest.mark.parametrize("path", [p for p in EXAMPLE_FILES if ".zh-CN." in p.name],
                         ids=lambda p: p.stem)
def test_the_chinese_example_in_the_chinese_window_shows_no_english_word(
    window_in, path: Path
) -> None:
    window, document = window_in("zh_CN", path)
    texts = widget_texts(window)
    assert any("投诉处理" in t for t in texts) and any("检查结果" in t for t in texts)
    own_name = path.name.split(".")[0]  # the window's title names the file
    found = english_words("\n".join(texts), document, also=KEPT | {own_name})
    assert not found, (sorted(found), _debug_where(texts, found)[:30])


def test_the_english_window_shows_no_chinese(window_in) -> None:
    window, document = window_in("en", f"{CASE}.en.pwb")
    texts = widget_texts(window)
    found = chinese_characters("\n".join(texts), document)
    assert found <= set("简体中文"), found  # the language menu names Chinese in Chinese


def _gallery_texts(window: MainWindow, locale: str) -> list[str]:
    """File ▸ New from Template, opened as the interface's language would open it."""
    gallery = open_gallery(window, locale)
    texts = [_PATH.sub(" ", text) for text in widget_texts(gallery)]  # file names are kept
    gallery.close()
    return texts


def _template_words() -> set[str]:
    """The bundled templates' own words and names: the gallery shows their titles and tags."""
    names = {path.name.split(".")[0] for path in TEMPLATES.glob("*.pwb")} | set(EXAMPLES)
    return names | {"pytest-qt-qapp"} | {  # the test's application, named as the folder's owner
        word
        for path in TEMPLATES.glob("*.pwb")
        for text in document_strings(load_document(path))
        for word in WORD.findall(text)
    }


def _debug_where(texts, words):
    return [t for t in texts if any(w in t for w in words)]
