"""Version ▸ Compare: both diagrams, the measures between them, changes outlined."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.canvas_driver import centre_of, click, double_click
from tests.ui.conftest import snapshot
from tests.workbench.storage.samples import rich_document
from ui.comparison_view import HIGHLIGHT, ComparisonDialog
from workbench.comparison import ChangeKind
from workbench.measures import MEASURES
from workbench.model import Node, NodeKind


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
