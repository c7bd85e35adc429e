"""The properties panel, driven as a user would: typing, picking from combos, undoing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import snapshot
from tests.ui.panels.helpers import choose
from ui.panels.forms import MIXED
from ui.panels.properties_panel import PropertiesPanel
from workbench.model import LaneKind, TimeUnit, ValueClass, WasteKind


@pytest.fixture
def panel(qtbot, flow_document):
    document, ids = flow_document
    stack = QUndoStack()
    panel = PropertiesPanel(document, stack)
    qtbot.addWidget(panel)
    panel.set_version("v1")
    panel.show()
    return panel, document, ids, stack


def node(document, node_id):
    return document.version("v1").nodes[node_id]


def commit_by_input_method(widget, text: str) -> None:
    """Chinese arrives from an input method as one committed string, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget.focusProxy() or widget, event)


def test_typing_a_label_is_one_undo_step(panel, qtbot):
    panel, document, ids, stack = panel
    panel.set_selection([ids["wait"]])
    field = panel.node_form.label
    field.selectAll()
    qtbot.keyClicks(field, "Keeps the morning free")
    assert node(document, ids["wait"]).label == "Keeps the morning free"
    assert stack.count() == 1
    assert stack.text(0) == "Change step"
    stack.undo()
    assert node(document, ids["wait"]).label == "Waits at home"
    assert field.text() == "Waits at home"


def test_a_change_made_elsewhere_shows_and_keeps_the_cursor(panel, qtbot):
    panel, document, ids, _ = panel
    panel.set_selection([ids["book"]])
    field = panel.node_form.label
    field.setFocus()
    field.setCursorPosition(2)
    document.change_node("v1", ids["book"], it_system="CRM")  # another field
    assert panel.node_form.it_system.text() == "CRM"
    assert field.cursorPosition() == 2
    document.change_node("v1", ids["book"], label="Book a visit")
    assert field.text() == "Book a visit"


def test_typing_pushes_exactly_one_command_per_keystroke_run_and_no_echo(panel, qtbot):
    panel, document, ids, stack = panel
    panel.set_selection([ids["book"]])
    events = []
    subscription = document.events.subscribe(events.append)
    qtbot.keyClicks(panel.node_form.script, "Hi")
    commit_by_input_method(panel.node_form.script, "，您好")
    subscription.close()
    assert node(document, ids["book"]).script == "Hi，您好"
    assert stack.count() == 1
    edits = [e for e in events if type(e).__name__ == "DocumentEdited"]
    assert len(edits) == 3  # one per keystroke or commit, nothing echoed back


def test_duration_parts_are_separate_steps_and_bad_numbers_are_refused(panel, qtbot):
    panel, document, ids, stack = panel
    panel.set_selection([ids["book"]])
    form = panel.node_form
    form.expected.selectAll()
    qtbot.keyClicks(form.expected, "4")
    qtbot.keyClicks(form.maximum, "9")
    choose(form.unit, TimeUnit.HOURS)
    duration = node(document, ids["book"]).duration
    assert (duration.expected, duration.maximum, duration.unit) == (4, 9, TimeUnit.HOURS)
    assert stack.count() == 3
    qtbot.keyClicks(form.minimum, "x")
    assert node(document, ids["book"]).duration.minimum is None
    assert stack.count() == 3
    assert "not a number" in form.minimum.toolTip()
    stack.undo()
    assert form.unit.value() is TimeUnit.MINUTES


def test_waste_kind_only_for_waste_in_a_customer_lane(panel):
    panel, document, ids, stack = panel
    panel.set_selection([ids["book"]])  # CSR lane
    assert not panel.node_form.value_class.isEnabled()
    panel.set_selection([ids["wait"]])
    form = panel.node_form
    assert form.value_class.isEnabled() and form.waste_kind.isEnabled()
    choose(form.value_class, ValueClass.VALUE)
    assert node(document, ids["wait"]).waste_kind is None  # no waste kind on a value step
    assert not form.waste_kind.isEnabled()
    assert stack.count() == 1
    stack.undo()
    assert node(document, ids["wait"]).waste_kind is WasteKind.WAITING
    assert form.waste_kind.value() is WasteKind.WAITING


def test_bulk_marking_of_several_steps_is_one_undo_step(panel, qtbot):
    panel, document, ids, stack = panel
    document.change_lane("v1", ids["agent"], kind=LaneKind.CUSTOMER)
    chosen = [ids["wait"], ids["book"], ids["explain"]]
    panel.set_selection(chosen)
    form = panel.node_form
    assert form.value_class.value() is MIXED
    assert not form.form.isRowVisible(form.label)
    before = snapshot(document)
    choose(form.value_class, ValueClass.WASTE)
    assert {node(document, i).value_class for i in chosen} == {ValueClass.WASTE}
    choose(form.waste_kind, WasteKind.REWORK)
    assert {node(document, i).waste_kind for i in chosen} == {WasteKind.REWORK}
    assert stack.count() == 2
    assert stack.text(0) == "Mark value class"
    stack.undo()
    stack.undo()
    assert document == before
    assert form.value_class.value() is MIXED


