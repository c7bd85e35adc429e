"""The four-element checklist panel: fill each element, see the badges and score move, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from tests.ui.conftest import snapshot
from tests.ui.panels.helpers import choose
from ui.panels.checklist_panel import ChecklistPanel
from workbench.model import ChecklistElement, DemandType


@pytest.fixture
def panel(qtbot, flow_document):
    document, ids = flow_document
    stack = QUndoStack()
    panel = ChecklistPanel(document, stack)
    qtbot.addWidget(panel)
    panel.resize(480, 900)
    panel.show()
    panel.set_version("v1")
    return panel, document, ids, stack


def checklist(document):
    return document.version("v1").checklist


def test_an_empty_checklist_shows_every_element_missing(panel):
    panel, *_ = panel
    assert set(panel.states.values()) == {"missing"}
    assert panel.score_bar.value() == 0
    assert panel.gaps.count() >= 4
    assert panel.tabs.tabText(0).startswith("○")


def test_the_goal_typed_and_ticked_then_undone(panel, qtbot):
    panel, document, ids, stack = panel
    before = snapshot(document)
    qtbot.keyClicks(panel.goal.statement, "Installed when we said")
    assert checklist(document).goal.statement == "Installed when we said"
    assert stack.count() == 1 and stack.text(0) == "Change goal"
    assert panel.states[ChecklistElement.GOAL] == "partial"
    panel.goal.customer_centred.click()
    item = panel.goal.kpis.choices.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(panel.goal.owner, "Head of installation")
    goal = checklist(document).goal
    assert goal.customer_centred and goal.kpis == (ids["k1"],)
    assert panel.states[ChecklistElement.GOAL] == "complete"
    assert panel.tabs.tabText(0).startswith("●")
    assert stack.count() == 4
    stack.setIndex(0)
    assert document == before
    assert panel.goal.statement.toPlainText() == ""
    assert panel.goal.kpis.choices.checked() == ()


def test_add_an_input_with_a_variant_that_has_its_own_path(panel, qtbot):
    panel, document, ids, stack = panel
    QTest.mouseClick(panel.inputs.add_button, Qt.MouseButton.LeftButton)
    form = panel.inputs.form
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Installation request")
    for field, text in (
        ("trigger", "Customer calls"),
        ("supplier", "Customer"),
        ("channel", "Hotline"),
        ("acceptance", "Address known"),
    ):
        qtbot.keyClicks(getattr(form, field), text)
    choose(form.demand, DemandType.VALUE)
    (item,) = checklist(document).inputs
    assert (item.name, item.channel, item.demand) == (
        "Installation request",
        "Hotline",
        DemandType.VALUE,
    )
    assert panel.states[ChecklistElement.INPUTS] == "complete"
    assert stack.count() == 7  # add + six fields, typing in each one step
    QTest.mouseClick(form.add_variant_button, Qt.MouseButton.LeftButton)
    (row,) = form._rows
    row.name.selectAll()
    qtbot.keyClicks(row.name, "Follow-up on a missed promise")
    choose(row.path_start, ids["decide"])
    (variant,) = checklist(document).inputs[0].variants
    assert (variant.name, variant.path_start) == ("Follow-up on a missed promise", ids["decide"])
    assert stack.count() == 10
    stack.undo()
    assert checklist(document).inputs[0].variants[0].path_start is None
    assert row.path_start.value() is None


def test_judging_an_output_tri_state(panel, qtbot):
    panel, document, _, stack = panel
    panel.outputs.add_item()
    form = panel.outputs.form
    choose(form.satisfies_customer, False)
    choose(form.pushes_work_to_customer, True)
    (item,) = checklist(document).outputs
    assert (item.satisfies_customer, item.pushes_work_to_customer) == (False, True)
    choose(form.satisfies_customer, None)
    assert checklist(document).outputs[0].satisfies_customer is None
    assert stack.count() == 4


def test_an_activity_with_a_kpi_and_its_steps(panel):
    panel, document, ids, stack = panel
    panel.activities.add_item()
    form = panel.activities.form
    choose(form.kpi, ids["k1"])
    steps = form.nodes
    labels = [steps.item(i).text() for i in range(steps.count())]
    steps.item(labels.index("CSR: Book visit")).setCheckState(Qt.CheckState.Checked)
    (item,) = checklist(document).activities
    assert item.kpi == ids["k1"] and item.nodes == (ids["book"],)
    assert panel.states[ChecklistElement.ACTIVITIES] == "complete"


def test_remove_an_item_and_a_change_from_elsewhere(panel, qtbot):
    panel, document, ids, stack = panel
    panel.outputs.add_item()
    item_id = checklist(document).outputs[0].id
    document.change_checklist_item("v1", ChecklistElement.OUTPUTS, item_id, recipient="Customer")
    assert panel.outputs.form.recipient.text() == "Customer"
    QTest.mouseClick(panel.outputs.remove_button, Qt.MouseButton.LeftButton)
    assert checklist(document).outputs == ()
    assert panel.outputs.items.count() == 0
    stack.undo()
    assert panel.outputs.items.count() == 1
    assert panel.outputs.form.recipient.text() == "Customer"


def test_show_element_brings_its_tab_forward(panel):
    panel, *_ = panel
    panel.show_element("outputs")
    assert panel.tabs.currentIndex() == 2


def _empty_kpis(document):
    """The same flow before anyone defined a KPI."""
    document.remove("v1", list(document.version("v1").kpis))


def test_measured_by_says_what_it_needs_before_any_kpi_exists(panel, qtbot):
    panel, document, _, _ = panel
    _empty_kpis(document)
    field = panel.goal.kpis
    panel.tabs.setCurrentIndex(0)
    qtbot.waitUntil(field.hint.isVisible)
    assert not field.choices.isVisible()  # no empty box that swallows typing
    assert "No KPI yet" in field.hint.text()
    assert "KPI" in field.new_name.placeholderText()
    assert not field.create_button.isEnabled()


def test_a_kpi_typed_under_measured_by_is_created_and_ticked_in_one_undo_step(panel, qtbot):
    panel, document, _, stack = panel
    _empty_kpis(document)
    stack.clear()
    before = snapshot(document)
    field = panel.goal.kpis
    panel.tabs.setCurrentIndex(0)
    field.new_name.setFocus()
    qtbot.keyClicks(field.new_name, "Installed on the agreed day")
    QTest.keyClick(field.new_name, Qt.Key.Key_Return)
    version = document.version("v1")
    (kpi,) = version.kpis.values()
    assert kpi.name == "Installed on the agreed day"
    assert checklist(document).goal.kpis == (kpi.id,)
    assert stack.count() == 1 and stack.text(0) == "Add KPI for the goal"
    assert field.new_name.text() == ""
    assert field.choices.isVisible() and field.choices.checked() == (kpi.id,)
    assert "Tick the KPIs" in field.hint.text()
    stack.undo()
    assert document == before
    assert not field.choices.isVisible()


def test_a_preset_name_creates_the_catalogue_kpi(panel, qtbot):
    panel, document, _, _ = panel
    _empty_kpis(document)
    field = panel.goal.kpis
    panel.tabs.setCurrentIndex(0)
    qtbot.keyClicks(field.new_name, "first contact resolution")
    qtbot.mouseClick(field.create_button, Qt.MouseButton.LeftButton)
    (kpi,) = document.version("v1").kpis.values()
    assert kpi.name == "First-contact resolution" and kpi.unit == "%" and kpi.definition
