"""One name for one thing: a step that is not yet value, necessary or waste is called the
same in the right-click menu as in the Properties panel, in English and in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.canvas_driver import at, centre_of, click
from tests.ui.windows import open_window
from ui.i18n import install_translators


def menu_entry_for_no_class(window, step_id: str) -> str:  # noqa: ANN001
    view = window.view
    pos = at(view, centre_of(view, step_id))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    menu: QMenu = view.canvas().menus.menu
    value_menu = menu.actions()[[a.text() for a in menu.actions()].index(
        QApplication.translate("canvas", "Value class"))].menu()
    menu.close()
    checked = [a.text() for a in value_menu.actions() if a.isChecked()]
    assert len(checked) == 1  # the step has no class yet: the entry for that is checked
    return checked[0]


def properties_entry_for_no_class(window, step_id: str) -> str:  # noqa: ANN001
    click(window.view, centre_of(window.view, step_id))
    field = window.panels["properties"].node_form.value_class
    return field.itemText(field.index_of(None))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_not_classed_is_one_term(qtbot, tmp_path, monkeypatch, language) -> None:
    install_translators(QApplication.instance(), language)
    window = open_window(qtbot, tmp_path, monkeypatch)
    version = window.files.document.version(window.version_id)
    step = next(n.id for n in version.nodes.values() if n.label == "Book visit")
    assert version.nodes[step].value_class is None
    in_menu = menu_entry_for_no_class(window, step)
    assert in_menu == properties_entry_for_no_class(window, step)