def test_moving_a_step_to_another_lane(panel):
    panel, document, ids, stack = panel
    panel.set_selection([ids["book"], ids["explain"]])
    choose(panel.node_form.lane, ids["installer"])
    assert {node(document, i).lane for i in (ids["book"], ids["explain"])} == {ids["installer"]}
    assert stack.count() == 1


def test_a_refused_edit_is_shown_inline(panel):
    panel, document, ids, stack = panel
    panel.set_selection([ids["f3"]])
    field = panel.flow_form.probability
    assert field.isEnabled() and field.text() == "70"
    field.setText("")
    field.textEdited.emit("150")  # 150 % is no probability
    assert panel.error.isVisibleTo(panel)
    assert "between 0 and 1" in panel.error.text()
    assert stack.count() == 0
    assert field.text() == "70"  # the field shows the model again


def test_flow_probability_only_out_of_a_decision(panel, qtbot):
    panel, document, ids, stack = panel
    panel.set_selection([ids["f1"]])
    assert not panel.flow_form.probability.isEnabled()
    assert "Customer → CSR" in panel.flow_form.route.text()
    panel.set_selection([ids["f4"]])
    panel.flow_form.probability.selectAll()
    qtbot.keyClicks(panel.flow_form.probability, "25")
    assert document.version("v1").flows[ids["f4"]].probability == pytest.approx(0.25)
    assert stack.count() == 1


def test_lane_kind_and_name(panel, qtbot):
    panel, document, ids, stack = panel
    panel.set_selection([ids["installer"]])
    choose(panel.lane_form.kind, LaneKind.SUPPORT)
    qtbot.keyClick(panel.lane_form.name, Qt.Key.Key_End)  # a loaded text shows its beginning
    qtbot.keyClicks(panel.lane_form.name, " team")
    lane = document.version("v1").lane(ids["installer"])
    assert (lane.kind, lane.name) == (LaneKind.SUPPORT, "Installer team")
    assert stack.count() == 2


def test_nothing_selected_edits_version_and_document(panel, qtbot):
    panel, document, ids, stack = panel
    panel.set_selection([])
    form = panel.document_form
    qtbot.keyClick(form.version_name, Qt.Key.Key_End)  # a loaded text shows its beginning
    qtbot.keyClicks(form.version_name, " 2024")
    assert document.version("v1").name == "As-is 2024"
    assert stack.count() == 1
    qtbot.keyClicks(form.tags, "adsl, install")
    assert document.metadata.tags == ("adsl", "install")
    qtbot.keyClicks(form.next_review, "2027-13-01")
    assert document.metadata.next_review == ""
    form.next_review.clear()
    qtbot.keyClicks(form.next_review, "2027-06-30")
    assert document.metadata.next_review == "2027-06-30"
    qtbot.keyClicks(form.goal, "Installed when promised")
    assert document.version("v1").checklist.goal.statement == "Installed when promised"
    stack.setIndex(0)
    assert form.version_name.text() == "As-is"
    assert form.tags.text() == ""


def test_deleting_the_selected_step_elsewhere_falls_back_to_the_version(panel):
    panel, document, ids, _ = panel
    panel.set_selection([ids["book"]])
    document.remove("v1", [ids["book"]])
    assert panel.selection() == []
    assert panel.pages.currentWidget() is panel.document_form


def test_closing_the_subscription_stops_updates(panel):
    panel, document, ids, _ = panel
    panel.set_selection([ids["book"]])
    panel.close_subscription()
    document.change_node("v1", ids["book"], label="Changed")
    assert panel.node_form.label.text() == "Book visit"


def test_keyboard_focus_moves_on_with_tab(panel, qtbot):
    panel, _, ids, _ = panel
    panel.set_selection([ids["book"]])
    panel.node_form.script.setFocus()
    qtbot.keyClick(panel.node_form.script, Qt.Key.Key_Tab)
    assert panel.node_form.script.toPlainText() == ""


def test_a_refused_edit_is_explained_in_the_interface_s_language(panel, qapp):
    """A minimum longer than the most likely duration is refused by the document; the
    Chinese window says so in Chinese."""
    from tests.foreign_words import english_words
    from ui.i18n import install_translators

    panel, document, ids, stack = panel
    install_translators(qapp, "zh_CN")
    try:
        panel.set_selection([ids["explain"]])
        expected = node(document, ids["explain"]).duration.expected
        panel.node_form.minimum.textEdited.emit(str(int(expected) + 10))
        text = panel.error.text()
    finally:
        install_translators(qapp, "en")
    assert "最短时长" in text and "大于最可能时长" in text, text
    assert not english_words(text)
    assert stack.count() == 0


def test_the_chinese_form_joins_tags_with_the_chinese_list_separator(panel, qapp):
    """Tags typed with 、 or ， are kept apart, and shown again joined with 、."""
    from ui.i18n import install_translators

    panel, document, ids, stack = panel
    install_translators(qapp, "zh_CN")
    try:
        panel.set_selection([])
        commit_by_input_method(panel.document_form.tags, "宽带、安装，上门")
        assert document.metadata.tags == ("宽带", "安装", "上门")
        stack.undo()
        stack.redo()
        shown = panel.document_form.tags.text()
    finally:
        install_translators(qapp, "en")
    assert shown == "宽带、安装、上门"
    stack.undo()
    stack.redo()
    assert panel.document_form.tags.text() == "宽带, 安装, 上门"
