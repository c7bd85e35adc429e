"""Version ▸ Compare: both diagrams, the measures between them, changes outlined."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget, QPushButton

from tests.ui.canvas_driver import centre_of, click, double_click
from tests.ui.conftest import snapshot
from tests.workbench.storage.samples import rich_document
from ui.canvas.node_item import DETAIL_LEVEL
from ui.comparison_view import HIGHLIGHT, ComparisonDialog
from workbench.comparison import ChangeKind
from workbench.measures import MEASURES
from workbench.model import Node, NodeKind
from workbench.storage import load_document
from workbench.templates import bundled_folder


@pytest.fixture
def dialog(qtbot):
    document = rich_document()
    as_is, to_be = document.versions
    copy_of = {n.derived_from: n.id for n in to_be.nodes.values()}
    document.change_node(to_be.id, copy_of["n2"], label="Explain once, clearly")
    document.remove(to_be.id, [copy_of["n4"]])  # the customer no longer waits at home
    document.add_node(
        to_be.id, Node("n-new", NodeKind.TASK, to_be.lanes[1].id, "Confirm the visit")
    )
    dialog = ComparisonDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, document, copy_of


def test_the_measures_sit_between_the_two_diagrams(dialog):
    dialog, document, _ = dialog
    as_is, to_be = document.versions
    assert dialog.before_view.canvas().version_id == as_is.id
    assert dialog.after_view.canvas().version_id == to_be.id
    assert dialog.table.rowCount() == len(MEASURES)
    assert dialog.table.item(0, 0).text() == MEASURES[0].name


def test_changes_are_outlined_on_their_side(dialog):
    dialog, _, copy_of = dialog
    colour = {kind: c.name() for kind, c in HIGHLIGHT.items()}
    before, after = dialog.outlined(dialog.before_view), dialog.outlined(dialog.after_view)
    assert before["n4"] == colour[ChangeKind.REMOVED]
    assert before["n2"] == colour[ChangeKind.CHANGED]
    assert after[copy_of["n2"]] == colour[ChangeKind.CHANGED]
    assert after["n-new"] == colour[ChangeKind.ADDED]
    assert "n-new" not in before


def test_zoom_and_scroll_move_both_sides(dialog, qtbot):
    dialog, *_ = dialog
    dialog._zoom(1.5)
    assert dialog.before_view.transform() == dialog.after_view.transform()
    dialog.before_view.horizontalScrollBar().setValue(
        dialog.before_view.horizontalScrollBar().maximum()
    )
    after_bar = dialog.after_view.horizontalScrollBar()
    assert after_bar.maximum() == 0 or after_bar.value() == after_bar.maximum()


def test_clicks_and_keys_in_the_comparison_cannot_edit_the_document(dialog):
    dialog, document, _ = dialog
    before = snapshot(document)
    view = dialog.before_view
    click(view, centre_of(view, "n2"))
    assert view.selected_ids() == []
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    double_click(view, centre_of(view, "n3"))
    assert not view.editor.editing
    assert document == before


def test_choosing_other_versions_recompares(dialog):
    dialog, document, _ = dialog
    dialog.after_box.setCurrentIndex(0)
    assert dialog.comparison.same_version
    assert not dialog.outlined(dialog.after_view)


# ------------------------------------------------------------ list of changes


@pytest.fixture
def complaints(qtbot):
    """Case 2 (network complaints): a long flow, linear as-is and flattened to-be."""
    document = load_document(bundled_folder() / "network-complaints.en.pwb")
    dialog = ComparisonDialog(document)
    qtbot.addWidget(dialog)
    dialog.resize(1500, 860)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(10)  # the first view is set once the dialog has its size
    return dialog, document


def test_the_changes_are_listed_not_only_counted(dialog):
    dialog, _, copy_of = dialog
    rows = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert len(rows) == len(dialog.comparison.elements)
    assert "+ Step “Confirm the visit” (CSR): added" in rows
    assert any(r.startswith("− Step “Wait at home”") and r.endswith("removed") for r in rows)
    assert any("“Explain once, clearly”" in r and r.endswith("changed") for r in rows)


def test_choosing_a_change_selects_it_in_both_diagrams(dialog, qtbot):
    dialog, _, copy_of = dialog
    rows = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    changed = next(i for i, r in enumerate(rows) if "“Explain once, clearly”" in r)
    click_row(dialog.changes, changed)
    assert dialog.before_view.selected_ids() == ["n2"]
    assert dialog.after_view.selected_ids() == [copy_of["n2"]]
    added = next(i for i, r in enumerate(rows) if "“Confirm the visit”" in r)
    QTest.keyClick(dialog.changes, Qt.Key.Key_Home)
    for _ in range(added):
        QTest.keyClick(dialog.changes, Qt.Key.Key_Down)
    assert dialog.before_view.selected_ids() == []  # it has no before
    assert dialog.after_view.selected_ids() == ["n-new"]


def test_a_chosen_change_far_along_the_flow_is_scrolled_into_both_views(complaints, qtbot):
    dialog, _ = complaints
    rows = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    last_step = max(i for i, r in enumerate(rows) if "Step" in r and "added" in r)
    click_row(dialog.changes, last_step)
    (after_id,) = dialog.after_view.selected_ids()
    view = dialog.after_view
    item = view.canvas().item_for(after_id)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.intersects(item.sceneBoundingRect())


def test_changes_read_in_the_order_of_the_diagrams(complaints):
    dialog, _ = complaints
    after = dialog.document.version(dialog.after_box.currentData())
    xs = []
    for row in range(dialog.changes.count()):
        change = dialog.changes.change_at(row)
        if change.after_id in after.nodes and change.change is ChangeKind.ADDED:
            xs.append(after.nodes[change.after_id].x)
    assert xs == sorted(xs) and len(xs) > 3


def test_fit_keeps_the_labels_readable(complaints, qtbot):
    dialog, _ = complaints
    fit = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Fit")
    qtbot.mouseClick(fit, Qt.MouseButton.LeftButton)
    assert dialog.before_view.zoom() >= DETAIL_LEVEL  # steps keep their labels
    assert dialog.after_view.transform() == dialog.before_view.transform()
    dialog.grab().save("/tmp/cux/compare_fit.png")


def click_row(view: QListWidget, row: int) -> None:
    item = view.item(row)
    view.scrollToItem(item)
    centre = view.visualItemRect(item).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_both_versions_are_simulated_with_the_same_cases_on_demand(complaints, qtbot):
    dialog, document = complaints
    simulated = dialog.simulated
    document.change_simulation(cases=3_000)
    assert not simulated.curve.curves  # nothing runs until asked
    qtbot.mouseClick(simulated.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(simulated.curve.curves) == 2, timeout=30_000)
    assert [name for name, _ in simulated.curve.curves] == [v.name for v in document.versions]
    assert all(after > before for _, (before, after) in simulated.bars.rows)
    dialog.after_box.setCurrentIndex(0)  # other versions: the old charts no longer apply
    assert not simulated.curve.curves
